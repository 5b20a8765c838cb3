#include "sqlcatalog.h"

#include "seatmap/seatmapformat.h"
#include "store/sqlsession.h"

#include "model/money.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Parterre {

Result<qint64> SqlCatalog::createVenue(const Venue &venue, const CallContext &ctx)
{
    if (venue.name.trimmed().isEmpty())
        return Error::invalidInput(u"a venue needs a name"_s);
    if (!QTimeZone(venue.timeZone.toUtf8()).isValid())
        return Error::invalidInput(u"unknown time zone \"%1\""_s.arg(venue.timeZone));
    const QJsonObject request{
        {u"name"_s, venue.name}, {u"city"_s, venue.city}, {u"time_zone"_s, venue.timeZone}};
    return m_session.mutate<qint64>(u"create_venue"_s, request, ctx, [&]() -> Result<qint64> {
        auto id =
            m_session.scalar(u"INSERT INTO venues (name, city, time_zone) VALUES (?, ?, ?) RETURNING id"_s,
                             {venue.name.trimmed(), venue.city, venue.timeZone});
        if (!id)
            return id;
        if (auto a = m_session.audit(ctx, u"create_venue"_s, 0, request); !a)
            return a.error();
        return id;
    });
}

Result<qint64> SqlCatalog::addSeatMap(qint64 venueId, const SeatMap &map, const CallContext &ctx)
{
    // Writing and reading back runs every rule of the format, so a map stored here is a valid document.
    const QByteArray document = SeatMapFormat::write(map);
    if (auto valid = SeatMapFormat::read(document); !valid)
        return valid.error();
    const QJsonObject request{{u"venue_id"_s, venueId},
                              {u"document_sha"_s, QString::number(qHash(document), 16)},
                              {u"seats"_s, map.seatCount()}};
    return m_session.mutate<qint64>(u"add_seat_map"_s, request, ctx, [&]() -> Result<qint64> {
        auto venues = m_session.scalar(u"SELECT COUNT(*) FROM venues WHERE id = ?"_s, {venueId});
        if (!venues)
            return venues.error();
        if (*venues == 0)
            return Error::notFound(u"no venue %1"_s.arg(venueId));
        auto version = m_session.scalar(
            u"SELECT COALESCE(MAX(version), 0) + 1 FROM seat_maps WHERE venue_id = ?"_s, {venueId});
        if (!version)
            return version;
        auto id = m_session.scalar(
            u"INSERT INTO seat_maps (venue_id, version, name, document, seat_count, "
            "created_at_ms) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {venueId, *version, map.name, QString::fromUtf8(document), map.seatCount(), ctx.nowMs});
        if (!id)
            return id;
        if (auto seats = insertMapSeats(*id, map); !seats)
            return seats.error();
        if (auto a = m_session.audit(
                ctx, u"add_seat_map"_s, 0,
                {{u"seat_map_id"_s, *id}, {u"venue_id"_s, venueId}, {u"version"_s, *version}});
            !a)
            return a.error();
        return id;
    });
}

Result<Done> SqlCatalog::insertMapSeats(qint64 seatMapId, const SeatMap &map)
{
    struct Line
    {
        const Seat *seat;
        QString section;
        QString row;
    };
    QList<Line> lines;
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats)
                lines.append({&seat, section.name, row.label});
        }
    }
    constexpr qsizetype chunk = 100;
    for (qsizetype start = 0; start < lines.size(); start += chunk) {
        const qsizetype count = std::min(chunk, lines.size() - start);
        QString sql =
            u"INSERT INTO map_seats (seat_map_id, seat_id, ordinal, section_name, row_label, label, "
            "category_id, flags) VALUES "_s;
        QVariantList args;
        for (qsizetype i = 0; i < count; ++i) {
            const Line &line = lines.at(start + i);
            sql += (i > 0 ? u", (?, ?, ?, ?, ?, ?, ?, ?)"_s : u"(?, ?, ?, ?, ?, ?, ?, ?)"_s);
            args << seatMapId << line.seat->id << (start + i) << line.section << line.row << line.seat->label
                 << line.seat->categoryId << line.seat->flags;
        }
        if (auto q = m_session.exec(sql, args); !q)
            return q.error();
    }
    for (const GaArea &area : map.gaAreas) {
        if (auto q = m_session.exec(
                u"INSERT INTO map_ga_areas (seat_map_id, area_id, name, capacity, category_id) "
                "VALUES (?, ?, ?, ?, ?)"_s,
                {seatMapId, area.id, area.name, area.capacity, area.categoryId});
            !q)
            return q.error();
    }
    return Done{};
}

