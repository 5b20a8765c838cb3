#include "sqlinventory.h"

#include "model/money.h"
#include "seatmap/seatmapformat.h"
#include "store/sqlsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

const QString kSeatReturning = u" RETURNING show_id, seat_id, status, version"_s;

// A hold's contents as its row keeps them (holds.seat_ids, holds.ga_units): compact JSON, sorted.
QString seatIdsText(QStringList seatIds)
{
    seatIds.sort();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(seatIds)).toJson(QJsonDocument::Compact));
}

QString gaUnitsText(const QList<GaUnits> &ga)
{
    QJsonArray pairs;
    for (const GaUnits &area : ga) {
        for (int unit : area.units)
            pairs.append(QJsonArray{area.areaId, unit});
    }
    return QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact));
}

// Places grouped by area, in area then place order.
QList<GaUnits> grouped(QList<std::pair<QString, int>> pairs)
{
    std::sort(pairs.begin(), pairs.end());
    QList<GaUnits> ga;
    for (const auto &[area, unit] : pairs) {
        if (ga.isEmpty() || ga.last().areaId != area)
            ga.append({area, {}});
        ga.last().units.append(unit);
    }
    return ga;
}

// The standing places among the changes of a claim.
QList<GaUnits> gaUnitsOf(const QList<Change> &changes)
{
    QList<std::pair<QString, int>> pairs;
    for (const Change &c : changes) {
        if (c.seatId.isEmpty())
            pairs.append({c.gaAreaId, c.gaUnit});
    }
    return grouped(pairs);
}

const QString kUnitReturning = u" RETURNING show_id, area_id, unit_no, status, version"_s;

} // namespace

QStringList SqlInventory::seatIdsFromText(const QString &text)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        ids.append(v.toString());
    return ids;
}

QList<GaUnits> SqlInventory::gaUnitsFromText(const QString &text)
{
    QList<std::pair<QString, int>> pairs;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        pairs.append({v.toArray().at(0).toString(), v.toArray().at(1).toInt()});
    return grouped(pairs);
}

// 128 random bits, URL-safe: what a ticket's QR code carries.
QString SqlInventory::newTicketCode()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {

// Eight characters of Crockford's alphabet (no I, L, O, U): easy to read out over the phone.
QString newOrderNumber()
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString number;
    for (int i = 0; i < 8; ++i)
        number += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return number;
}

QVariantList withArgs(QVariantList head, const QStringList &tail, QVariantList after = {})
{
    for (const QString &s : tail)
        head.append(s);
    head.append(after);
    return head;
}

QJsonObject holdRequestJson(const HoldRequest &request)
{
    QJsonArray ga;
    for (const GaQuantity &g : request.ga)
        ga.append(QJsonObject{{u"area"_s, g.areaId}, {u"quantity"_s, g.quantity}});
    QJsonObject json{{u"show_id"_s, request.showId},
                     {u"seat_ids"_s, QJsonArray::fromStringList(request.seatIds)},
                     {u"ga"_s, ga},
                     {u"duration_ms"_s, request.durationMs}};
    if (!request.holdCode.isEmpty()) // absent otherwise: keys of holds made before hold codes still answer
        json.insert(u"hold_code"_s, request.holdCode);
    return json;
}

} // namespace

Result<Done> SqlInventory::logged(Result<QList<Change>> changes, qint64 nowMs, int *count)
{
    if (!changes)
        return changes.error();
    if (count)
        *count = int(changes->size());
    return m_session.appendChanges(*changes, nowMs);
}

Result<Done> SqlInventory::returnToPool(const QString &where, const QVariantList &args, qint64 nowMs)
{
    const QString set =
        u" SET status = "_s + SqlSession::freedStatus() +
        u", hold_id = NULL, held_until_ms = NULL, order_id = NULL, version = version + 1 WHERE "_s;
    if (auto r =
            logged(m_session.updateSeats(u"UPDATE show_seats"_s + set + where + kSeatReturning, args), nowMs);
        !r)
        return r;
    return logged(m_session.updateUnits(u"UPDATE ga_units"_s + set + where + kUnitReturning, args), nowMs);
}

Result<QStringList> SqlInventory::unknownSeats(qint64 showId, const QStringList &seatIds)
{
    auto q = m_session.exec(u"SELECT seat_id FROM show_seats WHERE show_id = ? AND seat_id IN ("_s +
                                SqlSession::placeholders(seatIds.size()) + u')',
                            withArgs({showId}, seatIds));
    if (!q)
        return q.error();
    QSet<QString> known;
    while (q.value().next())
        known.insert(q.value().value(0).toString());
    QStringList unknown;
    for (const QString &id : seatIds) {
        if (!known.contains(id))
            unknown.append(id);
    }
    return unknown;
}

Result<Hold> SqlInventory::hold(const HoldRequest &request, const CallContext &ctx)
{
    return m_session.mutate<Hold>(u"hold"_s, holdRequestJson(request), ctx,
                                  [&]() -> Result<Hold> { return claim(request, ctx); });
}

Result<Hold> SqlInventory::holdBestAvailable(qint64 showId, const BestAvailableRequest &request,
                                             qint64 durationMs, const CallContext &ctx)
{
    const QJsonObject json{{u"show_id"_s, showId},
                           {u"category"_s, request.categoryId},
                           {u"quantity"_s, request.quantity},
                           {u"wheelchair"_s, request.wheelchair},
                           {u"duration_ms"_s, durationMs}};
    return m_session.mutate<Hold>(u"hold_best_available"_s, json, ctx, [&]() -> Result<Hold> {
        // Chosen inside the transaction: under SQLite's write lock nobody else can take the seats meanwhile;
        // on PostgreSQL the conditional claim still decides, and a lost race is refused whole.
        auto mapId = m_session.scalar(u"SELECT seat_map_id FROM shows WHERE id = ?"_s, {showId});
        if (!mapId)
            return mapId.error();
        if (*mapId == 0)
            return Error::notFound(u"no show %1"_s.arg(showId));
        auto selector = selectorFor(*mapId);
        if (!selector)
            return selector.error();
        auto free = m_session.exec(u"SELECT seat_id FROM show_seats WHERE show_id = ? AND "_s +
                                       SqlSession::claimable(),
                                   {showId, ctx.nowMs});
        if (!free)
            return free.error();
        QSet<QString> available;
        while (free->next())
            available.insert(free->value(0).toString());
        free->finish();
        auto seats = (*selector)->bestAvailable(available, request);
        if (!seats)
            return seats.error();
        return claim({showId, *seats, {}, durationMs}, ctx);
    });
}

Result<SqlInventory::ShowTerms> SqlInventory::termsOf(qint64 showId, bool reload)
{
    // A show's currency and prices never change once it exists (moving it to another seat-map version may
    // add categories: a price we do not know yet reloads them): ask once per connection.
    if (const auto it = m_terms.constFind(showId); it != m_terms.constEnd() && !reload)
        return it.value(); // implicitly shared: a copy is cheap
    auto show = m_session.exec(u"SELECT currency FROM shows WHERE id = ?"_s, {showId});
    if (!show)
        return show.error();
    if (!show->next())
        return Error::notFound(u"no show %1"_s.arg(showId));
    ShowTerms terms;
    terms.currency = show->value(0).toString();
    show->finish();
    auto prices =
        m_session.exec(u"SELECT category_id, price_minor FROM show_prices WHERE show_id = ?"_s, {showId});
    if (!prices)
        return prices.error();
    while (prices->next())
        terms.prices.insert(prices->value(0).toString(), prices->value(1).toLongLong());
    m_terms.insert(showId, terms);
    return terms;
}

