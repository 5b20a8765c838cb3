#include "showstate.h"

#include "store/store.h"

namespace Parterre {

Result<ShowState> ShowState::read(Store &store, qint64 showId, qint64 knownSeatMapId, qint64 nowMs)
{
    ShowState state;
    auto show = store.show(showId, nowMs);
    if (!show)
        return show.error();
    state.show = std::move(show).value();
    if (state.show.seatMapId != knownSeatMapId) {
        auto map = store.seatMap(state.show.seatMapId);
        if (!map)
            return map.error();
        state.map = std::move(map).value();
    }
    auto seats = store.seatStates(showId, nowMs);
    if (!seats)
        return seats.error();
    state.seats = std::move(seats).value();
    auto gaAreas = store.gaStates(showId, nowMs);
    if (!gaAreas)
        return gaAreas.error();
    state.gaAreas = std::move(gaAreas).value();
    return state;
}

} // namespace Parterre
