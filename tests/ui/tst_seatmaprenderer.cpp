#include "seatmap/demoseeder.h"
#include "seatmap/seatmaprenderer.h"
#include "seatmap/seatmapview.h"
#include "stadiumfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Parterre;
using namespace Qt::StringLiterals;

namespace {

constexpr int Columns = 10;
constexpr int Rows = 6;
constexpr double SeatSpacing = 20;
constexpr double RowSpacing = 26;
const QColor Background(Qt::white);

// Six rows of ten seats, 20 units apart, rows 26 apart, well inside their section's outline; the first
// seats of row A are a wheelchair place and its companion, the first of row B has a restricted view.
SeatMap gridMap()
{
    SeatMap map;
    map.name = u"Grid"_s;
    map.width = 400;
    map.height = 300;
    map.categories = {{u"stalls"_s, u"Stalls"_s, u"#1b9e77"_s}, {u"balcony"_s, u"Balcony"_s, u"#7570b3"_s}};
    Section section{u"main"_s, u"Main"_s, {{30, 30}, {370, 30}, {370, 270}, {30, 270}}, {}};
    for (int r = 0; r < Rows; ++r) {
        Row row{QString(QChar(u'A' + r)), {}};
        for (int n = 0; n < Columns; ++n) {
            Seat seat;
            seat.label = QString::number(n + 1);
            seat.id = row.label + u'-' + seat.label;
            seat.position = QPointF(60 + SeatSpacing * n, 60 + RowSpacing * r);
            seat.categoryId = r < 3 ? u"stalls"_s : u"balcony"_s;
            row.seats.append(seat);
        }
        section.rows.append(row);
    }
    section.rows[0].seats[0].flags = Seat::Wheelchair;
    section.rows[0].seats[1].flags = Seat::Companion;
    section.rows[0].seats[1].companionOf = section.rows[0].seats[0].id;
    section.rows[1].seats[0].flags = Seat::RestrictedView;
    map.sections.append(section);
    return map;
}

int seatIndex(int row, int column)
{
    return row * Columns + column;
}

QList<SeatState> states(const SeatMap &map, SeatState::Status status)
{
    QList<SeatState> list;
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats) {
                SeatState state;
                state.seatId = seat.id;
                state.status = status;
                list.append(state);
            }
        }
    }
    return list;
}

// The renderer's tiles of one level, drawn into an image whose top left is the level's pixel origin.
QImage paintLevel(SeatMapRenderer &renderer, int level, const QSize &size, const QPoint &origin = {})
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    renderer.paintTiles(painter, QPointF(0, 0), level, origin, size);
    return image;
}

QPoint seatPixel(const SeatMapRenderer &renderer, int seat, int level, const QPoint &origin = {})
{
    return (renderer.geometry().position(seat) * SeatMapRenderer::scaleForLevel(level) - QPointF(origin))
        .toPoint();
}

bool nearWhite(QRgb pixel)
{
    return qRed(pixel) > 235 && qGreen(pixel) > 235 && qBlue(pixel) > 235;
}

void mouse(QWidget *widget, QEvent::Type type, const QPointF &pos, Qt::MouseButtons buttons,
           Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, modifiers);
    QApplication::sendEvent(widget, &event);
}

} // namespace

// The seat-map renderer and its view: hit-testing, level of detail, tiles repainted where seats change,
// shape cues, selection by mouse and keyboard, accessible names; and screenshots for people to look at.
class TestSeatMapRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void hitTesting();
    void levelOfDetail_data();
    void levelOfDetail();
    void statusChangeRepaintsOnlyItsTiles();
    void sectionsFromAfarFollowAvailability();
    void wheelchairSeatsAreSquareWithAMark();
    void printingPathDrawsSeats();
    void clickShiftClickAndRubberBandSelect();
    void keyboardMovesFocusSeatAndAnnouncesIt();
    void zoomAndFitKeys();
    void screenshots();
};