Result<std::shared_ptr<const SeatSelector>> SqlInventory::selectorFor(qint64 seatMapId)
{
    // Seat-map versions never change once stored: parse each one once per connection.
    if (auto cached = m_selectors.value(seatMapId))
        return cached;
    auto document = m_session.exec(u"SELECT document FROM seat_maps WHERE id = ?"_s, {seatMapId});
    if (!document)
        return document.error();
    if (!document->next())
        return Error::notFound(u"no seat map %1"_s.arg(seatMapId));
    auto map = SeatMapFormat::read(document->value(0).toString().toUtf8());
    if (!map)
        return map.error();
    auto holder = std::make_shared<const SelectorHolder>(std::move(map).value());
    std::shared_ptr<const SeatSelector> selector(holder, &holder->selector);
    m_selectors.insert(seatMapId, selector);
    return selector;
}

Result<Hold> SqlInventory::claim(const HoldRequest &request, const CallContext &ctx)
{
    auto terms = termsOf(request.showId);
    if (!terms)
        return terms.error();
    Hold hold;
    hold.showId = request.showId;
    hold.currency = terms->currency;
    hold.createdAtMs = ctx.nowMs;
    hold.expiresAtMs = ctx.nowMs + request.durationMs;
    hold.serverTimeMs = ctx.nowMs;
    if (!request.holdCode.isEmpty()) {
        if (!request.ga.isEmpty())
            return Error::invalidInput(u"standing places are never kept under a hold code"_s);
        auto known =
            m_session.scalar(u"SELECT COUNT(*) FROM hold_codes WHERE code = ?"_s, {request.holdCode});
        if (!known)
            return known.error();
        if (*known == 0)
            return Error::notFound(u"no hold code \"%1\""_s.arg(request.holdCode));
    }
    QHash<QString, int> capacity;
    for (const GaQuantity &g : request.ga) {
        auto units = m_session.scalar(
            u"SELECT COALESCE(MAX(a.capacity), 0) FROM map_ga_areas a JOIN shows sh ON sh.seat_map_id = "
            "a.seat_map_id WHERE sh.id = ? AND a.area_id = ?"_s,
            {request.showId, g.areaId});
        if (!units)
            return units.error();
        if (*units == 0)
            return Error::invalidInput(
                u"show %1 has no standing area \"%2\""_s.arg(request.showId).arg(g.areaId));
        if (g.quantity > *units) {
            return Error::invalidInput(
                u"area \"%1\" holds %2 people; %3 asked for"_s.arg(g.areaId).arg(*units).arg(g.quantity));
        }
        capacity.insert(g.areaId, int(*units));
    }

    // On PostgreSQL a hold of picked seats is one statement: the hold, the claim and its items.
    const bool inOne =
        m_session.dialect().dataModifyingCte && !request.seatIds.isEmpty() && request.ga.isEmpty();
    if (!inOne) {
        // The seats are known now (all or nothing); standing places once they are claimed, below.
        auto holdId = m_session.scalar(
            u"INSERT INTO holds (show_id, status, created_at_ms, expires_at_ms, actor, terminal, seat_ids) "
            "VALUES (?, 'active', ?, ?, ?, ?, ?) RETURNING id"_s,
            {request.showId, ctx.nowMs, hold.expiresAtMs, ctx.actor, ctx.terminal,
             seatIdsText(request.seatIds)});
        if (!holdId)
            return holdId.error();
        hold.id = *holdId;
    }

    // The conditional write decides; only when it falls short do we ask why (unknown or taken seats).
    QList<Change> changes;
    if (!request.seatIds.isEmpty()) {
        const bool underCode = !request.holdCode.isEmpty();
        const QString claimable = u" WHERE show_id = ? AND seat_id IN ("_s +
                                  SqlSession::placeholders(request.seatIds.size()) + u") AND "_s +
                                  (underCode ? SqlSession::claimableUnderCode() : SqlSession::claimable());
        const QVariantList claimArgs =
            withArgs({request.showId}, request.seatIds,
                     underCode ? QVariantList{request.holdCode, ctx.nowMs} : QVariantList{ctx.nowMs});
        hold.seatIds = request.seatIds;
        hold.seatIds.sort();
        QStringList categories;
        Result<QList<Change>> seats = QList<Change>();
        if (inOne) {
            seats = claimSeatsWithHold(claimable, claimArgs, hold, ctx, &categories);
        } else {
            seats = m_session.updateSeats(
                u"UPDATE show_seats SET status = 'held', hold_id = ?, held_until_ms = ?, order_id = NULL, "
                "version = version + 1"_s +
                    claimable + kSeatReturning + u", category_id"_s,
                QVariantList{hold.id, hold.expiresAtMs} + claimArgs, &categories);
        }
        if (!seats)
            return seats.error();
        if (seats->size() != request.seatIds.size()) {
            auto unknown = unknownSeats(request.showId, request.seatIds);
            if (!unknown)
                return unknown.error();
            if (!unknown->isEmpty()) {
                return Error{Error::Code::InvalidInput,
                             u"show %1 has no seat %2"_s.arg(request.showId).arg(unknown->join(u", "_s)),
                             *unknown};
            }
            QSet<QString> got;
            for (const Change &c : *seats)
                got.insert(c.seatId);
            QStringList taken;
            for (const QString &id : request.seatIds) {
                if (!got.contains(id))
                    taken.append(id);
            }
            if (underCode)
                return Error::seatUnavailable(
                    u"not free under hold code \"%1\": %2"_s.arg(request.holdCode, taken.join(u", "_s)),
                    taken);
            return Error::seatUnavailable(u"not available: %1"_s.arg(taken.join(u", "_s)), taken);
        }
        changes.append(*seats);
        for (const QString &category : std::as_const(categories)) {
            if (!terms->prices.contains(category)) {
                terms = termsOf(request.showId, true);
                if (!terms)
                    return terms.error();
            }
            hold.priceMinor += terms->prices.value(category); // a category without a price costs nothing
        }
    }
    for (const GaQuantity &g : request.ga) {
        // Free places first, through the partial index of available units; only then places whose
        // hold ran out. One scan over every held unit per claim would slow a busy standing area down.
        int claimed = 0;
        const QString claim = u"UPDATE ga_units SET status = 'held', hold_id = ?, held_until_ms = ?, "
                              "order_id = NULL, version = version + 1 WHERE (show_id, area_id, unit_no) IN "
                              "(SELECT show_id, area_id, unit_no FROM ga_units WHERE show_id = ? AND "
                              "area_id = ? AND %1 ORDER BY unit_no LIMIT ?%2)"_s +
                              kUnitReturning;
        const QString skip = m_session.dialect().skipLockedSuffix;
        // Start at a random place: terminals claiming at once spread over the area instead of all
        // queueing for (and skipping over) the same first free units.
        const int start = 1 + int(QRandomGenerator::global()->bounded(quint32(capacity.value(g.areaId, 1))));
        for (const QString &from :
             {u"status = 'available' AND unit_no >= ?"_s, u"status = 'available' AND unit_no < ?"_s}) {
            if (claimed == g.quantity)
                break;
            auto fresh =
                m_session.updateUnits(claim.arg(from, skip), {hold.id, hold.expiresAtMs, request.showId,
                                                              g.areaId, start, g.quantity - claimed});
            if (!fresh)
                return fresh.error();
            claimed += int(fresh->size());
            changes.append(*fresh);
        }
        if (claimed < g.quantity) {
            auto expired = m_session.updateUnits(
                claim.arg(u"status = 'held' AND order_id IS NULL AND held_until_ms <= ?"_s, skip),
                {hold.id, hold.expiresAtMs, request.showId, g.areaId, ctx.nowMs, g.quantity - claimed});
            if (!expired)
                return expired.error();
            claimed += int(expired->size());
            changes.append(*expired);
        }
        if (claimed != g.quantity) {
            return Error::seatUnavailable(
                u"only %1 places left in \"%2\"; %3 asked for"_s.arg(claimed).arg(g.areaId).arg(g.quantity),
                {g.areaId});
        }
    }
    if (!request.ga.isEmpty()) {
        hold.ga = gaUnitsOf(changes);
        if (auto q = m_session.execDeferred(u"UPDATE holds SET ga_units = ? WHERE id = ?"_s,
                                            {gaUnitsText(hold.ga), hold.id});
            !q)
            return q.error();
    }
    if (auto r = m_session.appendChanges(changes, ctx.nowMs); !r)
        return r.error();
    if (!request.ga.isEmpty()) { // seats were priced as they were claimed
        auto price = unitsPrice(hold.showId, hold.ga);
        if (!price)
            return price.error();
        hold.priceMinor += *price;
    }
    QJsonObject details = holdRequestJson(request);
    details.insert(u"hold_id"_s, hold.id);
    if (auto a = m_session.audit(ctx, u"hold"_s, request.showId, details); !a)
        return a.error();
    return hold;
}

