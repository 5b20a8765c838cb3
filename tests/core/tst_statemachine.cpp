// Every legal transition of a seat, and every illegal one refused with the right error.

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

enum class Setup
{
    Available,
    Held,
    HeldExpired,
    Released,
    Ordered,
    Paid,
    Sold,
    Refunded,
    Cancelled,
    Blocked
};
enum class Action
{
    HoldOther,
    Release,
    CreateOrder,
    Pay,
    Confirm,
    Cancel,
    Refund,
    Block,
    Unblock,
    Sweep
};

constexpr qint64 kHoldMs = 10 * 60 * 1000;

} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(Action)

class TestStateMachine final : public QObject
{
    Q_OBJECT

private slots:
    void transition_data();
    void transition();
};

void TestStateMachine::transition_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("statusAfter");

    const int none = -1;
    const int unavailable = int(Error::Code::SeatUnavailable);
    const int invalidState = int(Error::Code::InvalidState);
    const int expired = int(Error::Code::HoldExpired);

    // available --hold--> held
    QTest::newRow("available + hold") << Setup::Available << Action::HoldOther << true << none << u"held"_s;
    QTest::newRow("held + hold by another")
        << Setup::Held << Action::HoldOther << false << unavailable << u"held"_s;
    QTest::newRow("expired hold + hold by another, before any sweep")
        << Setup::HeldExpired << Action::HoldOther << true << none << u"held"_s;
    QTest::newRow("pending order + hold by another after the deadline")
        << Setup::Ordered << Action::HoldOther << false << unavailable << u"held"_s;
    QTest::newRow("sold + hold") << Setup::Sold << Action::HoldOther << false << unavailable << u"sold"_s;
    QTest::newRow("blocked + hold") << Setup::Blocked << Action::HoldOther << false << unavailable
                                    << u"blocked"_s;
    QTest::newRow("refunded + hold") << Setup::Refunded << Action::HoldOther << true << none << u"held"_s;
    QTest::newRow("cancelled + hold") << Setup::Cancelled << Action::HoldOther << true << none << u"held"_s;

    // held --release--> available
    QTest::newRow("held + release") << Setup::Held << Action::Release << true << none << u"available"_s;
    QTest::newRow("released + release")
        << Setup::Released << Action::Release << false << invalidState << u"available"_s;
    QTest::newRow("expired hold + release")
        << Setup::HeldExpired << Action::Release << true << none << u"available"_s;
    QTest::newRow("pending order + release")
        << Setup::Ordered << Action::Release << false << invalidState << u"held"_s;

    // held --order--> held (pending payment)
    QTest::newRow("held + order") << Setup::Held << Action::CreateOrder << true << none << u"held"_s;
    QTest::newRow("expired hold + order")
        << Setup::HeldExpired << Action::CreateOrder << false << expired << u"available"_s;
    QTest::newRow("released + order")
        << Setup::Released << Action::CreateOrder << false << expired << u"available"_s;
    QTest::newRow("pending order + second order")
        << Setup::Ordered << Action::CreateOrder << false << invalidState << u"held"_s;

    // pending --pay, confirm--> sold
    QTest::newRow("pending order + confirm unpaid")
        << Setup::Ordered << Action::Confirm << false << invalidState << u"held"_s;
    QTest::newRow("pending order + pay") << Setup::Ordered << Action::Pay << true << none << u"held"_s;
    QTest::newRow("paid + pay again") << Setup::Paid << Action::Pay << false << invalidState << u"held"_s;
    QTest::newRow("paid + confirm") << Setup::Paid << Action::Confirm << true << none << u"sold"_s;
    QTest::newRow("sold + confirm again")
        << Setup::Sold << Action::Confirm << false << invalidState << u"sold"_s;
    QTest::newRow("sold + pay") << Setup::Sold << Action::Pay << false << invalidState << u"sold"_s;

    // pending --cancel--> available
    QTest::newRow("pending order + cancel")
        << Setup::Ordered << Action::Cancel << true << none << u"available"_s;
    QTest::newRow("paid + cancel") << Setup::Paid << Action::Cancel << true << none << u"available"_s;
    QTest::newRow("sold + cancel") << Setup::Sold << Action::Cancel << false << invalidState << u"sold"_s;

    // sold --refund--> available
    QTest::newRow("sold + refund") << Setup::Sold << Action::Refund << true << none << u"available"_s;
    QTest::newRow("refunded + refund")
        << Setup::Refunded << Action::Refund << false << invalidState << u"available"_s;
    QTest::newRow("pending order + refund")
        << Setup::Ordered << Action::Refund << false << invalidState << u"held"_s;

    // available <--block/unblock--> blocked
    QTest::newRow("available + block") << Setup::Available << Action::Block << true << none << u"blocked"_s;
    QTest::newRow("expired hold + block")
        << Setup::HeldExpired << Action::Block << true << none << u"blocked"_s;
    QTest::newRow("held + block") << Setup::Held << Action::Block << false << unavailable << u"held"_s;
    QTest::newRow("sold + block") << Setup::Sold << Action::Block << false << unavailable << u"sold"_s;
    QTest::newRow("blocked + unblock") << Setup::Blocked << Action::Unblock << true << none << u"available"_s;
    QTest::newRow("available + unblock")
        << Setup::Available << Action::Unblock << false << invalidState << u"available"_s;

    // expiry: the sweeper frees run-out holds, never a pending order
    QTest::newRow("expired hold + sweep")
        << Setup::HeldExpired << Action::Sweep << true << none << u"available"_s;
    QTest::newRow("pending order + sweep after the deadline")
        << Setup::Ordered << Action::Sweep << true << none << u"held"_s;
}

