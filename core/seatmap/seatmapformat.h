#pragma once

#include "model/result.h"
#include "model/seatmap.h"

#include <QByteArray>

namespace Parterre {

// Reads and writes the seat-map JSON of docs/seat-map-format.md. Reading is strict: a document that breaks
// any rule is refused as a whole, with an InvalidInput error naming the offending element by its JSON path.
class SeatMapFormat final
{
public:
    SeatMapFormat() = delete;

    static Result<SeatMap> read(const QByteArray &json);
    // Indented JSON in the documented shape; read(write(map)) gives the same map back.
    static QByteArray write(const SeatMap &map);
    // The rules read() enforces, checked on a map in memory without writing it: Ok exactly when
    // read(write(map)) would accept it. Much cheaper than the round trip, so that an editor can check every
    // edit of a large map.
    static Result<Done> validate(const SeatMap &map);

    static constexpr int kVersion = 1;
    static constexpr double kMaxCoordinate = 1e7;
    static constexpr int kMaxGaCapacity = 100000;
};

} // namespace Parterre
