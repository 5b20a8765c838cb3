#include "inventoryengine.h"

#include "model/money.h"
#include "payment/paymentprovider.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

constexpr qint64 kMaxHoldMs = 24LL * 60 * 60 * 1000;
constexpr int kMaxKeyLength = 200;
constexpr int kMaxGaQuantity = 10000;
constexpr int kMaxTextLength = 200;

std::optional<Error> checkSeatList(const QStringList &seatIds)
{
    if (seatIds.size() > InventoryEngine::MaxSeatsPerHold)
        return Error::invalidInput(u"at most %1 seats at a time"_s.arg(InventoryEngine::MaxSeatsPerHold));
    QSet<QString> seen;
    for (const QString &id : seatIds) {
        if (id.trimmed().isEmpty())
            return Error::invalidInput(u"empty seat id"_s);
        if (seen.contains(id))
            return Error{Error::Code::InvalidInput, u"seat %1 is listed twice"_s.arg(id), {id}};
        seen.insert(id);
    }
    return std::nullopt;
}

std::optional<Error> checkHold(const HoldRequest &request)
{
    if (request.showId <= 0)
        return Error::invalidInput(u"no show given"_s);
    if (request.seatIds.isEmpty() && request.ga.isEmpty())
        return Error::invalidInput(u"a hold needs at least one seat or standing place"_s);
    if (auto e = checkSeatList(request.seatIds))
        return e;
    QSet<QString> areas;
    for (const GaQuantity &g : request.ga) {
        if (g.areaId.trimmed().isEmpty())
            return Error::invalidInput(u"empty standing area id"_s);
        if (g.quantity <= 0 || g.quantity > kMaxGaQuantity)
            return Error::invalidInput(u"quantity for \"%1\" must be 1 to %2, not %3"_s.arg(g.areaId)
                                           .arg(kMaxGaQuantity)
                                           .arg(g.quantity));
        if (areas.contains(g.areaId))
            return Error::invalidInput(u"area \"%1\" is listed twice"_s.arg(g.areaId));
        areas.insert(g.areaId);
    }
    if (request.durationMs < 0 || request.durationMs > kMaxHoldMs)
        return Error::invalidInput(u"a hold lasts from a moment to a day"_s);
    return std::nullopt;
}