Result<QList<Change>> SqlInventory::claimSeatsWithHold(const QString &claimable,
                                                       const QVariantList &claimArgs, Hold &hold,
                                                       const CallContext &ctx, QStringList *categories)
{
    // The hold row and the claim in one statement (data-modifying CTEs): one round trip and one statement
    // for the server where two were. A claim that falls short still rolls back whole.
    auto rows = m_session.exec(
        u"WITH h AS (INSERT INTO holds (show_id, status, created_at_ms, expires_at_ms, actor, terminal, "
        "seat_ids) VALUES (?, 'active', ?, ?, ?, ?, ?) RETURNING id), "
        "s AS (UPDATE show_seats SET status = 'held', hold_id = (SELECT id FROM h), held_until_ms = ?, "
        "order_id = NULL, version = version + 1"_s +
            claimable +
            u" RETURNING show_id, seat_id, status, version, category_id) "
            "SELECT show_id, seat_id, status, version, category_id, (SELECT id FROM h) FROM s"_s,
        QVariantList{hold.showId, ctx.nowMs, hold.expiresAtMs, ctx.actor, ctx.terminal,
                     seatIdsText(hold.seatIds), hold.expiresAtMs} +
            claimArgs);
    if (!rows)
        return rows.error();
    QList<Change> changes;
    while (rows->next()) {
        Change c;
        c.showId = rows->value(0).toLongLong();
        c.seatId = rows->value(1).toString();
        SeatState::statusFromName(rows->value(2).toString(), &c.status);
        c.version = rows->value(3).toLongLong();
        changes.append(c);
        categories->append(rows->value(4).toString());
        hold.id = rows->value(5).toLongLong();
    }
    rows->finish();
    return changes;
}

Result<qint64> SqlInventory::seatsPrice(qint64 showId, const QStringList &seatIds)
{
    if (seatIds.isEmpty())
        return qint64(0);
    return m_session.scalar(u"SELECT COALESCE(SUM(p.price_minor), 0) FROM show_seats s JOIN show_prices p ON "
                            "p.show_id = s.show_id AND p.category_id = s.category_id WHERE s.show_id = ? AND "
                            "s.seat_id IN ("_s +
                                SqlSession::placeholders(seatIds.size()) + u")"_s,
                            withArgs({showId}, seatIds, {}));
}

Result<qint64> SqlInventory::unitsPrice(qint64 showId, const QList<GaUnits> &ga)
{
    qint64 total = 0;
    for (const GaUnits &area : ga) {
        QVariantList args{showId, area.areaId};
        for (int unit : area.units)
            args.append(unit);
        auto price = m_session.scalar(
            u"SELECT COALESCE(SUM(p.price_minor), 0) FROM ga_units u JOIN show_prices p ON p.show_id = "
            "u.show_id AND p.category_id = u.category_id WHERE u.show_id = ? AND u.area_id = ? AND u.unit_no IN ("_s +
                SqlSession::placeholders(area.units.size()) + u")"_s,
            args);
        if (!price)
            return price;
        total += *price;
    }
    return total;
}

Result<Hold> SqlInventory::release(qint64 holdId, const CallContext &ctx)
{
    return m_session.mutate<Hold>(u"release"_s, {{u"hold_id"_s, holdId}}, ctx, [&]() -> Result<Hold> {
        if (auto locked = lockRow(u"holds"_s, holdId); !locked)
            return locked.error();
        auto current = holdById(holdId, ctx.nowMs);
        if (!current)
            return current.error();
        if (current->status == Hold::Status::Ordered)
            return Error::invalidState(
                u"hold %1 belongs to an order; cancel the order instead"_s.arg(holdId));
        if (current->status == Hold::Status::Released)
            return Error::invalidState(u"hold %1 is already released"_s.arg(holdId));
        if (auto r =
                returnToPool(u"hold_id = ? AND status = 'held' AND order_id IS NULL"_s, {holdId}, ctx.nowMs);
            !r)
            return r.error();
        if (auto q = m_session.exec(u"UPDATE holds SET status = 'released' WHERE id = ?"_s, {holdId}); !q)
            return q.error();
        if (auto a = m_session.audit(ctx, u"release"_s, current->showId, {{u"hold_id"_s, holdId}}); !a)
            return a.error();
        return holdById(holdId, ctx.nowMs);
    });
}

