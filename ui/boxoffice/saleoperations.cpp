#include "saleoperations.h"

#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parterre {

Result<CounterCatalogue> SaleOperations::readCatalogue(Store &store, qint64 nowMs)
{
    CounterCatalogue catalogue;
    auto lastSeq = store.lastSeq();
    if (!lastSeq)
        return lastSeq.error();
    catalogue.lastSeq = *lastSeq;
    auto events = store.events();
    if (!events)
        return events.error();
    catalogue.events = std::move(events).value();
    auto shows = store.shows(0, nowMs);
    if (!shows)
        return shows.error();
    catalogue.shows = std::move(shows).value();
    return catalogue;
}

Result<CounterShow> SaleOperations::readShow(Store &store, qint64 showId, qint64 knownSeatMapId, qint64 nowMs)
{
    return ShowState::read(store, showId, knownSeatMapId, nowMs);
}

Result<Hold> SaleOperations::holdSeats(InventoryEngine &engine, const HoldRequest &request,
                                       const QString &key)
{
    return engine.hold(request, key);
}

Result<Hold> SaleOperations::holdBest(InventoryEngine &engine, qint64 showId,
                                      const BestAvailableRequest &request, qint64 holdMs, const QString &key)
{
    // The engine holds best-available seats for its default time; this terminal's setting applies to this
    // call only (the engine is shared by every job on the store's thread).
    const qint64 before = engine.defaultHoldMs();
    if (holdMs > 0)
        engine.setDefaultHoldMs(holdMs);
    auto held = engine.holdBestAvailable(showId, request, key);
    engine.setDefaultHoldMs(before);
    return held;
}

Result<Done> SaleOperations::releaseLine(InventoryEngine &engine, const CheckoutLine &line,
                                         const QString &key)
{
    if (line.orderId > 0) {
        auto cancelled = engine.cancelOrder(line.orderId, u"removed from the counter's cart"_s, key);
        if (!cancelled)
            return cancelled.error();
        return Done{};
    }
    auto released = engine.release(line.holdId, key);
    if (!released)
        return released.error();
    return Done{};
}

Result<Done> SaleOperations::releaseLines(InventoryEngine &engine, const QList<CheckoutLine> &lines,
                                          const QString &key)
{
    std::optional<Error> first;
    for (const CheckoutLine &line : lines) {
        auto released = releaseLine(engine, line, key + QLatin1Char(':') + QString::number(line.holdId));
        if (!released && !first)
            first = released.error();
    }
    if (first)
        return *first;
    return Done{};
}

Result<QList<Hold>> SaleOperations::extendHolds(InventoryEngine &engine, const QList<qint64> &holds,
                                                const QString &saleKey)
{
    QList<Hold> extended;
    for (qint64 id : holds) {
        auto hold = engine.extendHold(id, saleKey + QLatin1Char(':') + QString::number(id));
        if (!hold)
            return hold.error();
        extended.append(*hold);
    }
    return extended;
}

