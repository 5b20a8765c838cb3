// Finding orders (number, name, email, ticket code) and exchanging tickets for other seats: all or nothing,
// the difference paid or refunded, the old seats free at once.

#include "payment/simulatedcardterminal.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

Order sellTo(Fixture &f, const QStringList &seats, const Customer &customer, const QString &key)
{
    SaleRequest sale;
    sale.hold = {f.showId(), seats, {}, 0};
    sale.customer = customer;
    auto order = f.engine().sell(sale, key);
    if (!order) {
        qWarning() << order.error().message;
        return {};
    }
    return *order;
}

QList<qint64> idsOf(const Result<QList<OrderSummary>> &found)
{
    QList<qint64> ids;
    if (found) {
        for (const OrderSummary &s : *found)
            ids.append(s.id);
    }
    return ids;
}

const OrderItem *itemFor(const Order &order, const QString &seat)
{
    for (const OrderItem &item : order.items) {
        if (item.seatId == seat && item.status == OrderItem::Status::Active)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestOrders final : public QObject
{
    Q_OBJECT

private slots:
    void findByNumberNameEmailAndTicket();
    void findIsNewestFirstAndLimited();
    void findRefusesEmptyQuery();
    void exchangeForDearerSeatTakesCash();
    void exchangeForCheaperSeatRefundsTheCard();
    void exchangeToAnotherShow();
    void exchangeKeepingOneOfTheSeats();
    void exchangeSeatForStandingPlaces();
    void exchangeRefusedChangesNothing_data();
    void exchangeRefusedChangesNothing();
    void exchangeReplaysUnderItsKey();
    void exchangeForDearerSeatByCard();
    void exchangeByCardDeclinedKeepsTheTickets();
    void exchangeByCardUnansweredIsRefundedByReconcile();
    void exchangeByCardWithBadItemChargesNothing();
};

void TestOrders::findByNumberNameEmailAndTicket()
{
    Fixture f;
    const Order ada = sellTo(f, {seatId(1, 1)}, {u"Ada Lovelace"_s, u"Ada@Example.org"_s, {}}, u"s1"_s);
    const Order jurgen = sellTo(f, {seatId(1, 2)}, {u"Jürgen Müller"_s, u"jm@example.de"_s, {}}, u"s2"_s);
    QVERIFY(ada.id > 0 && jurgen.id > 0);
    Store &store = f.store();
    QCOMPARE(idsOf(store.findOrders(ada.number, 50)), QList<qint64>{ada.id});
    QCOMPARE(idsOf(store.findOrders(ada.number.toLower(), 50)), QList<qint64>{ada.id});
    QCOMPARE(idsOf(store.findOrders(u"lovel"_s, 50)), QList<qint64>{ada.id});
    QCOMPARE(idsOf(store.findOrders(u"MÜLLER"_s, 50)), QList<qint64>{jurgen.id});
    QCOMPARE(idsOf(store.findOrders(u"ada@example.ORG"_s, 50)), QList<qint64>{ada.id});
    QCOMPARE(idsOf(store.findOrders(u"example"_s, 50)), (QList<qint64>{jurgen.id, ada.id}));
    QCOMPARE(idsOf(store.findOrders(jurgen.items.first().ticketCode, 50)), QList<qint64>{jurgen.id});
    QCOMPARE(idsOf(store.findOrders(u"nobody"_s, 50)), QList<qint64>{});
    // LIKE's wildcards are searched for as themselves.
    QCOMPARE(idsOf(store.findOrders(u"%"_s, 50)), QList<qint64>{});
    auto summary = store.findOrders(ada.number, 50);
    QCOMPARE(summary->first().status, Order::Status::Confirmed);
    QCOMPARE(summary->first().activeItems, 1);
    QCOMPARE(summary->first().totalMinor, qint64(5000));
    QCOMPARE(summary->first().customer.name, u"Ada Lovelace"_s);
}

void TestOrders::findIsNewestFirstAndLimited()
{
    Fixture f;
    QList<qint64> sold;
    for (int i = 1; i <= 5; ++i) {
        sold.prepend(sellTo(f, {seatId(2, i)}, {u"Grace Hopper"_s, {}, {}}, u"s%1"_s.arg(i)).id);
        f.clock().advanceMs(1000);
    }
    QCOMPARE(idsOf(f.store().findOrders(u"hopper"_s, 50)), sold);
    QCOMPARE(idsOf(f.store().findOrders(u"hopper"_s, 2)), sold.mid(0, 2));
}

void TestOrders::findRefusesEmptyQuery()
{
    Fixture f;
    auto empty = f.store().findOrders(u"  "_s, 50);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, Error::Code::InvalidInput);
    auto zero = f.store().findOrders(u"x"_s, 0);
    QVERIFY(!zero.ok());
}

void TestOrders::exchangeForDearerSeatTakesCash()
{
    Fixture f;
    const Order order = sellTo(f, {seatId(8, 1)}, {}, u"s"_s); // back: 3000
    const OrderItem old = order.items.first();
    ExchangeRequest request;
    request.orderId = order.id;
    request.itemIds = {old.id};
    request.target = {f.showId(), {seatId(1, 1)}, {}, 0}; // front: 5000
    request.tenderedMinor = 5000;
    auto exchanged = f.engine().exchange(request, u"x"_s);
    QVERIFY2(exchanged.ok(), qPrintable(exchanged.ok() ? QString() : exchanged.error().message));
    QCOMPARE(exchanged->status, Order::Status::Confirmed);
    QCOMPARE(exchanged->totalMinor, qint64(5000));
    QCOMPARE(exchanged->paidMinor, qint64(5000));
    const Payment &extra = exchanged->payments.last();
    QCOMPARE(extra.amountMinor, qint64(2000));
    QCOMPARE(extra.changeMinor, qint64(3000));
    QCOMPARE(f.seatStatus(seatId(8, 1)), u"available"_s);
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"sold"_s);
    const OrderItem *fresh = itemFor(*exchanged, seatId(1, 1));
    QVERIFY(fresh);
    QVERIFY(fresh->ticketCode.size() >= 22);
    QVERIFY(fresh->ticketCode != old.ticketCode);
    QCOMPARE(exchanged->items.first().status, OrderItem::Status::Void);
    // The old ticket no longer finds an active item; the new one finds the order.
    QCOMPARE(idsOf(f.store().findOrders(fresh->ticketCode, 10)), QList<qint64>{order.id});
    QCOMPARE(f.violations(), QStringList());
}