Result<Order> SqlInventory::createOrder(const OrderRequest &request, const CallContext &ctx)
{
    const QJsonObject customer{{u"name"_s, request.customer.name},
                               {u"email"_s, request.customer.email},
                               {u"phone"_s, request.customer.phone}};
    const QJsonObject json{{u"hold_id"_s, request.holdId}, {u"customer"_s, customer}};
    return m_session.mutate<Order>(u"create_order"_s, json, ctx, [&]() -> Result<Order> {
        if (auto locked = lockRow(u"holds"_s, request.holdId); !locked)
            return locked.error();
        auto held = holdById(request.holdId, ctx.nowMs);
        if (!held)
            return held.error();
        switch (held->status) {
        case Hold::Status::Ordered:
            return Error::invalidState(u"hold %1 already has an order"_s.arg(request.holdId));
        case Hold::Status::Released:
            return Error::holdExpired(u"hold %1 was released"_s.arg(request.holdId));
        case Hold::Status::Expired:
            return Error::holdExpired(u"hold %1 expired"_s.arg(request.holdId));
        case Hold::Status::Active:
            break;
        }
        const qint64 items = held->itemCount();
        auto stillHeld = m_session.scalar(
            u"SELECT (SELECT COUNT(*) FROM show_seats WHERE hold_id = ? AND status = 'held') + "
            "(SELECT COUNT(*) FROM ga_units WHERE hold_id = ? AND status = 'held')"_s,
            {request.holdId, request.holdId});
        if (!stillHeld)
            return stillHeld.error();
        if (items == 0)
            return Error::invalidState(u"hold %1 is empty"_s.arg(request.holdId));
        if (*stillHeld != items)
            return Error::holdExpired(u"hold %1 lost some of its seats"_s.arg(request.holdId));

        QString number;
        for (int attempt = 0; number.isEmpty() && attempt < 8; ++attempt) {
            const QString candidate = newOrderNumber();
            auto used = m_session.scalar(u"SELECT COUNT(*) FROM orders WHERE number = ?"_s, {candidate});
            if (!used)
                return used.error();
            if (*used == 0)
                number = candidate;
        }
        if (number.isEmpty())
            return Error::storage(u"could not find a free order number"_s);

        auto orderId = m_session.scalar(
            u"INSERT INTO orders (number, show_id, hold_id, status, currency, total_minor, customer_name, "
            "customer_email, customer_phone, customer_folded, created_at_ms, actor, terminal) "
            "SELECT ?, sh.id, ?, 'pending_payment', sh.currency, 0, ?, ?, ?, ?, ?, ?, ? FROM shows sh WHERE "
            "sh.id = ? "
            "RETURNING id"_s,
            {number, request.holdId, request.customer.name.trimmed(), request.customer.email.trimmed(),
             request.customer.phone.trimmed(), request.customer.name.trimmed().toCaseFolded(), ctx.nowMs,
             ctx.actor, ctx.terminal, held->showId});
        if (!orderId)
            return orderId.error();
        if (auto q = m_session.exec(
                u"INSERT INTO order_items (order_id, show_id, seat_id, category_id, price_minor, status) "
                "SELECT ?, s.show_id, s.seat_id, s.category_id, p.price_minor, 'active' FROM show_seats s "
                "JOIN show_prices p ON p.show_id = s.show_id AND p.category_id = s.category_id "
                "WHERE s.hold_id = ? ORDER BY s.seat_id"_s,
                {*orderId, request.holdId});
            !q)
            return q.error();
        if (auto q = m_session.exec(
                u"INSERT INTO order_items (order_id, show_id, ga_area_id, ga_unit_no, category_id, "
                u"price_minor, "
                "status) SELECT ?, u.show_id, u.area_id, u.unit_no, u.category_id, p.price_minor, 'active' "
                "FROM ga_units u JOIN show_prices p ON p.show_id = u.show_id AND p.category_id = "
                "u.category_id "
                "WHERE u.hold_id = ? ORDER BY u.area_id, u.unit_no"_s,
                {*orderId, request.holdId});
            !q)
            return q.error();
        if (auto q =
                m_session.exec(u"UPDATE orders SET total_minor = (SELECT COALESCE(SUM(price_minor), 0) "
                               "FROM order_items WHERE order_id = ? AND status = 'active') WHERE id = ?"_s,
                               {*orderId, *orderId});
            !q)
            return q.error();
        const QString set =
            u" SET order_id = ?, version = version + 1 WHERE hold_id = ? AND status = 'held'"_s;
        if (auto r = logged(m_session.updateSeats(u"UPDATE show_seats"_s + set + kSeatReturning,
                                                  {*orderId, request.holdId}),
                            ctx.nowMs);
            !r)
            return r.error();
        if (auto r = logged(m_session.updateUnits(u"UPDATE ga_units"_s + set + kUnitReturning,
                                                  {*orderId, request.holdId}),
                            ctx.nowMs);
            !r)
            return r.error();
        if (auto q = m_session.exec(u"UPDATE holds SET status = 'ordered' WHERE id = ?"_s, {request.holdId});
            !q)
            return q.error();
        if (auto a = m_session.audit(
                ctx, u"create_order"_s, held->showId,
                {{u"order_id"_s, *orderId}, {u"hold_id"_s, request.holdId}, {u"number"_s, number}});
            !a)
            return a.error();
        return order(*orderId);
    });
}

Result<Done> SqlInventory::lockRow(const QString &table, qint64 id)
{
    // Under PostgreSQL's READ COMMITTED two calls on one hold or order would both pass validation; locking
    // the row first makes the second wait and then see the first one's result. SQLite's write lock,
    // taken by BEGIN IMMEDIATE, already does this.
    if (m_session.dialect().forUpdate.isEmpty())
        return Done{};
    auto q = m_session.exec(u"SELECT id FROM "_s + table + u" WHERE id = ?"_s + m_session.dialect().forUpdate,
                            {id});
    if (!q)
        return q.error();
    return Done{};
}

Result<SqlInventory::OrderHead> SqlInventory::orderHead(qint64 orderId)
{
    if (auto locked = lockRow(u"orders"_s, orderId); !locked)
        return locked.error();
    auto q =
        m_session.exec(u"SELECT show_id, status, currency, total_minor, "_s + paidSql(u"o.id"_s) +
                           u", (SELECT COALESCE(SUM(amount_minor), 0) FROM payments WHERE order_id = o.id "
                           "AND kind = 'payment' AND status = 'processing') FROM orders o WHERE id = ?"_s,
                       {orderId});
    if (!q)
        return q.error();
    SqlCursor &r = q.value();
    if (!r.next())
        return Error::notFound(u"no order %1"_s.arg(orderId));
    OrderHead head;
    head.showId = r.value(0).toLongLong();
    head.status = Order::statusFromName(r.value(1).toString());
    head.currency = r.value(2).toString();
    head.totalMinor = r.value(3).toLongLong();
    head.paidMinor = r.value(4).toLongLong();
    head.processingMinor = r.value(5).toLongLong();
    r.finish();
    return head;
}

