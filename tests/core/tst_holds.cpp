// Multi-seat holds are all or nothing; standing areas are held by quantity; prices follow categories.

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestHolds final : public QObject
{
    Q_OBJECT

private slots:
    void multiSeatHoldIsAllOrNothing();
    void mixedSeatsAndStandingAllOrNothing();
    void gaByQuantity();
    void priceAndCurrency();
    void orderCarriesItemsAndTotal();
    void splitTenderAndChange();
    void partialRefundReturnsOnlyChosenSeats();
    void changeLogFollowsEveryTransition();
    void auditLogNamesActorAndTerminal();
};

void TestHolds::multiSeatHoldIsAllOrNothing()
{
    Fixture f;
    QVERIFY(f.engine().hold({f.showId(), {seatId(1, 3)}, {}, 60'000}, u"taken"_s).ok());
    const QByteArray before = f.snapshot();
    auto hold = f.engine().hold(
        {f.showId(), {seatId(1, 1), seatId(1, 2), seatId(1, 3), seatId(1, 4)}, {}, 60'000}, u"group"_s);
    QVERIFY(!hold.ok());
    QCOMPARE(hold.error().code, Error::Code::SeatUnavailable);
    QCOMPARE(hold.error().seatIds, QStringList{seatId(1, 3)});
    QVERIFY(hold.error().message.contains(seatId(1, 3)));
    QCOMPARE(f.snapshot(), before);
    for (int n : {1, 2, 4})
        QCOMPARE(f.seatStatus(seatId(1, n)), u"available"_s);
}

void TestHolds::mixedSeatsAndStandingAllOrNothing()
{
    Fixture f(4, 4, 3);
    QVERIFY(f.engine().hold({f.showId(), {}, {{u"floor"_s, 2}}, 60'000}, u"two"_s).ok());
    const QByteArray before = f.snapshot();
    auto hold = f.engine().hold({f.showId(), {seatId(1, 1)}, {{u"floor"_s, 2}}, 60'000}, u"mixed"_s);
    QVERIFY(!hold.ok());
    QCOMPARE(hold.error().code, Error::Code::SeatUnavailable);
    QVERIFY(hold.error().message.contains(u"only 1 places left"_s));
    QCOMPARE(f.snapshot(), before);
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"available"_s);
}

void TestHolds::gaByQuantity()
{
    Fixture f(2, 2, 10);
    auto hold = f.engine().hold({f.showId(), {}, {{u"floor"_s, 4}}, 60'000}, u"four"_s);
    QVERIFY(hold.ok());
    QCOMPARE(hold->ga.size(), 1);
    QCOMPARE(hold->ga.first().units.size(), 4);
    auto ga = f.store().gaStates(f.showId(), f.clock().nowMs());
    QVERIFY(ga.ok());
    QCOMPARE(ga->first().capacity, 10);
    QCOMPARE(ga->first().held, 4);
    QCOMPARE(ga->first().available, 6);
    QVERIFY(f.engine().hold({f.showId(), {}, {{u"floor"_s, 6}}, 60'000}, u"six"_s).ok());
    auto more = f.engine().hold({f.showId(), {}, {{u"floor"_s, 1}}, 60'000}, u"one"_s);
    QVERIFY(!more.ok());
    QCOMPARE(more.error().code, Error::Code::SeatUnavailable);
    QCOMPARE(f.violations(), QStringList());
}

void TestHolds::priceAndCurrency()
{
    Fixture f(10, 4, 5);
    // Rows 1-5 are category a, 6-10 category b.
    auto hold =
        f.engine().hold({f.showId(), {seatId(1, 1), seatId(10, 1)}, {{u"floor"_s, 2}}, 60'000}, u"p"_s);
    QVERIFY(hold.ok());
    QCOMPARE(hold->priceMinor, priceOf(u"a"_s) + priceOf(u"b"_s) + 2 * priceOf(u"c"_s));
    QCOMPARE(hold->currency, u"EUR"_s);
}

void TestHolds::orderCarriesItemsAndTotal()
{
    Fixture f(10, 4, 5);
    auto hold =
        f.engine().hold({f.showId(), {seatId(1, 1), seatId(10, 1)}, {{u"floor"_s, 1}}, 60'000}, u"h"_s);
    auto order =
        f.engine().createOrder({hold->id, {u"Grace Hopper"_s, u"grace@example.org"_s, u"+1 555"_s}}, u"o"_s);
    QVERIFY(order.ok());
    QCOMPARE(order->status, Order::Status::PendingPayment);
    QCOMPARE(order->items.size(), 3);
    QCOMPARE(order->totalMinor, hold->priceMinor);
    QCOMPARE(order->number.size(), 8);
    QCOMPARE(order->customer.name, u"Grace Hopper"_s);
    QVERIFY(order->items.first().ticketCode.isEmpty()); // no tickets before the money is in
    QVERIFY(f.engine().pay({order->id, Payment::Method::Comp, -1, u"EUR"_s, -1, u"press"_s}, u"p"_s).ok());
    auto confirmed = f.engine().confirm(order->id, u"c"_s);
    QVERIFY(confirmed.ok());
    QSet<QString> codes;
    for (const OrderItem &item : confirmed->items) {
        QVERIFY(item.ticketCode.size() >= 22); // 128 bits, base64url
        codes.insert(item.ticketCode);
    }
    QCOMPARE(codes.size(), 3);
    QCOMPARE(f.violations(), QStringList());
}

void TestHolds::splitTenderAndChange()
{
    Fixture f;
    auto hold = f.engine().hold({f.showId(), {seatId(1, 1), seatId(1, 2)}, {}, 60'000}, u"h"_s);
    auto order = f.engine().createOrder({hold->id, {}}, u"o"_s);
    QCOMPARE(order->totalMinor, 10'000);
    auto part = f.engine().pay({order->id, Payment::Method::Cash, 4'000, u"EUR"_s, 5'000, {}}, u"p1"_s);
    QVERIFY(part.ok());
    QCOMPARE(part->changeMinor, 1'000);
    auto early = f.engine().confirm(order->id, u"c0"_s);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, Error::Code::InvalidState);
    auto rest = f.engine().pay({order->id, Payment::Method::Comp, -1, u"EUR"_s, -1, u"voucher"_s}, u"p2"_s);
    QVERIFY(rest.ok());
    QCOMPARE(rest->amountMinor, 6'000);
    auto confirmed = f.engine().confirm(order->id, u"c"_s);
    QVERIFY(confirmed.ok());
    QCOMPARE(confirmed->paidMinor, 10'000);
    QCOMPARE(confirmed->payments.size(), 2);
    QCOMPARE(f.violations(), QStringList());
}

void TestHolds::partialRefundReturnsOnlyChosenSeats()
{
    Fixture f;
    const Order order = f.sell({seatId(2, 1), seatId(2, 2), seatId(2, 3)});
    QCOMPARE(order.items.size(), 3);
    auto refunded = f.engine().refund({order.id, {order.items.at(1).id}, u"one cannot come"_s}, u"r"_s);
    QVERIFY(refunded.ok());
    QCOMPARE(refunded->status, Order::Status::PartiallyRefunded);
    QCOMPARE(refunded->totalMinor, 10'000);
    QCOMPARE(refunded->paidMinor, 10'000);
    QCOMPARE(f.seatStatus(seatId(2, 2)), u"available"_s);
    QCOMPARE(f.seatStatus(seatId(2, 1)), u"sold"_s);
    // The refunded seat can be sold again; the rest of the order is untouched.
    QCOMPARE(f.sell({seatId(2, 2)}).status, Order::Status::Confirmed);
    auto rest = f.engine().refund({order.id, {}, u"all the rest"_s}, u"r2"_s);
    QVERIFY(rest.ok());
    QCOMPARE(rest->status, Order::Status::Refunded);
    QCOMPARE(rest->paidMinor, 0);
    QCOMPARE(f.violations(), QStringList());
}

void TestHolds::changeLogFollowsEveryTransition()
{
    Fixture f;
    const qint64 start = *f.store().lastSeq();
    f.sell({seatId(3, 1)});
    auto changes = f.store().changesSince(start, 100);
    QVERIFY(changes.ok());
    QStringList trail;
    qint64 lastVersion = 0;
    for (const Change &c : *changes) {
        QCOMPARE(c.seatId, seatId(3, 1));
        QVERIFY(c.version > lastVersion);
        lastVersion = c.version;
        trail.append(SeatState::statusName(c.status));
    }
    // held (hold), held (order pending), sold (confirm)
    QCOMPARE(trail, (QStringList{u"held"_s, u"held"_s, u"sold"_s}));
    for (int i = 1; i < changes->size(); ++i)
        QCOMPARE(changes->at(i).seq, changes->at(i - 1).seq + 1);
}

void TestHolds::auditLogNamesActorAndTerminal()
{
    Fixture f;
    f.sell({seatId(3, 2)});
    QStringList actions;
    for (const QVariantList &row :
         f.database().query(u"SELECT actor, terminal, action FROM audit_log ORDER BY id"_s)) {
        if (row.at(0).toString() != "tester"_L1)
            continue;
        QCOMPARE(row.at(1).toString(), u"test-terminal"_s);
        actions.append(row.at(2).toString());
    }
    QCOMPARE(actions, (QStringList{u"hold"_s, u"create_order"_s, u"pay"_s, u"confirm"_s}));
}

QTEST_GUILESS_MAIN(TestHolds)
#include "tst_holds.moc"
