#pragma once

#include "mapselection.h"
#include "model/result.h"
#include "model/seatmap.h"

namespace Parterre {

// Copies part of a seat map to the system clipboard and reads it back: a seat-map document of just the
// selection (MapEdits::fragment), under its own MIME type and as plain text, so that it also pastes
// between editor windows and into a text editor.
class SeatMapClipboard final
{
public:
    SeatMapClipboard() = delete;

    // Puts the selection on the clipboard; refused when it holds no seats or GA areas (decoration alone is
    // not a seat map).
    static Result<Done> copy(const SeatMap &map, const MapSelection &selection);
    // What the clipboard holds, if it is a seat map.
    static Result<SeatMap> read();

    static constexpr auto kMimeType = "application/x-parterre-seatmap";
};

} // namespace Parterre