void TestStateMachine::transition()
{
    QFETCH(Setup, setup);
    QFETCH(Action, action);
    QFETCH(bool, succeeds);
    QFETCH(int, error);
    QFETCH(QString, statusAfter);

    Fixture f;
    QVERIFY(f.isValid());
    InventoryEngine &engine = f.engine();
    const QString seat = seatId(1, 1);
    const HoldRequest holdSeat{f.showId(), {seat}, {}, kHoldMs};
    qint64 holdId = 0;
    qint64 orderId = 0;

    // Bring the seat into the state under test, through the engine only.
    const auto holdIt = [&] {
        auto h = engine.hold(holdSeat, f.newKey());
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message));
        holdId = h->id;
    };
    const auto orderIt = [&] {
        auto o = engine.createOrder({holdId, {}}, f.newKey());
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
        orderId = o->id;
    };
    const auto payIt = [&] {
        PaymentRequest p{orderId, Payment::Method::Cash, -1, u"EUR"_s, -1, {}};
        auto r = engine.pay(p, f.newKey());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    };
    const auto confirmIt = [&] {
        auto r = engine.confirm(orderId, f.newKey());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    };

    switch (setup) {
    case Setup::Available:
        break;
    case Setup::Held:
        holdIt();
        break;
    case Setup::HeldExpired:
        holdIt();
        f.clock().advanceMs(kHoldMs + 1);
        break;
    case Setup::Released:
        holdIt();
        QVERIFY(engine.release(holdId, f.newKey()).ok());
        break;
    case Setup::Ordered:
        holdIt();
        orderIt();
        f.clock().advanceMs(kHoldMs + 1); // a pending order keeps its seats past the hold's deadline
        break;
    case Setup::Paid:
        holdIt();
        orderIt();
        payIt();
        break;
    case Setup::Sold:
        holdIt();
        orderIt();
        payIt();
        confirmIt();
        break;
    case Setup::Refunded:
        holdIt();
        orderIt();
        payIt();
        confirmIt();
        QVERIFY(engine.refund({orderId, {}, u"changed plans"_s}, f.newKey()).ok());
        break;
    case Setup::Cancelled:
        holdIt();
        orderIt();
        QVERIFY(engine.cancelOrder(orderId, u"walked away"_s, f.newKey()).ok());
        break;
    case Setup::Blocked:
        QVERIFY(engine.setBlocked({f.showId(), {seat}, true, u"sound desk"_s}, f.newKey()).ok());
        break;
    }
    if (QTest::currentTestFailed())
        return;

    const QByteArray before = f.snapshot();
    QVERIFY(!before.isEmpty());
    std::optional<Error> failure;
    const auto record = [&](const auto &result) {
        if (!result.ok())
            failure = result.error();
    };
    switch (action) {
    case Action::HoldOther: {
        InventoryEngine other(f.store(), f.clock());
        other.setActor(u"another clerk"_s, u"counter 2"_s);
        record(other.hold(holdSeat, f.newKey()));
        break;
    }
    case Action::Release:
        record(engine.release(holdId, f.newKey()));
        break;
    case Action::CreateOrder:
        record(engine.createOrder({holdId, {}}, f.newKey()));
        break;
    case Action::Pay:
        record(engine.pay({orderId, Payment::Method::Cash, -1, u"EUR"_s, -1, {}}, f.newKey()));
        break;
    case Action::Confirm:
        record(engine.confirm(orderId, f.newKey()));
        break;
    case Action::Cancel:
        record(engine.cancelOrder(orderId, u"changed mind"_s, f.newKey()));
        break;
    case Action::Refund:
        record(engine.refund({orderId, {}, u"illness"_s}, f.newKey()));
        break;
    case Action::Block:
        record(engine.setBlocked({f.showId(), {seat}, true, u"camera"_s}, f.newKey()));
        break;
    case Action::Unblock:
        record(engine.setBlocked({f.showId(), {seat}, false, {}}, f.newKey()));
        break;
    case Action::Sweep:
        record(engine.sweepExpired());
        break;
    }

    if (succeeds) {
        QVERIFY2(!failure, qPrintable(failure ? failure->message : QString()));
    } else {
        QVERIFY2(failure.has_value(), "the transition should have been refused");
        QCOMPARE(int(failure->code), error);
        QVERIFY(!failure->message.isEmpty());
        QCOMPARE(f.snapshot(), before); // refused: nothing written
    }
    QCOMPARE(f.seatStatus(seat), statusAfter);
    QCOMPARE(f.violations(), QStringList());
}

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
