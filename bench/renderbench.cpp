#include "renderbench.h"

#include "seatmap/seatmapview.h"
#include "stadiumfixture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parterre::Bench {

namespace {

constexpr int FrameWidth = 1920;
constexpr int FrameHeight = 1080;

void emitLine(QJsonObject line)
{
    line.insert(u"bench"_s, u"render"_s);
    QTextStream out(stdout);
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

double round3(double v)
{
    return qRound(v * 1000) / 1000.0;
}

double medianMs(std::vector<qint64> nanos)
{
    if (nanos.empty())
        return 0;
    std::sort(nanos.begin(), nanos.end());
    return nanos[nanos.size() / 2] / 1e6;
}

// CPU time of the whole process: unlike the wall clock, it does not count the time other processes on a
// shared machine take the CPU away.
qint64 cpuNanos()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double residentMb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1 << 20) : 0;
}

QString detailName(SeatMapRenderer::Detail detail)
{
    switch (detail) {
    case SeatMapRenderer::Detail::Sections:
        return u"sections"_s;
    case SeatMapRenderer::Detail::Seats:
        return u"seats"_s;
    case SeatMapRenderer::Detail::Labels:
        return u"labels"_s;
    }
    return {};
}

// A realistic mid-sale show: most seats free, a quarter sold, some held and blocked.
SeatState::Status randomStatus(QRandomGenerator &random)
{
    const int roll = int(random.bounded(100));
    if (roll < 62)
        return SeatState::Status::Available;
    if (roll < 87)
        return SeatState::Status::Sold;
    if (roll < 95)
        return SeatState::Status::Held;
    return SeatState::Status::Blocked;
}

class Frames final
{
public:
    Frames(SeatMapView &view, int count)
        : m_view(view)
        , m_count(count)
        , m_image(FrameWidth, FrameHeight, QImage::Format_ARGB32_Premultiplied)
    {}

    qint64 render()
    {
        QElapsedTimer timer;
        timer.start();
        m_view.render(&m_image, QPoint(), QRegion(), QWidget::DrawChildren);
        return timer.nsecsElapsed();
    }

    // prepare() (unmeasured), then step() and the frame after it, measured together; median of count.
    double median(const std::function<void(int)> &prepare, const std::function<void(int)> &step)
    {
        std::vector<qint64> nanos;
        std::vector<qint64> cpu;
        for (int i = 0; i < m_count; ++i) {
            prepare(i);
            const qint64 cpuStart = cpuNanos();
            QElapsedTimer timer;
            timer.start();
            step(i);
            m_view.render(&m_image, QPoint(), QRegion(), QWidget::DrawChildren);
            nanos.push_back(timer.nsecsElapsed());
            cpu.push_back(cpuNanos() - cpuStart);
        }
        m_lastCpuMs = medianMs(cpu);
        return medianMs(nanos);
    }
    // The CPU-time median of the last median() call.
    double lastCpuMs() const { return m_lastCpuMs; }

    const QImage &image() const { return m_image; }

private:
    SeatMapView &m_view;
    int m_count;
    QImage m_image;
    double m_lastCpuMs = 0;
};

// The floor to beat: one QGraphicsEllipseItem per seat, filled with its state's colour, no outline, in a
// QGraphicsView fitted to the map, rendered to the same size. antialiased: smooth discs, as the renderer's.
double graphicsViewFrameMs(const SeatMap &map, const QList<SeatState> &states, int frames, bool antialiased)
{
    QHash<QString, SeatState::Status> status;
    for (const SeatState &state : states)
        status.insert(state.seatId, state.status);
    QGraphicsScene scene;
    constexpr double pitch = 20; // the stadium's seat spacing, as the renderer measures it
    const double d = 0.84 * pitch;
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats) {
                auto *item =
                    new QGraphicsEllipseItem(seat.position.x() - d / 2, seat.position.y() - d / 2, d, d);
                item->setPen(Qt::NoPen);
                item->setBrush(
                    SeatMapPalette::fillColor(int(status.value(seat.id)), QColor(0x00, 0x9e, 0x73)));
                scene.addItem(item);
            }
        }
    }
    scene.setSceneRect(0, 0, map.width, map.height);
    QGraphicsView view(&scene);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(FrameWidth, FrameHeight);
    view.setRenderHint(QPainter::Antialiasing, antialiased);
    view.fitInView(scene.sceneRect(), Qt::KeepAspectRatio);
    QImage image(FrameWidth, FrameHeight, QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image); // builds the scene's index
    std::vector<qint64> nanos;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        view.viewport()->render(&image);
        nanos.push_back(timer.nsecsElapsed());
    }
    return medianMs(nanos);
}

} // namespace

