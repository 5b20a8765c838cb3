#pragma once

#include "model/result.h"
#include "model/seatmap.h"

#include <QByteArray>

namespace Parterre {

// Turns a pretix seating plan (both the current schema and the older one with integer coordinates,
// zone.displayed and rectangle areas described at the area's top level) into a Parterre seat map. A plan
// that breaks the schema, names an unknown category or repeats a seat_guid is refused with an InvalidInput
// error naming the offending element by its JSON path in the plan; an accepted plan gives a map that
// SeatMapFormat reads back unchanged. docs/seat-map-format.md lists what maps to what.
class PretixImport final
{
public:
    PretixImport() = delete;

    static Result<SeatMap> read(const QByteArray &json);

    static constexpr double kDefaultSeatRadius = 10; // pretix's default, used for section outlines
    static constexpr int kCurveSegments = 32;        // points of a circle or ellipse outline
};

} // namespace Parterre