void TestOrders::exchangeForCheaperSeatRefundsTheCard()
{
    Fixture f;
    SimulatedCardTerminal terminal;
    f.engine().setPaymentProvider(&terminal);
    SaleRequest sale;
    sale.hold = {f.showId(), {seatId(1, 1), seatId(1, 2)}, {}, 0};
    sale.method = Payment::Method::Card;
    auto order = f.engine().sell(sale, u"s"_s);
    QVERIFY(order.ok());
    ExchangeRequest request;
    request.orderId = order->id;
    request.itemIds = {itemFor(*order, seatId(1, 2))->id};
    request.target = {f.showId(), {seatId(9, 9)}, {}, 0};
    auto exchanged = f.engine().exchange(request, u"x"_s);
    QVERIFY(exchanged.ok());
    QCOMPARE(exchanged->totalMinor, qint64(8000));
    QCOMPARE(exchanged->paidMinor, qint64(8000));
    const Payment &back = exchanged->payments.last();
    QCOMPARE(back.kind, Payment::Kind::Refund);
    QCOMPARE(back.method, Payment::Method::Card);
    QCOMPARE(back.status, Payment::Status::Succeeded);
    QCOMPARE(back.amountMinor, qint64(2000));
    QCOMPARE(terminal.refundedMinor(order->payments.first().providerKey), qint64(2000));
    QCOMPARE(f.seatStatus(seatId(1, 2)), u"available"_s);
    QCOMPARE(f.seatStatus(seatId(9, 9)), u"sold"_s);
    QCOMPARE(f.violations(), QStringList());
}

