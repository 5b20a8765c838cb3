// InventoryEngine's card payment members: the terminal asked outside any transaction, its answer settled,
// card refunds sent, an exchange's difference charged, and reconciliation. Members of InventoryEngine kept
// apart from the seat state machine so each file stays readable.

#include "inventory/inventoryengine.h"

#include "model/money.h"
#include "payment/paymentprovider.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parterre {

Result<Payment> InventoryEngine::charge(const Payment &recorded)
{
    // A replayed key answers the payment as it was first recorded; what became of it since decides.
    auto current = m_store.payment(recorded.id);
    if (!current)
        return current.error();
    if (current->status != Payment::Status::Processing)
        return current;
    // Outside any transaction: the terminal may take as long as the card holder does. The terminal knows
    // the charge by its key, so asking again after a crash never charges twice.
    const ProviderAnswer answer =
        m_provider->charge(Money{current->amountMinor, current->currency}, current->providerKey);
    switch (answer.outcome) {
    case ProviderAnswer::Outcome::Approved: {
        auto settled = settle(*current, true, answer.reference, answer.message);
        if (settled)
            completeRefunds(current->orderId); // only when the order lost its seats meanwhile
        return settled;
    }
    case ProviderAnswer::Outcome::Declined:
        return settle(*current, false, {}, answer.message);
    case ProviderAnswer::Outcome::Timeout:
    case ProviderAnswer::Outcome::Lost:
        break;
    }
    return current; // still processing: listed under the payments to resolve
}

Result<Payment> InventoryEngine::settle(const Payment &payment, bool succeeded, const QString &reference,
                                        const QString &message)
{
    const QString key = u"settle:%1:%2"_s.arg(payment.providerKey, succeeded ? u"succeeded"_s : u"failed"_s);
    auto ctx = context(key.left(MaxKeyLength));
    if (!ctx)
        return ctx.error();
    return m_store.settlePayment({payment.id, succeeded, reference, message}, *ctx);
}

QList<Payment> InventoryEngine::completeRefunds(qint64 orderId)
{
    QList<Payment> done;
    if (!m_provider)
        return done;
    auto order = m_store.order(orderId);
    if (!order)
        return done;
    QHash<qint64, QString> references;
    for (const Payment &p : std::as_const(order->payments))
        references.insert(p.id, p.providerReference);
    for (const Payment &p : std::as_const(order->payments)) {
        if (p.kind != Payment::Kind::Refund || p.method != Payment::Method::Card ||
            p.status != Payment::Status::Processing)
            continue;
        const ProviderAnswer answer =
            m_provider->refund(references.value(p.refundOf), Money{p.amountMinor, p.currency}, p.providerKey);
        if (answer.outcome != ProviderAnswer::Outcome::Approved)
            continue; // stays processing: reconcile() asks again under the same key
        if (auto settled = settle(p, true, answer.reference, {}))
            done.append(*settled);
    }
    return done;
}

bool InventoryEngine::exchangeAnswered(const ExchangeRequest &request)
{
    // Tickets already given back mean this exchange was done (or is refused anyway): the store's answer
    // under the key replays it, and nothing is charged again.
    auto order = m_store.order(request.orderId);
    if (!order)
        return true;
    for (qint64 id : request.itemIds) {
        const bool active = std::any_of(order->items.cbegin(), order->items.cend(), [id](const OrderItem &i) {
            return i.id == id && i.status == OrderItem::Status::Active;
        });
        if (!active)
            return true;
    }
    return false;
}