void TestSeatMapRenderer::hitTesting()
{
    SeatMapRenderer renderer;
    renderer.setSeatMap(gridMap());
    const SeatMapGeometry &geometry = renderer.geometry();
    QCOMPARE(renderer.seatCount(), Rows * Columns);
    QCOMPARE(geometry.pitch(), SeatSpacing);

    for (int seat = 0; seat < renderer.seatCount(); ++seat) {
        QCOMPARE(renderer.seatAt(geometry.position(seat)), seat);
        QCOMPARE(renderer.seatAt(geometry.position(seat) + QPointF(5, -5)), seat);
    }
    // Half-way between two seats of a row, and between two rows: no seat.
    QCOMPARE(renderer.seatAt(geometry.position(seatIndex(2, 3)) + QPointF(SeatSpacing / 2, 0)), -1);
    QCOMPARE(renderer.seatAt(geometry.position(seatIndex(2, 3)) + QPointF(0, RowSpacing / 2)), -1);
    QCOMPARE(renderer.seatAt(QPointF(5, 5)), -1);
    QCOMPARE(renderer.seatAt(QPointF(-1000, 1e6)), -1);

    // Rows B and C, seats 3 to 5.
    const QRectF band(QPointF(100, 80), QPointF(145, 115));
    QCOMPARE(renderer.seatsIn(band), (QList<int>{seatIndex(1, 2), seatIndex(1, 3), seatIndex(1, 4),
                                                 seatIndex(2, 2), seatIndex(2, 3), seatIndex(2, 4)}));
    QCOMPARE(renderer.seatsIn(QRectF(145, 115, -45, -35)), renderer.seatsIn(band)); // dragged up and left
    QVERIFY(renderer.seatsIn(QRectF(0, 0, 40, 40)).isEmpty());
    QCOMPARE(renderer.seatsIn(QRectF(0, 0, 400, 300)).size(), Rows * Columns);

    QCOMPARE(geometry.indexOf(u"C-4"_s), seatIndex(2, 3));
    QCOMPARE(geometry.seatId(seatIndex(2, 3)), u"C-4"_s);
    QCOMPARE(geometry.rowLabel(geometry.row(seatIndex(2, 3))), u"C"_s);
    QCOMPARE(geometry.indexOf(u"nope"_s), -1);
}

void TestSeatMapRenderer::levelOfDetail_data()
{
    QTest::addColumn<double>("pixelsBetweenSeats");
    QTest::addColumn<SeatMapRenderer::Detail>("detail");
    QTest::newRow("stadium from afar") << 2.0 << SeatMapRenderer::Detail::Sections;
    QTest::newRow("just too close to tell") << 4.4 << SeatMapRenderer::Detail::Sections;
    QTest::newRow("seats as dots") << 5.0 << SeatMapRenderer::Detail::Seats;
    QTest::newRow("seats") << 12.0 << SeatMapRenderer::Detail::Seats;
    QTest::newRow("room for numbers") << 20.0 << SeatMapRenderer::Detail::Labels;
    QTest::newRow("close up") << 80.0 << SeatMapRenderer::Detail::Labels;
}

void TestSeatMapRenderer::levelOfDetail()
{
    QFETCH(double, pixelsBetweenSeats);
    QFETCH(SeatMapRenderer::Detail, detail);
    SeatMapRenderer renderer;
    renderer.setSeatMap(gridMap());
    QCOMPARE(renderer.detailForScale(pixelsBetweenSeats / SeatSpacing), detail);

    // Levels step by an eighth of an octave and round down.
    QCOMPARE(SeatMapRenderer::scaleForLevel(0), 1.0);
    QCOMPARE(SeatMapRenderer::scaleForLevel(8), 2.0);
    QCOMPARE(SeatMapRenderer::levelForScale(2.0), 8);
    QCOMPARE(SeatMapRenderer::levelForScale(1.9), 7);
    QCOMPARE(SeatMapRenderer::levelForScale(0.5), -8);
}

