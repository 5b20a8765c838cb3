// Every mutating call replays under its idempotency key: the same key returns the first answer and writes
// nothing; the same key with another request is a conflict.

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestIdempotency final : public QObject
{
    Q_OBJECT

private slots:
    void holdReplays();
    void releaseReplays();
    void orderPayConfirmReplay();
    void cancelReplays();
    void refundReplays();
    void blockReplays();
    void sellReplaysAcrossConnections();
    void sameKeyDifferentRequestConflicts_data();
    void sameKeyDifferentRequestConflicts();
    void failedCallRecordsNothing();
};

void TestIdempotency::holdReplays()
{
    Fixture f;
    QVERIFY(f.isValid());
    const HoldRequest request{f.showId(), {seatId(1, 1), seatId(1, 2)}, {{u"floor"_s, 2}}, 60'000};
    auto first = f.engine().hold(request, u"h1"_s);
    QVERIFY(first.ok());
    const QByteArray after = f.snapshot();
    f.clock().advanceMs(5'000);
    auto again = f.engine().hold(request, u"h1"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->id, first->id);
    QCOMPARE(again->seatIds, first->seatIds);
    QCOMPARE(again->expiresAtMs, first->expiresAtMs);
    QCOMPARE(again->priceMinor, first->priceMinor);
    QCOMPARE(f.snapshot(), after);
}

void TestIdempotency::releaseReplays()
{
    Fixture f;
    auto hold = f.engine().hold({f.showId(), {seatId(2, 1)}, {}, 60'000}, u"h"_s);
    QVERIFY(hold.ok());
    auto first = f.engine().release(hold->id, u"r"_s);
    QVERIFY(first.ok());
    const QByteArray after = f.snapshot();
    auto again = f.engine().release(hold->id, u"r"_s);
    QVERIFY2(again.ok(), "a replayed release answers as the first did, not 'already released'");
    QCOMPARE(again->status, Hold::Status::Released);
    QCOMPARE(f.snapshot(), after);
    // Without the key it is a new request, and the hold is already released.
    auto fresh = f.engine().release(hold->id, u"r2"_s);
    QVERIFY(!fresh.ok());
    QCOMPARE(fresh.error().code, Error::Code::InvalidState);
}

void TestIdempotency::orderPayConfirmReplay()
{
    Fixture f;
    auto hold = f.engine().hold({f.showId(), {seatId(1, 3)}, {}, 60'000}, u"h"_s);
    QVERIFY(hold.ok());
    auto order = f.engine().createOrder({hold->id, {u"Ada"_s, u"ada@example.org"_s, {}}}, u"o"_s);
    QVERIFY(order.ok());
    auto orderAgain = f.engine().createOrder({hold->id, {u"Ada"_s, u"ada@example.org"_s, {}}}, u"o"_s);
    QVERIFY(orderAgain.ok());
    QCOMPARE(orderAgain->id, order->id);
    QCOMPARE(orderAgain->number, order->number);

    const PaymentRequest payment{order->id, Payment::Method::Cash, -1, u"EUR"_s, 10'000, {}};
    auto paid = f.engine().pay(payment, u"p"_s);
    QVERIFY(paid.ok());
    QCOMPARE(paid->changeMinor, 10'000 - priceOf(u"a"_s));
    const QByteArray afterPay = f.snapshot();
    auto paidAgain = f.engine().pay(payment, u"p"_s);
    QVERIFY(paidAgain.ok());
    QCOMPARE(paidAgain->id, paid->id);
    QCOMPARE(f.snapshot(), afterPay);

    auto confirmed = f.engine().confirm(order->id, u"c"_s);
    QVERIFY(confirmed.ok());
    const QByteArray afterConfirm = f.snapshot();
    auto confirmedAgain = f.engine().confirm(order->id, u"c"_s);
    QVERIFY(confirmedAgain.ok());
    QCOMPARE(confirmedAgain->items.first().ticketCode, confirmed->items.first().ticketCode);
    QCOMPARE(f.snapshot(), afterConfirm);
    auto order2 = f.store().order(order->id);
    QVERIFY(order2.ok());
    QCOMPARE(order2->payments.size(), 1);
}

void TestIdempotency::cancelReplays()
{
    Fixture f;
    auto hold = f.engine().hold({f.showId(), {seatId(1, 4)}, {}, 60'000}, u"h"_s);
    auto order = f.engine().createOrder({hold->id, {}}, u"o"_s);
    QVERIFY(order.ok());
    QVERIFY(f.engine().pay({order->id, Payment::Method::Cash, -1, u"EUR"_s, -1, {}}, u"p"_s).ok());
    auto cancelled = f.engine().cancelOrder(order->id, u"left"_s, u"x"_s);
    QVERIFY(cancelled.ok());
    const QByteArray after = f.snapshot();
    auto again = f.engine().cancelOrder(order->id, u"left"_s, u"x"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->status, Order::Status::Cancelled);
    QCOMPARE(again->paidMinor, 0); // the cash went back once
    QCOMPARE(f.snapshot(), after);
}

void TestIdempotency::refundReplays()
{
    Fixture f;
    const Order sold = f.sell({seatId(1, 5), seatId(1, 6)});
    QCOMPARE(sold.status, Order::Status::Confirmed);
    const RefundRequest refund{sold.id, {sold.items.first().id}, u"one ticket back"_s};
    auto first = f.engine().refund(refund, u"rf"_s);
    QVERIFY(first.ok());
    QCOMPARE(first->status, Order::Status::PartiallyRefunded);
    const QByteArray after = f.snapshot();
    auto again = f.engine().refund(refund, u"rf"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->paidMinor, first->paidMinor);
    QCOMPARE(f.snapshot(), after);
    QCOMPARE(f.seatStatus(seatId(1, 5)), u"available"_s);
    QCOMPARE(f.seatStatus(seatId(1, 6)), u"sold"_s);
}

void TestIdempotency::blockReplays()
{
    Fixture f;
    const BlockRequest block{f.showId(), {seatId(3, 1), seatId(3, 2)}, true, u"camera"_s};
    QVERIFY(f.engine().setBlocked(block, u"b"_s).ok());
    const QByteArray after = f.snapshot();
    auto again = f.engine().setBlocked(block, u"b"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->size(), 2);
    QCOMPARE(f.snapshot(), after);
}

void TestIdempotency::sellReplaysAcrossConnections()
{
    Fixture f;
    const Order first = f.sell({seatId(4, 1), seatId(4, 2)}, u"sale-42"_s);
    QCOMPARE(first.status, Order::Status::Confirmed);
    const QByteArray after = f.snapshot();
    // The same sale retried from another connection (a terminal that lost the answer) sells nothing new.
    auto other = f.openAnother();
    QVERIFY(other);
    InventoryEngine engine(*other, f.clock());
    SaleRequest sale;
    sale.hold = {f.showId(), {seatId(4, 1), seatId(4, 2)}, {}, 0};
    for (int i = 0; i < 20; ++i) {
        auto again = engine.sell(sale, u"sale-42"_s);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again->id, first.id);
        QCOMPARE(again->items.size(), 2);
        QCOMPARE(again->items.at(0).ticketCode, first.items.at(0).ticketCode);
    }
    QCOMPARE(f.snapshot(), after);
}

void TestIdempotency::sameKeyDifferentRequestConflicts_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("hold") << 0;
    QTest::newRow("order") << 1;
    QTest::newRow("pay") << 2;
    QTest::newRow("confirm") << 3;
    QTest::newRow("other operation, same key") << 4;
}

void TestIdempotency::sameKeyDifferentRequestConflicts()
{
    QFETCH(int, step);
    Fixture f;
    auto hold = f.engine().hold({f.showId(), {seatId(5, 1)}, {}, 60'000}, u"k-hold"_s);
    QVERIFY(hold.ok());
    auto hold2 = f.engine().hold({f.showId(), {seatId(5, 2)}, {}, 60'000}, u"k-hold2"_s);
    QVERIFY(hold2.ok());
    auto order = f.engine().createOrder({hold->id, {}}, u"k-order"_s);
    QVERIFY(order.ok());
    auto order2 = f.engine().createOrder({hold2->id, {}}, u"k-order2"_s);
    QVERIFY(order2.ok());
    QVERIFY(f.engine().pay({order->id, Payment::Method::Cash, -1, u"EUR"_s, -1, {}}, u"k-pay"_s).ok());
    QVERIFY(f.engine().pay({order2->id, Payment::Method::Cash, -1, u"EUR"_s, -1, {}}, u"k-pay2"_s).ok());
    QVERIFY(f.engine().confirm(order->id, u"k-confirm"_s).ok());
    const QByteArray before = f.snapshot();

    std::optional<Error> error;
    switch (step) {
    case 0:
        if (auto r = f.engine().hold({f.showId(), {seatId(5, 3)}, {}, 60'000}, u"k-hold"_s); !r)
            error = r.error();
        break;
    case 1:
        if (auto r = f.engine().createOrder({hold->id, {u"Someone else"_s, {}, {}}}, u"k-order"_s); !r)
            error = r.error();
        break;
    case 2:
        if (auto r = f.engine().pay({order->id, Payment::Method::Cash, -1, u"EUR"_s, 99'999, {}}, u"k-pay"_s);
            !r)
            error = r.error();
        break;
    case 3:
        if (auto r = f.engine().confirm(order2->id, u"k-confirm"_s); !r)
            error = r.error();
        break;
    case 4:
        if (auto r = f.engine().release(hold2->id, u"k-hold"_s); !r)
            error = r.error();
        break;
    }
    QVERIFY(error.has_value());
    QCOMPARE(error->code, Error::Code::Conflict);
    QCOMPARE(f.snapshot(), before);
}

void TestIdempotency::failedCallRecordsNothing()
{
    // A refused hold keeps no answer under its key: once the seat is free, the same key may try again.
    Fixture f;
    auto blocker = f.engine().hold({f.showId(), {seatId(6, 1)}, {}, 60'000}, u"blocker"_s);
    QVERIFY(blocker.ok());
    auto refused = f.engine().hold({f.showId(), {seatId(6, 1)}, {}, 60'000}, u"retry-me"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::SeatUnavailable);
    QCOMPARE(refused.error().seatIds, QStringList{seatId(6, 1)});
    QVERIFY(f.engine().release(blocker->id, u"free"_s).ok());
    auto retried = f.engine().hold({f.showId(), {seatId(6, 1)}, {}, 60'000}, u"retry-me"_s);
    QVERIFY(retried.ok());
}

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
