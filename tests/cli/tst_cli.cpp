// parterre-cli as organizers' scripts use it: a real process, real exit codes, JSON on stdout.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre::Test;

namespace {

using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(args);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initAndDemo();
    void showsJson();
    void seatsJson();
    void sellSeats();
    void sameKeySellsNothingNew();
    void takenSeatExitsThree();
    void sellStanding();
    void sellBestAvailable();
    void badInputExitsTwoAndChangesNothing_data();
    void badInputExitsTwoAndChangesNothing();
    void verifyFindsViolations();
    void helpAndUnknownCommand();

private:
    TestDatabase m_database;
    QStringList m_store; // --db FILE or --postgres URL
    qint64 m_show = 0;
};

void TestCli::initTestCase()
{
    QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
    m_store = m_database.cliArguments();
}

void TestCli::initAndDemo()
{
    Run init = cli(QStringList{u"init"_s} + m_store);
    QCOMPARE(init.exitCode, 0);
    QVERIFY(init.out.contains("Store ready"));
    Run demo = cli(QStringList{u"demo"_s} + m_store);
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(demo.out.contains("6 shows"));
    Run again = cli(QStringList{u"demo"_s} + m_store);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("already has events"));
}

void TestCli::showsJson()
{
    Run shows = cli(QStringList{u"shows"_s} + m_store + QStringList{u"--json"_s});
    QCOMPARE(shows.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(shows.out).array();
    QCOMPARE(list.size(), 6);
    const QJsonObject first = list.first().toObject();
    m_show = first.value("id"_L1).toInteger();
    QVERIFY(m_show > 0);
    QCOMPARE(first.value("currency"_L1).toString(), u"EUR"_s);
    QCOMPARE(first.value("seat_count"_L1).toInt(), first.value("available"_L1).toInt());
    Run text = cli(QStringList{u"shows"_s} + m_store);
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count('\n'), 6);
}

void TestCli::seatsJson()
{
    Run seats = cli(QStringList{u"seats"_s} + m_store +
                    QStringList{u"--show"_s, QString::number(m_show), u"--json"_s});
    QCOMPARE(seats.exitCode, 0);
    const QJsonArray list = seats.json().value("seats"_L1).toArray();
    QVERIFY(list.size() > 1000);
    for (const QJsonValue &v : list) {
        const QJsonObject seat = v.toObject();
        QVERIFY(!seat.value("id"_L1).toString().isEmpty());
        QVERIFY(!seat.value("label"_L1).toString().isEmpty());
        QVERIFY(!seat.value("category"_L1).toString().isEmpty());
        QCOMPARE(seat.value("status"_L1).toString(), u"available"_s);
    }
    QCOMPARE(seats.json().value("ga"_L1).toArray().first().toObject().value("capacity"_L1).toInt(), 300);
}

void TestCli::sellSeats()
{
    Run sold = cli(QStringList{u"sell"_s} + m_store +
                   QStringList{u"--show"_s, QString::number(m_show), u"--seats"_s, u"stalls-C-5,stalls-C-6"_s,
                               u"--payment"_s, u"cash"_s, u"--key"_s, u"sale-1"_s, u"--json"_s});
    QCOMPARE(sold.exitCode, 0);
    const QJsonObject order = sold.json();
    QCOMPARE(order.value("status"_L1).toString(), u"confirmed"_s);
    QVERIFY(order.value("order_id"_L1).toInteger() > 0);
    QCOMPARE(order.value("seats"_L1).toArray(), (QJsonArray{u"stalls-C-5"_s, u"stalls-C-6"_s}));
    const QJsonArray tickets = order.value("tickets"_L1).toArray();
    QCOMPARE(tickets.size(), 2);
    for (const QJsonValue &t : tickets)
        QVERIFY(t.toObject().value("code"_L1).toString().size() >= 22);
    Run seats = cli(QStringList{u"seats"_s} + m_store +
                    QStringList{u"--show"_s, QString::number(m_show), u"--json"_s});
    int sold2 = 0;
    for (const QJsonValue &v : seats.json().value("seats"_L1).toArray())
        sold2 += v.toObject().value("status"_L1).toString() == "sold"_L1;
    QCOMPARE(sold2, 2);
}