void TestSeatMapRenderer::statusChangeRepaintsOnlyItsTiles()
{
    SeatMapRenderer renderer;
    const SeatMap map = gridMap();
    renderer.setSeatMap(map);
    renderer.setStatuses(states(map, SeatState::Status::Available));
    const int level = -1; // about 18 pixels between seats: seats without numbers
    QCOMPARE(renderer.detailForScale(SeatMapRenderer::scaleForLevel(level)), SeatMapRenderer::Detail::Seats);
    const QSize size(400, 300);
    const QImage before = paintLevel(renderer, level, size);
    const qsizetype tiles = renderer.tileCache().tileCount();
    QCOMPARE(tiles, 4); // 2 × 2 tiles of 256 pixels
    const float *positions = renderer.geometry().xs().data();

    // A seat in the middle of tile (0, 0): only that tile is invalidated.
    const int seat = seatIndex(2, 4);
    const QRect seatTiles = renderer.tilesForSeat(seat, level);
    QCOMPARE(seatTiles, QRect(0, 0, 1, 1));
    renderer.setSeatStatus(seat, SeatState::Status::Sold);
    for (int y = 0; y < 2; ++y) {
        for (int x = 0; x < 2; ++x) {
            const TileCache::Key key{level, x, y};
            QVERIFY(renderer.tileCache().contains(key));
            QCOMPARE(renderer.tileCache().isDirty(key), seatTiles.contains(x, y));
        }
    }
    // The seat's pixel changes to the sold grey; a seat far off and the empty corner do not change.
    const QImage after = paintLevel(renderer, level, size);
    const QPoint at = seatPixel(renderer, seat, level);
    QCOMPARE_NE(after.pixel(at), before.pixel(at));
    QCOMPARE(QColor(after.pixel(at)), SeatMapPalette::statusColor(SeatState::Status::Sold));
    const QPoint far = seatPixel(renderer, seatIndex(5, 9), level);
    QCOMPARE(after.pixel(far), before.pixel(far));
    QCOMPARE(after.pixel(5, 5), before.pixel(5, 5));
    // No tile dirty any more, none added, geometry untouched; everything but the seat's square is the same.
    QCOMPARE(renderer.tileCache().tileCount(), tiles);
    QVERIFY(!renderer.tileCache().isDirty({level, 0, 0}));
    QCOMPARE(renderer.geometry().xs().data(), positions);
    const int half = renderer.seatSpriteSize(SeatMapRenderer::scaleForLevel(level)) / 2 + 1;
    const QRect square(at - QPoint(half, half), at + QPoint(half, half));
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            if (!square.contains(x, y) && after.pixel(x, y) != before.pixel(x, y))
                QFAIL(qPrintable(u"pixel %1,%2 changed outside the seat"_s.arg(x).arg(y)));
        }
    }

    // Drawn again from scratch, the tile looks just like the one repaired in place.
    renderer.tileCache().clear();
    QCOMPARE(paintLevel(renderer, level, size), after);

    // Updates by id only touch the seats listed.
    SeatState held;
    held.seatId = u"F-10"_s;
    held.status = SeatState::Status::Held;
    QCOMPARE(renderer.updateStatuses({held}), 1);
    QCOMPARE(renderer.updateStatuses({held}), 0);
    QCOMPARE(renderer.geometry().status(seatIndex(5, 9)), int(SeatState::Status::Held));
    QCOMPARE(renderer.geometry().status(seat), int(SeatState::Status::Sold));
}