void TestOrders::exchangeToAnotherShow()
{
    Fixture f;
    const qint64 otherShow = createShow(f.store(), makeSeatMap(4, 4, 10), 1'950'000'000'000);
    QVERIFY(otherShow > 0);
    const Order order = sellTo(f, {seatId(1, 3)}, {}, u"s"_s);
    ExchangeRequest request;
    request.orderId = order.id;
    request.itemIds = {order.items.first().id};
    request.target = {otherShow, {seatId(1, 1)}, {}, 0}; // same category, same price
    auto exchanged = f.engine().exchange(request, u"x"_s);
    QVERIFY2(exchanged.ok(), qPrintable(exchanged.ok() ? QString() : exchanged.error().message));
    const OrderItem *fresh = itemFor(*exchanged, seatId(1, 1));
    QVERIFY(fresh);
    QCOMPARE(fresh->showId, otherShow);
    QCOMPARE(exchanged->totalMinor, qint64(5000));
    QCOMPARE(exchanged->payments.size(), 1); // no difference, no payment
    QCOMPARE(f.seatStatus(seatId(1, 3)), u"available"_s);
    auto states = f.store().seatStates(otherShow, f.clock().nowMs());
    QVERIFY(states.ok());
    for (const SeatState &s : *states) {
        if (s.seatId == seatId(1, 1))
            QCOMPARE(SeatState::statusName(s.status), u"sold"_s);
    }
    QCOMPARE(f.violations(), QStringList());
}

void TestOrders::exchangeKeepingOneOfTheSeats()
{
    Fixture f;
    const Order order = sellTo(f, {seatId(2, 1), seatId(2, 2)}, {}, u"s"_s);
    ExchangeRequest request;
    request.orderId = order.id;
    request.itemIds = {order.items.at(0).id, order.items.at(1).id};
    request.target = {f.showId(), {seatId(2, 2), seatId(2, 3)}, {}, 0};
    auto exchanged = f.engine().exchange(request, u"x"_s);
    QVERIFY2(exchanged.ok(), qPrintable(exchanged.ok() ? QString() : exchanged.error().message));
    QCOMPARE(f.seatStatus(seatId(2, 1)), u"available"_s);
    QCOMPARE(f.seatStatus(seatId(2, 2)), u"sold"_s);
    QCOMPARE(f.seatStatus(seatId(2, 3)), u"sold"_s);
    QVERIFY(itemFor(*exchanged, seatId(2, 2)));
    QCOMPARE(f.violations(), QStringList());
}

void TestOrders::exchangeSeatForStandingPlaces()
{
    Fixture f;
    const Order order = sellTo(f, {seatId(8, 4)}, {}, u"s"_s); // 3000
    ExchangeRequest request;
    request.orderId = order.id;
    request.itemIds = {order.items.first().id};
    request.target = {f.showId(), {}, {{u"floor"_s, 2}}, 0}; // 2 × 2000
    auto exchanged = f.engine().exchange(request, u"x"_s);
    QVERIFY2(exchanged.ok(), qPrintable(exchanged.ok() ? QString() : exchanged.error().message));
    QCOMPARE(exchanged->totalMinor, qint64(4000));
    QCOMPARE(exchanged->payments.last().amountMinor, qint64(1000));
    int standing = 0;
    for (const OrderItem &item : exchanged->items) {
        if (item.status == OrderItem::Status::Active) {
            QCOMPARE(item.gaAreaId, u"floor"_s);
            QVERIFY(item.ticketCode.size() >= 22);
            ++standing;
        }
    }
    QCOMPARE(standing, 2);
    QCOMPARE(f.seatStatus(seatId(8, 4)), u"available"_s);
    auto areas = f.store().gaStates(f.showId(), f.clock().nowMs());
    QVERIFY(areas.ok());
    QCOMPARE(areas->first().sold, 2);
    QCOMPARE(f.violations(), QStringList());
}

void TestOrders::exchangeRefusedChangesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");
    const int invalid = int(Error::Code::InvalidInput);
    QTest::newRow("taken seat") << u"taken"_s << int(Error::Code::SeatUnavailable);
    QTest::newRow("unknown seat") << u"ghost"_s << invalid;
    QTest::newRow("item of another order") << u"foreign"_s << invalid;
    QTest::newRow("no items") << u"none"_s << invalid;
    QTest::newRow("too little cash") << u"short"_s << invalid;
    QTest::newRow("comp without reason") << u"comp"_s << invalid;
    QTest::newRow("card for the difference, no terminal") << u"card"_s << invalid;
    QTest::newRow("cancelled order") << u"cancelled"_s << int(Error::Code::InvalidState);
    QTest::newRow("unknown show") << u"show"_s << int(Error::Code::NotFound);
}

