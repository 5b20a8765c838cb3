#include "sqlverifier.h"

#include "store/sqlinventory.h"
#include "store/sqlsession.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Parterre {

Result<Done> SqlVerifier::check(QList<Violation> &out, const QString &rule, const QString &sql,
                                const QVariantList &args, const QString &format)
{
    auto q = m_session.exec(sql, args);
    if (!q)
        return q.error();
    SqlCursor &r = q.value();
    const int columns = r.columnCount();
    while (r.next()) {
        QString detail = format;
        for (int i = 0; i < columns; ++i)
            detail = detail.arg(r.value(i).toString());
        out.append({rule, detail});
    }
    return Done{};
}

Result<QList<Violation>> SqlVerifier::verify(qint64 nowMs)
{
    Q_UNUSED(nowMs) // expired holds are legal states: implicit expiry keeps them until the next claim
    QList<Violation> out;
    const QString confirmed = u"('confirmed', 'partially_refunded')"_s;
    struct Check
    {
        QString rule;
        QString sql;
        QString format;
    };
    const QList<Check> checks = {
        {u"double_sale"_s,
         u"SELECT show_id, seat_id, COUNT(*) FROM order_items WHERE status = 'active' AND seat_id IS NOT "
         u"NULL "
         "GROUP BY show_id, seat_id HAVING COUNT(*) > 1"_s,
         u"show %1 seat %2 has %3 active order items"_s},
        {u"double_sale"_s,
         u"SELECT show_id, ga_area_id, ga_unit_no, COUNT(*) FROM order_items WHERE status = 'active' AND "
         "ga_area_id IS NOT NULL GROUP BY show_id, ga_area_id, ga_unit_no HAVING COUNT(*) > 1"_s,
         u"show %1 area %2 place %3 has %4 active order items"_s},
        {u"sold_without_order"_s,
         u"SELECT s.show_id, s.seat_id FROM show_seats s WHERE s.status = 'sold' AND NOT EXISTS (SELECT 1 "
         u"FROM "
         "order_items i JOIN orders o ON o.id = i.order_id WHERE i.show_id = s.show_id AND i.seat_id = "
         "s.seat_id "
         "AND i.status = 'active' AND i.order_id = s.order_id AND o.status IN "_s +
             confirmed + u")"_s,
         u"show %1 seat %2 is sold but no confirmed order holds it"_s},
        {u"sold_without_order"_s,
         u"SELECT u.show_id, u.area_id, u.unit_no FROM ga_units u WHERE u.status = 'sold' AND NOT EXISTS "
         u"(SELECT 1 "
         "FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.show_id = u.show_id AND i.ga_area_id "
         "= "
         "u.area_id AND i.ga_unit_no = u.unit_no AND i.status = 'active' AND i.order_id = u.order_id AND o.status IN "_s +
             confirmed + u")"_s,
         u"show %1 area %2 place %3 is sold but no confirmed order holds it"_s},
        {u"order_item_not_sold"_s,
         u"SELECT o.id, i.show_id, i.seat_id FROM order_items i JOIN orders o ON o.id = i.order_id WHERE "
         u"i.status = "
         "'active' AND i.seat_id IS NOT NULL AND o.status IN "_s +
             confirmed +
             u" AND NOT EXISTS (SELECT 1 FROM show_seats s WHERE s.show_id = i.show_id AND s.seat_id = "
             u"i.seat_id "
             "AND s.status = 'sold' AND s.order_id = o.id)"_s,
         u"order %1 sold show %2 seat %3, but the seat is not sold to it"_s},
        {u"order_item_not_sold"_s,
         u"SELECT o.id, i.show_id, i.ga_area_id, i.ga_unit_no FROM order_items i JOIN orders o ON o.id = "
         u"i.order_id "
         "WHERE i.status = 'active' AND i.ga_area_id IS NOT NULL AND o.status IN "_s +
             confirmed +
             u" AND NOT EXISTS (SELECT 1 FROM ga_units u WHERE u.show_id = i.show_id AND u.area_id = "
             u"i.ga_area_id "
             "AND u.unit_no = i.ga_unit_no AND u.status = 'sold' AND u.order_id = o.id)"_s,
         u"order %1 sold show %2 area %3 place %4, but the place is not sold to it"_s},
        {u"pending_item_not_held"_s,
         u"SELECT o.id, i.show_id, COALESCE(i.seat_id, i.ga_area_id) FROM order_items i JOIN orders o ON "
         u"o.id = "
         "i.order_id WHERE i.status = 'active' AND o.status = 'pending_payment' AND NOT EXISTS (SELECT 1 "
         "FROM "
         "show_seats s WHERE s.show_id = i.show_id AND s.seat_id = i.seat_id AND s.status = 'held' AND "
         "s.order_id "
         "= o.id) AND NOT EXISTS (SELECT 1 FROM ga_units u WHERE u.show_id = i.show_id AND u.area_id = "
         "i.ga_area_id AND u.unit_no = i.ga_unit_no AND u.status = 'held' AND u.order_id = o.id)"_s,
         u"pending order %1 lost show %2 %3"_s},
        {u"held_for_dead_order"_s,
         u"SELECT s.show_id, s.seat_id, s.order_id FROM show_seats s JOIN orders o ON o.id = s.order_id "
         u"WHERE "
         "s.status = 'held' AND o.status <> 'pending_payment'"_s,
         u"show %1 seat %2 is held for order %3, which is no longer pending"_s},
        {u"order_total"_s,
         u"SELECT o.id, o.total_minor, COALESCE(SUM(i.price_minor), 0) FROM orders o LEFT JOIN order_items i "
         u"ON "
         "i.order_id = o.id AND i.status = 'active' GROUP BY o.id, o.total_minor "
         "HAVING o.total_minor <> COALESCE(SUM(i.price_minor), 0)"_s,
         u"order %1 says its total is %2, its active items add up to %3"_s},
        {u"payments_cover_order"_s,
         u"SELECT o.id, o.status, o.total_minor, "_s + SqlInventory::paidSql(u"o.id"_s) +
             u" FROM orders o WHERE (o.status IN "_s + confirmed + u" AND "_s +
             SqlInventory::paidSql(u"o.id"_s) +
             u" <> o.total_minor) OR (o.status IN ('cancelled', 'refunded') AND "_s +
             SqlInventory::paidSql(u"o.id"_s) + u" <> 0)"_s,
         u"order %1 (%2) totals %3 but has %4 paid"_s},
        {u"refund_exceeds_payment"_s,
         u"SELECT p.id, p.amount_minor, SUM(r.amount_minor) FROM payments p JOIN payments r ON r.refund_of = "
         "p.id AND r.kind = 'refund' AND r.status IN ('succeeded', 'processing') GROUP BY p.id, "
         "p.amount_minor "
         "HAVING SUM(r.amount_minor) > p.amount_minor"_s,
         u"payment %1 of %2 has %3 refunded"_s},
        {u"refund_exceeds_payment"_s,
         u"SELECT order_id, method, SUM(CASE WHEN kind = 'refund' THEN amount_minor ELSE -amount_minor END) "
         "FROM payments WHERE status = 'succeeded' OR (kind = 'refund' AND status = 'processing') GROUP BY "
         "order_id, method HAVING SUM(CASE WHEN kind = 'payment' THEN amount_minor ELSE -amount_minor END) < 0"_s,
         u"order %1 gave back %3 (minor units) more by %2 than it took"_s},
        {u"card_payment_untracked"_s,
         u"SELECT p.id, p.status FROM payments p WHERE p.method = 'card' AND (p.provider_key IS NULL OR "
         "(p.kind = 'payment' AND p.status = 'succeeded' AND p.provider_ref = ''))"_s,
         u"card payment %1 (%2) has no key or reference the card terminal knows it by"_s},
        {u"ticket_code"_s,
         u"SELECT o.id, i.id FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.status IN "_s +
             confirmed +
             u" AND i.status = 'active' AND (i.ticket_code IS NULL OR length(i.ticket_code) < 22)"_s,
         u"order %1 item %2 has no ticket code"_s},
        {u"change_log_gap"_s,
         u"SELECT MIN(seq), MAX(seq), COUNT(*) FROM change_log HAVING COUNT(*) > 0 AND "
         "(MAX(seq) - MIN(seq) + 1 <> COUNT(*) OR MIN(seq) <> 1)"_s,
         u"change_log runs from seq %1 to %2 but has %3 entries"_s},
        {u"change_log_stale"_s,
         u"SELECT s.show_id, s.seat_id, s.status, s.version FROM show_seats s LEFT JOIN (SELECT show_id, "
         u"seat_id, "
         "MAX(seq) AS seq FROM change_log WHERE seat_id IS NOT NULL GROUP BY show_id, seat_id) last ON "
         "last.show_id = s.show_id AND last.seat_id = s.seat_id LEFT JOIN change_log c ON c.seq = last.seq "
         "WHERE s.version > 0 AND (c.seq IS NULL OR c.status <> s.status OR c.version <> s.version)"_s,
         u"show %1 seat %2 is %3 at version %4, which the change log does not say"_s},
        {u"change_log_stale"_s,
         u"SELECT u.show_id, u.area_id, u.unit_no, u.status FROM ga_units u LEFT JOIN (SELECT show_id, "
         u"ga_area_id, "
         "ga_unit_no, MAX(seq) AS seq FROM change_log WHERE ga_area_id IS NOT NULL GROUP BY show_id, "
         "ga_area_id, "
         "ga_unit_no) last ON last.show_id = u.show_id AND last.ga_area_id = u.area_id AND last.ga_unit_no = "
         "u.unit_no LEFT JOIN change_log c ON c.seq = last.seq "
         "WHERE u.version > 0 AND (c.seq IS NULL OR c.status <> u.status OR c.version <> u.version)"_s,
         u"show %1 area %2 place %3 is %4, which the change log does not say"_s},
        {u"hold_code_on_sale"_s,
         u"SELECT show_id, seat_id, hold_code FROM show_seats WHERE hold_code IS NOT NULL AND status = "
         "'available'"_s,
         u"show %1 seat %2 is kept under hold code %3 but is on sale"_s},
        {u"hold_code_on_sale"_s,
         u"SELECT show_id, area_id, unit_no FROM ga_units WHERE hold_code IS NOT NULL"_s,
         u"show %1 area %2 place %3 is kept under a hold code, which standing places never are"_s},
    };
    for (const Check &c : checks) {
        // PostgreSQL sequences skip the numbers of rolled-back transactions; readers of the log allow for it.
        if (c.rule == "change_log_gap"_L1 && !m_session.dialect().gaplessChangeLog)
            continue;
        if (auto r = check(out, c.rule, c.sql, {}, c.format); !r)
            return r.error();
    }
    if (auto r = checkHeldByTheirHolds(out); !r)
        return r.error();
    return out;
}

