#include "editorbench.h"

#include "editor/editorwindow.h"
#include "editor/seatmapdocument.h"
#include "seatmap/generators.h"
#include "seatmap/seatmapformat.h"
#include "seatmap/seatmapview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parterre::Bench {

namespace {

void emitLine(QJsonObject line)
{
    line.insert(u"bench"_s, u"editor"_s);
    QTextStream out(stdout);
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

double round3(double v)
{
    return qRound(v * 1000) / 1000.0;
}

// The median wall time of repeats runs of job, milliseconds.
double medianMs(int repeats, const std::function<void()> &job)
{
    std::vector<qint64> nanos;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        job();
        nanos.push_back(timer.nsecsElapsed());
    }
    std::sort(nanos.begin(), nanos.end());
    return nanos[nanos.size() / 2] / 1e6;
}

MapSelection firstRow(const SeatMap &map)
{
    MapSelection selection;
    for (const Seat &seat : map.sections.first().rows.first().seats)
        selection.seats.insert(seat.id);
    return selection;
}

} // namespace

int runEditorBench(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"parterre-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"parterre-bench editor: the seat-map editor on a stadium."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"bench"_s, u"editor"_s);
    parser.addOptions({{u"seats"_s, u"Seats in the stadium."_s, u"N"_s, u"100000"_s},
                       {u"repeats"_s, u"Runs per case (the median is reported)."_s, u"N"_s, u"7"_s}});
    parser.process(app);
    const int seats = std::clamp(parser.value(u"seats"_s).toInt(), 1, Generators::kMaxStadiumSeats);
    const int repeats = std::max(1, parser.value(u"repeats"_s).toInt());

    const Result<SeatMap> stadium = Generators::stadium(seats);
    if (!stadium) {
        QTextStream(stderr) << "parterre-bench: " << stadium.error().message << '\n';
        return 1;
    }
    const SeatMap &map = *stadium;

    // Checking a whole map: in memory against writing and reading it back.
    const double validateMs = medianMs(repeats, [&map] { (void)SeatMapFormat::validate(map); });
    const double roundTripMs =
        medianMs(repeats, [&map] { (void)SeatMapFormat::read(SeatMapFormat::write(map)); });
    emitLine({{u"case"_s, u"validate"_s},
              {u"seats"_s, seats},
              {u"ms"_s, round3(validateMs)},
              {u"round_trip_ms"_s, round3(roundTripMs)},
              {u"ratio_to_round_trip"_s, round3(validateMs / roundTripMs)}});

    // Edits through the document alone: the model, the check and the undo stack, no view.
    {
        SeatMapDocument document(map);
        document.setSelection(firstRow(map));
        int drag = 0;
        const double moveMs = medianMs(repeats, [&] { (void)document.moveSelection({1, 0}, ++drag); });
        int category = 0;
        const double categoryMs = medianMs(repeats, [&] {
            (void)document.setCategory(map.categories.at(++category % map.categories.size()).id);
        });
        const double undoMs = medianMs(repeats, [&] { document.undoStack()->undo(); });
        emitLine({{u"case"_s, u"document"_s},
                  {u"seats"_s, seats},
                  {u"move_row_ms"_s, round3(moveMs)},
                  {u"set_category_ms"_s, round3(categoryMs)},
                  {u"undo_ms"_s, round3(undoMs)},
                  {u"ratio_set_category_to_validate"_s, round3(categoryMs / validateMs)}});
    }

    // The same move in a window: the view rebuilds its geometry from the edited map.
    {
        EditorWindow window;
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        (void)window.document()->replaceMap(map, u"Generate Stadium"_s);
        window.document()->setSelection(firstRow(map));
        int drag = 0;
        const double moveMs = medianMs(repeats, [&] {
            (void)window.document()->moveSelection({1, 0}, ++drag);
        });
        const double rebuildMs =
            medianMs(repeats, [&] { window.view()->replaceSeatMap(window.document()->map()); });
        emitLine({{u"case"_s, u"window"_s},
                  {u"seats"_s, seats},
                  {u"move_row_ms"_s, round3(moveMs)},
                  {u"view_rebuild_ms"_s, round3(rebuildMs)},
                  {u"ratio_rebuild_to_move"_s, round3(rebuildMs / moveMs)}});
        window.document()->undoStack()->setClean(); // nothing to ask about on the way out
    }
    return 0;
}

} // namespace Parterre::Bench