void TestOrders::exchangeRefusedChangesNothing()
{
    QFETCH(QString, what);
    QFETCH(int, code);
    Fixture f;
    const Order order = sellTo(f, {seatId(8, 1)}, {}, u"s1"_s);
    const Order other = sellTo(f, {seatId(1, 9)}, {}, u"s2"_s);
    auto hold = f.engine().hold({f.showId(), {seatId(1, 8)}, {}, 0}, u"h"_s);
    QVERIFY(hold.ok());
    auto pending = f.engine().createOrder({hold->id, {}}, u"o"_s);
    QVERIFY(pending.ok());
    QVERIFY(f.engine().cancelOrder(pending->id, u"gone"_s, u"c"_s).ok());
    ExchangeRequest request;
    request.orderId = order.id;
    request.itemIds = {order.items.first().id};
    request.target = {f.showId(), {seatId(1, 1)}, {}, 0};
    if (what == "taken"_L1)
        request.target.seatIds = {seatId(1, 9)};
    else if (what == "ghost"_L1)
        request.target.seatIds = {u"nope"_s};
    else if (what == "foreign"_L1)
        request.itemIds = {other.items.first().id};
    else if (what == "none"_L1)
        request.itemIds.clear();
    else if (what == "short"_L1)
        request.tenderedMinor = 1999;
    else if (what == "comp"_L1)
        request.method = Payment::Method::Comp;
    else if (what == "card"_L1)
        request.method = Payment::Method::Card;
    else if (what == "cancelled"_L1)
        request.orderId = pending->id, request.itemIds = {pending->items.first().id};
    else if (what == "show"_L1)
        request.target.showId = 999'999;
    const QByteArray before = f.snapshot();
    auto exchanged = f.engine().exchange(request, u"x"_s);
    QVERIFY(!exchanged.ok());
    QCOMPARE(int(exchanged.error().code), code);
    QVERIFY(!exchanged.error().message.isEmpty());
    QCOMPARE(f.snapshot(), before);
    QCOMPARE(f.seatStatus(seatId(8, 1)), u"sold"_s);
}

void TestOrders::exchangeReplaysUnderItsKey()
{
    Fixture f;
    const Order order = sellTo(f, {seatId(8, 1)}, {}, u"s"_s);
    ExchangeRequest request;
    request.orderId = order.id;
    request.itemIds = {order.items.first().id};
    request.target = {f.showId(), {seatId(8, 2)}, {}, 0};
    auto first = f.engine().exchange(request, u"x"_s);
    QVERIFY(first.ok());
    const QByteArray before = f.snapshot();
    auto again = f.engine().exchange(request, u"x"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->items.size(), first->items.size());
    QCOMPARE(f.snapshot(), before);
    request.target.seatIds = {seatId(8, 3)};
    auto conflict = f.engine().exchange(request, u"x"_s);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, Error::Code::Conflict);
}

namespace {

// An order of one back seat (3000) and a request to move it to a front seat (5000) by card.
struct CardExchange
{
    CardExchange()
    {
        f.engine().setPaymentProvider(&terminal);
        order = sellTo(f, {seatId(8, 1)}, {}, u"s"_s);
        request.orderId = order.id;
        request.itemIds = {order.items.first().id};
        request.target = {f.showId(), {seatId(1, 1)}, {}, 0};
        request.method = Payment::Method::Card;
    }
    Fixture f;
    SimulatedCardTerminal terminal;
    Order order;
    ExchangeRequest request;
};

} // namespace