CheckoutOutcome SaleOperations::checkout(InventoryEngine &engine, const QList<CheckoutLine> &lines,
                                         const CartPayment &payment, const QString &saleKey)
{
    CheckoutOutcome outcome;
    for (const CheckoutLine &line : lines)
        outcome.orderIds.append(line.orderId);
    // The orders as they are now, whatever this attempt got to: the counter lists their payments.
    const auto readStanding = [&engine, &outcome] {
        outcome.standing.clear();
        for (qint64 id : std::as_const(outcome.orderIds)) {
            if (id <= 0)
                continue;
            if (auto order = engine.store().order(id))
                outcome.standing.append(std::move(order).value());
        }
    };
    const auto fail = [&outcome, &readStanding](int line, const Error &error) {
        outcome.error = error;
        outcome.failedLine = line;
        outcome.orders.clear();
        readStanding();
        return outcome;
    };
    if (lines.isEmpty())
        return fail(-1, Error::invalidInput(u"the cart is empty"_s));
    if (payment.method == Payment::Method::Comp && payment.reason.trimmed().isEmpty())
        return fail(-1, Error::invalidInput(u"a complimentary ticket needs a reason"_s));
    if (payment.amountMinor == 0 || payment.amountMinor < -1)
        return fail(-1, Error::invalidInput(u"a payment amount must be positive"_s));

    // 1. Every hold becomes an order (or is found to be one already).
    QList<Order> orders;
    for (int i = 0; i < lines.size(); ++i) {
        const QString key = saleKey + u":order:"_s + QString::number(lines.at(i).holdId);
        auto order = outcome.orderIds.at(i) > 0
                         ? engine.store().order(outcome.orderIds.at(i))
                         : engine.createOrder({lines.at(i).holdId, payment.customer}, key);
        if (!order)
            return fail(i, order.error());
        outcome.orderIds[i] = order->id;
        // A replayed answer is the order as it was then: read it as it is now.
        auto current = engine.store().order(order->id);
        if (!current)
            return fail(i, current.error());
        orders.append(std::move(current).value());
    }

    // 2. The part, and the cash tendered for it, checked against what is still due before the first payment.
    qint64 due = 0;
    for (const Order &order : std::as_const(orders)) {
        if (order.status == Order::Status::PendingPayment && order.balanceMinor() > 0)
            due += order.balanceMinor();
    }
    const QString currency = orders.first().currency;
    const qint64 part = payment.amountMinor < 0 ? due : payment.amountMinor;
    if (part > due) {
        return fail(-1, Error::invalidInput(
                            QCoreApplication::translate("SaleOperations", "%1 is more than the %2 still due.")
                                .arg(Money{part, currency}.toString(), Money{due, currency}.toString())));
    }
    if (payment.method == Payment::Method::Cash && payment.tenderedMinor >= 0 &&
        payment.tenderedMinor < part) {
        return fail(
            -1, Error::invalidInput(u"%1 tendered is less than the %2 due"_s.arg(
                    Money{payment.tenderedMinor, currency}.toString(), Money{part, currency}.toString())));
    }
    // Which order the part ends on: it takes the change.
    int lastPaid = -1;
    {
        qint64 left = part;
        for (int i = 0; i < orders.size() && left > 0; ++i) {
            const Order &order = orders.at(i);
            if (order.status != Order::Status::PendingPayment || order.balanceMinor() <= 0)
                continue;
            left -= std::min(left, order.balanceMinor());
            lastPaid = i;
        }
    }

    // 3. Pay the part, order by order.
    qint64 partLeft = part;
    qint64 tenderedLeft = payment.tenderedMinor;
    for (int i = 0; i < orders.size() && partLeft > 0; ++i) {
        const Order &order = orders.at(i);
        if (order.status != Order::Status::PendingPayment || order.balanceMinor() <= 0)
            continue;
        const qint64 amount = std::min(partLeft, order.balanceMinor());
        PaymentRequest request;
        request.orderId = order.id;
        request.method = payment.method;
        request.amountMinor = amount;
        request.currency = order.currency;
        request.reason = payment.reason.trimmed();
        if (payment.method == Payment::Method::Cash && payment.tenderedMinor >= 0) {
            request.tenderedMinor = i == lastPaid ? tenderedLeft : amount;
            tenderedLeft -= amount;
        }
        // The payments already on the order and the amounts are part of the key: the next part (or another
        // card after a decline) is a new request, while a retry of this very attempt replays it.
        const QString key = saleKey + u":pay:"_s + QString::number(order.id) + u":n"_s +
                            QString::number(order.payments.size()) + u':' +
                            Payment::methodName(payment.method) + u':' + QString::number(amount) + u':' +
                            QString::number(request.tenderedMinor);
        auto paid = engine.pay(request, key);
        if (!paid)
            return fail(i, paid.error());
        if (paid->status == Payment::Status::Failed) {
            return fail(i, Error::paymentDeclined(QCoreApplication::translate(
                               "SaleOperations", "The card was declined. The seats stay held and the parts "
                                                 "already paid stay paid: take another card, or cash.")));
        }
        if (paid->status != Payment::Status::Succeeded) {
            return fail(i,
                        Error::invalidState(QCoreApplication::translate(
                            "SaleOperations", "The card terminal has not answered. The payment waits under "
                                              "payments to resolve and the seats stay with the order.")));
        }
        partLeft -= amount;
    }

    // 4. Still something due: the sale waits for the next part.
    readStanding();
    for (const Order &order : std::as_const(outcome.standing)) {
        if (order.status == Order::Status::PendingPayment && order.balanceMinor() > 0)
            return outcome;
    }

    // 5. Confirm: tickets are issued.
    for (int i = 0; i < orders.size(); ++i) {
        auto confirmed = orders.at(i).status == Order::Status::Confirmed
                             ? engine.store().order(orders.at(i).id)
                             : engine.confirm(orders.at(i).id,
                                              saleKey + u":confirm:"_s + QString::number(orders.at(i).id));
        if (!confirmed)
            return fail(i, confirmed.error());
        outcome.orders.append(std::move(confirmed).value());
    }
    outcome.standing = outcome.orders;
    return outcome;
}

Result<QList<Order>> SaleOperations::cancelSale(InventoryEngine &engine, const QList<CheckoutLine> &lines,
                                                const QString &key)
{
    QList<Order> cancelled;
    for (const CheckoutLine &line : lines) {
        const QString lineKey = key + u':' + QString::number(line.holdId);
        if (line.orderId <= 0) {
            if (auto released = engine.release(line.holdId, lineKey); !released)
                return released.error();
            continue;
        }
        auto order = engine.cancelOrder(line.orderId, u"sale cancelled at the counter"_s, lineKey);
        if (!order) {
            // Cancelled by an earlier attempt that stopped part way: done already.
            auto current = engine.store().order(line.orderId);
            if (!current || current->status != Order::Status::Cancelled)
                return order.error();
        }
        // The answer may predate the card refunds the engine sent after it: read the order as it is now.
        auto current = engine.store().order(line.orderId);
        if (!current)
            return current.error();
        cancelled.append(std::move(current).value());
    }
    return cancelled;
}

} // namespace Parterre
