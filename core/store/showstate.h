#pragma once

#include "model/catalog.h"
#include "model/result.h"
#include "model/seatmap.h"

#include <QList>

#include <optional>

namespace Parterre {

class Store;

// What a window shows of one show: the show, its seat map (when the window does not have that version yet),
// and the state of every seat and standing area, read together on the store's thread.
struct ShowState
{
    Show show;
    std::optional<SeatMap> map; // only when it differs from knownSeatMapId
    QList<SeatState> seats;
    QList<GaAreaState> gaAreas;

    static Result<ShowState> read(Store &store, qint64 showId, qint64 knownSeatMapId, qint64 nowMs);
};

} // namespace Parterre