void TestCli::sameKeySellsNothingNew()
{
    const QStringList args =
        QStringList{u"sell"_s} + m_store + QStringList{u"--show"_s,    QString::number(m_show),
                                                       u"--seats"_s,   u"stalls-D-1"_s,
                                                       u"--payment"_s, u"comp"_s,
                                                       u"--key"_s,     u"sale-2"_s,
                                                       u"--json"_s};
    Run first = cli(args);
    QCOMPARE(first.exitCode, 0);
    const QByteArray before = m_database.snapshot();
    Run second = cli(args);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value("order_id"_L1), first.json().value("order_id"_L1));
    QCOMPARE(second.json().value("tickets"_L1), first.json().value("tickets"_L1));
    QCOMPARE(m_database.snapshot(), before);
}

void TestCli::takenSeatExitsThree()
{
    const QByteArray before = m_database.snapshot();
    Run taken =
        cli(QStringList{u"sell"_s} + m_store +
            QStringList{u"--show"_s, QString::number(m_show), u"--seats"_s, u"stalls-C-7,stalls-C-6"_s,
                        u"--payment"_s, u"cash"_s, u"--key"_s, u"sale-3"_s});
    QCOMPARE(taken.exitCode, 3);
    QVERIFY(taken.err.contains("stalls-C-6"));
    QVERIFY(!taken.err.contains("stalls-C-7"));
    QCOMPARE(m_database.snapshot(), before);
}

void TestCli::sellStanding()
{
    Run sold =
        cli(QStringList{u"sell"_s} + m_store +
            QStringList{u"--show"_s, QString::number(m_show), u"--ga"_s, u"standing:4"_s, u"--payment"_s,
                        u"cash"_s, u"--tendered"_s, u"20000"_s, u"--key"_s, u"ga-1"_s, u"--json"_s});
    QCOMPARE(sold.exitCode, 0);
    QCOMPARE(sold.json().value("tickets"_L1).toArray().size(), 4);
    const qint64 total = sold.json().value("total_minor"_L1).toInteger();
    QCOMPARE(sold.json().value("change_minor"_L1).toInteger(), 20000 - total);
}

void TestCli::sellBestAvailable()
{
    Run best = cli(QStringList{u"sell"_s} + m_store +
                   QStringList{u"--show"_s, QString::number(m_show), u"--best"_s, u"4"_s, u"--category"_s,
                               u"cat2"_s, u"--payment"_s, u"cash"_s, u"--tendered"_s, u"100000"_s, u"--key"_s,
                               u"best-1"_s, u"--json"_s});
    QCOMPARE(best.exitCode, 0);
    const QJsonArray seats = best.json().value("seats"_L1).toArray();
    QCOMPARE(seats.size(), 4);
    // Side by side: one row, consecutive numbers.
    const QString row = seats.first().toString().section(u'-', 0, 1);
    int previous = -1;
    for (const QJsonValue &v : seats) {
        QCOMPARE(v.toString().section(u'-', 0, 1), row);
        const int number = v.toString().section(u'-', 2).toInt();
        QVERIFY(previous < 0 || number == previous + 1);
        previous = number;
    }
    QVERIFY(best.json().value("change_minor"_L1).toInteger() > 0);
    Run wheelchair =
        cli(QStringList{u"sell"_s} + m_store +
            QStringList{u"--show"_s, QString::number(m_show), u"--best"_s, u"2"_s, u"--wheelchair"_s,
                        u"--payment"_s, u"cash"_s, u"--key"_s, u"best-2"_s, u"--json"_s});
    QCOMPARE(wheelchair.exitCode, 0);
    QCOMPARE(wheelchair.json().value("seats"_L1).toArray().size(), 2);
}

