#include "salesreport.h"

using namespace Qt::StringLiterals;

namespace Parterre::Test {

void SalesReport::parse(const QString &output)
{
    const QStringList lines = output.split(u'\n');
    // The last element is what followed the final newline: complete only if empty.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QStringList parts = lines.at(i).split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        if (parts.first() == "SOLD"_L1 && parts.size() == 4) {
            sales.append({parts.at(1).toLongLong(), parts.at(2).split(u','), parts.at(3).split(u',')});
        } else if (parts.first() == "REFUNDED"_L1 && parts.size() == 2) {
            refunded.insert(parts.at(1).toLongLong());
        } else if (parts.first() == "DONE"_L1 && parts.size() == 4) {
            attempts += parts.at(1).toLongLong();
            ++finishedLoops;
        } else {
            errors.append(lines.at(i));
        }
    }
}

QStringList SalesReport::checkAgainst(Store &store, qint64 showId, qint64 nowMs, bool allowUnreported) const
{
    QStringList problems = errors;
    QHash<QString, QList<qint64>> holders; // seat -> orders that own it now, by the reports
    QSet<qint64> orderIds;
    for (const Sale &sale : sales) {
        if (orderIds.contains(sale.orderId))
            problems.append(u"order %1 reported twice"_s.arg(sale.orderId));
        orderIds.insert(sale.orderId);
        if (!refunded.contains(sale.orderId)) {
            for (const QString &seat : sale.seats)
                holders[seat].append(sale.orderId);
        }
        auto order = store.order(sale.orderId);
        if (!order) {
            problems.append(
                u"acknowledged order %1 is missing: %2"_s.arg(sale.orderId).arg(order.error().message));
            continue;
        }
        const Order::Status expected =
            refunded.contains(sale.orderId) ? Order::Status::Refunded : Order::Status::Confirmed;
        if (order->status != expected) {
            problems.append(u"order %1 is %2, expected %3"_s.arg(sale.orderId)
                                .arg(Order::statusName(order->status), Order::statusName(expected)));
        }
        QStringList codes;
        for (const OrderItem &item : order->items)
            codes.append(item.ticketCode);
        if (codes != sale.codes)
            problems.append(u"order %1 has other ticket codes than reported"_s.arg(sale.orderId));
    }
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (it.value().size() > 1) {
            QStringList ids;
            for (qint64 id : it.value())
                ids.append(QString::number(id));
            problems.append(u"seat %1 sold to %2 orders at once: %3"_s.arg(it.key())
                                .arg(it.value().size())
                                .arg(ids.join(u", "_s)));
        }
    }
    auto seats = store.seatStates(showId, nowMs);
    if (!seats) {
        problems.append(seats.error().message);
        return problems;
    }
    for (const SeatState &s : *seats) {
        const bool reportedSold = holders.contains(s.seatId);
        const bool storedSold = s.status == SeatState::Status::Sold;
        if (reportedSold != storedSold && !(allowUnreported && storedSold)) {
            problems.append(u"seat %1 is %2 in the store, but the reports say %3"_s.arg(s.seatId).arg(
                SeatState::statusName(s.status), reportedSold ? u"sold"_s : u"not sold"_s));
        }
    }
    return problems;
}

} // namespace Parterre::Test
