#pragma once

namespace Parterre::Bench {

// The seat-map renderer on a 100,000-seat stadium in a 1920×1080 offscreen view: full, panned and zoomed
// frames, a frame after 1,000 status changes, hit-testing and memory, against one QGraphicsEllipseItem per
// seat in the same run. Creates its own QApplication (offscreen unless QT_QPA_PLATFORM says otherwise),
// reads its options from argv, prints one JSON object per line; returns the process exit code.
int runRenderBench(int argc, char *argv[]);

} // namespace Parterre::Bench
