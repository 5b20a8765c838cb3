// Card payments through a terminal that approves, declines, times out or loses its answer; reconciliation
// both ways; a charge that succeeds after its seats were lost; split tender.

#include "payment/simulatedcardterminal.h"
#include "testsupport.h"

#include "inventory/inventoryservice.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

using Step = SimulatedCardTerminal::Step;

// A fixture whose engine has a simulated card terminal.
struct CardFixture
{
    CardFixture() { f.engine().setPaymentProvider(&terminal); }

    Result<Order> sellByCard(const QStringList &seats, const QString &key)
    {
        SaleRequest sale;
        sale.hold = {f.showId(), seats, {}, 0};
        sale.method = Payment::Method::Card;
        sale.customer = {u"Ada Lovelace"_s, u"ada@example.org"_s, {}};
        return f.engine().sell(sale, key);
    }

    Order pendingOrder(const QStringList &seats, const QString &key)
    {
        auto hold = f.engine().hold({f.showId(), seats, {}, 60'000}, key + u":hold"_s);
        if (!hold)
            return {};
        auto order = f.engine().createOrder({hold->id, {}}, key + u":order"_s);
        return order ? *order : Order{};
    }

    Result<Payment> payCard(qint64 orderId, qint64 amount, const QString &key)
    {
        return f.engine().pay({orderId, Payment::Method::Card, amount, u"EUR"_s, -1, {}}, key);
    }

    QList<QVariantList> audit(const QString &action)
    {
        return f.database().query(
            u"SELECT details FROM audit_log WHERE action = '%1' ORDER BY id"_s.arg(action));
    }

    Fixture f;
    SimulatedCardTerminal terminal;
};

const Payment *firstCard(const Order &order, Payment::Kind kind = Payment::Kind::Payment)
{
    for (const Payment &p : order.payments) {
        if (p.method == Payment::Method::Card && p.kind == kind)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestPayments final : public QObject
{
    Q_OBJECT

private slots:
    void approvedCardConfirmsTheSale();
    void sameKeyNeverChargesTwice();
    void declinedCardReleasesTheSeats();
    void declinedCardLetsTheClerkTryAnotherMethod();
    void timeoutKeepsSeatsPastTheirDeadline();
    void timeoutReconcilesToReleased();
    void lostAnswerReconcilesToConfirmed();
    void lateSuccessAfterSeatsLostIsRefunded();
    void reconcileWaitsForYoungAndPendingCharges();
    void reconcileWithUnreachableTerminalChangesNothing();
    void reconcileIsForSupervisors();
    void cardWithoutTerminalIsRefused();
    void cardRefusalsChargeAndChangeNothing_data();
    void cardRefusalsChargeAndChangeNothing();
    void splitTender();
    void changeOnlyOnTheLastCashPart();
    void noSecondPaymentWhileCardIsProcessing();
    void refundGoesBackToTheOriginalMethods();
    void refundOfChosenTicketsByCard();
    void refundTheTerminalDeclinesStaysToResolve();
    void cardRefundWithoutTerminalChangesNothing();
    void twoWaitingRefundsOfOneOrderBothComplete();
    void refundsFromBeforeSchemaFourCountAgainstTheirMethod();
    void settleTransitions_data();
    void settleTransitions();
    void resumesAfterACrashBetweenChargeAndSettle();
    void verifyCatchesBrokenPayments_data();
    void verifyCatchesBrokenPayments();
    void cardRunsOnTheServiceThread();
    void chargeAnsweringAfterReconcileGaveUpIsRefunded();
};

void TestPayments::approvedCardConfirmsTheSale()
{
    CardFixture c;
    QVERIFY(c.f.isValid());
    auto order = c.sellByCard({seatId(1, 1), seatId(1, 2)}, u"sale"_s);
    QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
    QCOMPARE(order->status, Order::Status::Confirmed);
    QCOMPARE(order->paidMinor, qint64(10'000));
    const Payment *card = firstCard(*order);
    QVERIFY(card);
    QCOMPARE(card->status, Payment::Status::Succeeded);
    QVERIFY(card->providerReference.startsWith(u"SIM-"_s));
    QCOMPARE(c.terminal.chargedMinor(card->providerKey), qint64(10'000));
    QCOMPARE(c.terminal.chargeCalls(), 1);
    QCOMPARE(c.f.seatStatus(seatId(1, 1)), u"sold"_s);
    auto resolve = c.f.store().paymentsToResolve(100);
    QVERIFY(resolve.ok());
    QVERIFY(resolve->isEmpty());
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::sameKeyNeverChargesTwice()
{
    CardFixture c;
    const Order order = c.pendingOrder({seatId(1, 1)}, u"o"_s);
    QVERIFY(order.id > 0);
    auto first = c.payCard(order.id, -1, u"pay-1"_s);
    QVERIFY(first.ok());
    QCOMPARE(first->status, Payment::Status::Succeeded);
    const QByteArray before = c.f.snapshot();
    auto again = c.payCard(order.id, -1, u"pay-1"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->id, first->id);
    QCOMPARE(again->status, Payment::Status::Succeeded);
    QCOMPARE(c.terminal.chargeCalls(), 1);
    QCOMPARE(c.f.snapshot(), before);
}

void TestPayments::declinedCardReleasesTheSeats()
{
    CardFixture c;
    c.terminal.script({Step::Decline});
    auto order = c.sellByCard({seatId(1, 1), seatId(1, 2)}, u"sale"_s);
    QVERIFY(!order.ok());
    QCOMPARE(order.error().code, Error::Code::PaymentDeclined);
    QCOMPARE(c.f.seatStatus(seatId(1, 1)), u"available"_s);
    QCOMPARE(c.f.seatStatus(seatId(1, 2)), u"available"_s);
    const auto rows = c.f.database().query(u"SELECT o.status, p.status FROM orders o JOIN payments p ON "
                                           "p.order_id = o.id"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0).toString(), u"cancelled"_s);
    QCOMPARE(rows.first().at(1).toString(), u"failed"_s);
    // Another customer takes the seats at once.
    QVERIFY(c.f.engine().hold({c.f.showId(), {seatId(1, 1)}, {}, 0}, u"next"_s).ok());
    // Repeating the declined sale under its key is refused (the sale was given up) and charges nothing.
    auto replay = c.sellByCard({seatId(1, 1), seatId(1, 2)}, u"sale"_s);
    QVERIFY(!replay.ok());
    QCOMPARE(replay.error().code, Error::Code::InvalidState);
    QCOMPARE(c.terminal.chargeCalls(), 1);
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::declinedCardLetsTheClerkTryAnotherMethod()
{
    CardFixture c;
    c.terminal.script({Step::Decline});
    const Order order = c.pendingOrder({seatId(2, 9)}, u"o"_s);
    auto card = c.payCard(order.id, -1, u"p1"_s);
    QVERIFY(card.ok());
    QCOMPARE(card->status, Payment::Status::Failed);
    // Outside the one-step sale the order waits, seats kept, for the clerk's next try.
    QCOMPARE(c.f.seatStatus(seatId(2, 9)), u"held"_s);
    auto cash = c.f.engine().pay({order.id, Payment::Method::Cash, -1, u"EUR"_s, 6000, {}}, u"p2"_s);
    QVERIFY(cash.ok());
    QCOMPARE(cash->changeMinor, qint64(1000));
    auto confirmed = c.f.engine().confirm(order.id, u"c"_s);
    QVERIFY(confirmed.ok());
    QCOMPARE(confirmed->paidMinor, qint64(5000));
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::timeoutKeepsSeatsPastTheirDeadline()
{
    CardFixture c;
    c.terminal.script({Step::Timeout});
    auto order = c.sellByCard({seatId(2, 1)}, u"sale"_s);
    QVERIFY(order.ok());
    QCOMPARE(order->status, Order::Status::PendingPayment);
    QCOMPARE(firstCard(*order)->status, Payment::Status::Processing);
    auto resolve = c.f.store().paymentsToResolve(100);
    QVERIFY(resolve.ok());
    QCOMPARE(resolve->size(), 1);
    QCOMPARE(resolve->first().orderNumber, order->number);
    QCOMPARE(resolve->first().payment.status, Payment::Status::Processing);

    c.f.clock().advanceMs(24LL * 60 * 60 * 1000); // far past the ten-minute hold
    auto swept = c.f.engine().sweepExpired();
    QVERIFY(swept.ok());
    QCOMPARE(swept->seatsReleased, 0);
    QCOMPARE(c.f.seatStatus(seatId(2, 1)), u"held"_s);
    auto other = c.f.engine().hold({c.f.showId(), {seatId(2, 1)}, {}, 0}, u"other"_s);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, Error::Code::SeatUnavailable);
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::timeoutReconcilesToReleased()
{
    CardFixture c;
    c.terminal.script({Step::Timeout});
    auto order = c.sellByCard({seatId(2, 1), seatId(2, 2)}, u"sale"_s);
    QVERIFY(order.ok());
    c.f.clock().advanceMs(InventoryEngine::DefaultReconcileAgeMs);
    auto done = c.f.engine().reconcile();
    QVERIFY(done.ok());
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->first().outcome, ReconcileEntry::Outcome::Released);
    QCOMPARE(done->first().orderNumber, order->number);
    auto after = c.f.store().order(order->id);
    QVERIFY(after.ok());
    QCOMPARE(after->status, Order::Status::Cancelled);
    QCOMPARE(firstCard(*after)->status, Payment::Status::Failed);
    QCOMPARE(c.f.seatStatus(seatId(2, 1)), u"available"_s);
    QCOMPARE(c.terminal.chargedMinor(firstCard(*after)->providerKey), qint64(0));
    QVERIFY(c.f.store().paymentsToResolve(100)->isEmpty());
    // Nothing left: a second run does nothing.
    auto again = c.f.engine().reconcile(0);
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::lostAnswerReconcilesToConfirmed()
{
    CardFixture c;
    c.terminal.script({Step::Lost});
    auto order = c.sellByCard({seatId(2, 3)}, u"sale"_s);
    QVERIFY(order.ok());
    QCOMPARE(order->status, Order::Status::PendingPayment);
    const QString key = firstCard(*order)->providerKey;
    QCOMPARE(c.terminal.chargedMinor(key), qint64(5000)); // charged: only the answer was lost
    c.f.clock().advanceMs(60 * 60 * 1000);
    auto done = c.f.engine().reconcile();
    QVERIFY(done.ok());
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->first().outcome, ReconcileEntry::Outcome::Confirmed);
    auto after = c.f.store().order(order->id);
    QCOMPARE(after->status, Order::Status::Confirmed);
    QVERIFY(after->items.first().ticketCode.size() >= 22);
    QCOMPARE(c.f.seatStatus(seatId(2, 3)), u"sold"_s);
    QCOMPARE(c.terminal.chargeCalls(), 1);
    QCOMPARE(c.terminal.refundedMinor(key), qint64(0));
    // The clerk repeats the sale under its key: the confirmed order is the answer, nothing is charged.
    auto replay = c.sellByCard({seatId(2, 3)}, u"sale"_s);
    QVERIFY2(replay.ok(), qPrintable(replay.ok() ? QString() : replay.error().message));
    QCOMPARE(replay->id, order->id);
    QCOMPARE(replay->status, Order::Status::Confirmed);
    QCOMPARE(c.terminal.chargeCalls(), 1);
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::lateSuccessAfterSeatsLostIsRefunded()
{
    CardFixture c;
    c.terminal.script({Step::Lost});
    auto order = c.sellByCard({seatId(3, 1)}, u"sale"_s);
    QVERIFY(order.ok());
    const QString key = firstCard(*order)->providerKey;
    // The clerk gives up on the order; the seat goes to someone else.
    auto cancelled = c.f.engine().cancelOrder(order->id, u"customer left"_s, u"cancel"_s);
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : cancelled.error().message));
    QCOMPARE(c.f.seatStatus(seatId(3, 1)), u"available"_s);
    QVERIFY(!c.f.sell({seatId(3, 1)}).number.isEmpty());
    QCOMPARE(c.f.store().paymentsToResolve(100)->size(), 1); // the charge is still unknown

    c.f.clock().advanceMs(InventoryEngine::DefaultReconcileAgeMs);
    auto done = c.f.engine().reconcile();
    QVERIFY(done.ok());
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->first().outcome, ReconcileEntry::Outcome::RefundedLate);
    QCOMPARE(done->first().amountMinor, qint64(5000));
    QCOMPARE(c.terminal.refundedMinor(key), qint64(5000));
    auto after = c.f.store().order(order->id);
    QCOMPARE(after->status, Order::Status::Cancelled);
    QCOMPARE(after->paidMinor, qint64(0));
    const Payment *refund = firstCard(*after, Payment::Kind::Refund);
    QVERIFY(refund);
    QCOMPARE(refund->status, Payment::Status::Succeeded);
    QCOMPARE(refund->refundOf, firstCard(*after)->id);
    QCOMPARE(c.audit(u"late_payment_refund"_s).size(), 1);
    QCOMPARE(c.f.seatStatus(seatId(3, 1)), u"sold"_s); // the other customer keeps it
    QVERIFY(c.f.store().paymentsToResolve(100)->isEmpty());
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::reconcileWaitsForYoungAndPendingCharges()
{
    CardFixture c;
    c.terminal.script({Step::Lost});
    auto order = c.sellByCard({seatId(3, 2)}, u"sale"_s);
    QVERIFY(order.ok());
    const QString key = firstCard(*order)->providerKey;
    // Younger than the minimum age: maybe still in a terminal's hands.
    auto young = c.f.engine().reconcile();
    QVERIFY(young.ok());
    QVERIFY(young->isEmpty());
    c.f.clock().advanceMs(InventoryEngine::DefaultReconcileAgeMs);
    c.terminal.setPending(key, true);
    const QByteArray before = c.f.snapshot();
    auto pending = c.f.engine().reconcile();
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().outcome, ReconcileEntry::Outcome::Unresolved);
    QCOMPARE(c.f.snapshot(), before);
    c.terminal.setPending(key, false);
    auto done = c.f.engine().reconcile();
    QCOMPARE(done->first().outcome, ReconcileEntry::Outcome::Confirmed);
}

void TestPayments::reconcileWithUnreachableTerminalChangesNothing()
{
    CardFixture c;
    c.terminal.script({Step::Timeout});
    QVERIFY(c.sellByCard({seatId(3, 3)}, u"sale"_s).ok());
    c.terminal.setReachable(false);
    const QByteArray before = c.f.snapshot();
    auto done = c.f.engine().reconcile(0);
    QVERIFY(done.ok());
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->first().outcome, ReconcileEntry::Outcome::Unresolved);
    QVERIFY(!done->first().message.isEmpty());
    QCOMPARE(c.f.snapshot(), before);
}

void TestPayments::reconcileIsForSupervisors()
{
    // The charge went through but its answer was lost: reconciling would confirm the order.
    CardFixture c;
    c.terminal.script({Step::Lost});
    auto order = c.sellByCard({seatId(2, 1)}, u"sale"_s);
    QVERIFY(order.ok());
    QCOMPARE(order->status, Order::Status::PendingPayment);
    c.f.clock().advanceMs(InventoryEngine::DefaultReconcileAgeMs);

    const auto person = [](Role role) {
        User user;
        user.id = 1;
        user.name = roleName(role) + u"-person"_s;
        user.role = role;
        return user;
    };
    const QByteArray before = c.f.snapshot();
    for (Role role : {Role::Clerk, Role::Organizer}) {
        c.f.engine().setUser(person(role));
        auto refused = c.f.engine().reconcile(0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QVERIFY2(refused.error().message.contains(person(role).name), qPrintable(refused.error().message));
        QCOMPARE(c.f.snapshot(), before);
    }

    c.f.engine().setUser(person(Role::Supervisor));
    auto done = c.f.engine().reconcile(0);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->first().outcome, ReconcileEntry::Outcome::Confirmed);
    QCOMPARE(c.f.store().order(order->id)->status, Order::Status::Confirmed);
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::cardWithoutTerminalIsRefused()
{
    Fixture f;
    SaleRequest sale;
    sale.hold = {f.showId(), {seatId(1, 1)}, {}, 0};
    sale.method = Payment::Method::Card;
    const QByteArray before = f.snapshot();
    auto order = f.engine().sell(sale, u"sale"_s);
    QVERIFY(!order.ok());
    QCOMPARE(order.error().code, Error::Code::InvalidInput);
    QCOMPARE(f.snapshot(), before);
    auto reconciled = f.engine().reconcile();
    QVERIFY(!reconciled.ok());
    QCOMPARE(f.snapshot(), before);
}

void TestPayments::cardRefusalsChargeAndChangeNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");
    const int invalid = int(Error::Code::InvalidInput);
    QTest::newRow("cash tendered with a card") << u"tendered"_s << invalid;
    QTest::newRow("an exchange's charge through pay()") << u"exchange"_s << invalid;
    QTest::newRow("another currency") << u"currency"_s << invalid;
    QTest::newRow("more than is due") << u"over"_s << invalid;
    QTest::newRow("a confirmed order") << u"confirmed"_s << int(Error::Code::InvalidState);
    QTest::newRow("no such order") << u"order"_s << int(Error::Code::NotFound);
}

void TestPayments::cardRefusalsChargeAndChangeNothing()
{
    QFETCH(QString, what);
    QFETCH(int, code);
    CardFixture c;
    const Order pending = c.pendingOrder({seatId(1, 1)}, u"o"_s);
    auto sold = c.sellByCard({seatId(1, 2)}, u"sale"_s);
    QVERIFY(sold.ok());
    const int charges = c.terminal.chargeCalls();
    PaymentRequest request{pending.id, Payment::Method::Card, -1, u"EUR"_s, -1, {}};
    if (what == "tendered"_L1)
        request.tenderedMinor = 6000;
    else if (what == "exchange"_L1)
        request.exchangeDifference = true, request.amountMinor = 100;
    else if (what == "currency"_L1)
        request.currency = u"USD"_s;
    else if (what == "over"_L1)
        request.amountMinor = 5001;
    else if (what == "confirmed"_L1)
        request.orderId = sold->id;
    else if (what == "order"_L1)
        request.orderId = 987'654;
    const QByteArray before = c.f.snapshot();
    auto paid = c.f.engine().pay(request, u"p"_s);
    QVERIFY(!paid.ok());
    QCOMPARE(int(paid.error().code), code);
    QCOMPARE(c.f.snapshot(), before);
    QCOMPARE(c.terminal.chargeCalls(), charges);
}

void TestPayments::splitTender()
{
    CardFixture c;
    // Two front seats and a back seat: 5000 + 5000 + 3000.
    const Order order = c.pendingOrder({seatId(1, 5), seatId(1, 6), seatId(8, 1)}, u"o"_s);
    QCOMPARE(order.totalMinor, qint64(13'000));
    InventoryEngine &e = c.f.engine();
    auto cash = e.pay({order.id, Payment::Method::Cash, 3000, u"EUR"_s, -1, {}}, u"p1"_s);
    QVERIFY(cash.ok());
    QCOMPARE(cash->changeMinor, qint64(0));
    auto early = e.confirm(order.id, u"c0"_s);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, Error::Code::InvalidState);
    auto comp = e.pay({order.id, Payment::Method::Comp, 2000, u"EUR"_s, -1, u"press"_s}, u"p2"_s);
    QVERIFY(comp.ok());
    const QByteArray before = c.f.snapshot();
    auto over = c.payCard(order.id, 9000, u"p3-over"_s);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, Error::Code::InvalidInput);
    QCOMPARE(c.f.snapshot(), before);
    QCOMPARE(c.terminal.chargeCalls(), 0);
    auto card = c.payCard(order.id, 5000, u"p3"_s);
    QVERIFY(card.ok());
    QCOMPARE(card->status, Payment::Status::Succeeded);
    auto last = e.pay({order.id, Payment::Method::Cash, -1, u"EUR"_s, 5000, {}}, u"p4"_s);
    QVERIFY(last.ok());
    QCOMPARE(last->amountMinor, qint64(3000));
    QCOMPARE(last->changeMinor, qint64(2000));
    auto confirmed = e.confirm(order.id, u"c1"_s);
    QVERIFY(confirmed.ok());
    QCOMPARE(confirmed->status, Order::Status::Confirmed);
    QCOMPARE(confirmed->payments.size(), 4);
    QCOMPARE(confirmed->paidMinor, qint64(13'000));
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::changeOnlyOnTheLastCashPart()
{
    CardFixture c;
    const Order order = c.pendingOrder({seatId(1, 5), seatId(1, 6)}, u"o"_s);
    auto part = c.f.engine().pay({order.id, Payment::Method::Cash, 4000, u"EUR"_s, 5000, {}}, u"p1"_s);
    QVERIFY(part.ok());
    QCOMPARE(part->changeMinor, qint64(1000));
    // Change was handed over: that was the last cash part.
    const QByteArray before = c.f.snapshot();
    auto more = c.f.engine().pay({order.id, Payment::Method::Cash, 1000, u"EUR"_s, -1, {}}, u"p2"_s);
    QVERIFY(!more.ok());
    QCOMPARE(more.error().code, Error::Code::InvalidInput);
    QCOMPARE(c.f.snapshot(), before);
    auto card = c.payCard(order.id, -1, u"p3"_s);
    QVERIFY(card.ok());
    QCOMPARE(card->amountMinor, qint64(6000));
    QVERIFY(c.f.engine().confirm(order.id, u"c"_s).ok());
}

void TestPayments::noSecondPaymentWhileCardIsProcessing()
{
    CardFixture c;
    c.terminal.script({Step::Timeout});
    const Order order = c.pendingOrder({seatId(4, 1)}, u"o"_s);
    auto card = c.payCard(order.id, -1, u"p1"_s);
    QVERIFY(card.ok());
    QCOMPARE(card->status, Payment::Status::Processing);
    const QByteArray before = c.f.snapshot();
    auto cash = c.f.engine().pay({order.id, Payment::Method::Cash, -1, u"EUR"_s, -1, {}}, u"p2"_s);
    QVERIFY(!cash.ok());
    QCOMPARE(cash.error().code, Error::Code::InvalidState);
    QCOMPARE(c.f.snapshot(), before);
    // Asking again under the same key tries the same charge again; this time the terminal answers.
    auto retry = c.payCard(order.id, -1, u"p1"_s);
    QVERIFY(retry.ok());
    QCOMPARE(retry->id, card->id);
    QCOMPARE(retry->status, Payment::Status::Succeeded);
    QCOMPARE(c.terminal.chargedMinor(retry->providerKey), qint64(5000));
}

void TestPayments::refundGoesBackToTheOriginalMethods()
{
    CardFixture c;
    const Order order = c.pendingOrder({seatId(1, 1), seatId(1, 2)}, u"o"_s);
    InventoryEngine &e = c.f.engine();
    QVERIFY(e.pay({order.id, Payment::Method::Cash, 4000, u"EUR"_s, -1, {}}, u"p1"_s).ok());
    auto card = c.payCard(order.id, -1, u"p2"_s);
    QVERIFY(card.ok());
    QVERIFY(e.confirm(order.id, u"c"_s).ok());
    auto refunded = e.refund({order.id, {}, u"show moved"_s}, u"r"_s);
    QVERIFY2(refunded.ok(), qPrintable(refunded.ok() ? QString() : refunded.error().message));
    QCOMPARE(refunded->status, Order::Status::Refunded);
    QCOMPARE(refunded->paidMinor, qint64(0));
    qint64 cashBack = 0;
    qint64 cardBack = 0;
    for (const Payment &p : refunded->payments) {
        if (p.kind != Payment::Kind::Refund)
            continue;
        QCOMPARE(p.status, Payment::Status::Succeeded);
        (p.method == Payment::Method::Cash ? cashBack : cardBack) += p.amountMinor;
    }
    QCOMPARE(cashBack, qint64(4000));
    QCOMPARE(cardBack, qint64(6000));
    QCOMPARE(c.terminal.refundedMinor(card->providerKey), qint64(6000));
    QCOMPARE(c.f.seatStatus(seatId(1, 1)), u"available"_s);
    QCOMPARE(c.f.seatStatus(seatId(1, 2)), u"available"_s);
    // The same refund again is a replay, not a second refund.
    auto replay = e.refund({order.id, {}, u"show moved"_s}, u"r"_s);
    QVERIFY(replay.ok());
    QCOMPARE(c.terminal.refundCalls(), 1);
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::refundOfChosenTicketsByCard()
{
    CardFixture c;
    auto order = c.sellByCard({seatId(1, 1), seatId(6, 1)}, u"sale"_s); // 5000 + 3000
    QVERIFY(order.ok());
    qint64 backItem = 0;
    for (const OrderItem &item : order->items) {
        if (item.seatId == seatId(6, 1))
            backItem = item.id;
    }
    auto refunded = c.f.engine().refund({order->id, {backItem}, u"cannot come"_s}, u"r"_s);
    QVERIFY(refunded.ok());
    QCOMPARE(refunded->status, Order::Status::PartiallyRefunded);
    QCOMPARE(refunded->totalMinor, qint64(5000));
    QCOMPARE(refunded->paidMinor, qint64(5000));
    QCOMPARE(c.terminal.refundedMinor(firstCard(*order)->providerKey), qint64(3000));
    QCOMPARE(c.f.seatStatus(seatId(6, 1)), u"available"_s);
    QCOMPARE(c.f.seatStatus(seatId(1, 1)), u"sold"_s);
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::refundTheTerminalDeclinesStaysToResolve()
{
    CardFixture c;
    auto order = c.sellByCard({seatId(1, 1)}, u"sale"_s);
    QVERIFY(order.ok());
    c.terminal.script({Step::Decline});
    auto refunded = c.f.engine().refund({order->id, {}, u"ill"_s}, u"r"_s);
    QVERIFY(refunded.ok()); // the seats are back and the refund is owed: the money follows
    QCOMPARE(refunded->status, Order::Status::Refunded);
    QCOMPARE(firstCard(*refunded, Payment::Kind::Refund)->status, Payment::Status::Processing);
    QCOMPARE(c.f.seatStatus(seatId(1, 1)), u"available"_s);
    auto resolve = c.f.store().paymentsToResolve(100);
    QCOMPARE(resolve->size(), 1);
    QCOMPARE(resolve->first().payment.kind, Payment::Kind::Refund);
    QCOMPARE(c.f.violations(), QStringList());
    auto done = c.f.engine().reconcile(0);
    QVERIFY(done.ok());
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->first().outcome, ReconcileEntry::Outcome::RefundCompleted);
    QCOMPARE(c.terminal.refundedMinor(firstCard(*order)->providerKey), qint64(5000));
    QVERIFY(c.f.store().paymentsToResolve(100)->isEmpty());
}

void TestPayments::cardRefundWithoutTerminalChangesNothing()
{
    CardFixture c;
    auto order = c.sellByCard({seatId(1, 1)}, u"sale"_s);
    QVERIFY(order.ok());
    c.f.engine().setPaymentProvider(nullptr);
    const QByteArray before = c.f.snapshot();
    auto refunded = c.f.engine().refund({order->id, {}, u"ill"_s}, u"r"_s);
    QVERIFY(!refunded.ok());
    QCOMPARE(refunded.error().code, Error::Code::InvalidInput);
    QCOMPARE(c.f.snapshot(), before);
    QCOMPARE(c.f.seatStatus(seatId(1, 1)), u"sold"_s);
}

void TestPayments::settleTransitions_data()
{
    // What the store accepts as the terminal's answer, from each state a card payment can be in.
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("succeeded");
    QTest::addColumn<int>("error"); // -1: accepted
    QTest::addColumn<QString>("after");
    const int invalidState = int(Error::Code::InvalidState);
    QTest::newRow("processing -> succeeded") << u"processing"_s << true << -1 << u"succeeded"_s;
    QTest::newRow("processing -> failed") << u"processing"_s << false << -1 << u"failed"_s;
    QTest::newRow("failed -> succeeded (a late answer)") << u"failed"_s << true << -1 << u"succeeded"_s;
    QTest::newRow("failed -> failed (again)") << u"failed"_s << false << -1 << u"failed"_s;
    QTest::newRow("succeeded -> succeeded (again)") << u"succeeded"_s << true << -1 << u"succeeded"_s;
    QTest::newRow("succeeded -> failed") << u"succeeded"_s << false << invalidState << u"succeeded"_s;
}

void TestPayments::settleTransitions()
{
    QFETCH(QString, from);
    QFETCH(bool, succeeded);
    QFETCH(int, error);
    QFETCH(QString, after);
    CardFixture c;
    c.terminal.script({from == "processing"_L1 ? Step::Timeout
                       : from == "failed"_L1   ? Step::Decline
                                               : Step::Approve});
    const Order order = c.pendingOrder({seatId(5, 5)}, u"o"_s);
    auto payment = c.payCard(order.id, -1, u"p"_s);
    QVERIFY(payment.ok());
    QCOMPARE(Payment::statusName(payment->status), from);
    const QByteArray before = c.f.snapshot();
    const CallContext ctx{u"settle-test"_s, u"tester"_s, u"test"_s, c.f.clock().nowMs()};
    auto settled = c.f.store().settlePayment({payment->id, succeeded, u"SIM-x"_s, {}}, ctx);
    if (error >= 0) {
        QVERIFY(!settled.ok());
        QCOMPARE(int(settled.error().code), error);
        QCOMPARE(c.f.snapshot(), before);
    } else {
        QVERIFY2(settled.ok(), qPrintable(settled.ok() ? QString() : settled.error().message));
    }
    QCOMPARE(Payment::statusName(c.f.store().payment(payment->id)->status), after);
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::resumesAfterACrashBetweenChargeAndSettle()
{
    CardFixture c;
    const Order order = c.pendingOrder({seatId(5, 1)}, u"o"_s);
    // The first attempt recorded the payment and the terminal charged the card; then the process died
    // before it wrote the answer down.
    const PaymentRequest request{order.id, Payment::Method::Card, -1, u"EUR"_s, -1, {}};
    auto recorded = c.f.store().pay(request, {u"pay"_s, u"tester"_s, u"test"_s, c.f.clock().nowMs()});
    QVERIFY(recorded.ok());
    QCOMPARE(recorded->status, Payment::Status::Processing);
    QCOMPARE(c.terminal.charge({5000, u"EUR"_s}, recorded->providerKey).outcome,
             ProviderAnswer::Outcome::Approved);
    // The clerk repeats the payment under the same key: no second charge, the first one is written down.
    auto resumed = c.payCard(order.id, -1, u"pay"_s);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed->id, recorded->id);
    QCOMPARE(resumed->status, Payment::Status::Succeeded);
    QCOMPARE(c.terminal.chargedMinor(recorded->providerKey), qint64(5000));
    QVERIFY(c.f.engine().confirm(order.id, u"c"_s).ok());
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::verifyCatchesBrokenPayments_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("rule");
    QTest::newRow("refund larger than its payment")
        << u"UPDATE payments SET amount_minor = 10001 WHERE kind = 'refund'"_s << u"refund_exceeds_payment"_s;
    QTest::newRow("card payment without its key")
        << u"UPDATE payments SET provider_key = NULL WHERE kind = 'payment'"_s << u"card_payment_untracked"_s;
    QTest::newRow("refund by a method the order was not paid with")
        << u"UPDATE payments SET method = 'cash', refund_of = NULL WHERE kind = 'refund'"_s
        << u"refund_exceeds_payment"_s;
    QTest::newRow("refund lost from the books")
        << u"DELETE FROM payments WHERE kind = 'refund'"_s << u"payments_cover_order"_s;
}

void TestPayments::verifyCatchesBrokenPayments()
{
    QFETCH(QString, statement);
    QFETCH(QString, rule);
    CardFixture c;
    auto order = c.sellByCard({seatId(1, 1), seatId(1, 2)}, u"sale"_s);
    QVERIFY(order.ok());
    QVERIFY(c.f.engine().refund({order->id, {order->items.first().id}, u"x"_s}, u"r"_s).ok());
    QCOMPARE(c.f.violations(), QStringList());
    QString error;
    QVERIFY2(c.f.database().vandalise({statement}, &error), qPrintable(error));
    const QStringList violations = c.f.violations();
    QVERIFY2(!violations.filter(rule + u':').isEmpty(), qPrintable(violations.join(u'\n')));
}

void TestPayments::cardRunsOnTheServiceThread()
{
    // The UI sells through InventoryService: the card terminal is asked on the service's thread, never on
    // the caller's (the GUI thread).
    class Recording final : public PaymentProvider
    {
    public:
        QString name() const override { return inner.name(); }
        ProviderAnswer charge(const Money &amount, const QString &key) override
        {
            thread = QThread::currentThread();
            return inner.charge(amount, key);
        }
        Result<ProviderStatus> status(const QString &key) override { return inner.status(key); }
        ProviderAnswer refund(const QString &reference, const Money &amount, const QString &key) override
        {
            return inner.refund(reference, amount, key);
        }
        SimulatedCardTerminal inner;
        std::atomic<QThread *> thread = nullptr;
    };
    Fixture f;
    auto provider = std::make_shared<Recording>();
    InventoryService service(f.database().location());
    service.setPaymentProvider(provider);
    const qint64 show = f.showId();
    auto future = service.run([show](InventoryEngine &engine) {
        SaleRequest sale;
        sale.hold = {show, {seatId(7, 7)}, {}, 0};
        sale.method = Payment::Method::Card;
        return engine.sell(sale, u"sale"_s);
    });
    // Waiting with result() could run a job that has not started yet on this thread (QFuture steals it from
    // the pool): wait the way the GUI does, without taking the job.
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60'000);
    const Result<Order> order = future.result();
    QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
    QCOMPARE(order->status, Order::Status::Confirmed);
    QVERIFY(provider->thread.load() != nullptr);
    QVERIFY(provider->thread.load() != QThread::currentThread());
}

void TestPayments::chargeAnsweringAfterReconcileGaveUpIsRefunded()
{
    // A terminal that holds its answer until the test lets it go: reconciliation runs meanwhile.
    class Gate final : public PaymentProvider
    {
    public:
        QString name() const override { return inner.name(); }
        ProviderAnswer charge(const Money &amount, const QString &key) override
        {
            entered.release();
            proceed.acquire();
            return inner.charge(amount, key);
        }
        Result<ProviderStatus> status(const QString &key) override { return inner.status(key); }
        ProviderAnswer refund(const QString &reference, const Money &amount, const QString &key) override
        {
            return inner.refund(reference, amount, key);
        }
        SimulatedCardTerminal inner;
        QSemaphore entered;
        QSemaphore proceed;
    };
    Fixture f;
    Gate gate;
    auto hold = f.engine().hold({f.showId(), {seatId(6, 6)}, {}, 0}, u"h"_s);
    QVERIFY(hold.ok());
    auto order = f.engine().createOrder({hold->id, {}}, u"o"_s);
    QVERIFY(order.ok());
    Result<Payment> paid = Error::storage(u"not run"_s);
    QThread *counter = QThread::create([&] {
        auto store = f.openAnother(); // a store belongs to the thread that opens it
        InventoryEngine engine(*store, f.clock());
        engine.setPaymentProvider(&gate);
        paid = engine.pay({order->id, Payment::Method::Card, -1, u"EUR"_s, -1, {}}, u"pay"_s);
    });
    counter->start();
    gate.entered.acquire(); // recorded as processing; the card holder is still at the terminal

    f.engine().setPaymentProvider(&gate);
    f.clock().advanceMs(InventoryEngine::DefaultReconcileAgeMs);
    auto done = f.engine().reconcile();
    QVERIFY(done.ok());
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->first().outcome, ReconcileEntry::Outcome::Released); // the terminal had not charged yet
    QCOMPARE(f.seatStatus(seatId(6, 6)), u"available"_s);

    gate.proceed.release(); // now the card goes through after all
    counter->wait();
    delete counter;
    QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().message));
    QCOMPARE(paid->status, Payment::Status::Succeeded);
    QCOMPARE(gate.inner.chargedMinor(paid->providerKey), qint64(3000));  // a back seat
    QCOMPARE(gate.inner.refundedMinor(paid->providerKey), qint64(3000)); // and straight back
    auto after = f.store().order(order->id);
    QCOMPARE(after->status, Order::Status::Cancelled);
    QCOMPARE(after->paidMinor, qint64(0));
    QVERIFY(f.store().paymentsToResolve(100)->isEmpty());
    QCOMPARE(f.database()
                 .query(u"SELECT COUNT(*) FROM audit_log WHERE action = 'late_payment_refund'"_s)
                 .first()
                 .first()
                 .toInt(),
             1);
    QCOMPARE(f.violations(), QStringList());
}

void TestPayments::twoWaitingRefundsOfOneOrderBothComplete()
{
    CardFixture c;
    const Order order = c.pendingOrder({seatId(1, 1), seatId(1, 2)}, u"o"_s);
    auto first = c.payCard(order.id, 4000, u"p1"_s);
    auto second = c.payCard(order.id, -1, u"p2"_s);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(c.f.engine().confirm(order.id, u"c"_s).ok());
    c.terminal.script({Step::Timeout, Step::Timeout}); // neither refund gets an answer
    auto refunded = c.f.engine().refund({order.id, {}, u"cancelled show"_s}, u"r"_s);
    QVERIFY(refunded.ok());
    QCOMPARE(c.f.store().paymentsToResolve(100)->size(), 2);
    auto done = c.f.engine().reconcile(0);
    QVERIFY(done.ok());
    QCOMPARE(done->size(), 2);
    for (const ReconcileEntry &e : *done)
        QCOMPARE(e.outcome, ReconcileEntry::Outcome::RefundCompleted);
    QCOMPARE(c.terminal.refundedMinor(first->providerKey), qint64(4000));
    QCOMPARE(c.terminal.refundedMinor(second->providerKey), qint64(6000));
    QVERIFY(c.f.store().paymentsToResolve(100)->isEmpty());
    QCOMPARE(c.f.violations(), QStringList());
}

void TestPayments::refundsFromBeforeSchemaFourCountAgainstTheirMethod()
{
    CardFixture c;
    const Order order = c.pendingOrder({seatId(1, 1), seatId(1, 2), seatId(1, 3)}, u"o"_s); // 15000
    InventoryEngine &e = c.f.engine();
    QVERIFY(e.pay({order.id, Payment::Method::Comp, 10000, u"EUR"_s, -1, u"press"_s}, u"p1"_s).ok());
    QVERIFY(e.pay({order.id, Payment::Method::Cash, -1, u"EUR"_s, -1, {}}, u"p2"_s).ok()); // 5000
    auto confirmed = e.confirm(order.id, u"c"_s);
    QVERIFY(confirmed.ok());
    auto first = e.refund({order.id, {confirmed->items.at(0).id}, u"x"_s}, u"r1"_s);
    QVERIFY(first.ok());
    QCOMPARE(first->payments.last().method, Payment::Method::Cash); // the most recent payment first
    // As schema 3 wrote it: the refund names no payment.
    QString error;
    QVERIFY2(
        c.f.database().vandalise({u"UPDATE payments SET refund_of = NULL WHERE kind = 'refund'"_s}, &error),
        qPrintable(error));
    QCOMPARE(c.f.violations(), QStringList());
    // Refunding a second ticket: the cash is used up already, so it comes off the comp.
    auto second = e.refund({order.id, {confirmed->items.at(1).id}, u"y"_s}, u"r2"_s);
    QVERIFY(second.ok());
    const Payment &latest = second->payments.last();
    QCOMPARE(latest.kind, Payment::Kind::Refund);
    QCOMPARE(latest.method, Payment::Method::Comp);
    QCOMPARE(latest.amountMinor, qint64(5000));
    QCOMPARE(c.f.violations(), QStringList());
}

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
