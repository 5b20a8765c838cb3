// Bad input gets a clear error and changes nothing: every refusal below leaves the database byte for byte
// as it was.

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

enum class Call
{
    Hold,
    Order,
    Pay,
    Confirm,
    Refund,
    Block,
    Sell
};

} // namespace

Q_DECLARE_METATYPE(Call)

class TestBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedAndUnchanged_data();
    void refusedAndUnchanged();
    void snapshotSeesWrites();

private:
    std::unique_ptr<Fixture> m_fixture;
    qint64 m_pendingOrder = 0;
    qint64 m_confirmedOrder = 0;
    qint64 m_activeHold = 0;
};

void TestBadInput::initTestCase()
{
    m_fixture = std::make_unique<Fixture>(5, 5, 10);
    QVERIFY(m_fixture->isValid());
    Fixture &f = *m_fixture;
    auto hold = f.engine().hold({f.showId(), {seatId(1, 1)}, {}, 3'600'000}, u"setup-hold"_s);
    QVERIFY(hold.ok());
    auto order = f.engine().createOrder({hold->id, {}}, u"setup-order"_s);
    QVERIFY(order.ok());
    m_pendingOrder = order->id;
    m_confirmedOrder = f.sell({seatId(1, 2)}, u"setup-sale"_s).id;
    QVERIFY(m_confirmedOrder > 0);
    auto active = f.engine().hold({f.showId(), {seatId(1, 3)}, {}, 3'600'000}, u"setup-active"_s);
    QVERIFY(active.ok());
    m_activeHold = active->id;
}

void TestBadInput::refusedAndUnchanged_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");

    const int invalid = int(Error::Code::InvalidInput);
    const int notFound = int(Error::Code::NotFound);
    QTest::newRow("unknown show") << Call::Hold << u"show"_s << notFound;
    QTest::newRow("unknown seat") << Call::Hold << u"seat"_s << invalid;
    QTest::newRow("one unknown seat among good ones") << Call::Hold << u"seat-mixed"_s << invalid;
    QTest::newRow("duplicate seat") << Call::Hold << u"duplicate"_s << invalid;
    QTest::newRow("empty seat id") << Call::Hold << u"empty-seat"_s << invalid;
    QTest::newRow("nothing to hold") << Call::Hold << u"nothing"_s << invalid;
    QTest::newRow("zero quantity") << Call::Hold << u"zero"_s << invalid;
    QTest::newRow("negative quantity") << Call::Hold << u"negative"_s << invalid;
    QTest::newRow("unknown standing area") << Call::Hold << u"area"_s << invalid;
    QTest::newRow("more than the area holds") << Call::Hold << u"too-many"_s << invalid;
    QTest::newRow("negative hold time") << Call::Hold << u"duration"_s << invalid;
    QTest::newRow("empty key") << Call::Hold << u"key"_s << invalid;
    QTest::newRow("blank key") << Call::Hold << u"blank-key"_s << invalid;
    QTest::newRow("order from unknown hold") << Call::Order << u"hold"_s << notFound;
    QTest::newRow("order with a bad email") << Call::Order << u"email"_s << invalid;
    QTest::newRow("wrong currency") << Call::Pay << u"currency"_s << invalid;
    QTest::newRow("not a currency") << Call::Pay << u"not-currency"_s << invalid;
    QTest::newRow("tendered less than due") << Call::Pay << u"tendered"_s << invalid;
    QTest::newRow("negative tendered") << Call::Pay << u"negative-tendered"_s << invalid;
    QTest::newRow("amount above the balance") << Call::Pay << u"over"_s << invalid;
    QTest::newRow("zero amount") << Call::Pay << u"zero"_s << invalid;
    QTest::newRow("comp without a reason") << Call::Pay << u"comp"_s << invalid;
    QTest::newRow("card without a terminal") << Call::Pay << u"card"_s << invalid;
    QTest::newRow("pay unknown order") << Call::Pay << u"order"_s << notFound;
    QTest::newRow("confirm unknown order") << Call::Confirm << u"order"_s << notFound;
    QTest::newRow("refund an item of another order") << Call::Refund << u"item"_s << invalid;
    QTest::newRow("refund unknown order") << Call::Refund << u"order"_s << notFound;
    QTest::newRow("block unknown seat") << Call::Block << u"seat"_s << invalid;
    QTest::newRow("sell: tendered less than due") << Call::Sell << u"tendered"_s << invalid;
    QTest::newRow("sell: comp without reason") << Call::Sell << u"comp"_s << invalid;
    QTest::newRow("sell: unknown seat") << Call::Sell << u"seat"_s << invalid;
    QTest::newRow("sell: empty key") << Call::Sell << u"key"_s << invalid;
}