std::optional<Error> checkCustomer(const Customer &customer)
{
    for (const QString &field : {customer.name, customer.email, customer.phone}) {
        if (field.size() > kMaxTextLength)
            return Error::invalidInput(
                u"customer details are limited to %1 characters"_s.arg(kMaxTextLength));
    }
    const QString email = customer.email.trimmed();
    if (!email.isEmpty() && (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@')))
        return Error::invalidInput(u"\"%1\" is not an email address"_s.arg(email));
    return std::nullopt;
}

} // namespace

std::optional<Error> InventoryEngine::checkPayment(Payment::Method method, qint64 tenderedMinor,
                                                   const QString &reason) const
{
    if (tenderedMinor < -1)
        return Error::invalidInput(u"tendered amount cannot be negative"_s);
    if (method == Payment::Method::Comp && reason.trimmed().isEmpty())
        return Error::invalidInput(u"a complimentary ticket needs a reason"_s);
    if (method == Payment::Method::Card && !m_provider)
        return Error::invalidInput(u"card payments need a card terminal, and none is set up"_s);
    if (method != Payment::Method::Cash && tenderedMinor >= 0)
        return Error::invalidInput(u"a tendered amount goes with cash"_s);
    if (reason.size() > kMaxTextLength)
        return Error::invalidInput(u"a reason is limited to %1 characters"_s.arg(kMaxTextLength));
    return std::nullopt;
}

std::optional<Error> InventoryEngine::checkCardRefundable(qint64 orderId)
{
    if (m_provider)
        return std::nullopt;
    auto order = m_store.order(orderId);
    if (!order)
        return std::nullopt; // the store's own validation names the problem
    for (const Payment &p : order->payments) {
        if (p.kind == Payment::Kind::Payment && p.method == Payment::Method::Card &&
            p.status == Payment::Status::Succeeded)
            return Error::invalidInput(
                u"order %1 was paid by card, and no card terminal is set up to refund it"_s.arg(
                    order->number));
    }
    return std::nullopt;
}

InventoryEngine::InventoryEngine(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

void InventoryEngine::setActor(const QString &actor, const QString &terminal)
{
    m_actor = actor;
    m_terminal = terminal;
}

Result<CallContext> InventoryEngine::context(const QString &key) const
{
    if (key.trimmed().isEmpty())
        return Error::invalidInput(u"every change needs an idempotency key"_s);
    if (key.size() > kMaxKeyLength)
        return Error::invalidInput(u"an idempotency key is at most %1 characters"_s.arg(kMaxKeyLength));
    return CallContext{key, m_actor, m_terminal, m_clock.nowMs()};
}

Result<Hold> InventoryEngine::hold(const HoldRequest &request, const QString &key)
{
    if (auto e = checkHold(request))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    HoldRequest stamped = request;
    if (stamped.durationMs == 0)
        stamped.durationMs = m_defaultHoldMs;
    return m_store.hold(stamped, *ctx);
}

Result<Hold> InventoryEngine::holdBestAvailable(qint64 showId, const BestAvailableRequest &request,
                                                const QString &key)
{
    if (showId <= 0)
        return Error::invalidInput(u"no show given"_s);
    if (!request.wheelchair && (request.quantity <= 0 || request.quantity > MaxSeatsPerHold))
        return Error::invalidInput(u"best available takes 1 to %1 seats"_s.arg(MaxSeatsPerHold));
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    // A refused hold records nothing under its key, so trying again with the same key is safe: another
    // terminal may have taken a chosen seat between the choice and the claim.
    for (int attempt = 0;; ++attempt) {
        auto held = m_store.holdBestAvailable(showId, request, m_defaultHoldMs, *ctx);
        if (held || held.error().code != Error::Code::SeatUnavailable || held.error().seatIds.isEmpty() ||
            attempt >= 3)
            return held;
        ctx->nowMs = m_clock.nowMs();
    }
}

Result<Hold> InventoryEngine::release(qint64 holdId, const QString &key)
{
    if (holdId <= 0)
        return Error::invalidInput(u"no hold given"_s);
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.release(holdId, *ctx);
}

Result<Order> InventoryEngine::createOrder(const OrderRequest &request, const QString &key)
{
    if (request.holdId <= 0)
        return Error::invalidInput(u"no hold given"_s);
    if (auto e = checkCustomer(request.customer))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.createOrder(request, *ctx);
}

Result<Payment> InventoryEngine::pay(const PaymentRequest &request, const QString &key)
{
    if (request.orderId <= 0)
        return Error::invalidInput(u"no order given"_s);
    if (!Money::isValidCurrency(request.currency))
        return Error::invalidInput(u"\"%1\" is not a currency code"_s.arg(request.currency));
    if (request.amountMinor < -1 || request.amountMinor == 0)
        return Error::invalidInput(u"a payment amount must be positive"_s);
    if (auto e = checkPayment(request.method, request.tenderedMinor, request.reason))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    auto recorded = m_store.pay(request, *ctx);
    if (!recorded || recorded->method != Payment::Method::Card)
        return recorded;
    return charge(*recorded);
}

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
    auto ctx = context(key.left(kMaxKeyLength));
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

Result<Order> InventoryEngine::confirm(qint64 orderId, const QString &key)
{
    if (orderId <= 0)
        return Error::invalidInput(u"no order given"_s);
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.confirm(orderId, *ctx);
}

Result<Order> InventoryEngine::cancelOrder(qint64 orderId, const QString &reason, const QString &key)
{
    if (orderId <= 0)
        return Error::invalidInput(u"no order given"_s);
    if (auto e = checkCardRefundable(orderId))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    auto cancelled = m_store.cancelOrder(orderId, reason.trimmed(), *ctx);
    if (cancelled && !completeRefunds(orderId).isEmpty())
        return m_store.order(orderId);
    return cancelled;
}

Result<Order> InventoryEngine::refund(const RefundRequest &request, const QString &key)
{
    if (request.orderId <= 0)
        return Error::invalidInput(u"no order given"_s);
    for (qint64 id : request.itemIds) {
        if (id <= 0)
            return Error::invalidInput(u"bad order item %1"_s.arg(id));
    }
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    if (request.reason.size() > kMaxTextLength)
        return Error::invalidInput(u"a reason is limited to %1 characters"_s.arg(kMaxTextLength));
    if (auto e = checkCardRefundable(request.orderId))
        return *e;
    RefundRequest trimmed = request;
    trimmed.reason = request.reason.trimmed();
    auto refunded = m_store.refund(trimmed, *ctx);
    if (refunded && !completeRefunds(request.orderId).isEmpty())
        return m_store.order(request.orderId);
    return refunded;
}

Result<Order> InventoryEngine::exchange(const ExchangeRequest &request, const QString &key)
{
    if (request.orderId <= 0)
        return Error::invalidInput(u"no order given"_s);
    if (request.itemIds.isEmpty())
        return Error::invalidInput(u"choose the tickets to exchange"_s);
    QSet<qint64> seen;
    for (qint64 id : request.itemIds) {
        if (id <= 0 || seen.contains(id))
            return Error::invalidInput(u"bad or repeated order item %1"_s.arg(id));
        seen.insert(id);
    }
    if (auto e = checkHold(request.target))
        return *e;
    if (request.holdId != 0 || request.differencePaymentId != 0 || !request.differenceReference.isEmpty())
        return Error::invalidInput(u"an exchange's hold and card charge are the engine's to set"_s);
    if (auto e = checkPayment(request.method, request.tenderedMinor, request.reason))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    if (auto e = checkCardRefundable(request.orderId))
        return *e;
    if (request.method == Payment::Method::Card && !exchangeAnswered(request)) {
        auto difference = exchangeDifference(request);
        if (!difference)
            return difference.error();
        if (*difference > 0)
            return exchangeByCard(request, *difference, key);
    }
    auto exchanged = m_store.exchange(request, *ctx);
    if (exchanged && !completeRefunds(request.orderId).isEmpty())
        return m_store.order(request.orderId);
    return exchanged;
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

Result<QStringList> InventoryEngine::setBlocked(const BlockRequest &request, const QString &key)
{
    if (request.showId <= 0)
        return Error::invalidInput(u"no show given"_s);
    if (request.seatIds.isEmpty())
        return Error::invalidInput(u"no seats given"_s);
    if (auto e = checkSeatList(request.seatIds))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.setBlocked(request, *ctx);
}

Result<qint64> InventoryEngine::moveShowToSeatMap(qint64 showId, qint64 seatMapId, const QString &key)
{
    if (showId <= 0 || seatMapId <= 0)
        return Error::invalidInput(u"give a show and a seat map"_s);
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.moveShowToSeatMap(showId, seatMapId, *ctx);
}

Result<SweepResult> InventoryEngine::sweepExpired()
{
    return m_store.sweepExpired(CallContext{QString(), m_actor, m_terminal, m_clock.nowMs()});
}

Result<Order> InventoryEngine::sell(const SaleRequest &request, const QString &key)
{
    // Everything a person could get wrong is checked before the first write, so a refused sale leaves no
    // trace.
    if (request.best) {
        if (request.hold.showId <= 0)
            return Error::invalidInput(u"no show given"_s);
        if (!request.best->wheelchair &&
            (request.best->quantity <= 0 || request.best->quantity > MaxSeatsPerHold))
            return Error::invalidInput(u"best available takes 1 to %1 seats"_s.arg(MaxSeatsPerHold));
        if (request.tenderedMinor >= 0 && request.best->categoryId.isEmpty())
            return Error::invalidInput(u"the price of best available seats is known only for one category: "
                                       "name it to give the cash tendered"_s);
    } else if (auto e = checkHold(request.hold)) {
        return *e;
    }
    if (auto e = checkCustomer(request.customer))
        return *e;
    if (auto e = checkPayment(request.method, request.tenderedMinor, request.reason))
        return *e;
    if (auto ctx = context(key); !ctx)
        return ctx.error();
    if (request.method == Payment::Method::Cash && request.tenderedMinor >= 0 && request.best) {
        auto show = m_store.show(request.hold.showId, m_clock.nowMs());
        if (!show)
            return show.error();
        if (!show->prices.contains(request.best->categoryId))
            return Error::invalidInput(
                u"show %1 has no category %2"_s.arg(show->id).arg(request.best->categoryId));
        const int seats = request.best->wheelchair ? 2 : request.best->quantity;
        const Money due{show->prices.value(request.best->categoryId) * seats, show->currency};
        if (request.tenderedMinor < due.minor) {
            return Error::invalidInput(u"%1 tendered is less than the %2 due"_s.arg(
                Money{request.tenderedMinor, due.currency}.toString(), due.toString()));
        }
    } else if (request.method == Payment::Method::Cash && request.tenderedMinor >= 0) {
        auto total = priceOf(request.hold);
        if (!total)
            return total.error();
        if (request.tenderedMinor < total->minor) {
            return Error::invalidInput(u"%1 tendered is less than the %2 due"_s.arg(
                Money{request.tenderedMinor, total->currency}.toString(), total->toString()));
        }
    }

    auto held = request.best ? holdBestAvailable(request.hold.showId, *request.best, key + u":hold"_s)
                             : hold(request.hold, key + u":hold"_s);
    if (!held)
        return held.error();
    if (held->status == Hold::Status::Active) {
        // A replayed hold may belong to an earlier attempt under this key that was given up.
        auto current = m_store.holdById(held->id, m_clock.nowMs());
        if (!current)
            return current.error();
        if (current->status == Hold::Status::Released) {
            return Error::invalidState(
                u"the sale under key \"%1\" was abandoned earlier; start it again with a new key"_s.arg(key));
        }
    }
    auto order = createOrder({held->id, request.customer}, key + u":order"_s);
    if (!order) {
        if (held->status == Hold::Status::Active)
            (void)release(held->id, key + u":release"_s);
        return order.error();
    }
    if (order->status == Order::Status::PendingPayment && order->balanceMinor() > 0) {
        PaymentRequest payment;
        payment.orderId = order->id;
        payment.method = request.method;
        payment.currency = order->currency;
        payment.tenderedMinor = request.tenderedMinor;
        payment.reason = request.reason;
        auto paid = pay(payment, key + u":pay"_s);
        if (!paid) {
            (void)cancelOrder(order->id, u"payment refused"_s, key + u":cancel"_s);
            return paid.error();
        }
        if (paid->status == Payment::Status::Failed) {
            // Declined: the seats go back at once; the clerk starts again with another method.
            (void)cancelOrder(order->id, u"card declined"_s, key + u":cancel"_s);
            return Error::paymentDeclined(u"the card was declined; order %1 is cancelled and its seats are "
                                          "free again"_s.arg(order->number));
        }
        if (paid->status == Payment::Status::Processing)
            return m_store.order(order->id); // pending_payment, seats kept, listed to resolve
    }
    auto confirmed = confirm(order->id, key + u":confirm"_s);
    if (!confirmed && confirmed.error().code == Error::Code::InvalidState) {
        // Repeating a sale whose card payment reconciliation confirmed meanwhile: that is the answer.
        auto current = m_store.order(order->id);
        if (current && current->status == Order::Status::Confirmed)
            return current;
    }
    return confirmed;
}

Result<Money> InventoryEngine::priceOf(const HoldRequest &request)
{
    const qint64 now = m_clock.nowMs();
    auto show = m_store.show(request.showId, now);
    if (!show)
        return show.error();
    qint64 total = 0;
    if (!request.seatIds.isEmpty()) {
        auto seats = m_store.seatStates(request.showId, now);
        if (!seats)
            return seats.error();
        const QSet<QString> wanted(request.seatIds.cbegin(), request.seatIds.cend());
        for (const SeatState &s : *seats) {
            if (wanted.contains(s.seatId))
                total += show->prices.value(s.categoryId);
        }
    }
    if (!request.ga.isEmpty()) {
        auto areas = m_store.gaStates(request.showId, now);
        if (!areas)
            return areas.error();
        for (const GaQuantity &g : request.ga) {
            for (const GaAreaState &a : *areas) {
                if (a.areaId == g.areaId)
                    total += show->prices.value(a.categoryId) * g.quantity;
            }
        }
    }
    return Money{total, show->currency};
}

} // namespace Parterre
