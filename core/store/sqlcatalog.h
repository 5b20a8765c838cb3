#pragma once

#include "store/store.h"

#include <optional>

namespace Parterre {

class SqlSession;

// Venues, seat maps, events and shows: what organizers set up and every view reads.
class SqlCatalog final
{
public:
    explicit SqlCatalog(SqlSession &session)
        : m_session(session)
    {}

    Result<qint64> createVenue(const Venue &venue, const CallContext &ctx);
    Result<qint64> addSeatMap(qint64 venueId, const SeatMap &map, const CallContext &ctx);
    Result<qint64> createEvent(const Event &event, const CallContext &ctx);
    Result<qint64> createShow(const NewShow &show, const CallContext &ctx);
    Result<qint64> moveShowToSeatMap(qint64 showId, qint64 seatMapId, const CallContext &ctx);

    Result<QList<Venue>> venues();
    Result<QList<Event>> events();
    Result<QList<Show>> shows(qint64 eventId, qint64 showId, qint64 nowMs);
    Result<SeatMap> seatMap(qint64 seatMapId);
    Result<QList<SeatState>> seatStates(qint64 showId, qint64 nowMs);
    Result<QList<GaAreaState>> gaStates(qint64 showId, qint64 nowMs);
    Result<qint64> nextHoldExpiry(qint64 showId, qint64 nowMs);
    // NotFound (or the storage error) when there is no such show.
    std::optional<Error> requireShow(qint64 showId);

private:
    Result<Done> insertMapSeats(qint64 seatMapId, const SeatMap &map);
    // Adds the units a show lacks for its map's standing areas (all of them for a new show).
    Result<Done> insertGaUnits(qint64 showId, qint64 seatMapId);

    SqlSession &m_session;
};

} // namespace Parterre
