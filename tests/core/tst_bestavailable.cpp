// Best available: the seats a clerk would pick, held in one go.

#include "testsupport.h"

#include "seatmap/demoseeder.h"
#include "seatmap/seatselector.h"

#include <QLineF>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestBestAvailable final : public QObject
{
    Q_OBJECT

private slots:
    void picksAdjacentSeatsNearestTheStage();
    void neverStrandsASingleSeat();
    void skipsTakenSeatsAndAisles();
    void keepsToTheCategory();
    void avoidsRestrictedViewWhenItCan();
    void wheelchairComesWithItsCompanion();
    void saysWhenNothingFits();
    void holdsThroughTheEngineOnBothBackEnds();
};

namespace {

// One straight row of `count` seats, numbered left to right, the stage above its middle; an aisle (a two-seat
// gap) after seat `aisleAfter` when given.
SeatMap row(int count, int aisleAfter = 0, double stageX = -1)
{
    SeatMap map;
    map.name = u"Row"_s;
    map.width = 40.0 * count + 200;
    map.height = 400;
    map.categories = {{u"a"_s, u"A"_s, u"#1b9e77"_s}, {u"b"_s, u"B"_s, u"#d95f02"_s}};
    Section section{u"s"_s, u"Section"_s, {}, {}};
    Row r{u"A"_s, {}};
    double x = 50;
    for (int n = 1; n <= count; ++n) {
        Seat seat;
        seat.id = u"A-%1"_s.arg(n);
        seat.label = QString::number(n);
        seat.position = QPointF(x, 300);
        seat.categoryId = u"a"_s;
        r.seats.append(seat);
        x += (n == aisleAfter) ? 120 : 40;
    }
    section.rows.append(r);
    map.sections.append(section);
    const double centre = stageX >= 0 ? stageX : (50 + x - 40) / 2;
    map.decorations.append({u"stage"_s,
                            u"STAGE"_s,
                            {QPointF(centre - 50, 10), QPointF(centre + 50, 10), QPointF(centre + 50, 60),
                             QPointF(centre - 50, 60)},
                            {}});
    return map;
}

QSet<QString> allOf(const SeatMap &map)
{
    QSet<QString> ids;
    for (const Section &s : map.sections) {
        for (const Row &r : s.rows) {
            for (const Seat &seat : r.seats)
                ids.insert(seat.id);
        }
    }
    return ids;
}

} // namespace

void TestBestAvailable::picksAdjacentSeatsNearestTheStage()
{
    const SeatMap map = DemoSeeder::demoSeatMap().value();
    const SeatSelector selector(map);
    auto seats = selector.bestAvailable(allOf(map), {u"cat1"_s, 2, false});
    QVERIFY2(seats.ok(), qPrintable(seats.ok() ? QString() : seats.error().message));
    QCOMPARE(seats->size(), 2);
    // Front row of the stalls, side by side, in the middle.
    QVERIFY(seats->at(0).startsWith(u"stalls-A-"_s));
    QVERIFY(seats->at(1).startsWith(u"stalls-A-"_s));
    const int a = seats->at(0).section(u'-', 2).toInt();
    const int b = seats->at(1).section(u'-', 2).toInt();
    QCOMPARE(b, a + 1);
    // Nothing free in the map is nearer the stage than the chosen pair's nearer seat by more than a row.
    QVERIFY(
        QLineF(selector.stageCentre(), map.sections.first().rows.first().seats.first().position).length() >
        0);
}

void TestBestAvailable::neverStrandsASingleSeat()
{
    // Seats 1..6 in a row, the stage over seat 2.
    SeatMap map = row(6, 0, 90);
    const SeatSelector selector(map);
    QSet<QString> free = allOf(map);
    free.remove(u"A-1"_s);
    free.remove(u"A-5"_s);
    // Free: 2 3 4 6. Both possible pairs strand one seat (2-3 leaves 4 before the taken 5, 3-4 leaves 2
    // after the taken 1): the nearer pair wins.
    auto pair = selector.bestAvailable(free, {QString(), 2, false});
    QVERIFY(pair.ok());
    QCOMPARE(*pair, (QStringList{u"A-2"_s, u"A-3"_s}));
    // Free: 1 2 3 4 6. Every triple strands one seat, so the nearest (1-2-3, under the stage) wins.
    free = allOf(map);
    free.remove(u"A-5"_s);
    auto three = selector.bestAvailable(free, {QString(), 3, false});
    QVERIFY(three.ok());
    QCOMPARE(*three, (QStringList{u"A-1"_s, u"A-2"_s, u"A-3"_s}));
    // A pair: 2-3 would strand both 1 and 4; 1-2 and 3-4 strand nobody, and 1-2 is nearer.
    auto avoid = selector.bestAvailable(free, {QString(), 2, false});
    QVERIFY(avoid.ok());
    QCOMPARE(*avoid, (QStringList{u"A-1"_s, u"A-2"_s}));
}

