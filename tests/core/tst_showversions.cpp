// A show keeps the seat-map version it was created with; moving it to a newer version never drops a seat that
// is sold or held for it.

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestShowVersions final : public QObject
{
    Q_OBJECT

private slots:
    void newVersionLeavesExistingShowsAlone();
    void moveRefusedWhileADroppedSeatIsSold();
    void moveDropsFreeSeatsAndAddsNewOnes();
    void moveRefusesAnotherVenuesMapAndUnpricedCategories();
};

namespace {

qint64 venueOfShow(Fixture &f)
{
    const auto venues = f.store().venues();
    return venues && !venues->isEmpty() ? venues->first().id : 0;
}

// The fixture's map (rows × seats) with row 1's last seat removed and one seat added to row 1.
SeatMap nextVersion(int rows, int seatsPerRow, int gaCapacity)
{
    SeatMap map = makeSeatMap(rows, seatsPerRow, gaCapacity);
    Row &first = map.sections[0].rows[0];
    first.seats.removeLast();
    Seat extra = first.seats.first();
    extra.id = u"r1-new"_s;
    extra.label = u"0"_s;
    extra.position = QPointF(0, extra.position.y());
    first.seats.prepend(extra);
    return map;
}

QStringList seatIds(Fixture &f)
{
    QStringList ids;
    const auto states = f.store().seatStates(f.showId(), f.clock().nowMs());
    for (const SeatState &s : states.value())
        ids.append(s.seatId);
    return ids;
}

} // namespace

void TestShowVersions::newVersionLeavesExistingShowsAlone()
{
    Fixture f(4, 5, 10);
    QVERIFY(f.isValid());
    const QStringList before = seatIds(f);
    const CallContext ctx{u"v2"_s, u"organizer"_s, u"office"_s, f.clock().nowMs()};
    auto v2 = f.store().addSeatMap(venueOfShow(f), nextVersion(4, 5, 10), ctx);
    QVERIFY(v2.ok());
    QCOMPARE(seatIds(f), before);
    QCOMPARE(f.store().show(f.showId(), f.clock().nowMs())->seatMapId, *v2 - 1);
}

void TestShowVersions::moveRefusedWhileADroppedSeatIsSold()
{
    Fixture f(4, 5, 10);
    QVERIFY(f.isValid());
    QCOMPARE(f.sell({seatId(1, 5)}).status, Order::Status::Confirmed); // the seat the new version drops
    const CallContext ctx{u"v2"_s, u"organizer"_s, u"office"_s, f.clock().nowMs()};
    auto v2 = f.store().addSeatMap(venueOfShow(f), nextVersion(4, 5, 10), ctx);
    QVERIFY(v2.ok());
    const QByteArray before = f.snapshot();
    auto moved = f.engine().moveShowToSeatMap(f.showId(), *v2, u"move-1"_s);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().code, Error::Code::InvalidState);
    QCOMPARE(moved.error().seatIds, QStringList{seatId(1, 5)});
    QVERIFY(moved.error().message.contains(seatId(1, 5)));
    QCOMPARE(f.snapshot(), before);

    // A hold counts too, but a hold that ran out does not.
    Fixture g(4, 5, 10);
    QVERIFY(g.engine().hold({g.showId(), {seatId(1, 5)}, {}, 60'000}, u"h"_s).ok());
    auto g2 = g.store().addSeatMap(venueOfShow(g), nextVersion(4, 5, 10), ctx);
    QVERIFY(g2.ok());
    auto held = g.engine().moveShowToSeatMap(g.showId(), *g2, u"move-2"_s);
    QVERIFY(!held.ok());
    QCOMPARE(held.error().seatIds, QStringList{seatId(1, 5)});
    g.clock().advanceMs(60'000);
    QVERIFY(g.engine().moveShowToSeatMap(g.showId(), *g2, u"move-3"_s).ok());
    QCOMPARE(g.violations(), QStringList());
}

void TestShowVersions::moveDropsFreeSeatsAndAddsNewOnes()
{
    Fixture f(4, 5, 10);
    QVERIFY(f.isValid());
    const Order sold = f.sell({seatId(2, 1), seatId(2, 2)});
    SaleRequest standing;
    standing.hold = {f.showId(), {}, {{u"floor"_s, 3}}, 0};
    QVERIFY(f.engine().sell(standing, u"ga"_s).ok());
    const CallContext ctx{u"v2"_s, u"organizer"_s, u"office"_s, f.clock().nowMs()};
    SeatMap next = nextVersion(4, 5, 10);
    next.gaAreas[0].capacity = 20; // a bigger standing area
    auto v2 = f.store().addSeatMap(venueOfShow(f), next, ctx);
    QVERIFY(v2.ok());
    auto moved = f.engine().moveShowToSeatMap(f.showId(), *v2, u"move"_s);
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
    const QStringList ids = seatIds(f);
    QVERIFY(!ids.contains(seatId(1, 5)));
    QVERIFY(ids.contains(u"r1-new"_s));
    QCOMPARE(f.seatStatus(u"r1-new"_s), u"available"_s);
    QCOMPARE(f.seatStatus(seatId(2, 1)), u"sold"_s);
    QCOMPARE(f.store().order(sold.id)->status, Order::Status::Confirmed);
    auto ga = f.store().gaStates(f.showId(), f.clock().nowMs());
    QCOMPARE(ga->first().capacity, 20);
    QCOMPARE(ga->first().sold, 3);
    QCOMPARE(ga->first().available, 17);
    QCOMPARE(f.store().show(f.showId(), f.clock().nowMs())->seatMapId, *v2);
    // The new seat sells like any other; the replayed move answers without moving again.
    QCOMPARE(f.sell({u"r1-new"_s}).status, Order::Status::Confirmed);
    QVERIFY(f.engine().moveShowToSeatMap(f.showId(), *v2, u"move"_s).ok());
    QCOMPARE(f.violations(), QStringList());
}

void TestShowVersions::moveRefusesAnotherVenuesMapAndUnpricedCategories()
{
    Fixture f(3, 3, 0);
    QVERIFY(f.isValid());
    const CallContext ctx{QString(), u"organizer"_s, u"office"_s, f.clock().nowMs()};
    const qint64 venue = venueOfShow(f);
    auto otherVenue = f.store().createVenue({0, u"Elsewhere"_s, QString(), u"UTC"_s}, ctx);
    auto foreign = f.store().addSeatMap(*otherVenue, makeSeatMap(3, 3, 0), ctx);
    QVERIFY(foreign.ok());
    const QByteArray before = f.snapshot();
    auto refused = f.engine().moveShowToSeatMap(f.showId(), *foreign, u"m1"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    SeatMap recategorised = makeSeatMap(3, 3, 0);
    recategorised.categories.append({u"vip"_s, u"VIP"_s, u"#e7298a"_s});
    recategorised.sections[0].rows[0].seats[0].categoryId = u"vip"_s;
    auto v2 = f.store().addSeatMap(venue, recategorised, ctx);
    QVERIFY(v2.ok());
    const QByteArray afterMaps = f.snapshot();
    auto unpriced = f.engine().moveShowToSeatMap(f.showId(), *v2, u"m2"_s);
    QVERIFY(!unpriced.ok());
    QCOMPARE(unpriced.error().code, Error::Code::InvalidInput);
    QVERIFY(unpriced.error().message.contains(u"vip"_s));
    QCOMPARE(f.snapshot(), afterMaps);
    QVERIFY(before != afterMaps);
}

QTEST_GUILESS_MAIN(TestShowVersions)
#include "tst_showversions.moc"