Result<qint64> InventoryEngine::exchangeDifference(const ExchangeRequest &request)
{
    // A read, outside any transaction, only to know whether the card is needed; the exchange's transaction
    // checks the charge against the prices it reads itself.
    auto order = m_store.order(request.orderId);
    if (!order)
        return order.error();
    // What the exchange's transaction would refuse is refused here too, before the card is charged.
    if (order->status != Order::Status::Confirmed && order->status != Order::Status::PartiallyRefunded) {
        return Error::invalidState(
            u"order %1 is %2; only confirmed tickets can be exchanged"_s.arg(order->number)
                .arg(Order::statusName(order->status)));
    }
    qint64 old = 0;
    for (qint64 id : request.itemIds) {
        const auto item = std::find_if(order->items.cbegin(), order->items.cend(), [id](const OrderItem &i) {
            return i.id == id && i.status == OrderItem::Status::Active;
        });
        if (item == order->items.cend())
            return Error::invalidInput(
                u"item %1 is not an active item of order %2"_s.arg(id).arg(request.orderId));
        old += item->priceMinor;
    }
    auto fresh = priceOf(request.target);
    if (!fresh)
        return fresh.error();
    if (fresh->currency != order->currency) {
        return Error::invalidInput(
            u"show %1 sells in %2, the order was paid in %3"_s.arg(request.target.showId)
                .arg(fresh->currency, order->currency));
    }
    return fresh->minor - old;
}

Result<Order> InventoryEngine::exchangeByCard(const ExchangeRequest &request, qint64 difference,
                                              const QString &key)
{
    // Hold the new seats, charge the card for the difference outside any transaction, then exchange in one
    // transaction that takes the hold and marks the charge succeeded. Whatever fails on the way, the order
    // stays as it was: the hold is released and a charge that went through is refunded.
    auto held = hold(request.target, key + u":hold"_s);
    if (!held)
        return held.error();
    const auto giveUp = [&](const Error &error) -> Result<Order> {
        (void)release(held->id, key + u":release"_s); // refused when the exchange did take it: fine
        return error;
    };
    auto order = m_store.order(request.orderId);
    if (!order)
        return giveUp(order.error());
    auto ctx = context(key + u":difference"_s);
    if (!ctx)
        return giveUp(ctx.error());
    PaymentRequest charge{
        request.orderId, Payment::Method::Card, difference, order->currency, -1, request.reason, true};
    auto recorded = m_store.pay(charge, *ctx);
    if (!recorded)
        return giveUp(recorded.error());
    auto current = m_store.payment(recorded->id);
    if (!current)
        return giveUp(current.error());
    QString reference = current->providerReference;
    if (current->status == Payment::Status::Processing) {
        const ProviderAnswer answer =
            m_provider->charge(Money{current->amountMinor, current->currency}, current->providerKey);
        switch (answer.outcome) {
        case ProviderAnswer::Outcome::Approved:
            reference = answer.reference;
            break;
        case ProviderAnswer::Outcome::Declined:
            (void)settle(*current, false, {}, answer.message);
            return giveUp(Error::paymentDeclined(u"the card was declined; nothing was exchanged"_s));
        case ProviderAnswer::Outcome::Timeout:
        case ProviderAnswer::Outcome::Lost:
            return giveUp(Error::invalidState(
                u"the card terminal did not answer; nothing was exchanged. The charge is listed to resolve: "
                "reconcile refunds it if it went through"_s));
        }
    } else if (current->status == Payment::Status::Failed) {
        return giveUp(Error::paymentDeclined(u"the card was declined; nothing was exchanged"_s));
    }
    ExchangeRequest withCard = request;
    withCard.holdId = held->id;
    withCard.differencePaymentId = current->id;
    withCard.differenceReference = reference;
    auto exchangeCtx = context(key);
    if (!exchangeCtx)
        return giveUp(exchangeCtx.error());
    auto exchanged = m_store.exchange(withCard, *exchangeCtx);
    if (exchanged)
        return exchanged;
    // Charged, but the exchange was refused (the hold ran out, a price changed): the money goes back.
    if (auto now = m_store.payment(current->id); now && now->status == Payment::Status::Processing) {
        if (settle(*now, true, reference, {}))
            completeRefunds(request.orderId);
    }
    Error error = exchanged.error();
    error.message += u"; the card charge for the difference was refunded"_s;
    return giveUp(error);
}

Result<QList<ReconcileEntry>> InventoryEngine::reconcile(qint64 minAgeMs)
{
    // Settling confirms orders, cancels them and refunds late charges: money moves as in a refund.
    if (auto refused = permit(Permission::Refund))
        return *refused;
    if (minAgeMs < 0)
        return Error::invalidInput(u"a minimum age cannot be negative"_s);
    if (!m_provider)
        return Error::invalidInput(u"reconciliation needs the card terminal, and none is set up"_s);
    auto pending = m_store.paymentsToResolve(10000);
    if (!pending)
        return pending.error();
    const qint64 cutoff = m_clock.nowMs() - minAgeMs;
    QList<ReconcileEntry> entries;
    for (const PaymentToResolve &item : std::as_const(*pending)) {
        if (item.payment.createdAtMs > cutoff)
            continue;
        entries.append(reconcileOne(item));
    }
    return entries;
}