void TestSeatMapRenderer::sectionsFromAfarFollowAvailability()
{
    SeatMapRenderer renderer;
    const SeatMap map = gridMap();
    renderer.setSeatMap(map);
    renderer.setStatuses(states(map, SeatState::Status::Available));
    const int level = -20; // about 3 pixels between seats
    QCOMPARE(renderer.detailForScale(SeatMapRenderer::scaleForLevel(level)),
             SeatMapRenderer::Detail::Sections);
    const QSize size(100, 80);
    const QPoint inside = (QPointF(45, 45) * SeatMapRenderer::scaleForLevel(level)).toPoint();
    const QImage full = paintLevel(renderer, level, size);

    // Selling half the section darkens its fill; one seat less does not change the rounded share drawn.
    for (int seat = 0; seat < renderer.seatCount() / 2; ++seat)
        renderer.setSeatStatus(seat, SeatState::Status::Sold);
    QVERIFY(renderer.tileCache().isDirty({level, 0, 0}));
    const QImage half = paintLevel(renderer, level, size);
    QVERIFY(qGray(half.pixel(inside)) < qGray(full.pixel(inside)));
    renderer.setSelected(seatIndex(5, 9), true);
    QVERIFY(!renderer.tileCache().isDirty({level, 0, 0})); // selection does not show from afar
}

void TestSeatMapRenderer::wheelchairSeatsAreSquareWithAMark()
{
    SeatMapRenderer renderer;
    const SeatMap map = gridMap();
    renderer.setSeatMap(map);
    renderer.setStatuses(states(map, SeatState::Status::Available));
    const int level = -1;
    const double scale = SeatMapRenderer::scaleForLevel(level);
    const int size = renderer.seatSpriteSize(scale);
    QVERIFY(size >= 12);
    const QImage image = paintLevel(renderer, level, QSize(400, 300));

    const auto measure = [&](int seat, int *covered, int *light, bool *cornerFilled) {
        // Where the renderer puts the sprite: its top left rounded from the seat's centre.
        const QPointF centre = renderer.geometry().position(seat) * scale;
        const QRect box(int(std::floor(centre.x() - size / 2.0 + 0.5)),
                        int(std::floor(centre.y() - size / 2.0 + 0.5)), size, size);
        *covered = *light = 0;
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                *covered += !nearWhite(pixel);
                *light += nearWhite(pixel) && box.adjusted(3, 3, -3, -3).contains(x, y);
            }
        }
        *cornerFilled = !nearWhite(image.pixel(box.topLeft() + QPoint(1, 1)));
    };
    int wheelchairCovered, wheelchairLight, roundCovered, roundLight, diamondCovered, diamondLight,
        triangleCovered, triangleLight;
    bool wheelchairCorner, roundCorner, diamondCorner, triangleCorner;
    measure(seatIndex(0, 0), &wheelchairCovered, &wheelchairLight, &wheelchairCorner);
    measure(seatIndex(0, 5), &roundCovered, &roundLight, &roundCorner);
    measure(seatIndex(0, 1), &diamondCovered, &diamondLight, &diamondCorner);
    measure(seatIndex(1, 0), &triangleCovered, &triangleLight, &triangleCorner);

    // The wheelchair place fills its square to the corners and carries a light mark; a plain seat is a disc.
    QVERIFY(wheelchairCorner);
    QVERIFY(!roundCorner);
    QVERIFY2(wheelchairCovered > roundCovered,
             qPrintable(u"%1 %2"_s.arg(wheelchairCovered).arg(roundCovered)));
    QVERIFY2(wheelchairLight >= 4, qPrintable(QString::number(wheelchairLight)));
    QCOMPARE(roundLight, 0);
    // Companion (diamond) and restricted view (triangle) cover visibly less than a disc.
    QVERIFY(!diamondCorner && !triangleCorner);
    QVERIFY(diamondCovered < roundCovered * 0.85);
    QVERIFY(triangleCovered < roundCovered * 0.85);

    // Held seats are hollow rings, blocked ones crossed: told apart by shape, not only by colour.
    renderer.setSeatStatus(seatIndex(0, 5), SeatState::Status::Held);
    const QImage held = paintLevel(renderer, level, QSize(400, 300));
    QVERIFY(nearWhite(held.pixel(seatPixel(renderer, seatIndex(0, 5), level))));
}

