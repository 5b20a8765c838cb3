// End of day: a cash drawer's expected cash is float + cash sales - cash refunds of its clerk at its
// terminal while it was open; closing records the variance once. Z-reports and sales reports add up, and
// their CSV is quoted as RFC 4180 says.

#include "testsupport.h"

#include "report/cashdrawer.h"
#include "report/csv.h"
#include "report/salesreport.h"
#include "report/zreport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

template<typename T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

User person(const QString &name, Role role)
{
    User user;
    user.id = name.size();
    user.name = name;
    user.role = role;
    return user;
}

const ZReport::Line *lineOf(const QList<ZReport::Line> &lines, const QString &key)
{
    for (const ZReport::Line &l : lines) {
        if (l.key == key)
            return &l;
    }
    return nullptr;
}

const SalesReport::Row *rowOf(const QList<SalesReport::Row> &rows, const QString &key)
{
    for (const SalesReport::Row &r : rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestCloseOut final : public QObject
{
    Q_OBJECT

private slots:
    void csvQuoting();
    void closeOutArithmetic();
    void openAndCloseRules();
    void reportsAddUp();
    void reportCsvQuotesLabels();

private:
    // The day of two clerks at one terminal (see closeOutArithmetic); answers their drawer session ids.
    static void workADay(Fixture &f, CashDrawer &drawer, qint64 *carlaSession, qint64 *samSession);
};

void TestCloseOut::csvQuoting()
{
    QCOMPARE(Csv::field(u"plain"_s), u"plain"_s);
    QCOMPARE(Csv::field(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(Csv::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(Csv::field(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(Csv::field(u"cr\rhere"_s), u"\"cr\rhere\""_s);
    QCOMPARE(Csv::field(QString()), QString());
    QCOMPARE(Csv::record({u"a"_s, u"b,c"_s, QString()}), u"a,\"b,c\",\r\n"_s);
    QCOMPARE(Csv::amount(0), u"0.00"_s);
    QCOMPARE(Csv::amount(5), u"0.05"_s);
    QCOMPARE(Csv::amount(-5), u"-0.05"_s);
    QCOMPARE(Csv::amount(-12345), u"-123.45"_s);
    QCOMPARE(Csv::amount(100000), u"1000.00"_s);
}

void TestCloseOut::workADay(Fixture &f, CashDrawer &drawer, qint64 *carlaSession, qint64 *samSession)
{
    InventoryEngine &engine = f.engine();
    const User carla = person(u"carla"_s, Role::Clerk);
    const User sam = person(u"sam"_s, Role::Supervisor);
    const auto sell = [&](const QStringList &seats, Payment::Method method, qint64 tendered,
                          const QString &key) {
        SaleRequest sale;
        sale.hold = {f.showId(), seats, {}, 0};
        sale.method = method;
        sale.tenderedMinor = tendered;
        sale.reason = method == Payment::Method::Comp ? u"press"_s : QString();
        auto order = engine.sell(sale, key);
        if (!order)
            qWarning() << key << order.error().message;
        return order.ok() ? order->id : 0;
    };

    // Before her drawer opens, carla's cash is not in it.
    engine.setUser(carla);
    QVERIFY2(sell({seatId(9, 1)}, Payment::Method::Cash, -1, u"early"_s) > 0, "early sale");
    f.clock().advanceMs(60'000);

    drawer.setUser(carla);
    auto carlaDrawer = drawer.open({}, {10'000, u"EUR"_s}, u"open-carla"_s);
    QVERIFY2(carlaDrawer.ok(), why(carlaDrawer).constData());
    drawer.setUser(sam);
    auto samDrawer = drawer.open({}, {5'000, u"EUR"_s}, u"open-sam"_s);
    QVERIFY(samDrawer.ok());
    f.clock().advanceMs(1000);

    // Carla: two seats in category a (2 x 50.00), 200.00 tendered: 100.00 change, 100.00 stays.
    engine.setUser(carla);
    sell({seatId(1, 1), seatId(1, 2)}, Payment::Method::Cash, 20'000, u"carla-1"_s);
    // Split tender: 20.00 cash from carla, the other 30.00 complimentary by sam; carla confirms.
    auto hold = engine.hold({f.showId(), {seatId(1, 3)}, {}, 0}, u"split-hold"_s);
    auto order = engine.createOrder({hold->id, {}}, u"split-order"_s);
    QVERIFY(engine.pay({order->id, Payment::Method::Cash, 2'000, u"EUR"_s, 5'000, {}}, u"split-cash"_s).ok());
    engine.setUser(sam);
    QVERIFY(
        engine.pay({order->id, Payment::Method::Comp, -1, u"EUR"_s, -1, u"regular"_s}, u"split-comp"_s).ok());
    engine.setUser(carla);
    QVERIFY(engine.confirm(order->id, u"split-confirm"_s).ok());
    // Carla at another terminal: not this drawer's cash.
    engine.setActor(u"carla"_s, u"till-9"_s);
    engine.setUser(carla);
    sell({seatId(9, 2)}, Payment::Method::Cash, -1, u"elsewhere"_s);
    engine.setActor(u"carla"_s, u"test-terminal"_s);
    engine.setUser(carla);

    // Sam: two seats in category b (2 x 30.00) in cash, refunds one (30.00 paid back), and one comp.
    engine.setUser(sam);
    const qint64 samOrder = sell({seatId(6, 1), seatId(6, 2)}, Payment::Method::Cash, -1, u"sam-1"_s);
    auto sold = f.store().order(samOrder);
    QVERIFY(engine.refund({samOrder, {sold->items.first().id}, u"ill"_s}, u"sam-refund"_s).ok());
    sell({seatId(7, 1)}, Payment::Method::Comp, -1, u"sam-comp"_s);
    f.clock().advanceMs(1000);
    *carlaSession = carlaDrawer->id;
    *samSession = samDrawer->id;
}

void TestCloseOut::closeOutArithmetic()
{
    Fixture f;
    QVERIFY(f.isValid());
    CashDrawer drawer(f.store(), f.clock(), u"test-terminal"_s);
    qint64 carlaId = 0;
    qint64 samId = 0;
    workADay(f, drawer, &carlaId, &samId);
    QVERIFY(carlaId > 0 && samId > 0);

    drawer.setUser(person(u"carla"_s, Role::Clerk));
    auto carla = drawer.close(carlaId, 22'100, u"close-carla"_s);
    QVERIFY2(carla.ok(), why(carla).constData());
    QVERIFY(carla->closed);
    QCOMPARE(carla->floatMinor, 10'000);
    QCOMPARE(carla->cashSalesMinor, 10'000 + 2'000); // the split tender's cash part, not its comp part
    QCOMPARE(carla->cashRefundsMinor, 0);
    QCOMPARE(carla->expectedMinor, 22'000);
    QCOMPARE(carla->countedMinor, 22'100);
    QCOMPARE(carla->varianceMinor, 100);
    QCOMPARE(carla->closedBy, u"carla"_s);

    drawer.setUser(person(u"sam"_s, Role::Supervisor));
    auto sam = drawer.close(samId, 7'950, u"close-sam"_s);
    QVERIFY(sam.ok());
    QCOMPARE(sam->cashSalesMinor, 6'000);
    QCOMPARE(sam->cashRefundsMinor, 3'000);
    QCOMPARE(sam->expectedMinor, 5'000 + 6'000 - 3'000); // comps are not cash
    QCOMPARE(sam->varianceMinor, -50);

    // Recorded: the same key answers the same; a second close is refused and writes nothing.
    auto replay = drawer.close(samId, 7'950, u"close-sam"_s);
    QVERIFY(replay.ok());
    QCOMPARE(replay->varianceMinor, -50);
    const QByteArray before = f.snapshot();
    auto twice = drawer.close(samId, 8'000, u"close-sam-again"_s);
    QCOMPARE(twice.error().code, Error::Code::InvalidState);
    QCOMPARE(f.snapshot(), before);
    const auto rows = f.database().query(
        u"SELECT expected_minor, counted_minor, variance_minor FROM drawer_sessions ORDER BY id"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(2).toLongLong(), -50);

    // The Z-reports.
    auto zc = drawer.zReport(carlaId);
    QVERIFY(zc.ok());
    QCOMPARE(zc->tickets, 3);
    QCOMPARE(zc->comps, 0);
    QCOMPARE(zc->refunds, 0);
    const ZReport::Line *cash = lineOf(zc->byMethod, u"cash"_s);
    QVERIFY(cash);
    QCOMPARE(cash->count, 2);
    QCOMPARE(cash->amountMinor, 12'000);
    QCOMPARE(zc->byShow.size(), 1);
    QCOMPARE(zc->byShow.first().count, 3);
    QCOMPARE(zc->byShow.first().amountMinor, 12'000);

    auto zs = drawer.zReport(samId);
    QVERIFY(zs.ok());
    QCOMPARE(zs->tickets, 3); // two sold (one refunded since) and one comp
    QCOMPARE(zs->refunds, 1);
    QCOMPARE(zs->refundsMinor, 3'000);
    QCOMPARE(zs->comps, 2); // the split tender's comp part and the comp sale
    QCOMPARE(zs->compsMinor, 3'000 + 3'000);
    QCOMPARE(lineOf(zs->byMethod, u"cash"_s)->amountMinor, 3'000);
    QCOMPARE(lineOf(zs->byMethod, u"comp"_s)->count, 2);

    const QString text = zs->toText();
    QVERIFY(text.contains(u"Z-REPORT"_s));
    QVERIFY(text.contains(u"80.00 EUR"_s)); // expected
    QVERIFY(text.contains(u"79.50 EUR"_s)); // counted
    QVERIFY(text.contains(u"-0.50 EUR"_s) && text.contains(u"(short)"_s));
    const QString csv = zs->toCsv();
    QVERIFY(csv.startsWith(u"section,key,label,count,amount,currency\r\n"_s));
    QVERIFY(csv.contains(u"cash,expected,Expected,0,80.00,EUR\r\n"_s));
    QVERIFY(csv.contains(u"cash,variance,Variance,0,-0.50,EUR\r\n"_s));
    QVERIFY(csv.contains(u"total,refunds,Refunds,1,30.00,EUR\r\n"_s));

    // A clerk reads her own Z-report, not another's.
    drawer.setUser(person(u"carla"_s, Role::Clerk));
    QVERIFY(drawer.zReport(carlaId).ok());
    QCOMPARE(drawer.zReport(samId).error().code, Error::Code::Forbidden);
    QCOMPARE(f.violations(), QStringList());
}

void TestCloseOut::openAndCloseRules()
{
    Fixture f;
    QVERIFY(f.isValid());
    CashDrawer drawer(f.store(), f.clock(), u"test-terminal"_s);
    drawer.setUser(person(u"carla"_s, Role::Clerk));
    const QByteArray empty = f.snapshot();
    QCOMPARE(drawer.open({}, {-1, u"EUR"_s}, u"neg"_s).error().code, Error::Code::InvalidInput);
    QCOMPARE(drawer.open({}, {100, u"euro"_s}, u"cur"_s).error().code, Error::Code::InvalidInput);
    QCOMPARE(drawer.open(u"dora"_s, {100, u"EUR"_s}, u"dora"_s).error().code, Error::Code::Forbidden);
    QCOMPARE(f.snapshot(), empty);
    auto open = drawer.open({}, {100, u"EUR"_s}, u"open"_s);
    QVERIFY(open.ok());
    QCOMPARE(open->clerk, u"carla"_s);
    QCOMPARE(open->terminal, u"test-terminal"_s);
    QCOMPARE(open->openedBy, u"carla"_s);
    QVERIFY(!open->closed);
    const QByteArray once = f.snapshot();
    QCOMPARE(drawer.open({}, {100, u"EUR"_s}, u"open-again"_s).error().code, Error::Code::InvalidState);
    QCOMPARE(drawer.close(open->id, -5, u"neg"_s).error().code, Error::Code::InvalidInput);
    QCOMPARE(drawer.close(99, 5, u"none"_s).error().code, Error::Code::NotFound);
    QCOMPARE(f.snapshot(), once);
    auto sessions = f.store().drawerSessions(true);
    QVERIFY(sessions.ok());
    QCOMPARE(sessions->size(), 1);
    // Nothing sold: counted = float balances.
    auto closed = drawer.close(open->id, 100, u"close"_s);
    QVERIFY(closed.ok());
    QCOMPARE(closed->varianceMinor, 0);
    QVERIFY(closed->toJson().value(u"closed"_s).toBool());
    QCOMPARE(f.store().drawerSessions(true)->size(), 0);
    // After closing, a new one may open.
    QVERIFY(drawer.open({}, {100, u"EUR"_s}, u"open-2"_s).ok());
}

void TestCloseOut::reportsAddUp()
{
    Fixture f;
    QVERIFY(f.isValid());
    CashDrawer drawer(f.store(), f.clock(), u"test-terminal"_s);
    const qint64 start = f.clock().nowMs();
    qint64 carlaId = 0;
    qint64 samId = 0;
    workADay(f, drawer, &carlaId, &samId);
    QVERIFY(carlaId > 0 && samId > 0);
    drawer.setUser(person(u"sam"_s, Role::Supervisor));

    auto byMethod = drawer.salesReport(SalesReport::By::Method, start, 0);
    QVERIFY(byMethod.ok());
    const SalesReport::Row *cash = rowOf(*byMethod, u"cash"_s);
    QVERIFY(cash);
    // early 30.00 + carla 100.00 + split 20.00 + till-9 30.00 + sam 60.00; sam refunded 30.00.
    QCOMPARE(cash->grossMinor, 3'000 + 10'000 + 2'000 + 3'000 + 6'000);
    QCOMPARE(cash->refundsMinor, 3'000);
    QCOMPARE(cash->netMinor(), 21'000);
    QCOMPARE(cash->tickets, 5); // payments
    const SalesReport::Row *comp = rowOf(*byMethod, u"comp"_s);
    QVERIFY(comp);
    QCOMPARE(comp->grossMinor, 6'000);

    auto byClerk = drawer.salesReport(SalesReport::By::Clerk, start, 0);
    QVERIFY(byClerk.ok());
    QCOMPARE(byClerk->size(), 2);
    QCOMPARE(rowOf(*byClerk, u"carla"_s)->grossMinor, 3'000 + 10'000 + 2'000 + 3'000);
    QCOMPARE(rowOf(*byClerk, u"carla"_s)->tickets, 5);
    QCOMPARE(rowOf(*byClerk, u"sam"_s)->netMinor(), 3'000); // comps are not money
    QCOMPARE(rowOf(*byClerk, u"sam"_s)->tickets, 3);

    auto byCategory = drawer.salesReport(SalesReport::By::Category, start, 0);
    QVERIFY(byCategory.ok());
    QCOMPARE(rowOf(*byCategory, u"a"_s)->tickets, 3);
    QCOMPARE(rowOf(*byCategory, u"a"_s)->grossMinor, 15'000);
    QCOMPARE(rowOf(*byCategory, u"b"_s)->tickets, 2 + 2 + 1); // early + till-9, sam's two, sam's comp
    QCOMPARE(rowOf(*byCategory, u"b"_s)->refundsMinor, 3'000);

    auto byShow = drawer.salesReport(SalesReport::By::Show, start, 0);
    QVERIFY(byShow.ok());
    QCOMPARE(byShow->size(), 1);
    QCOMPARE(byShow->first().tickets, 8);
    QCOMPARE(byShow->first().netMinor(), 21'000);
    QVERIFY(byShow->first().label.startsWith(u"Test event · "_s));

    // The period bounds the report: nothing before the day began.
    auto before = drawer.salesReport(SalesReport::By::Method, 1, start);
    QVERIFY(before.ok());
    QVERIFY(before->isEmpty());
    QCOMPARE(drawer.salesReport(SalesReport::By::Method, 10, 5).error().code, Error::Code::InvalidInput);
}

void TestCloseOut::reportCsvQuotesLabels()
{
    LedgerEntry payment;
    payment.showId = 7;
    payment.showLabel = u"Hamlet, \"the\" play · 2026-12-01 19:30"_s;
    payment.amountMinor = 4'550;
    payment.currency = u"EUR"_s;
    payment.actor = u"carla"_s;
    LedgerEntry refund = payment;
    refund.kind = Payment::Kind::Refund;
    refund.amountMinor = 1'000;
    TicketEntry ticket;
    ticket.showId = 7;
    ticket.showLabel = payment.showLabel;
    ticket.currency = u"EUR"_s;
    const auto rows = SalesReport::build(SalesReport::By::Show, {payment, refund}, {ticket, ticket});
    QCOMPARE(rows.size(), 1);
    const QString csv = SalesReport::toCsv(SalesReport::By::Show, rows);
    QCOMPARE(csv, u"show,label,tickets,gross,refunds,net,currency\r\n"
                  "7,\"Hamlet, \"\"the\"\" play · 2026-12-01 19:30\",2,45.50,10.00,35.50,EUR\r\n"_s);
    SalesReport::By by;
    QVERIFY(SalesReport::byFromName(u"clerk"_s, &by));
    QCOMPARE(by, SalesReport::By::Clerk);
    QVERIFY(!SalesReport::byFromName(u"weather"_s, &by));
}

QTEST_GUILESS_MAIN(TestCloseOut)
#include "tst_closeout.moc"