int runRenderBench(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"parterre-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"parterre-bench render: the seat-map renderer on a stadium."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"bench"_s, u"render"_s);
    parser.addOptions(
        {{u"seats"_s, u"Seats in the stadium."_s, u"N"_s, u"100000"_s},
         {u"frames"_s, u"Frames per case (the median is reported)."_s, u"N"_s, u"20"_s},
         {u"hits"_s, u"Hit tests."_s, u"N"_s, u"200000"_s},
         {u"screenshot"_s, u"Save the fitted frame to this PNG."_s, u"FILE"_s},
         {u"kept"_s, u"Seats kept under a hold code (drawn with a ring over the map)."_s, u"N"_s, u"0"_s},
         {u"no-baseline"_s, u"Skip the QGraphicsView baseline (for profiling)."_s}});
    parser.process(app);
    const int seatCount = std::max(1, parser.value(u"seats"_s).toInt());
    const int frames = std::max(1, parser.value(u"frames"_s).toInt());
    const int hits = std::max(1, parser.value(u"hits"_s).toInt());
    const int kept = std::clamp(parser.value(u"kept"_s).toInt(), 0, seatCount);

    const SeatMap map = StadiumFixture::make(seatCount);
    QRandomGenerator random(20261123);
    QList<SeatState> states;
    states.reserve(seatCount);
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats) {
                SeatState state;
                state.seatId = seat.id;
                state.status = randomStatus(random);
                states.append(state);
            }
        }
    }
    // House seats spread over the whole map, so that every frame has some to ring.
    for (int i = 0; i < kept; ++i) {
        SeatState &state = states[qsizetype(i) * states.size() / kept];
        state.status = SeatState::Status::Blocked;
        state.holdCode = u"press"_s;
    }

    const double rssBefore = residentMb();
    QElapsedTimer buildTimer;
    buildTimer.start();
    SeatMapView view;
    view.resize(FrameWidth, FrameHeight);
    view.setSeatMap(map);
    view.setStates(states, {});
    const double buildMs = buildTimer.nsecsElapsed() / 1e6;
    Frames frame(view, frames);
    const double firstFrameMs = frame.render() / 1e6;
    const double rssAfter = residentMb();
    SeatMapRenderer &renderer = view.renderer();
    TileCache &tiles = renderer.tileCache();
    if (parser.isSet(u"screenshot"_s))
        frame.image().save(parser.value(u"screenshot"_s));

    const int fitLevel = view.zoomLevel();
    const SeatMapRenderer::Detail fitDetail = view.detail();
    // The farthest level that draws seats, centred: most of the stadium, every visible seat a sprite.
    int seatsLevel = fitLevel;
    while (renderer.detailForScale(SeatMapRenderer::scaleForLevel(seatsLevel)) ==
           SeatMapRenderer::Detail::Sections)
        ++seatsLevel;
    const auto toFit = [&] { view.fitToView(); };
    const auto toSeats = [&] {
        view.fitToView();
        view.setZoomLevel(seatsLevel, QRectF(view.mapArea()).center());
    };

    const auto cold = [&](const std::function<void()> &place) {
        return frame.median(
            [&](int) {
                place();
                tiles.clear();
            },
            [](int) {});
    };
    const auto warm = [&](const std::function<void()> &place) {
        place();
        frame.render();
        return frame.median([](int) {}, [](int) {});
    };
    const double fullCold = cold(toFit);
    const double fullColdCpu = frame.lastCpuMs();
    const double fullWarm = warm(toFit);
    const double fullWarmCpu = frame.lastCpuMs();
    const int tilesAtFit = int(tiles.tileCount());
    const double seatsCold = cold(toSeats);
    const double seatsColdCpu = frame.lastCpuMs();
    const double seatsWarm = warm(toSeats);
    const double seatsWarmCpu = frame.lastCpuMs();

    // Pan a tenth of the width, alternately left and right, from a warm view.
    const auto pan = [&](const std::function<void()> &place) {
        return frame.median(
            [&](int) {
                place();
                tiles.clear();
                frame.render();
            },
            [&](int i) { view.panBy(QPointF(i % 2 ? FrameWidth / 10.0 : -FrameWidth / 10.0, 0)); });
    };
    const double panFit = pan(toFit);
    const double panFitCpu = frame.lastCpuMs();
    const double panSeats = pan(toSeats);
    const double panSeatsCpu = frame.lastCpuMs();

    // One wheel notch in, from a warm view.
    const auto zoom = [&](const std::function<void()> &place) {
        return frame.median(
            [&](int) {
                place();
                tiles.clear();
                frame.render();
            },
            [&](int) { view.zoomBy(2); });
    };
    const double zoomFit = zoom(toFit);
    const double zoomFitCpu = frame.lastCpuMs();
    const double zoomSeats = zoom(toSeats);
    const double zoomSeatsCpu = frame.lastCpuMs();

    // 1,000 random seats change state, then the frame.
    std::vector<qint64> updateNanos;
    const auto statusUpdate = [&](const std::function<void()> &place) {
        place();
        frame.render();
        QList<SeatState> changes;
        return frame.median(
            [&](int) {
                changes.clear();
                for (int n = 0; n < 1000; ++n) {
                    const int seat = int(random.bounded(renderer.seatCount()));
                    const int current = renderer.geometry().status(seat);
                    SeatState change;
                    change.seatId = renderer.geometry().seatId(seat).toString();
                    change.status =
                        static_cast<SeatState::Status>((current + 1 + int(random.bounded(3))) % 4);
                    changes.append(change);
                }
            },
            [&](int) {
                QElapsedTimer timer;
                timer.start();
                renderer.updateStatuses(changes);
                updateNanos.push_back(timer.nsecsElapsed());
            });
    };
    const double updateFit = statusUpdate(toFit);
    const double updateFitCpu = frame.lastCpuMs();
    const double updateFitCallMs = medianMs(std::exchange(updateNanos, {}));
    const double updateSeats = statusUpdate(toSeats);
    const double updateSeatsCpu = frame.lastCpuMs();
    const double updateSeatsCallMs = medianMs(std::exchange(updateNanos, {}));

    // Hit tests at random points over the map.
    const QRectF bounds = renderer.geometry().bounds();
    std::vector<QPointF> points(static_cast<std::size_t>(hits));
    for (QPointF &point : points)
        point = QPointF(bounds.left() + random.generateDouble() * bounds.width(),
                        bounds.top() + random.generateDouble() * bounds.height());
    int found = 0;
    QElapsedTimer hitTimer;
    hitTimer.start();
    for (const QPointF &point : points)
        found += renderer.seatAt(point) >= 0;
    const double hitUs = hitTimer.nsecsElapsed() / 1e3 / hits;

    view.fitToView();
    frame.render();
    const double ownMb = (renderer.memoryBytes() + sizeof(SeatMapView)) / double(1 << 20);
    const double rssEnd = residentMb();

    const bool baseline = !parser.isSet(u"no-baseline"_s);
    const double graphicsViewMs = baseline ? graphicsViewFrameMs(map, states, frames, true) : 0.0;
    const double graphicsViewAliasedMs = baseline ? graphicsViewFrameMs(map, states, frames, false) : 0.0;

    const QJsonObject common{{u"seats"_s, seatCount},
                             {u"kept"_s, kept},
                             {u"width"_s, FrameWidth},
                             {u"height"_s, FrameHeight},
                             {u"frames"_s, frames},
                             {u"cpus"_s, QThread::idealThreadCount()},
                             {u"render_threads"_s, view.renderer().renderThreads()}};
    const auto with = [&](QJsonObject line) {
        for (auto it = common.begin(); it != common.end(); ++it)
            line.insert(it.key(), it.value());
        return line;
    };
    emitLine(with({{u"case"_s, u"full_view"_s},
                   {u"lod"_s, detailName(fitDetail)},
                   {u"level"_s, fitLevel},
                   {u"frame_ms"_s, round3(fullCold)},
                   {u"cpu_ms"_s, round3(fullColdCpu)},
                   {u"warm_frame_ms"_s, round3(fullWarm)},
                   {u"warm_cpu_ms"_s, round3(fullWarmCpu)},
                   {u"first_frame_ms"_s, round3(firstFrameMs)},
                   {u"tiles"_s, tilesAtFit},
                   {u"graphicsview_frame_ms"_s, round3(graphicsViewMs)},
                   {u"speedup_vs_graphicsview"_s, round3(graphicsViewMs / fullCold)},
                   {u"graphicsview_aliased_frame_ms"_s, round3(graphicsViewAliasedMs)},
                   {u"speedup_vs_graphicsview_aliased"_s, round3(graphicsViewAliasedMs / fullCold)},
                   {u"seats_lod_frame_ms"_s, round3(seatsCold)},
                   {u"seats_lod_cpu_ms"_s, round3(seatsColdCpu)},
                   {u"seats_lod_warm_frame_ms"_s, round3(seatsWarm)},
                   {u"seats_lod_warm_cpu_ms"_s, round3(seatsWarmCpu)},
                   {u"seats_lod_speedup_vs_graphicsview"_s, round3(graphicsViewMs / seatsCold)},
                   {u"build_ms"_s, round3(buildMs)}}));
    emitLine(with({{u"case"_s, u"pan"_s},
                   {u"lod"_s, detailName(fitDetail)},
                   {u"frame_ms"_s, round3(panFit)},
                   {u"cpu_ms"_s, round3(panFitCpu)},
                   {u"seats_lod_frame_ms"_s, round3(panSeats)},
                   {u"seats_lod_cpu_ms"_s, round3(panSeatsCpu)}}));
    emitLine(with({{u"case"_s, u"zoom"_s},
                   {u"lod"_s, detailName(fitDetail)},
                   {u"frame_ms"_s, round3(zoomFit)},
                   {u"cpu_ms"_s, round3(zoomFitCpu)},
                   {u"seats_lod_frame_ms"_s, round3(zoomSeats)},
                   {u"seats_lod_cpu_ms"_s, round3(zoomSeatsCpu)}}));
    emitLine(with({{u"case"_s, u"status_update_1000"_s},
                   {u"lod"_s, detailName(fitDetail)},
                   {u"frame_ms"_s, round3(updateFit)},
                   {u"update_call_ms"_s, round3(updateFitCallMs)},
                   {u"seats_lod_update_call_ms"_s, round3(updateSeatsCallMs)},
                   {u"cpu_ms"_s, round3(updateFitCpu)},
                   {u"seats_lod_frame_ms"_s, round3(updateSeats)},
                   {u"seats_lod_cpu_ms"_s, round3(updateSeatsCpu)}}));
    emitLine(
        with({{u"case"_s, u"hit_test"_s}, {u"calls"_s, hits}, {u"hits"_s, found}, {u"us"_s, round3(hitUs)}}));
    emitLine(with({{u"case"_s, u"memory"_s},
                   {u"mb"_s, round3(ownMb)},
                   {u"rss_delta_mb"_s, round3(rssAfter - rssBefore)},
                   {u"rss_delta_end_mb"_s, round3(rssEnd - rssBefore)},
                   {u"tile_cache_mb"_s, round3(tiles.memoryBytes() / double(1 << 20))}}));
    return 0;
}

} // namespace Parterre::Bench
