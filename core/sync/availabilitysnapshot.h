#pragma once

#include "sync/httpreply.h"

#include <QHash>
#include <QUrlQuery>

namespace Parterre {

class Clock;
class Store;

// GET /v1/shows/{id}/availability: the state of every seat and standing area of a show, with the seq the
// change feed continues from. Reading and serialising 100,000 seats takes a tenth of a second, so the answer
// is kept per show and encoding and served again while the change log has not moved and no hold in it has
// run out (which writes no log entry: the store says when the first one will, Store::nextHoldExpiry; a store
// that cannot tell gets MaxAgeMs).
//
// Two encodings: "full" (the default) lists {"id", "status"} per seat; "packed" (?encoding=packed) sends
// two bits per seat, base64, in the order of the seat ids sorted by UTF-16 code units: about 25 KB for
// 100,000 seats instead of 4 MB.
class AvailabilitySnapshot final
{
public:
    static constexpr qint64 MaxAgeMs = 1000;

    AvailabilitySnapshot(Store &store, const Clock &clock)
        : m_store(store)
        , m_clock(clock)
    {}

    HttpReply answer(qint64 showId, const QUrlQuery &query);

private:
    struct Cached
    {
        qint64 seq = -1;
        qint64 validUntilMs = 0; // when the first hold in it runs out; max when nothing is held
        QByteArray body;
    };
    HttpReply build(qint64 showId, qint64 seq, bool packed, qint64 *validUntilMs);

    Store &m_store;
    const Clock &m_clock;
    QHash<std::pair<qint64, bool>, Cached> m_cache; // (show, packed)
};

} // namespace Parterre