void TestOrders::exchangeForDearerSeatByCard()
{
    CardExchange x;
    auto exchanged = x.f.engine().exchange(x.request, u"x"_s);
    QVERIFY2(exchanged.ok(), qPrintable(exchanged.ok() ? QString() : exchanged.error().message));
    QCOMPARE(exchanged->status, Order::Status::Confirmed);
    QCOMPARE(exchanged->totalMinor, qint64(5000));
    QCOMPARE(exchanged->paidMinor, qint64(5000));
    const Payment &card = exchanged->payments.last();
    QCOMPARE(card.method, Payment::Method::Card);
    QCOMPARE(card.status, Payment::Status::Succeeded);
    QCOMPARE(card.amountMinor, qint64(2000));
    QVERIFY(!card.providerReference.isEmpty());
    QCOMPARE(x.terminal.chargedMinor(card.providerKey), qint64(2000));
    QCOMPARE(x.f.seatStatus(seatId(8, 1)), u"available"_s);
    QCOMPARE(x.f.seatStatus(seatId(1, 1)), u"sold"_s);
    QCOMPARE(x.f.violations(), QStringList());
    const QByteArray before = x.f.snapshot();
    auto again = x.f.engine().exchange(x.request, u"x"_s);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->totalMinor, qint64(5000));
    QCOMPARE(x.terminal.chargeCalls(), 1);
    QCOMPARE(x.f.snapshot(), before);
}

void TestOrders::exchangeByCardDeclinedKeepsTheTickets()
{
    CardExchange x;
    x.terminal.script({SimulatedCardTerminal::Step::Decline});
    auto exchanged = x.f.engine().exchange(x.request, u"x"_s);
    QVERIFY(!exchanged.ok());
    QCOMPARE(exchanged.error().code, Error::Code::PaymentDeclined);
    QCOMPARE(x.f.seatStatus(seatId(8, 1)), u"sold"_s);
    QCOMPARE(x.f.seatStatus(seatId(1, 1)), u"available"_s);
    auto after = x.f.store().order(x.order.id);
    QCOMPARE(after->totalMinor, qint64(3000));
    QCOMPARE(after->items.size(), 1);
    QCOMPARE(after->items.first().status, OrderItem::Status::Active);
    QCOMPARE(after->payments.last().status, Payment::Status::Failed);
    QCOMPARE(x.f.violations(), QStringList());
}

void TestOrders::exchangeByCardUnansweredIsRefundedByReconcile()
{
    CardExchange x;
    x.terminal.script({SimulatedCardTerminal::Step::Lost});
    auto exchanged = x.f.engine().exchange(x.request, u"x"_s);
    QVERIFY(!exchanged.ok());
    QCOMPARE(x.f.seatStatus(seatId(8, 1)), u"sold"_s);
    QCOMPARE(x.f.seatStatus(seatId(1, 1)), u"available"_s);
    QCOMPARE(x.f.store().paymentsToResolve(10)->size(), 1);
    QCOMPARE(x.f.violations(), QStringList());
    auto done = x.f.engine().reconcile(0);
    QVERIFY(done.ok());
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->first().outcome, ReconcileEntry::Outcome::RefundedLate);
    auto after = x.f.store().order(x.order.id);
    QCOMPARE(after->paidMinor, qint64(3000));
    QCOMPARE(after->totalMinor, qint64(3000));
    QVERIFY(x.f.store().paymentsToResolve(10)->isEmpty());
    QCOMPARE(x.f.violations(), QStringList());
    qint64 charged = 0;
    qint64 refunded = 0;
    for (const Payment &p : after->payments) {
        if (p.method == Payment::Method::Card && p.kind == Payment::Kind::Payment) {
            charged += x.terminal.chargedMinor(p.providerKey);
            refunded += x.terminal.refundedMinor(p.providerKey);
        }
    }
    QCOMPARE(charged, qint64(2000));
    QCOMPARE(refunded, qint64(2000));
}

void TestOrders::exchangeByCardWithBadItemChargesNothing()
{
    CardExchange x;
    x.request.itemIds = {x.order.items.first().id + 1000};
    const QByteArray before = x.f.snapshot();
    auto exchanged = x.f.engine().exchange(x.request, u"x"_s);
    QVERIFY(!exchanged.ok());
    QCOMPARE(exchanged.error().code, Error::Code::InvalidInput);
    QCOMPARE(x.f.snapshot(), before);
    QCOMPARE(x.terminal.chargeCalls(), 0);
}

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