void TestSeatMapRenderer::printingPathDrawsSeats()
{
    SeatMapRenderer renderer;
    const SeatMap map = gridMap();
    renderer.setSeatMap(map);
    renderer.setStatuses(states(map, SeatState::Status::Sold));
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.paint(painter, QTransform(), QRectF(0, 0, 400, 300));
    painter.end();
    // Beside the seat's number, inside the seat.
    const QPoint at = renderer.geometry().position(seatIndex(3, 3)).toPoint() - QPoint(6, 0);
    QVERIFY(qGray(image.pixel(at)) < 128);
    QCOMPARE(renderer.tileCache().tileCount(), 0); // printing does not go through the tiles
}

void TestSeatMapRenderer::clickShiftClickAndRubberBandSelect()
{
    SeatMapView view;
    const SeatMap map = gridMap();
    view.resize(640, 520);
    view.setSeatMap(map);
    view.setStates(states(map, SeatState::Status::Available), {});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE_NE(view.detail(), SeatMapRenderer::Detail::Sections);
    QSignalSpy changed(&view, &SeatMapView::selectionChanged);

    const int a = seatIndex(2, 3);
    const int b = seatIndex(4, 7);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.seatCentre(a).toPoint());
    QCOMPARE(view.selectedSeats(), QList<int>{a});
    QCOMPARE(view.selectedSeatIds(), QStringList{u"C-4"_s});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(view.focusSeat(), a);

    QTest::mouseClick(&view, Qt::LeftButton, Qt::ShiftModifier, view.seatCentre(b).toPoint());
    QCOMPARE(view.selectedSeats(), (QList<int>{a, b}));
    QTest::mouseClick(&view, Qt::LeftButton, Qt::ShiftModifier, view.seatCentre(a).toPoint());
    QCOMPARE(view.selectedSeats(), QList<int>{b});
    QCOMPARE(changed.size(), 3);

    // A plain click picks one seat; a click between seats clears the selection.
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.seatCentre(a).toPoint());
    QCOMPARE(view.selectedSeats(), QList<int>{a});
    const QPointF between = (view.seatCentre(a) + view.seatCentre(a + 1)) / 2;
    QCOMPARE(view.seatAtWidget(between), -1);
    QTest::mouseClick(&view, Qt::LeftButton, {}, between.toPoint());
    QVERIFY(view.selectedSeats().isEmpty());

    // Shift-drag draws a rubber band that adds the seats inside it: rows B–C, seats 2–4.
    view.setSelectedSeats({b});
    const QPointF from = view.seatCentre(seatIndex(1, 1)) - QPointF(4, 4);
    const QPointF to = view.seatCentre(seatIndex(2, 3)) + QPointF(4, 4);
    mouse(&view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::ShiftModifier);
    mouse(&view, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton, Qt::ShiftModifier);
    mouse(&view, QEvent::MouseMove, to, Qt::LeftButton, Qt::ShiftModifier);
    mouse(&view, QEvent::MouseButtonRelease, to, Qt::NoButton, Qt::ShiftModifier);
    QCOMPARE(view.selectedSeats(), (QList<int>{seatIndex(1, 1), seatIndex(1, 2), seatIndex(1, 3),
                                               seatIndex(2, 1), seatIndex(2, 2), seatIndex(2, 3), b}));
    for (const int seat : view.selectedSeats())
        QVERIFY(view.renderer().geometry().isSelected(seat));

    // A plain drag pans instead.
    const QPointF centre = view.seatCentre(a);
    mouse(&view, QEvent::MouseButtonPress, centre, Qt::LeftButton, {});
    mouse(&view, QEvent::MouseMove, centre + QPointF(30, 10), Qt::LeftButton, {});
    mouse(&view, QEvent::MouseButtonRelease, centre + QPointF(30, 10), Qt::NoButton, {});
    QCOMPARE(view.seatCentre(a), centre + QPointF(30, 10));
    QCOMPARE(view.selectedSeats().size(), 7);
}