Result<qint64> SqlCatalog::createEvent(const Event &event, const CallContext &ctx)
{
    if (event.name.trimmed().isEmpty())
        return Error::invalidInput(u"an event needs a name"_s);
    const QJsonObject request = event.toJson();
    return m_session.mutate<qint64>(u"create_event"_s, request, ctx, [&]() -> Result<qint64> {
        auto id = m_session.scalar(u"INSERT INTO events (name, performer, description, created_at_ms) "
                                   "VALUES (?, ?, ?, ?) RETURNING id"_s,
                                   {event.name.trimmed(), event.performer, event.description, ctx.nowMs});
        if (!id)
            return id;
        if (auto a =
                m_session.audit(ctx, u"create_event"_s, 0, {{u"event_id"_s, *id}, {u"name"_s, event.name}});
            !a)
            return a.error();
        return id;
    });
}

Result<qint64> SqlCatalog::createShow(const NewShow &show, const CallContext &ctx)
{
    if (!Money::isValidCurrency(show.currency))
        return Error::invalidInput(u"\"%1\" is not an ISO 4217 currency code"_s.arg(show.currency));
    if (show.startsAtMs <= 0)
        return Error::invalidInput(u"a show needs a start time"_s);
    QJsonObject prices;
    for (auto it = show.prices.cbegin(); it != show.prices.cend(); ++it) {
        if (it.value() < 0)
            return Error::invalidInput(u"negative price for category \"%1\""_s.arg(it.key()));
        prices.insert(it.key(), it.value());
    }
    const QJsonObject request{{u"event_id"_s, show.eventId},
                              {u"seat_map_id"_s, show.seatMapId},
                              {u"starts_at_ms"_s, show.startsAtMs},
                              {u"currency"_s, show.currency},
                              {u"prices"_s, prices}};
    return m_session.mutate<qint64>(u"create_show"_s, request, ctx, [&]() -> Result<qint64> {
        auto events = m_session.scalar(u"SELECT COUNT(*) FROM events WHERE id = ?"_s, {show.eventId});
        if (!events)
            return events.error();
        if (*events == 0)
            return Error::notFound(u"no event %1"_s.arg(show.eventId));
        auto maps = m_session.scalar(u"SELECT COUNT(*) FROM seat_maps WHERE id = ?"_s, {show.seatMapId});
        if (!maps)
            return maps.error();
        if (*maps == 0)
            return Error::notFound(u"no seat map %1"_s.arg(show.seatMapId));
        auto categories = m_session.exec(u"SELECT category_id FROM map_seats WHERE seat_map_id = ? UNION "
                                         "SELECT category_id FROM map_ga_areas WHERE seat_map_id = ?"_s,
                                         {show.seatMapId, show.seatMapId});
        if (!categories)
            return categories.error();
        QStringList unpriced;
        while (categories.value().next()) {
            const QString category = categories.value().value(0).toString();
            if (!show.prices.contains(category))
                unpriced.append(category);
        }
        categories.value().finish();
        if (!unpriced.isEmpty()) {
            unpriced.sort();
            return Error::invalidInput(u"no price for categories: %1"_s.arg(unpriced.join(u", "_s)));
        }
        auto id = m_session.scalar(u"INSERT INTO shows (event_id, seat_map_id, starts_at_ms, currency, "
                                   "created_at_ms) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                                   {show.eventId, show.seatMapId, show.startsAtMs, show.currency, ctx.nowMs});
        if (!id)
            return id;
        for (auto it = show.prices.cbegin(); it != show.prices.cend(); ++it) {
            if (auto q = m_session.exec(u"INSERT INTO show_prices (show_id, category_id, price_minor) "
                                        "VALUES (?, ?, ?)"_s,
                                        {*id, it.key(), it.value()});
                !q)
                return q.error();
        }
        if (auto q = m_session.exec(u"INSERT INTO show_seats (show_id, seat_id, category_id) "
                                    "SELECT ?, seat_id, category_id FROM map_seats WHERE seat_map_id = ?"_s,
                                    {*id, show.seatMapId});
            !q)
            return q.error();
        if (auto units = insertGaUnits(*id, show.seatMapId); !units)
            return units.error();
        if (auto a = m_session.audit(ctx, u"create_show"_s, *id, request); !a)
            return a.error();
        return id;
    });
}

Result<Done> SqlCatalog::insertGaUnits(qint64 showId, qint64 seatMapId)
{
    auto areas = m_session.exec(
        u"SELECT area_id, capacity, category_id FROM map_ga_areas WHERE seat_map_id = ?"_s, {seatMapId});
    if (!areas)
        return areas.error();
    struct Area
    {
        QString id;
        int capacity;
        QString category;
    };
    QList<Area> list;
    while (areas.value().next())
        list.append({areas.value().value(0).toString(), areas.value().value(1).toInt(),
                     areas.value().value(2).toString()});
    areas.value().finish();
    constexpr int chunk = 200;
    for (const Area &area : std::as_const(list)) {
        auto existing =
            m_session.scalar(u"SELECT COALESCE(MAX(unit_no), 0) FROM ga_units WHERE show_id = ? AND "
                             "area_id = ?"_s,
                             {showId, area.id});
        if (!existing)
            return existing.error();
        for (int start = int(*existing) + 1; start <= area.capacity; start += chunk) {
            const int count = std::min(chunk, area.capacity - start + 1);
            QString sql = u"INSERT INTO ga_units (show_id, area_id, unit_no, category_id) VALUES "_s;
            QVariantList args;
            for (int i = 0; i < count; ++i) {
                sql += (i > 0 ? u", (?, ?, ?, ?)"_s : u"(?, ?, ?, ?)"_s);
                args << showId << area.id << (start + i) << area.category;
            }
            if (auto q = m_session.exec(sql, args); !q)
                return q.error();
        }
    }
    return Done{};
}

Result<qint64> SqlCatalog::moveShowToSeatMap(qint64 showId, qint64 seatMapId, const CallContext &ctx)
{
    const QJsonObject request{{u"show_id"_s, showId}, {u"seat_map_id"_s, seatMapId}};
    return m_session.mutate<qint64>(u"move_show"_s, request, ctx, [&]() -> Result<qint64> {
        auto current = m_session.exec(u"SELECT sh.seat_map_id, m.venue_id FROM shows sh JOIN seat_maps m ON "
                                      "m.id = sh.seat_map_id WHERE sh.id = ?"_s +
                                          m_session.dialect().forUpdate,
                                      {showId});
        if (!current)
            return current.error();
        if (!current->next())
            return Error::notFound(u"no show %1"_s.arg(showId));
        const qint64 currentMap = current->value(0).toLongLong();
        const qint64 venue = current->value(1).toLongLong();
        current->finish();
        auto target =
            m_session.scalar(u"SELECT COALESCE(MAX(venue_id), 0) FROM seat_maps WHERE id = ?"_s, {seatMapId});
        if (!target)
            return target.error();
        if (*target == 0)
            return Error::notFound(u"no seat map %1"_s.arg(seatMapId));
        if (*target != venue)
            return Error::invalidInput(u"seat map %1 belongs to another venue"_s.arg(seatMapId));
        if (currentMap == seatMapId)
            return Error::invalidState(u"show %1 already uses seat map %2"_s.arg(showId).arg(seatMapId));

        // What the new version would drop while someone holds or owns it.
        const QString taken = u"NOT (status = 'blocked' OR "_s + SqlSession::claimable() + u')';
        auto lostSeats =
            m_session.exec(u"SELECT seat_id FROM show_seats s WHERE show_id = ? AND "_s + taken +
                               u" AND NOT EXISTS (SELECT 1 FROM map_seats m WHERE m.seat_map_id = ? "
                               "AND m.seat_id = s.seat_id) ORDER BY seat_id"_s,
                           {showId, ctx.nowMs, seatMapId});
        if (!lostSeats)
            return lostSeats.error();
        QStringList lost;
        while (lostSeats->next())
            lost.append(lostSeats->value(0).toString());
        lostSeats->finish();
        auto lostUnits = m_session.exec(
            u"SELECT area_id, unit_no FROM ga_units u WHERE show_id = ? AND "_s + taken +
                u" AND NOT EXISTS (SELECT 1 FROM map_ga_areas a WHERE a.seat_map_id = ? AND a.area_id = "
                "u.area_id AND a.capacity >= u.unit_no) ORDER BY area_id, unit_no"_s,
            {showId, ctx.nowMs, seatMapId});
        if (!lostUnits)
            return lostUnits.error();
        while (lostUnits->next())
            lost.append(lostUnits->value(0).toString() + u'#' + lostUnits->value(1).toString());
        lostUnits->finish();
        if (!lost.isEmpty()) {
            return Error{Error::Code::InvalidState,
                         u"seat map %1 would drop what is sold or held for show %2: %3"_s.arg(seatMapId)
                             .arg(showId)
                             .arg(lost.join(u", "_s)),
                         lost};
        }
        auto unpriced =
            m_session.exec(u"SELECT category_id FROM map_seats WHERE seat_map_id = ? UNION SELECT "
                           "category_id FROM map_ga_areas WHERE seat_map_id = ? EXCEPT SELECT "
                           "category_id FROM show_prices WHERE show_id = ?"_s,
                           {seatMapId, seatMapId, showId});
        if (!unpriced)
            return unpriced.error();
        QStringList missing;
        while (unpriced->next())
            missing.append(unpriced->value(0).toString());
        unpriced->finish();
        if (!missing.isEmpty()) {
            missing.sort();
            return Error::invalidInput(
                u"show %1 has no price for categories: %2"_s.arg(showId).arg(missing.join(u", "_s)));
        }

        for (const QString &sql :
             {u"DELETE FROM show_seats WHERE show_id = ? AND NOT EXISTS (SELECT 1 FROM map_seats m WHERE "
              "m.seat_map_id = ? AND m.seat_id = show_seats.seat_id)"_s,
              u"DELETE FROM ga_units WHERE show_id = ? AND NOT EXISTS (SELECT 1 FROM map_ga_areas a WHERE "
              "a.seat_map_id = ? AND a.area_id = ga_units.area_id AND a.capacity >= ga_units.unit_no)"_s}) {
            if (auto q = m_session.exec(sql, {showId, seatMapId}); !q)
                return q.error();
        }
        if (auto q =
                m_session.exec(u"INSERT INTO show_seats (show_id, seat_id, category_id) SELECT ?, m.seat_id, "
                               "m.category_id FROM map_seats m WHERE m.seat_map_id = ? AND NOT EXISTS "
                               "(SELECT 1 FROM show_seats s WHERE s.show_id = ? AND s.seat_id = m.seat_id)"_s,
                               {showId, seatMapId, showId});
            !q)
            return q.error();
        // A seat may change category between versions; what was sold keeps the price it was sold at.
        if (auto q = m_session.exec(
                u"UPDATE show_seats SET category_id = (SELECT m.category_id FROM map_seats m "
                "WHERE m.seat_map_id = ? AND m.seat_id = show_seats.seat_id) WHERE show_id = ?"_s,
                {seatMapId, showId});
            !q)
            return q.error();
        if (auto q = m_session.exec(u"UPDATE shows SET seat_map_id = ? WHERE id = ?"_s, {seatMapId, showId});
            !q)
            return q.error();
        if (auto units = insertGaUnits(showId, seatMapId); !units)
            return units.error();
        if (auto a = m_session.audit(ctx, u"move_show"_s, showId,
                                     {{u"from_seat_map_id"_s, currentMap}, {u"to_seat_map_id"_s, seatMapId}});
            !a)
            return a.error();
        return seatMapId;
    });
}

Result<QList<Venue>> SqlCatalog::venues()
{
    auto q = m_session.exec(u"SELECT id, name, city, time_zone FROM venues ORDER BY name, id"_s);
    if (!q)
        return q.error();
    QList<Venue> list;
    while (q.value().next())
        list.append({q.value().value(0).toLongLong(), q.value().value(1).toString(),
                     q.value().value(2).toString(), q.value().value(3).toString()});
    return list;
}

Result<QList<Event>> SqlCatalog::events()
{
    auto q = m_session.exec(u"SELECT id, name, performer, description FROM events ORDER BY name, id"_s);
    if (!q)
        return q.error();
    QList<Event> list;
    while (q.value().next())
        list.append({q.value().value(0).toLongLong(), q.value().value(1).toString(),
                     q.value().value(2).toString(), q.value().value(3).toString()});
    return list;
}

Result<QList<Show>> SqlCatalog::shows(qint64 eventId, qint64 showId, qint64 nowMs)
{
    const QString claimable = SqlSession::claimable();
    auto q = m_session.exec(
        u"SELECT sh.id, sh.event_id, e.name, v.id, v.name, v.city, v.time_zone, sh.seat_map_id, "
        u"sh.starts_at_ms, "
        "sh.currency, "
        "(SELECT COUNT(*) FROM show_seats WHERE show_id = sh.id), "
        "(SELECT COUNT(*) FROM show_seats WHERE show_id = sh.id AND "_s +
            claimable +
            u"), "
            "(SELECT COUNT(*) FROM ga_units WHERE show_id = sh.id), "
            "(SELECT COUNT(*) FROM ga_units WHERE show_id = sh.id AND "_s +
            claimable +
            u") "
            "FROM shows sh JOIN events e ON e.id = sh.event_id JOIN seat_maps m ON m.id = sh.seat_map_id "
            "JOIN venues v ON v.id = m.venue_id "
            "WHERE (? = 0 OR sh.event_id = ?) AND (? = 0 OR sh.id = ?) ORDER BY sh.starts_at_ms, sh.id"_s,
        {nowMs, nowMs, eventId, eventId, showId, showId});
    if (!q)
        return q.error();
    QList<Show> list;
    SqlCursor &r = q.value();
    while (r.next()) {
        Show s;
        s.id = r.value(0).toLongLong();
        s.eventId = r.value(1).toLongLong();
        s.eventName = r.value(2).toString();
        s.venueId = r.value(3).toLongLong();
        s.venueName = r.value(4).toString();
        s.city = r.value(5).toString();
        s.timeZone = r.value(6).toString();
        s.seatMapId = r.value(7).toLongLong();
        s.startsAtMs = r.value(8).toLongLong();
        s.currency = r.value(9).toString();
        s.seatCount = r.value(10).toInt() + r.value(12).toInt();
        s.availableCount = r.value(11).toInt() + r.value(13).toInt();
        list.append(s);
    }
    r.finish();
    for (Show &s : list) {
        auto p =
            m_session.exec(u"SELECT category_id, price_minor FROM show_prices WHERE show_id = ?"_s, {s.id});
        if (!p)
            return p.error();
        while (p.value().next())
            s.prices.insert(p.value().value(0).toString(), p.value().value(1).toLongLong());
    }
    return list;
}

std::optional<Error> SqlCatalog::requireShow(qint64 showId)
{
    auto n = m_session.scalar(u"SELECT COUNT(*) FROM shows WHERE id = ?"_s, {showId});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::notFound(u"no show %1"_s.arg(showId));
    return std::nullopt;
}

Result<SeatMap> SqlCatalog::seatMap(qint64 seatMapId)
{
    auto q = m_session.exec(u"SELECT document FROM seat_maps WHERE id = ?"_s, {seatMapId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(u"no seat map %1"_s.arg(seatMapId));
    const QByteArray document = q.value().value(0).toString().toUtf8();
    q.value().finish();
    return SeatMapFormat::read(document);
}

Result<QList<SeatState>> SqlCatalog::seatStates(qint64 showId, qint64 nowMs)
{
    if (auto missing = requireShow(showId))
        return *missing;
    auto q =
        m_session.exec(u"SELECT s.seat_id, m.section_name, m.row_label, m.label, s.category_id, "
                       "CASE WHEN s.status = 'held' AND s.order_id IS NULL AND s.held_until_ms <= ? THEN "
                       "(CASE WHEN s.hold_code IS NULL THEN 'available' ELSE 'blocked' END) "
                       "ELSE s.status END, s.version, s.hold_code "
                       "FROM show_seats s JOIN shows sh ON sh.id = s.show_id "
                       "JOIN map_seats m ON m.seat_map_id = sh.seat_map_id AND m.seat_id = s.seat_id "
                       "WHERE s.show_id = ? ORDER BY m.ordinal"_s,
                       {nowMs, showId});
    if (!q)
        return q.error();
    QList<SeatState> list;
    SqlCursor &r = q.value();
    while (r.next()) {
        SeatState s;
        s.seatId = r.value(0).toString();
        s.section = r.value(1).toString();
        s.row = r.value(2).toString();
        s.label = r.value(3).toString();
        s.categoryId = r.value(4).toString();
        SeatState::statusFromName(r.value(5).toString(), &s.status);
        s.version = r.value(6).toLongLong();
        s.holdCode = r.value(7).toString();
        list.append(s);
    }
    return list;
}

Result<qint64> SqlCatalog::nextHoldExpiry(qint64 showId, qint64 nowMs)
{
    // The same test as seatStates() and gaStates(): a held place under an order never runs out by itself.
    return m_session.scalar(
        u"SELECT COALESCE(MIN(t), 0) FROM ("
        "SELECT held_until_ms AS t FROM show_seats WHERE show_id = ? AND status = 'held' AND order_id IS "
        "NULL "
        "AND held_until_ms > ? UNION ALL "
        "SELECT held_until_ms FROM ga_units WHERE show_id = ? AND status = 'held' AND order_id IS NULL "
        "AND held_until_ms > ?) expiries"_s,
        {showId, nowMs, showId, nowMs});
}

Result<QList<GaAreaState>> SqlCatalog::gaStates(qint64 showId, qint64 nowMs)
{
    if (auto missing = requireShow(showId))
        return *missing;
    auto q = m_session.exec(
        u"SELECT a.area_id, a.name, a.category_id, a.capacity, "
        "SUM(CASE WHEN u.status = 'available' OR (u.status = 'held' AND u.order_id IS NULL AND "
        "u.held_until_ms <= ?) THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN u.status = 'held' AND NOT (u.order_id IS NULL AND u.held_until_ms <= ?) THEN 1 ELSE 0 "
        "END), "
        "SUM(CASE WHEN u.status = 'sold' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN u.status = 'blocked' THEN 1 ELSE 0 END) "
        "FROM ga_units u JOIN shows sh ON sh.id = u.show_id "
        "JOIN map_ga_areas a ON a.seat_map_id = sh.seat_map_id AND a.area_id = u.area_id "
        "WHERE u.show_id = ? GROUP BY a.area_id, a.name, a.category_id, a.capacity ORDER BY a.area_id"_s,
        {nowMs, nowMs, showId});
    if (!q)
        return q.error();
    QList<GaAreaState> list;
    SqlCursor &r = q.value();
    while (r.next()) {
        GaAreaState g;
        g.areaId = r.value(0).toString();
        g.name = r.value(1).toString();
        g.categoryId = r.value(2).toString();
        g.capacity = r.value(3).toInt();
        g.available = r.value(4).toInt();
        g.held = r.value(5).toInt();
        g.sold = r.value(6).toInt();
        g.blocked = r.value(7).toInt();
        list.append(g);
    }
    return list;
}

} // namespace Parterre