Result<Payment> SqlInventory::pay(const PaymentRequest &request, const CallContext &ctx)
{
    const QJsonObject json{{u"order_id"_s, request.orderId},
                           {u"method"_s, Payment::methodName(request.method)},
                           {u"amount_minor"_s, request.amountMinor},
                           {u"currency"_s, request.currency},
                           {u"tendered_minor"_s, request.tenderedMinor},
                           {u"reason"_s, request.reason}};
    QJsonObject hashed = json;
    if (request.exchangeDifference)
        hashed.insert(u"exchange_difference"_s, true); // only then: keys of older requests still match
    return m_session.mutate<Payment>(u"pay"_s, hashed, ctx, [&]() -> Result<Payment> {
        auto head = orderHead(request.orderId);
        if (!head)
            return head.error();
        if (request.exchangeDifference) {
            if (request.method != Payment::Method::Card || request.amountMinor <= 0)
                return Error::invalidInput(u"an exchange's difference is charged to a card, in full"_s);
            if (head->status != Order::Status::Confirmed &&
                head->status != Order::Status::PartiallyRefunded) {
                return Error::invalidState(
                    u"order %1 is %2; only confirmed tickets can be exchanged"_s.arg(request.orderId)
                        .arg(Order::statusName(head->status)));
            }
        } else if (head->status != Order::Status::PendingPayment) {
            return Error::invalidState(u"order %1 is %2 and takes no payment"_s.arg(request.orderId)
                                           .arg(Order::statusName(head->status)));
        }
        if (request.currency != head->currency) {
            return Error::invalidInput(
                u"order %1 is in %2, not %3"_s.arg(request.orderId).arg(head->currency, request.currency));
        }
        if (head->processingMinor > 0) {
            return Error::invalidState(
                u"a card payment of %1 on order %2 is still being processed; resolve it first"_s
                    .arg(Money{head->processingMinor, head->currency}.toString())
                    .arg(request.orderId));
        }
        // An exchange's difference is charged on top of a paid order, before the exchange raises its total.
        const qint64 balance =
            request.exchangeDifference ? request.amountMinor : head->totalMinor - head->paidMinor;
        if (balance <= 0)
            return Error::invalidState(u"order %1 is already paid"_s.arg(request.orderId));
        const qint64 amount = request.amountMinor < 0 ? balance : request.amountMinor;
        if (amount == 0)
            return Error::invalidInput(u"a payment needs an amount"_s);
        if (amount > balance) {
            return Error::invalidInput(u"%1 is more than the %2 still due"_s.arg(
                Money{amount, head->currency}.toString(), Money{balance, head->currency}.toString()));
        }
        Payment payment;
        payment.orderId = request.orderId;
        payment.method = request.method;
        payment.amountMinor = amount;
        payment.currency = head->currency;
        payment.reason = request.reason.trimmed();
        payment.createdAtMs = ctx.nowMs;
        payment.status = Payment::Status::Succeeded;
        switch (request.method) {
        case Payment::Method::Card:
            // Recorded before the terminal is asked, under the key the terminal will know it by: whatever
            // happens to the answer, reconciliation can find out what became of it.
            if (ctx.idempotencyKey.isEmpty())
                return Error::invalidInput(u"a card payment needs an idempotency key"_s);
            payment.status = Payment::Status::Processing;
            payment.providerKey = ctx.idempotencyKey;
            break;
        case Payment::Method::Comp:
            if (payment.reason.isEmpty())
                return Error::invalidInput(u"a complimentary ticket needs a reason"_s);
            break;
        case Payment::Method::Cash:
            payment.tenderedMinor = request.tenderedMinor < 0 ? amount : request.tenderedMinor;
            if (payment.tenderedMinor < amount) {
                return Error::invalidInput(u"%1 tendered is less than the %2 due"_s.arg(
                    Money{payment.tenderedMinor, head->currency}.toString(),
                    Money{amount, head->currency}.toString()));
            }
            payment.changeMinor = payment.tenderedMinor - amount;
            // Change is given once per order, on its last cash part: after a part that gave change, the
            // rest is paid by card or comp. The drawer's count stays one handover per order.
            if (auto changed =
                    m_session.scalar(u"SELECT COUNT(*) FROM payments WHERE order_id = ? AND kind = "
                                     "'payment' AND method = 'cash' AND status = 'succeeded' AND "
                                     "change_minor > 0"_s,
                                     {request.orderId});
                !changed) {
                return changed.error();
            } else if (*changed > 0) {
                return Error::invalidInput(
                    u"change was given on an earlier cash part of order %1: it was "
                    "the last cash part; pay the rest by card or comp"_s.arg(request.orderId));
            }
            break;
        }
        auto id = m_session.scalar(
            u"INSERT INTO payments (order_id, kind, method, status, amount_minor, currency, tendered_minor, "
            "change_minor, reason, created_at_ms, actor, terminal, provider_key) VALUES (?, 'payment', ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {payment.orderId, Payment::methodName(payment.method), Payment::statusName(payment.status),
             payment.amountMinor, payment.currency, payment.tenderedMinor, payment.changeMinor,
             payment.reason, ctx.nowMs, ctx.actor, ctx.terminal,
             payment.providerKey.isEmpty() ? QVariant() : QVariant(payment.providerKey)});
        if (!id)
            return id.error();
        payment.id = *id;
        if (auto a = m_session.audit(ctx, u"pay"_s, head->showId, payment.toJson()); !a)
            return a.error();
        return payment;
    });
}

Result<Order> SqlInventory::confirm(qint64 orderId, const CallContext &ctx)
{
    return m_session.mutate<Order>(u"confirm"_s, {{u"order_id"_s, orderId}}, ctx, [&]() -> Result<Order> {
        auto head = orderHead(orderId);
        if (!head)
            return head.error();
        if (head->status != Order::Status::PendingPayment) {
            return Error::invalidState(
                u"order %1 is %2; only a pending order can be confirmed"_s.arg(orderId).arg(
                    Order::statusName(head->status)));
        }
        if (head->paidMinor < head->totalMinor) {
            return Error::invalidState(u"order %1 is not fully paid: %2 still due"_s.arg(orderId).arg(
                Money{head->totalMinor - head->paidMinor, head->currency}.toString()));
        }
        const QString set =
            u" SET status = 'sold', hold_id = NULL, held_until_ms = NULL, version = version + 1 "
            "WHERE order_id = ? AND status = 'held'"_s;
        int seats = 0;
        int units = 0;
        if (auto r = logged(m_session.updateSeats(u"UPDATE show_seats"_s + set + kSeatReturning, {orderId}),
                            ctx.nowMs, &seats);
            !r)
            return r.error();
        if (auto r = logged(m_session.updateUnits(u"UPDATE ga_units"_s + set + kUnitReturning, {orderId}),
                            ctx.nowMs, &units);
            !r)
            return r.error();
        auto active = m_session.exec(u"SELECT id FROM order_items WHERE order_id = ? AND status = 'active'"_s,
                                     {orderId});
        if (!active)
            return active.error();
        QList<qint64> itemIds;
        while (active.value().next())
            itemIds.append(active.value().value(0).toLongLong());
        active.value().finish();
        if (itemIds.size() != seats + units)
            return Error::storage(u"order %1 does not hold all of its seats"_s.arg(orderId));
        for (qint64 itemId : std::as_const(itemIds)) {
            if (auto q = m_session.exec(u"UPDATE order_items SET ticket_code = ? WHERE id = ?"_s,
                                        {newTicketCode(), itemId});
                !q)
                return q.error();
        }
        if (auto q =
                m_session.exec(u"UPDATE orders SET status = 'confirmed', confirmed_at_ms = ? WHERE id = ?"_s,
                               {ctx.nowMs, orderId});
            !q)
            return q.error();
        if (auto a = m_session.audit(ctx, u"confirm"_s, head->showId, {{u"order_id"_s, orderId}}); !a)
            return a.error();
        return order(orderId);
    });
}