void TestSeatMapRenderer::keyboardMovesFocusSeatAndAnnouncesIt()
{
    SeatMapView view;
    const SeatMap map = gridMap();
    view.resize(640, 520);
    view.setSeatMap(map);
    view.setStates(states(map, SeatState::Status::Available), {});
    view.setPrices({{u"stalls"_s, 4500}}, u"EUR"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QCOMPARE(view.accessibleName(), u"Seat map"_s);
    QSignalSpy focusMoved(&view, &SeatMapView::focusSeatChanged);

    QTest::keyClick(&view, Qt::Key_Tab);
    QCOMPARE(view.focusSeat(), 0);
    QTest::keyClick(&view, Qt::Key_Tab);
    QCOMPARE(view.focusSeat(), 1);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.focusSeat(), seatIndex(0, 2));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.focusSeat(), seatIndex(1, 2));
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.focusSeat(), seatIndex(1, 1));
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.focusSeat(), seatIndex(0, 1));
    QCOMPARE(focusMoved.size(), 6);

    // What a screen reader hears: the seat, its category and price, its flags and its state.
    QCOMPARE(view.accessibleName(), u"Main, row A, seat 2, Stalls, 45.00 EUR, Companion seat, Available"_s);
    if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&view))
        QCOMPARE(accessible->text(QAccessible::Name), view.accessibleName());

    QSignalSpy selection(&view, &SeatMapView::selectionChanged);
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(view.selectedSeats(), QList<int>{seatIndex(0, 1)});
    QVERIFY(view.accessibleName().endsWith(u", selected"_s));
    QTest::keyClick(&view, Qt::Key_Space);
    QVERIFY(view.selectedSeats().isEmpty());
    QCOMPARE(selection.size(), 2);

    // Escape leaves the seats; arrow keys then pan the map.
    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(view.focusSeat(), -1);
    QCOMPARE(view.accessibleName(), u"Seat map"_s);
    const QPointF before = view.seatCentre(0);
    QTest::keyClick(&view, Qt::Key_Left);
    QVERIFY(view.seatCentre(0).x() > before.x());
    QCOMPARE(view.focusSeat(), -1);
}

void TestSeatMapRenderer::zoomAndFitKeys()
{
    SeatMapView view;
    const SeatMap map = gridMap();
    view.resize(640, 520);
    view.setSeatMap(map);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isFitted());
    const int fitted = view.zoomLevel();
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.zoomLevel(), fitted + 2);
    QVERIFY(!view.isFitted());
    QWheelEvent wheel(QPointF(100, 100), view.mapToGlobal(QPointF(100, 100)), {}, QPoint(0, 120),
                      Qt::NoButton, {}, Qt::NoScrollPhase, false);
    const QPointF anchored = view.mapFromWidget(QPointF(100, 100));
    QApplication::sendEvent(&view, &wheel);
    QCOMPARE(view.zoomLevel(), fitted + 4);
    QVERIFY((view.mapFromWidget(QPointF(100, 100)) - anchored).manhattanLength() <
            2); // zooms about the cursor
    QTest::keyClick(&view, Qt::Key_Minus);
    QCOMPARE(view.zoomLevel(), fitted + 2);
    // A touchpad pinch: small steps add up to whole levels, about the fingers; spreading zooms in.
    const QPointF fingers(200, 150);
    const QPointF pinched = view.mapFromWidget(fingers);
    const int before = view.zoomLevel();
    for (int step = 0; step < 10; ++step) {
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, fingers,
                                  fingers, view.mapToGlobal(fingers), 0.08, {});
        QApplication::sendEvent(&view, &pinch);
    }
    QNativeGestureEvent end(Qt::EndNativeGesture, QPointingDevice::primaryPointingDevice(), 2, fingers,
                            fingers, view.mapToGlobal(fingers), 0, {});
    QApplication::sendEvent(&view, &end);
    QVERIFY2(view.zoomLevel() > before, qPrintable(QString::number(view.zoomLevel() - before)));
    QVERIFY((view.mapFromWidget(fingers) - pinched).manhattanLength() < 2);
    const int spread = view.zoomLevel();
    QNativeGestureEvent closing(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, fingers,
                                fingers, view.mapToGlobal(fingers), -0.5, {});
    QApplication::sendEvent(&view, &closing);
    QVERIFY(view.zoomLevel() < spread);
    view.setZoomLevel(fitted + 2, fingers);
    QTest::keyClick(&view, Qt::Key_F);
    QCOMPARE(view.zoomLevel(), fitted);
    QVERIFY(view.isFitted());
    // The whole map shows when fitted.
    const QRectF shown(view.mapFromWidget(view.mapArea().topLeft()),
                       view.mapFromWidget(view.mapArea().bottomRight()));
    QVERIFY(shown.contains(view.renderer().geometry().bounds()));
}

