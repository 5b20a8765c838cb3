#include "availabilitysnapshot.h"

#include "inventory/clock.h"
#include "store/store.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

// The two-bit codes of the packed encoding.
quint8 statusCode(SeatState::Status status)
{
    switch (status) {
    case SeatState::Status::Available:
        return 0;
    case SeatState::Status::Held:
        return 1;
    case SeatState::Status::Sold:
        return 2;
    case SeatState::Status::Blocked:
        return 3;
    }
    return 3;
}

} // namespace

HttpReply AvailabilitySnapshot::answer(qint64 showId, const QUrlQuery &query)
{
    const QString encoding = query.queryItemValue(u"encoding"_s);
    if (!encoding.isEmpty() && encoding != "full"_L1 && encoding != "packed"_L1)
        return HttpReply::problem(400, u"invalid-request"_s, u"The request is not valid"_s,
                                  u"?encoding= is full or packed"_s);
    const bool packed = encoding == "packed"_L1;
    // The seq is read first: a client that applies the feed from it after this snapshot misses nothing.
    auto seq = m_store.lastSeq();
    if (!seq)
        return HttpReply::fromError(seq.error());
    const auto key = std::make_pair(showId, packed);
    const qint64 now = m_clock.nowMs();
    if (auto it = m_cache.constFind(key); it != m_cache.cend() && it->seq == *seq && now < it->validUntilMs)
        return HttpReply::raw(it->body, QByteArrayLiteral("application/json"));
    qint64 validUntilMs = 0;
    HttpReply reply = build(showId, *seq, packed, &validUntilMs);
    if (reply.status == 200)
        m_cache.insert(key, {*seq, validUntilMs, reply.body});
    else
        m_cache.remove(key);
    return reply;
}

HttpReply AvailabilitySnapshot::build(qint64 showId, qint64 seq, bool packed, qint64 *validUntilMs)
{
    const qint64 now = m_clock.nowMs();
    auto show = m_store.show(showId, now);
    if (!show)
        return HttpReply::fromError(show.error());
    auto seats = m_store.seatStates(showId, now);
    if (!seats)
        return HttpReply::fromError(seats.error());
    auto areas = m_store.gaStates(showId, now);
    if (!areas)
        return HttpReply::fromError(areas.error());
    QJsonArray gaArray;
    for (const GaAreaState &area : *areas)
        gaArray.append(area.toJson());
    const bool holds =
        std::any_of(seats->cbegin(), seats->cend(),
                    [](const SeatState &seat) { return seat.status == SeatState::Status::Held; }) ||
        std::any_of(areas->cbegin(), areas->cend(), [](const GaAreaState &area) { return area.held > 0; });
    *validUntilMs = std::numeric_limits<qint64>::max();
    if (holds) {
        auto expiry = m_store.nextHoldExpiry(showId, now);
        if (!expiry || *expiry < 0)
            *validUntilMs = now + MaxAgeMs;
        else if (*expiry > 0)
            *validUntilMs = *expiry;
    }
    QJsonObject o{{u"show_id"_s, showId}, {u"seq"_s, seq}, {u"server_time_ms"_s, now}, {u"ga"_s, gaArray}};
    if (packed) {
        // The order is fixed here, not by the database's collation, so every back end packs alike.
        QList<const SeatState *> ordered;
        ordered.reserve(seats->size());
        for (const SeatState &seat : *seats)
            ordered.append(&seat);
        const auto byId = [](const SeatState *a, const SeatState *b) { return a->seatId < b->seatId; };
        if (!std::is_sorted(ordered.cbegin(), ordered.cend(), byId)) // a map numbered in id order needs none
            std::sort(ordered.begin(), ordered.end(), byId);
        QByteArray bits((ordered.size() + 3) / 4, '\0');
        for (qsizetype i = 0; i < ordered.size(); ++i)
            bits[i / 4] =
                char(quint8(bits[i / 4]) | quint8(statusCode(ordered.at(i)->status) << ((i % 4) * 2)));
        o.insert(u"encoding"_s, u"packed"_s);
        o.insert(u"seat_order"_s, u"seat_id"_s);
        o.insert(u"seat_count"_s, qint64(ordered.size()));
        o.insert(u"statuses"_s, QString::fromLatin1(bits.toBase64()));
    } else {
        QJsonArray seatArray;
        for (const SeatState &seat : *seats)
            seatArray.append(
                QJsonObject{{u"id"_s, seat.seatId}, {u"status"_s, SeatState::statusName(seat.status)}});
        o.insert(u"seats"_s, seatArray);
    }
    return HttpReply::json(o);
}

} // namespace Parterre