ReconcileEntry InventoryEngine::reconcileOne(const PaymentToResolve &item)
{
    const Payment &p = item.payment;
    ReconcileEntry entry{
        p.id,       p.orderId, item.orderNumber, ReconcileEntry::Outcome::Unresolved, p.amountMinor,
        p.currency, {}};
    if (p.kind == Payment::Kind::Refund) {
        // Sends every waiting card refund of the order; an earlier entry of this run may have sent this one.
        (void)completeRefunds(p.orderId);
        auto now = m_store.payment(p.id);
        if (now && now->status == Payment::Status::Succeeded)
            entry.outcome = ReconcileEntry::Outcome::RefundCompleted;
        else
            entry.message = u"the card terminal did not confirm the refund"_s;
        return entry;
    }
    auto status = m_provider->status(p.providerKey);
    if (!status) {
        entry.message = status.error().message;
        return entry;
    }
    switch (status->state) {
    case ProviderStatus::State::Pending:
        entry.message = u"the card terminal is still working on it"_s;
        return entry;
    case ProviderStatus::State::Approved: {
        auto settled = settle(p, true, status->reference, {});
        if (!settled) {
            entry.message = settled.error().message;
            return entry;
        }
        const QList<Payment> refunded = completeRefunds(p.orderId);
        auto order = m_store.order(p.orderId);
        if (!order) {
            entry.message = order.error().message;
            return entry;
        }
        for (const Payment &r : order->payments) {
            if (r.kind == Payment::Kind::Refund && r.refundOf == p.id) {
                entry.outcome = ReconcileEntry::Outcome::RefundedLate;
                entry.message =
                    r.status == Payment::Status::Succeeded
                        ? u"paid after the order was %1: refunded"_s.arg(Order::statusName(order->status))
                        : u"paid after the order was %1: refund waiting for the terminal"_s.arg(
                              Order::statusName(order->status));
                return entry;
            }
        }
        if (order->status == Order::Status::PendingPayment) {
            if (order->balanceMinor() > 0) {
                entry.outcome = ReconcileEntry::Outcome::Paid;
                entry.message =
                    u"%1 still due"_s.arg(Money{order->balanceMinor(), order->currency}.toString());
                return entry;
            }
            auto confirmed = confirm(p.orderId, u"reconcile:confirm:%1"_s.arg(p.id));
            if (!confirmed) {
                entry.outcome = ReconcileEntry::Outcome::Paid;
                entry.message = confirmed.error().message;
                return entry;
            }
        }
        entry.outcome = ReconcileEntry::Outcome::Confirmed;
        return entry;
    }
    case ProviderStatus::State::Unknown:
    case ProviderStatus::State::Declined:
        break;
    }
    auto settled =
        settle(p, false, {},
               status->state == ProviderStatus::State::Declined ? u"declined"_s
                                                                : u"the card terminal never charged it"_s);
    if (!settled) {
        entry.message = settled.error().message;
        return entry;
    }
    entry.outcome = ReconcileEntry::Outcome::Failed;
    if (item.orderStatus != Order::Status::PendingPayment)
        return entry;
    auto order = m_store.order(p.orderId);
    if (!order)
        return entry;
    for (const Payment &other : order->payments) {
        if (other.status == Payment::Status::Processing && other.kind == Payment::Kind::Payment)
            return entry; // another charge is still open: the order waits for it
    }
    auto cancelled = cancelOrder(p.orderId, u"card payment failed"_s, u"reconcile:cancel:%1"_s.arg(p.id));
    if (cancelled) {
        entry.outcome = ReconcileEntry::Outcome::Released;
        entry.message = u"the charge never happened; the seats are free again"_s;
    } else {
        entry.message = cancelled.error().message;
    }
    return entry;
}

} // namespace Parterre
