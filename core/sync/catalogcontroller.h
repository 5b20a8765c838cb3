#pragma once

#include "sync/httpreply.h"

namespace Parterre {

class Store;
class Clock;

// The read-only routes: events, their shows and a show's seat map (availability: AvailabilitySnapshot).
class CatalogController final
{
public:
    CatalogController(Store &store, const Clock &clock)
        : m_store(store)
        , m_clock(clock)
    {}

    HttpReply events();
    HttpReply shows(qint64 eventId);
    HttpReply seatMap(qint64 showId);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace Parterre