QString SqlInventory::paidSql(const QString &orderIdExpression)
{
    // A refund counts as soon as it is recorded, before the card terminal has sent the money back: the
    // order no longer has it, and reconciliation finishes the refund.
    return u"(SELECT COALESCE(SUM(CASE WHEN kind = 'payment' THEN amount_minor ELSE -amount_minor END), 0) "
           "FROM payments WHERE order_id = "_s +
           orderIdExpression +
           u" AND (status = 'succeeded' OR (kind = 'refund' AND status = 'processing')))"_s;
}

Result<QList<Payment>> SqlInventory::refundPayments(qint64 orderId, qint64 amountMinor, const QString &reason,
                                                    const CallContext &ctx)
{
    // Back to the original payments, the most recent first, each at most what is left of it. Cash and comp
    // refunds are done when recorded (the cash leaves the drawer); a card refund is recorded as processing
    // and goes through the card terminal after this transaction (InventoryEngine::completeRefunds).
    auto q = m_session.exec(
        u"SELECT p.id, p.method, p.currency, p.amount_minor - COALESCE((SELECT SUM(r.amount_minor) FROM "
        "payments r WHERE r.refund_of = p.id AND r.kind = 'refund' AND r.status IN ('succeeded', "
        "'processing')), 0) FROM payments p WHERE p.order_id = ? AND p.kind = 'payment' AND p.status = "
        "'succeeded' ORDER BY p.id DESC"_s,
        {orderId});
    if (!q)
        return q.error();
    struct Left
    {
        qint64 id;
        QString method;
        QString currency;
        qint64 amount;
    };
    QList<Left> payments;
    while (q.value().next())
        payments.append({q.value().value(0).toLongLong(), q.value().value(1).toString(),
                         q.value().value(2).toString(), q.value().value(3).toLongLong()});
    q.value().finish();
    // Refunds recorded before refunds named their payment (schema 3) count against their method as a whole.
    auto nets = m_session.exec(
        u"SELECT method, SUM(CASE WHEN kind = 'payment' THEN amount_minor ELSE -amount_minor END) FROM "
        "payments WHERE order_id = ? AND (status = 'succeeded' OR (kind = 'refund' AND status = "
        "'processing')) GROUP BY method"_s,
        {orderId});
    if (!nets)
        return nets.error();
    QHash<QString, qint64> methodLeft;
    while (nets->next())
        methodLeft.insert(nets->value(0).toString(), nets->value(1).toLongLong());
    nets->finish();
    QList<Payment> refunds;
    qint64 left = amountMinor;
    for (const Left &p : std::as_const(payments)) {
        if (left <= 0)
            break;
        const qint64 part = std::min({left, p.amount, methodLeft.value(p.method)});
        if (part <= 0)
            continue;
        methodLeft[p.method] -= part;
        Payment refund;
        refund.orderId = orderId;
        refund.kind = Payment::Kind::Refund;
        Payment::methodFromName(p.method, &refund.method);
        refund.amountMinor = part;
        refund.currency = p.currency;
        refund.reason = reason.isEmpty() ? u"refund"_s : reason;
        refund.createdAtMs = ctx.nowMs;
        refund.refundOf = p.id;
        refund.status = Payment::Status::Succeeded;
        if (refund.method == Payment::Method::Card) {
            refund.status = Payment::Status::Processing;
            refund.providerKey = (ctx.idempotencyKey.isEmpty() ? u"refund:%1:%2"_s.arg(orderId).arg(ctx.nowMs)
                                                               : ctx.idempotencyKey) +
                                 u":refund:"_s + QString::number(p.id);
        }
        auto id = m_session.scalar(
            u"INSERT INTO payments (order_id, kind, method, status, amount_minor, currency, reason, "
            "created_at_ms, actor, terminal, refund_of, provider_key) VALUES (?, 'refund', ?, ?, ?, ?, ?, ?, "
            "?, "
            "?, ?, ?) RETURNING id"_s,
            {orderId, p.method, Payment::statusName(refund.status), part, p.currency, refund.reason,
             ctx.nowMs, ctx.actor, ctx.terminal, p.id,
             refund.providerKey.isEmpty() ? QVariant() : QVariant(refund.providerKey)});
        if (!id)
            return id.error();
        refund.id = *id;
        refunds.append(refund);
        left -= part;
    }
    if (left > 0)
        return Error::storage(u"order %1 has less paid than it refunds"_s.arg(orderId));
    return refunds;
}

Result<Order> SqlInventory::cancelOrder(qint64 orderId, const QString &reason, const CallContext &ctx)
{
    const QJsonObject json{{u"order_id"_s, orderId}, {u"reason"_s, reason}};
    return m_session.mutate<Order>(u"cancel_order"_s, json, ctx, [&]() -> Result<Order> {
        auto head = orderHead(orderId);
        if (!head)
            return head.error();
        if (head->status != Order::Status::PendingPayment) {
            return Error::invalidState(
                u"order %1 is %2; only a pending order can be cancelled"_s.arg(orderId).arg(
                    Order::statusName(head->status)));
        }
        if (auto q = m_session.exec(
                u"UPDATE order_items SET status = 'void' WHERE order_id = ? AND status = 'active'"_s,
                {orderId});
            !q)
            return q.error();
        if (auto r = returnToPool(u"order_id = ?"_s, {orderId}, ctx.nowMs); !r)
            return r.error();
        if (head->paidMinor > 0) {
            if (auto r = refundPayments(orderId, head->paidMinor, reason, ctx); !r)
                return r.error();
        }
        if (auto q = m_session.exec(u"UPDATE orders SET status = 'cancelled', total_minor = 0 WHERE id = ?"_s,
                                    {orderId});
            !q)
            return q.error();
        if (auto q = m_session.exec(
                u"UPDATE holds SET status = 'released' WHERE id = (SELECT hold_id FROM orders WHERE id = ?)"_s,
                {orderId});
            !q)
            return q.error();
        if (auto a = m_session.audit(ctx, u"cancel_order"_s, head->showId,
                                     {{u"order_id"_s, orderId}, {u"reason"_s, reason}});
            !a)
            return a.error();
        return order(orderId);
    });
}