void TestBestAvailable::skipsTakenSeatsAndAisles()
{
    // Ten seats with an aisle after seat 5; the stage over the aisle. A pair may not straddle the aisle.
    SeatMap map = row(10, 5);
    const SeatSelector selector(map);
    auto pair = selector.bestAvailable(allOf(map), {QString(), 2, false});
    QVERIFY(pair.ok());
    QVERIFY(*pair != (QStringList{u"A-5"_s, u"A-6"_s}));
    QSet<QString> free = allOf(map);
    for (int n : {4, 5, 6, 7})
        free.remove(u"A-%1"_s.arg(n));
    auto after = selector.bestAvailable(free, {QString(), 3, false});
    QVERIFY(after.ok());
    for (const QString &id : *after)
        QVERIFY(free.contains(id));
}

void TestBestAvailable::keepsToTheCategory()
{
    SeatMap map = row(8);
    for (int i = 0; i < 4; ++i)
        map.sections[0].rows[0].seats[i].categoryId = u"b"_s;
    const SeatSelector selector(map);
    auto seats = selector.bestAvailable(allOf(map), {u"b"_s, 2, false});
    QVERIFY(seats.ok());
    for (const QString &id : *seats)
        QVERIFY(id == "A-1"_L1 || id == "A-2"_L1 || id == "A-3"_L1 || id == "A-4"_L1);
    auto tooMany = selector.bestAvailable(allOf(map), {u"b"_s, 5, false});
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().code, Error::Code::SeatUnavailable);
}

void TestBestAvailable::avoidsRestrictedViewWhenItCan()
{
    SeatMap map = row(8);
    // The two seats under the stage are behind a pillar.
    map.sections[0].rows[0].seats[3].flags = Seat::RestrictedView;
    map.sections[0].rows[0].seats[4].flags = Seat::RestrictedView;
    const SeatSelector selector(map);
    auto seats = selector.bestAvailable(allOf(map), {QString(), 2, false});
    QVERIFY(seats.ok());
    QVERIFY(!seats->contains(u"A-4"_s) && !seats->contains(u"A-5"_s));
    QSet<QString> onlyPillar{u"A-4"_s, u"A-5"_s};
    auto pillar = selector.bestAvailable(onlyPillar, {QString(), 2, false});
    QVERIFY(pillar.ok()); // still offered when nothing else fits
}

void TestBestAvailable::wheelchairComesWithItsCompanion()
{
    const SeatMap map = DemoSeeder::demoSeatMap().value();
    const SeatSelector selector(map);
    auto pair = selector.bestAvailable(allOf(map), {QString(), 2, true});
    QVERIFY(pair.ok());
    QCOMPARE(pair->size(), 2);
    const Seat *space = nullptr;
    const Seat *companion = nullptr;
    for (const Section &s : map.sections) {
        for (const Row &r : s.rows) {
            for (const Seat &seat : r.seats) {
                if (seat.id == pair->at(0))
                    space = &seat;
                if (seat.id == pair->at(1))
                    companion = &seat;
            }
        }
    }
    QVERIFY(space && companion);
    QVERIFY(space->flags & Seat::Wheelchair);
    QVERIFY(companion->flags & Seat::Companion);
    QCOMPARE(companion->companionOf, space->id);
    // Ordinary best-available requests never hand out wheelchair spaces or companion seats.
    auto ordinary = selector.bestAvailable(allOf(map), {QString(), 40, false});
    if (ordinary) {
        for (const QString &id : *ordinary)
            QVERIFY(id != space->id && id != companion->id);
    }
}

void TestBestAvailable::saysWhenNothingFits()
{
    SeatMap map = row(4);
    const SeatSelector selector(map);
    auto none = selector.bestAvailable({u"A-1"_s, u"A-3"_s}, {QString(), 2, false});
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, Error::Code::SeatUnavailable);
    QVERIFY(!none.error().message.isEmpty());
    auto bad = selector.bestAvailable(allOf(map), {QString(), 0, false});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::InvalidInput);
}

void TestBestAvailable::holdsThroughTheEngineOnBothBackEnds()
{
    Fixture f(6, 10, 0);
    QVERIFY(f.isValid());
    // Rows 1-3 are category a; the stage of the test map is above the first row's middle.
    QVERIFY(f.engine().hold({f.showId(), {seatId(1, 5), seatId(1, 6)}, {}, 600'000}, u"taken"_s).ok());
    auto held = f.engine().holdBestAvailable(f.showId(), {u"a"_s, 3, false}, u"best-1"_s);
    QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
    QCOMPARE(held->seatIds.size(), 3);
    for (const QString &id : held->seatIds)
        QCOMPARE(f.seatStatus(id), u"held"_s);
    // Replaying the key gives the same seats and holds nothing more.
    const QByteArray before = f.snapshot();
    auto again = f.engine().holdBestAvailable(f.showId(), {u"a"_s, 3, false}, u"best-1"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->id, held->id);
    QCOMPARE(again->seatIds, held->seatIds);
    QCOMPARE(f.snapshot(), before);
    // Asking for more than is left in a category holds nothing.
    auto tooMany = f.engine().holdBestAvailable(f.showId(), {u"a"_s, 11, false}, u"best-2"_s);
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().code, Error::Code::SeatUnavailable);
    QCOMPARE(f.snapshot(), before);
    QCOMPARE(f.violations(), QStringList());
}

QTEST_GUILESS_MAIN(TestBestAvailable)
#include "tst_bestavailable.moc"
