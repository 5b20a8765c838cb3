#include "orderoperations.h"

#include "boxoffice/moneytext.h"
#include "ordertext.h"
#include "store/store.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

Result<Done> addShow(Store &store, qint64 showId, qint64 nowMs, QHash<qint64, Show> *shows)
{
    if (showId <= 0 || shows->contains(showId))
        return Done{};
    auto show = store.show(showId, nowMs);
    if (!show)
        return show.error();
    shows->insert(showId, *show);
    return Done{};
}

} // namespace

Result<OrderSearch> OrderOperations::search(Store &store, const QString &query, qint64 nowMs)
{
    OrderSearch found;
    auto orders = store.findOrders(query.trimmed(), SearchLimit);
    if (!orders)
        return orders.error();
    found.orders = std::move(orders).value();
    for (const OrderSummary &summary : std::as_const(found.orders)) {
        if (auto added = addShow(store, summary.showId, nowMs, &found.shows); !added)
            return added.error();
    }
    return found;
}

Result<OrderDetails> OrderOperations::details(Store &store, qint64 orderId, qint64 nowMs)
{
    OrderDetails details;
    auto order = store.order(orderId);
    if (!order)
        return order.error();
    details.order = std::move(order).value();
    if (auto added = addShow(store, details.order.showId, nowMs, &details.shows); !added)
        return added.error();
    for (const OrderItem &item : std::as_const(details.order.items)) {
        if (auto added = addShow(store, item.showId, nowMs, &details.shows); !added)
            return added.error();
    }
    QSet<qint64> maps;
    for (const Show &show : std::as_const(details.shows)) {
        if (maps.contains(show.seatMapId))
            continue;
        maps.insert(show.seatMapId);
        auto map = store.seatMap(show.seatMapId);
        if (!map)
            return map.error();
        for (const Category &category : std::as_const(map->categories))
            details.categoryNames.insert(category.id, category.name);
    }
    return details;
}

Result<QList<Show>> OrderOperations::shows(Store &store, qint64 nowMs)
{
    auto shows = store.shows(0, nowMs);
    if (!shows)
        return shows.error();
    QList<Show> list = std::move(shows).value();
    std::sort(list.begin(), list.end(),
              [](const Show &a, const Show &b) { return a.startsAtMs < b.startsAtMs; });
    return list;
}

Result<ExchangeTarget> OrderOperations::exchangeTarget(Store &store, qint64 showId, qint64 nowMs)
{
    ExchangeTarget target;
    auto show = store.show(showId, nowMs);
    if (!show)
        return show.error();
    target.show = std::move(show).value();
    auto seats = store.seatStates(showId, nowMs);
    if (!seats)
        return seats.error();
    for (const SeatState &seat : std::as_const(seats.value())) {
        if (seat.status == SeatState::Status::Available && seat.holdCode.isEmpty())
            target.seats.append(seat);
    }
    auto areas = store.gaStates(showId, nowMs);
    if (!areas)
        return areas.error();
    for (const GaAreaState &area : std::as_const(areas.value())) {
        if (area.available > 0 && target.show.prices.contains(area.categoryId))
            target.areas.append(area);
    }
    auto map = store.seatMap(target.show.seatMapId);
    if (!map)
        return map.error();
    for (const Category &category : std::as_const(map->categories))
        target.categoryNames.insert(category.id, category.name);
    return target;
}

Result<QStringList> OrderOperations::bestSeats(Store &store, qint64 showId,
                                               const BestAvailableRequest &request, qint64 nowMs)
{
    auto target = exchangeTarget(store, showId, nowMs);
    if (!target)
        return target.error();
    auto map = store.seatMap(target->show.seatMapId);
    if (!map)
        return map.error();
    QSet<QString> free;
    for (const SeatState &seat : std::as_const(target->seats)) {
        if (target->show.prices.contains(seat.categoryId))
            free.insert(seat.seatId);
    }
    return SeatSelector(*map).bestAvailable(free, request);
}

QList<RefundShare> OrderOperations::refundShares(const Order &order, qint64 amountMinor)
{
    QHash<qint64, qint64> refunded;
    for (const Payment &p : order.payments) {
        if (p.kind == Payment::Kind::Refund && p.refundOf > 0 &&
            (p.status == Payment::Status::Succeeded || p.status == Payment::Status::Processing))
            refunded[p.refundOf] += p.amountMinor;
    }
    QList<Payment> payments;
    for (const Payment &p : order.payments) {
        if (p.kind == Payment::Kind::Payment && p.status == Payment::Status::Succeeded)
            payments.append(p);
    }
    std::sort(payments.begin(), payments.end(),
              [](const Payment &a, const Payment &b) { return a.id > b.id; });
    QList<RefundShare> shares;
    qint64 left = amountMinor;
    for (const Payment &p : std::as_const(payments)) {
        if (left <= 0)
            break;
        const qint64 part = std::min(left, p.amountMinor - refunded.value(p.id));
        if (part <= 0)
            continue;
        shares.append({p.id, p.method, part, p.currency});
        left -= part;
    }
    return shares;
}

qint64 OrderOperations::itemsPrice(const Order &order, const QList<qint64> &itemIds)
{
    qint64 sum = 0;
    for (const OrderItem &item : order.items) {
        if (itemIds.contains(item.id))
            sum += item.priceMinor;
    }
    return sum;
}

QString OrderOperations::settlementText(const Order &after, qint64 lastPaymentIdBefore)
{
    qint64 change = 0;
    QHash<int, qint64> back; // by method
    for (const Payment &p : after.payments) {
        if (p.id <= lastPaymentIdBefore)
            continue;
        if (p.kind == Payment::Kind::Payment && p.status == Payment::Status::Succeeded)
            change += p.changeMinor;
        else if (p.kind == Payment::Kind::Refund)
            back[int(p.method)] += p.amountMinor;
    }
    QStringList parts;
    if (change > 0)
        parts << QCoreApplication::translate("OrderOperations", "Hand back %1 change.")
                     .arg(MoneyText::format({change, after.currency}));
    QStringList refunds;
    for (const auto method : {Payment::Method::Cash, Payment::Method::Card, Payment::Method::Comp}) {
        if (const qint64 amount = back.value(int(method)); amount > 0)
            refunds << QCoreApplication::translate("OrderOperations", "%1 %2")
                           .arg(OrderText::paymentMethod(method),
                                MoneyText::format({amount, after.currency}));
    }
    if (!refunds.isEmpty())
        parts << QCoreApplication::translate("OrderOperations", "Money back: %1.")
                     .arg(refunds.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

} // namespace Parterre
