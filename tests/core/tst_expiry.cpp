// Holds run out on the store's clock: implicitly at the next claim, or when the sweeper tidies up.

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestExpiry final : public QObject
{
    Q_OBJECT

private slots:
    void holdCarriesItsDeadline();
    void defaultHoldIsTenMinutes();
    void seatIsHeldUntilTheDeadline();
    void secondHoldTakesExpiredSeatBeforeAnySweep();
    void expiredSeatReadsAsAvailable();
    void sweepReleasesOnlyRunOutHolds();
    void pendingOrderIsNeverReleasedByExpiry();
    void orderFromExpiredHoldIsRefused();
    void gaUnitsExpireToo();
};

void TestExpiry::holdCarriesItsDeadline()
{
    Fixture f;
    const qint64 now = f.clock().nowMs();
    auto hold = f.engine().hold({f.showId(), {seatId(1, 1)}, {}, 90'000}, u"h"_s);
    QVERIFY(hold.ok());
    QCOMPARE(hold->createdAtMs, now);
    QCOMPARE(hold->expiresAtMs, now + 90'000);
    QCOMPARE(hold->serverTimeMs, now);
    QCOMPARE(hold->status, Hold::Status::Active);
}

void TestExpiry::defaultHoldIsTenMinutes()
{
    Fixture f;
    auto hold = f.engine().hold({f.showId(), {seatId(1, 1)}, {}, 0}, u"h"_s);
    QVERIFY(hold.ok());
    QCOMPARE(hold->expiresAtMs - hold->createdAtMs, qint64(10 * 60 * 1000));
}

void TestExpiry::seatIsHeldUntilTheDeadline()
{
    Fixture f;
    QVERIFY(f.engine().hold({f.showId(), {seatId(1, 1)}, {}, 60'000}, u"h"_s).ok());
    f.clock().advanceMs(59'999);
    auto other = f.engine().hold({f.showId(), {seatId(1, 1)}, {}, 60'000}, u"h2"_s);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, Error::Code::SeatUnavailable);
    f.clock().advanceMs(1);
    QVERIFY(f.engine().hold({f.showId(), {seatId(1, 1)}, {}, 60'000}, u"h3"_s).ok());
}

void TestExpiry::secondHoldTakesExpiredSeatBeforeAnySweep()
{
    Fixture f;
    auto first = f.engine().hold({f.showId(), {seatId(1, 1), seatId(1, 2)}, {}, 60'000}, u"first"_s);
    QVERIFY(first.ok());
    f.clock().advanceMs(61'000);
    // No sweep has run: the rows still say "held", yet the seat is free to the next conditional write.
    auto second = f.engine().hold({f.showId(), {seatId(1, 2), seatId(1, 3)}, {}, 60'000}, u"second"_s);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
    auto firstNow = f.store().holdById(first->id, f.clock().nowMs());
    QVERIFY(firstNow.ok());
    QCOMPARE(firstNow->status, Hold::Status::Expired);
    auto order = f.engine().createOrder({first->id, {}}, u"late order"_s);
    QVERIFY(!order.ok());
    QCOMPARE(order.error().code, Error::Code::HoldExpired);
    QCOMPARE(f.violations(), QStringList());
}

void TestExpiry::expiredSeatReadsAsAvailable()
{
    Fixture f;
    QVERIFY(f.engine().hold({f.showId(), {seatId(1, 1)}, {}, 60'000}, u"h"_s).ok());
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"held"_s);
    auto show = f.store().show(f.showId(), f.clock().nowMs());
    QVERIFY(show.ok());
    const int availableWhileHeld = show->availableCount;
    f.clock().advanceMs(60'000);
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"available"_s);
    show = f.store().show(f.showId(), f.clock().nowMs());
    QCOMPARE(show->availableCount, availableWhileHeld + 1);
}

void TestExpiry::sweepReleasesOnlyRunOutHolds()
{
    Fixture f;
    auto shortHold = f.engine().hold({f.showId(), {seatId(1, 1)}, {}, 30'000}, u"short"_s);
    auto longHold = f.engine().hold({f.showId(), {seatId(1, 2)}, {}, 300'000}, u"long"_s);
    QVERIFY(shortHold.ok() && longHold.ok());
    const qint64 seqBefore = *f.store().lastSeq();
    f.clock().advanceMs(31'000);
    auto swept = f.engine().sweepExpired();
    QVERIFY(swept.ok());
    QCOMPARE(swept->seatsReleased, 1);
    QCOMPARE(swept->holdsExpired, 1);
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"available"_s);
    QCOMPARE(f.seatStatus(seatId(1, 2)), u"held"_s);
    // The sweeper tells the views: one change-log entry for the released seat.
    auto changes = f.store().changesSince(seqBefore, 100);
    QVERIFY(changes.ok());
    QCOMPARE(changes->size(), 1);
    QCOMPARE(changes->first().seatId, seatId(1, 1));
    QCOMPARE(changes->first().status, SeatState::Status::Available);
    auto again = f.engine().sweepExpired();
    QVERIFY(again.ok());
    QCOMPARE(again->seatsReleased, 0);
    QCOMPARE(f.violations(), QStringList());
}

void TestExpiry::pendingOrderIsNeverReleasedByExpiry()
{
    Fixture f;
    auto hold = f.engine().hold({f.showId(), {seatId(2, 1)}, {{u"floor"_s, 2}}, 60'000}, u"h"_s);
    QVERIFY(hold.ok());
    auto order = f.engine().createOrder({hold->id, {}}, u"o"_s);
    QVERIFY(order.ok());
    f.clock().advanceMs(24LL * 3600 * 1000);
    QVERIFY(f.engine().sweepExpired().ok());
    QCOMPARE(f.seatStatus(seatId(2, 1)), u"held"_s);
    auto other = f.engine().hold({f.showId(), {seatId(2, 1)}, {}, 60'000}, u"thief"_s);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, Error::Code::SeatUnavailable);
    auto ga = f.store().gaStates(f.showId(), f.clock().nowMs());
    QCOMPARE(ga->first().held, 2);
    // The payment still goes through and the seats are sold.
    QVERIFY(f.engine().pay({order->id, Payment::Method::Cash, -1, u"EUR"_s, -1, {}}, u"p"_s).ok());
    auto confirmed = f.engine().confirm(order->id, u"c"_s);
    QVERIFY(confirmed.ok());
    QCOMPARE(f.seatStatus(seatId(2, 1)), u"sold"_s);
    QCOMPARE(f.violations(), QStringList());
}

void TestExpiry::orderFromExpiredHoldIsRefused()
{
    Fixture f;
    auto hold = f.engine().hold({f.showId(), {seatId(2, 2)}, {}, 60'000}, u"h"_s);
    f.clock().advanceMs(60'000);
    const QByteArray before = f.snapshot();
    auto order = f.engine().createOrder({hold->id, {}}, u"o"_s);
    QVERIFY(!order.ok());
    QCOMPARE(order.error().code, Error::Code::HoldExpired);
    QCOMPARE(f.snapshot(), before);
}

void TestExpiry::gaUnitsExpireToo()
{
    Fixture f(2, 2, 5);
    QVERIFY(f.engine().hold({f.showId(), {}, {{u"floor"_s, 5}}, 60'000}, u"all"_s).ok());
    auto none = f.engine().hold({f.showId(), {}, {{u"floor"_s, 1}}, 60'000}, u"one"_s);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, Error::Code::SeatUnavailable);
    f.clock().advanceMs(60'000);
    auto later = f.engine().hold({f.showId(), {}, {{u"floor"_s, 3}}, 60'000}, u"three"_s);
    QVERIFY2(later.ok(), qPrintable(later.ok() ? QString() : later.error().message));
    auto ga = f.store().gaStates(f.showId(), f.clock().nowMs());
    QCOMPARE(ga->first().held, 3);
    QCOMPARE(ga->first().available, 2);
    QCOMPARE(f.violations(), QStringList());
}

QTEST_GUILESS_MAIN(TestExpiry)
#include "tst_expiry.moc"