void TestCli::badInputExitsTwoAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString show = u"--show=1"_s;
    QTest::newRow("unknown show") << QStringList{u"--show=999"_s, u"--seats=stalls-A-1"_s,
                                                 u"--payment=cash"_s, u"--key=b1"_s}
                                  << 2;
    QTest::newRow("unknown seat") << QStringList{show, u"--seats=nowhere-9"_s, u"--payment=cash"_s,
                                                 u"--key=b2"_s}
                                  << 2;
    QTest::newRow("zero quantity") << QStringList{show, u"--ga=standing:0"_s, u"--payment=cash"_s,
                                                  u"--key=b3"_s}
                                   << 2;
    QTest::newRow("negative quantity")
        << QStringList{show, u"--ga=standing:-2"_s, u"--payment=cash"_s, u"--key=b4"_s} << 2;
    QTest::newRow("empty key") << QStringList{show, u"--seats=stalls-A-1"_s, u"--payment=cash"_s, u"--key="_s}
                               << 2;
    QTest::newRow("no key") << QStringList{show, u"--seats=stalls-A-1"_s, u"--payment=cash"_s} << 2;
    QTest::newRow("tendered less than due")
        << QStringList{show, u"--seats=stalls-A-1"_s, u"--payment=cash"_s, u"--tendered=100"_s, u"--key=b5"_s}
        << 2;
    QTest::newRow("card") << QStringList{show, u"--seats=stalls-A-1"_s, u"--payment=card"_s, u"--key=b6"_s}
                          << 2;
    QTest::newRow("seats and standing") << QStringList{show, u"--seats=stalls-A-1"_s, u"--ga=standing:1"_s,
                                                       u"--payment=cash"_s, u"--key=b7"_s}
                                        << 2;
    QTest::newRow("best with seats") << QStringList{show, u"--best=2"_s, u"--seats=stalls-A-1"_s,
                                                    u"--payment=cash"_s, u"--key=b8"_s}
                                     << 2;
    QTest::newRow("best, tendered, no category")
        << QStringList{show, u"--best=2"_s, u"--payment=cash"_s, u"--tendered=50000"_s, u"--key=b9"_s} << 2;
    QTest::newRow("best, too little cash") << QStringList{show,
                                                          u"--best=2"_s,
                                                          u"--category=cat1"_s,
                                                          u"--payment=cash"_s,
                                                          u"--tendered=100"_s,
                                                          u"--key=b10"_s}
                                           << 2;
    QTest::newRow("best, nothing that large")
        << QStringList{show, u"--best=400"_s, u"--category=cat1"_s, u"--payment=cash"_s, u"--key=b11"_s} << 3;
    QTest::newRow("same key, other seats")
        << QStringList{show, u"--seats=stalls-A-2"_s, u"--payment=cash"_s, u"--key=sale-1"_s} << 2;
}

void TestCli::badInputExitsTwoAndChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const QByteArray before = m_database.snapshot();
    Run run = cli(QStringList{u"sell"_s} + m_store + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(!run.err.isEmpty(), "a refusal says why on stderr");
    QCOMPARE(m_database.snapshot(), before);
}

void TestCli::verifyFindsViolations()
{
    Run ok = cli(QStringList{u"verify"_s} + m_store);
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains("every invariant holds"));
    // Sell a seat behind the engine's back: verify must name it and exit 1.
    QString error;
    QVERIFY2(
        m_database.vandalise(
            {u"UPDATE show_seats SET status = 'sold', order_id = 1 WHERE seat_id = 'circle-A-3'"_s}, &error),
        qPrintable(error));
    Run broken = cli(QStringList{u"verify"_s} + m_store);
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(broken.out.contains("circle-A-3"));
    Run json = cli(QStringList{u"verify"_s} + m_store + QStringList{u"--json"_s});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value("ok"_L1).toBool(), false);
    QVERIFY(!json.json().value("violations"_L1).toArray().isEmpty());
}

void TestCli::helpAndUnknownCommand()
{
    Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("sell"));
    Run unknown = cli({u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("unknown command"));
    Run none = cli({});
    QCOMPARE(none.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