Result<Order> SqlInventory::refund(const RefundRequest &request, const CallContext &ctx)
{
    QJsonArray itemArray;
    for (qint64 id : request.itemIds)
        itemArray.append(id);
    const QJsonObject json{
        {u"order_id"_s, request.orderId}, {u"items"_s, itemArray}, {u"reason"_s, request.reason}};
    return m_session.mutate<Order>(u"refund"_s, json, ctx, [&]() -> Result<Order> {
        auto head = orderHead(request.orderId);
        if (!head)
            return head.error();
        if (head->status != Order::Status::Confirmed && head->status != Order::Status::PartiallyRefunded) {
            return Error::invalidState(
                u"order %1 is %2; only confirmed orders can be refunded"_s.arg(request.orderId)
                    .arg(Order::statusName(head->status)));
        }
        struct Item
        {
            qint64 id;
            QString seatId;
            QString areaId;
            int unit;
            qint64 price;
        };
        auto q = m_session.exec(u"SELECT id, seat_id, ga_area_id, ga_unit_no, price_minor FROM order_items "
                                "WHERE order_id = ? AND status = 'active' ORDER BY id"_s,
                                {request.orderId});
        if (!q)
            return q.error();
        QHash<qint64, Item> active;
        QList<qint64> order;
        while (q.value().next()) {
            const Item item{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                            q.value().value(2).toString(), q.value().value(3).toInt(),
                            q.value().value(4).toLongLong()};
            active.insert(item.id, item);
            order.append(item.id);
        }
        q.value().finish();
        const QList<qint64> chosen = request.itemIds.isEmpty() ? order : request.itemIds;
        qint64 amount = 0;
        QSet<qint64> seen;
        for (qint64 id : chosen) {
            if (!active.contains(id) || seen.contains(id))
                return Error::invalidInput(
                    u"item %1 is not an active item of order %2"_s.arg(id).arg(request.orderId));
            seen.insert(id);
            amount += active.value(id).price;
        }
        for (qint64 id : chosen) {
            const Item &item = active[id];
            if (auto r = m_session.exec(u"UPDATE order_items SET status = 'refunded' WHERE id = ?"_s, {id});
                !r)
                return r.error();
            const QString set = u" SET status = "_s + SqlSession::freedStatus() +
                                u", order_id = NULL, version = version + 1 "
                                "WHERE show_id = ? AND order_id = ? AND status = 'sold' AND "_s;
            int changed = 0;
            if (!item.seatId.isEmpty()) {
                if (auto r = logged(m_session.updateSeats(u"UPDATE show_seats"_s + set + u"seat_id = ?"_s +
                                                              kSeatReturning,
                                                          {head->showId, request.orderId, item.seatId}),
                                    ctx.nowMs, &changed);
                    !r)
                    return r.error();
            } else {
                if (auto r =
                        logged(m_session.updateUnits(u"UPDATE ga_units"_s + set +
                                                         u"area_id = ? AND unit_no = ?"_s + kUnitReturning,
                                                     {head->showId, request.orderId, item.areaId, item.unit}),
                               ctx.nowMs, &changed);
                    !r)
                    return r.error();
            }
            if (changed != 1)
                return Error::storage(u"item %1 of order %2 is not sold"_s.arg(id).arg(request.orderId));
        }
        if (auto r = refundPayments(request.orderId, amount, request.reason, ctx); !r)
            return r.error();
        const bool all = chosen.size() == order.size();
        if (auto r =
                m_session.exec(u"UPDATE orders SET status = ?, total_minor = total_minor - ? WHERE id = ?"_s,
                               {all ? u"refunded"_s : u"partially_refunded"_s, amount, request.orderId});
            !r)
            return r.error();
        if (auto a = m_session.audit(ctx, u"refund"_s, head->showId, json); !a)
            return a.error();
        return this->order(request.orderId);
    });
}

Result<QStringList> SqlInventory::setBlocked(const BlockRequest &request, const CallContext &ctx)
{
    const QJsonObject json{{u"show_id"_s, request.showId},
                           {u"seat_ids"_s, QJsonArray::fromStringList(request.seatIds)},
                           {u"block"_s, request.block},
                           {u"reason"_s, request.reason}};
    return m_session.mutate<QStringList>(
        request.block ? u"block"_s : u"unblock"_s, json, ctx, [&]() -> Result<QStringList> {
            auto shows = m_session.scalar(u"SELECT COUNT(*) FROM shows WHERE id = ?"_s, {request.showId});
            if (!shows)
                return shows.error();
            if (*shows == 0)
                return Error::notFound(u"no show %1"_s.arg(request.showId));
            auto unknown = unknownSeats(request.showId, request.seatIds);
            if (!unknown)
                return unknown.error();
            if (!unknown->isEmpty()) {
                return Error{Error::Code::InvalidInput,
                             u"show %1 has no seat %2"_s.arg(request.showId).arg(unknown->join(u", "_s)),
                             *unknown};
            }
            const QString in = u"seat_id IN ("_s + SqlSession::placeholders(request.seatIds.size()) + u')';
            auto changed =
                request.block
                    ? m_session.updateSeats(u"UPDATE show_seats SET status = 'blocked', hold_id = NULL, "
                                            "held_until_ms = NULL, order_id = NULL, version = version + 1 "
                                            "WHERE show_id = ? AND "_s +
                                                in + u" AND "_s + SqlSession::claimable() + kSeatReturning,
                                            withArgs({request.showId}, request.seatIds, {ctx.nowMs}))
                    : m_session.updateSeats(
                          u"UPDATE show_seats SET status = 'available', version = version + 1 "
                          "WHERE show_id = ? AND status = 'blocked' AND hold_code IS NULL AND "_s +
                              in + kSeatReturning,
                          withArgs({request.showId}, request.seatIds));
            if (!changed)
                return changed.error();
            QStringList done;
            for (const Change &c : *changed)
                done.append(c.seatId);
            if (done.size() != request.seatIds.size()) {
                QStringList rest;
                for (const QString &id : request.seatIds) {
                    if (!done.contains(id))
                        rest.append(id);
                }
                if (request.block)
                    return Error::seatUnavailable(
                        u"cannot block, not available: %1"_s.arg(rest.join(u", "_s)), rest);
                return Error{Error::Code::InvalidState, u"not blocked: %1"_s.arg(rest.join(u", "_s)), rest};
            }
            if (auto r = m_session.appendChanges(*changed, ctx.nowMs); !r)
                return r.error();
            if (auto a =
                    m_session.audit(ctx, request.block ? u"block"_s : u"unblock"_s, request.showId, json);
                !a)
                return a.error();
            return done;
        });
}

Result<SweepResult> SqlInventory::sweepExpired(const CallContext &ctx)
{
    CallContext unkeyed = ctx;
    unkeyed.idempotencyKey.clear(); // sweeping twice is harmless by nature
    return m_session.mutate<SweepResult>(u"sweep"_s, {}, unkeyed, [&]() -> Result<SweepResult> {
        SweepResult result;
        const QString set = u" SET status = "_s + SqlSession::freedStatus() +
                            u", hold_id = NULL, held_until_ms = NULL, version = version + 1 "
                            "WHERE status = 'held' AND order_id IS NULL AND held_until_ms <= ?"_s;
        if (auto r = logged(m_session.updateSeats(u"UPDATE show_seats"_s + set + kSeatReturning, {ctx.nowMs}),
                            ctx.nowMs, &result.seatsReleased);
            !r)
            return r.error();
        if (auto r = logged(m_session.updateUnits(u"UPDATE ga_units"_s + set + kUnitReturning, {ctx.nowMs}),
                            ctx.nowMs, &result.unitsReleased);
            !r)
            return r.error();
        auto holds = m_session.exec(
            u"UPDATE holds SET status = 'expired' WHERE status = 'active' AND expires_at_ms <= ? RETURNING id"_s,
            {ctx.nowMs});
        if (!holds)
            return holds.error();
        while (holds.value().next())
            ++result.holdsExpired;
        holds.value().finish();
        if (result.seatsReleased + result.unitsReleased + result.holdsExpired > 0) {
            if (auto a = m_session.audit(ctx, u"sweep"_s, 0, result.toJson()); !a)
                return a.error();
        }
        return result;
    });
}