Result<Done> SqlVerifier::checkHeldByTheirHolds(QList<Violation> &out)
{
    // A held seat or place must be one its hold lists (holds.seat_ids, holds.ga_units: JSON, so compared
    // here rather than in SQL, where the two dialects read JSON differently), of a hold still alive.
    QHash<qint64, QSet<QString>> listed; // hold -> its seats, or "area\nplace"
    auto holdContents = [&](qint64 holdId, const QString &status, const QString &seats,
                            const QString &units) -> const QSet<QString> & {
        auto it = listed.find(holdId);
        if (it != listed.end())
            return *it;
        QSet<QString> items;
        if (status == "active"_L1 || status == "ordered"_L1) {
            for (const QString &seat : SqlInventory::seatIdsFromText(seats))
                items.insert(seat);
            for (const GaUnits &area : SqlInventory::gaUnitsFromText(units)) {
                for (int unit : area.units)
                    items.insert(area.areaId + u'\n' + QString::number(unit));
            }
        }
        return *listed.insert(holdId, items);
    };
    const QString holdColumns = u"h.status, h.seat_ids, h.ga_units FROM %1 LEFT JOIN holds h ON h.id = "_s;
    auto seats = m_session.exec(u"SELECT s.show_id, s.seat_id, s.hold_id, "_s +
                                holdColumns.arg(u"show_seats s"_s) + u"s.hold_id WHERE s.status = 'held'"_s);
    if (!seats)
        return seats.error();
    while (seats->next()) {
        const qint64 holdId = seats->value(2).toLongLong();
        const QString seat = seats->value(1).toString();
        if (!holdContents(holdId, seats->value(3).toString(), seats->value(4).toString(),
                          seats->value(5).toString())
                 .contains(seat)) {
            out.append(
                {u"held_without_hold"_s, u"show %1 seat %2 is held by hold %3, which does not hold it"_s.arg(
                                             seats->value(0).toString(), seat, QString::number(holdId))});
        }
    }
    seats->finish();
    auto units = m_session.exec(u"SELECT u.show_id, u.area_id, u.unit_no, u.hold_id, "_s +
                                holdColumns.arg(u"ga_units u"_s) + u"u.hold_id WHERE u.status = 'held'"_s);
    if (!units)
        return units.error();
    while (units->next()) {
        const QString item = units->value(1).toString() + u'\n' + units->value(2).toString();
        if (!holdContents(units->value(3).toLongLong(), units->value(4).toString(),
                          units->value(5).toString(), units->value(6).toString())
                 .contains(item)) {
            out.append(
                {u"held_without_hold"_s,
                 u"show %1 area %2 place %3 is held by a hold that does not hold it"_s.arg(
                     units->value(0).toString(), units->value(1).toString(), units->value(2).toString())});
        }
    }
    units->finish();
    return Done{};
}

} // namespace Parterre
