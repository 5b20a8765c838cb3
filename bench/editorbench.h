#pragma once

namespace Parterre::Bench {

// The seat-map editor on a generated stadium: checking a map in memory against the JSON round trip, edits
// and undo through SeatMapDocument, and an edit in an EditorWindow including the view's redraw. Creates its
// own QApplication (offscreen unless QT_QPA_PLATFORM says otherwise), reads its options from argv, prints one
// JSON object per line; returns the process exit code.
int runEditorBench(int argc, char *argv[]);

} // namespace Parterre::Bench