Result<Hold> SqlInventory::holdById(qint64 holdId, qint64 nowMs)
{
    auto q = m_session.exec(
        u"SELECT h.show_id, h.status, h.created_at_ms, h.expires_at_ms, sh.currency, "
        "h.seat_ids, h.ga_units FROM holds h JOIN shows sh ON sh.id = h.show_id WHERE h.id = ?"_s,
        {holdId});
    if (!q)
        return q.error();
    SqlCursor &r = q.value();
    if (!r.next())
        return Error::notFound(u"no hold %1"_s.arg(holdId));
    Hold hold;
    hold.id = holdId;
    hold.showId = r.value(0).toLongLong();
    hold.status = Hold::statusFromName(r.value(1).toString());
    hold.createdAtMs = r.value(2).toLongLong();
    hold.expiresAtMs = r.value(3).toLongLong();
    hold.currency = r.value(4).toString();
    hold.seatIds = seatIdsFromText(r.value(5).toString());
    hold.ga = gaUnitsFromText(r.value(6).toString());
    hold.serverTimeMs = nowMs;
    r.finish();
    if (hold.status == Hold::Status::Active && hold.expiresAtMs <= nowMs)
        hold.status = Hold::Status::Expired;

    auto price = seatsPrice(hold.showId, hold.seatIds);
    if (!price)
        return price.error();
    auto units = unitsPrice(hold.showId, hold.ga);
    if (!units)
        return units.error();
    hold.priceMinor = *price + *units;
    return hold;
}

Result<Order> SqlInventory::order(qint64 orderId)
{
    auto q = m_session.exec(
        u"SELECT number, show_id, hold_id, status, currency, total_minor, customer_name, "
        "customer_email, customer_phone, created_at_ms, confirmed_at_ms FROM orders WHERE id = ?"_s,
        {orderId});
    if (!q)
        return q.error();
    SqlCursor &r = q.value();
    if (!r.next())
        return Error::notFound(u"no order %1"_s.arg(orderId));
    Order o;
    o.id = orderId;
    o.number = r.value(0).toString();
    o.showId = r.value(1).toLongLong();
    o.holdId = r.value(2).toLongLong();
    o.status = Order::statusFromName(r.value(3).toString());
    o.currency = r.value(4).toString();
    o.totalMinor = r.value(5).toLongLong();
    o.customer = {r.value(6).toString(), r.value(7).toString(), r.value(8).toString()};
    o.createdAtMs = r.value(9).toLongLong();
    o.confirmedAtMs = r.value(10).toLongLong();
    r.finish();

    auto items = m_session.exec(
        u"SELECT i.id, i.seat_id, i.ga_area_id, i.ga_unit_no, i.category_id, i.price_minor, i.status, "
        u"i.ticket_code, "
        "m.section_name, m.row_label, m.label, a.name, i.show_id FROM order_items i JOIN shows sh ON sh.id = "
        "i.show_id "
        "LEFT JOIN map_seats m ON m.seat_map_id = sh.seat_map_id AND m.seat_id = i.seat_id "
        "LEFT JOIN map_ga_areas a ON a.seat_map_id = sh.seat_map_id AND a.area_id = i.ga_area_id "
        "WHERE i.order_id = ? ORDER BY i.id"_s,
        {orderId});
    if (!items)
        return items.error();
    SqlCursor &ir = items.value();
    while (ir.next()) {
        OrderItem item;
        item.id = ir.value(0).toLongLong();
        item.seatId = ir.value(1).toString();
        item.gaAreaId = ir.value(2).toString();
        item.gaUnit = ir.value(3).toInt();
        item.categoryId = ir.value(4).toString();
        item.priceMinor = ir.value(5).toLongLong();
        item.status = OrderItem::statusFromName(ir.value(6).toString());
        item.ticketCode = ir.value(7).toString();
        item.showId = ir.value(12).toLongLong();
        item.label = item.seatId.isEmpty()
                         ? ir.value(11).toString()
                         : QCoreApplication::translate("OrderItem", "%1 · Row %2 · Seat %3")
                               .arg(ir.value(8).toString(), ir.value(9).toString(), ir.value(10).toString());
        o.items.append(item);
    }
    ir.finish();

    auto payments = m_session.exec(
        u"SELECT id, kind, method, status, amount_minor, currency, tendered_minor, "
        "change_minor, reason, created_at_ms, provider_key, provider_ref, refund_of FROM payments "
        "WHERE order_id = ? ORDER BY id"_s,
        {orderId});
    if (!payments)
        return payments.error();
    SqlCursor &pr = payments.value();
    while (pr.next()) {
        Payment p;
        p.id = pr.value(0).toLongLong();
        p.orderId = orderId;
        p.kind = Payment::kindFromName(pr.value(1).toString());
        Payment::methodFromName(pr.value(2).toString(), &p.method);
        p.status = Payment::statusFromName(pr.value(3).toString());
        p.amountMinor = pr.value(4).toLongLong();
        p.currency = pr.value(5).toString();
        p.tenderedMinor = pr.value(6).toLongLong();
        p.changeMinor = pr.value(7).toLongLong();
        p.reason = pr.value(8).toString();
        p.createdAtMs = pr.value(9).toLongLong();
        p.providerKey = pr.value(10).toString();
        p.providerReference = pr.value(11).toString();
        p.refundOf = pr.value(12).toLongLong();
        // The same rule as paidSql(): a refund counts once recorded.
        if (p.kind == Payment::Kind::Payment && p.status == Payment::Status::Succeeded)
            o.paidMinor += p.amountMinor;
        else if (p.kind == Payment::Kind::Refund &&
                 (p.status == Payment::Status::Succeeded || p.status == Payment::Status::Processing))
            o.paidMinor -= p.amountMinor;
        o.payments.append(p);
    }
    return o;
}

Result<QList<Change>> SqlInventory::changesSince(qint64 seq, int limit)
{
    auto q = m_session.exec(u"SELECT seq, show_id, seat_id, ga_area_id, ga_unit_no, status, version, at_ms "
                            "FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                            {seq, limit});
    if (!q)
        return q.error();
    QList<Change> list;
    SqlCursor &r = q.value();
    while (r.next()) {
        Change c;
        c.seq = r.value(0).toLongLong();
        c.showId = r.value(1).toLongLong();
        c.seatId = r.value(2).toString();
        c.gaAreaId = r.value(3).toString();
        c.gaUnit = r.value(4).toInt();
        SeatState::statusFromName(r.value(5).toString(), &c.status);
        c.version = r.value(6).toLongLong();
        c.atMs = r.value(7).toLongLong();
        list.append(c);
    }
    return list;
}

Result<qint64> SqlInventory::lastSeq()
{
    return m_session.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM change_log"_s);
}

} // namespace Parterre
