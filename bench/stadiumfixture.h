#pragma once

#include "model/seatmap.h"

namespace Parterre::Bench {

// A round stadium for benchmarks and tests, independent of the editor's generators: tiers of concentric
// curved rows around a pitch, cut into blocks by radial aisles, exactly the number of seats asked for (the
// last ring only partly filled). Four categories, one per tier; wheelchair places with a companion seat at
// the front of every first-tier block, restricted view in the first rows of every fourth second-tier block.
class StadiumFixture final
{
public:
    StadiumFixture() = delete;

    static SeatMap make(int seats = 100'000);
};

} // namespace Parterre::Bench