void TestBadInput::refusedAndUnchanged()
{
    QFETCH(Call, call);
    QFETCH(QString, what);
    QFETCH(int, code);
    Fixture &f = *m_fixture;
    InventoryEngine &engine = f.engine();
    const qint64 show = f.showId();
    const QByteArray before = f.snapshot();
    QVERIFY(!before.isEmpty());

    std::optional<Error> error;
    const auto record = [&](const auto &result) {
        if (!result.ok())
            error = result.error();
    };
    const QString key = f.newKey();
    switch (call) {
    case Call::Hold: {
        HoldRequest r{show, {seatId(2, 1)}, {}, 60'000};
        QString k = key;
        if (what == "show"_L1)
            r.showId = 999;
        else if (what == "seat"_L1)
            r.seatIds = {u"no-such-seat"_s};
        else if (what == "seat-mixed"_L1)
            r.seatIds = {seatId(2, 1), u"r99-99"_s, seatId(2, 2)};
        else if (what == "duplicate"_L1)
            r.seatIds = {seatId(2, 1), seatId(2, 1)};
        else if (what == "empty-seat"_L1)
            r.seatIds = {QString()};
        else if (what == "nothing"_L1)
            r.seatIds.clear();
        else if (what == "zero"_L1)
            r = {show, {}, {{u"floor"_s, 0}}, 60'000};
        else if (what == "negative"_L1)
            r = {show, {}, {{u"floor"_s, -2}}, 60'000};
        else if (what == "area"_L1)
            r = {show, {}, {{u"balcony"_s, 2}}, 60'000};
        else if (what == "too-many"_L1)
            r = {show, {}, {{u"floor"_s, 11}}, 60'000};
        else if (what == "duration"_L1)
            r.durationMs = -5;
        else if (what == "key"_L1)
            k.clear();
        else if (what == "blank-key"_L1)
            k = u"   "_s;
        record(engine.hold(r, k));
        break;
    }
    case Call::Order: {
        OrderRequest r{m_activeHold, {}};
        if (what == "hold"_L1)
            r.holdId = 123456;
        else if (what == "email"_L1)
            r.customer.email = u"not an address"_s;
        record(engine.createOrder(r, key));
        break;
    }
    case Call::Pay: {
        PaymentRequest r{m_pendingOrder, Payment::Method::Cash, -1, u"EUR"_s, -1, {}};
        if (what == "currency"_L1)
            r.currency = u"USD"_s;
        else if (what == "not-currency"_L1)
            r.currency = u"euro"_s;
        else if (what == "tendered"_L1)
            r.tenderedMinor = 100;
        else if (what == "negative-tendered"_L1)
            r.tenderedMinor = -50;
        else if (what == "over"_L1)
            r.amountMinor = 1'000'000;
        else if (what == "zero"_L1)
            r.amountMinor = 0;
        else if (what == "comp"_L1)
            r.method = Payment::Method::Comp;
        else if (what == "card"_L1)
            r.method = Payment::Method::Card;
        else if (what == "order"_L1)
            r.orderId = 424242;
        record(engine.pay(r, key));
        break;
    }
    case Call::Confirm:
        record(engine.confirm(777777, key));
        break;
    case Call::Refund: {
        RefundRequest r{m_confirmedOrder, {1}, u"x"_s};
        auto pending = f.store().order(m_pendingOrder);
        QVERIFY(pending.ok());
        if (what == "item"_L1)
            r.itemIds = {pending->items.first().id};
        else if (what == "order"_L1)
            r.orderId = 888888;
        record(engine.refund(r, key));
        break;
    }
    case Call::Block:
        record(engine.setBlocked({show, {u"ghost"_s}, true, {}}, key));
        break;
    case Call::Sell: {
        SaleRequest r;
        r.hold = {show, {seatId(3, 1), seatId(3, 2)}, {}, 0};
        QString k = key;
        if (what == "tendered"_L1)
            r.tenderedMinor = 5'999; // two category-b seats cost 6000
        else if (what == "comp"_L1)
            r.method = Payment::Method::Comp;
        else if (what == "seat"_L1)
            r.hold.seatIds.append(u"nope"_s);
        else if (what == "key"_L1)
            k.clear();
        record(engine.sell(r, k));
        break;
    }
    }
    QVERIFY2(error.has_value(), "the call should have been refused");
    QCOMPARE(int(error->code), code);
    QVERIFY2(!error->message.isEmpty(), "a refusal says why");
    QCOMPARE(f.snapshot(), before);
    QCOMPARE(f.violations(), QStringList());
}

void TestBadInput::snapshotSeesWrites()
{
    // The check above could not fail if the snapshot missed writes: prove it does not.
    Fixture &f = *m_fixture;
    const QByteArray before = f.snapshot();
    QVERIFY(f.engine().hold({f.showId(), {seatId(4, 4)}, {}, 60'000}, u"a-real-write"_s).ok());
    QVERIFY(f.snapshot() != before);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