void TestSeatMapRenderer::screenshots()
{
    // For people: the demo theatre mid-sale, fitted and close up, and the benchmark's stadium from afar.
    const auto demo = DemoSeeder::demoSeatMap();
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    QList<SeatState> sale = states(*demo, SeatState::Status::Available);
    QRandomGenerator random(7);
    for (SeatState &state : sale) {
        const int roll = int(random.bounded(100));
        state.status = roll < 20   ? SeatState::Status::Sold
                       : roll < 26 ? SeatState::Status::Held
                       : roll < 29 ? SeatState::Status::Blocked
                                   : SeatState::Status::Available;
    }
    GaAreaState standing;
    standing.areaId = demo->gaAreas.first().id;
    standing.capacity = demo->gaAreas.first().capacity;
    standing.available = standing.capacity - 120;
    standing.sold = 120;

    SeatMapView view;
    view.resize(1100, 820);
    view.setSeatMap(*demo);
    view.setStates(sale, {standing});
    view.setPrices({{u"cat1"_s, 6500}, {u"cat2"_s, 4500}, {u"cat3"_s, 2500}}, u"EUR"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const SeatMapGeometry &geometry = view.renderer().geometry();
    view.setSelectedSeats({geometry.indexOf(u"stalls-H-12"_s), geometry.indexOf(u"stalls-H-13"_s),
                           geometry.indexOf(u"stalls-H-14"_s)});
    const QString dir = QStringLiteral(PARTERRE_SCREENSHOT_DIR);
    const QImage fitted = view.grab().toImage();
    QVERIFY(fitted.save(dir + u"/seatmapview-fit.png"_s));

    const int seat = geometry.indexOf(u"stalls-A-1"_s);
    QVERIFY(seat >= 0);
    view.setZoomLevel(view.zoomLevel() + 10, view.seatCentre(seat));
    QCOMPARE(view.detail(), SeatMapRenderer::Detail::Labels);
    view.setFocusSeat(seat);
    QVERIFY(view.grab().toImage().save(dir + u"/seatmapview-labels.png"_s));

    SeatMapView stadium;
    stadium.resize(1280, 800);
    const SeatMap bigMap = Bench::StadiumFixture::make(100'000);
    QCOMPARE(bigMap.seatCount(), 100'000);
    QList<SeatState> bigSale = states(bigMap, SeatState::Status::Available);
    for (qsizetype i = 0; i < bigSale.size(); ++i)
        bigSale[i].status = i % 7 < 3 ? SeatState::Status::Sold : SeatState::Status::Available;
    stadium.setSeatMap(bigMap);
    stadium.setStates(bigSale, {});
    stadium.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stadium));
    QCOMPARE(stadium.detail(), SeatMapRenderer::Detail::Sections);
    QVERIFY(stadium.grab().toImage().save(dir + u"/seatmapview-stadium.png"_s));
    qInfo().noquote() << "screenshots:" << dir + u"/seatmapview-{fit,labels,stadium}.png"_s;
}

QTEST_MAIN(TestSeatMapRenderer)
#include "tst_seatmaprenderer.moc"
