// parterre-cli for staff and the end of day: users with PINs, acting as a user (exit 4 when the role may
// not), hold codes, a cash drawer from open to Z-report, and sales reports written as CSV.

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre::Test;

class TestStaffCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstAdminAndUsers();
    void refusedAsUserExitsFourAndChangesNothing();
    void holdCodes();
    void holdTime();
    void drawerDayAndReports();

private:
    CliRun cli(const QStringList &command, const QStringList &extra = {})
    {
        return runCli(command + m_store + extra);
    }

    TestDatabase m_database;
    QStringList m_store;
    QTemporaryDir m_dir;
    qint64 m_show = 0;
};

void TestStaffCli::initTestCase()
{
    QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
    m_store = m_database.cliArguments();
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
}

void TestStaffCli::firstAdminAndUsers()
{
    CliRun root = cli({u"user"_s, u"add"_s},
                      {u"--name"_s, u"root"_s, u"--role"_s, u"admin"_s, u"--pin"_s, u"2468"_s, u"--json"_s});
    QCOMPARE(root.exitCode, 0);
    QCOMPARE(root.json().value("role"_L1).toString(), u"admin"_s);
    CliRun shortPin =
        cli({u"user"_s, u"add"_s}, {u"--name"_s, u"x"_s, u"--role"_s, u"clerk"_s, u"--pin"_s, u"12"_s});
    QCOMPARE(shortPin.exitCode, 2);
    CliRun carla = cli({u"user"_s, u"add"_s}, {u"--name"_s, u"carla"_s, u"--role"_s, u"clerk"_s, u"--pin"_s,
                                               u"1357"_s, u"--as"_s, u"root"_s, u"--as-pin"_s, u"2468"_s});
    QCOMPARE(carla.exitCode, 0);
    QVERIFY(carla.out.contains("carla"));
    CliRun demo = cli({u"demo"_s});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(demo.out.contains("clerk 1111"));
    CliRun list = cli({u"user"_s, u"list"_s}, {u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray users = QJsonDocument::fromJson(list.out).array();
    QStringList names;
    for (const QJsonValue &u : users)
        names.append(u.toObject().value("name"_L1).toString());
    QCOMPARE(names,
             (QStringList{u"admin"_s, u"carla"_s, u"clerk"_s, u"organizer"_s, u"root"_s, u"supervisor"_s}));
    // The PIN never reaches the store.
    for (const QVariantList &row : m_database.query(u"SELECT pin_hash FROM users"_s))
        QVERIFY(!row.first().toString().contains(u"1357"_s));

    CliRun shows = cli({u"shows"_s}, {u"--json"_s});
    m_show = QJsonDocument::fromJson(shows.out).array().first().toObject().value("id"_L1).toInteger();
    QVERIFY(m_show > 0);
}

void TestStaffCli::refusedAsUserExitsFourAndChangesNothing()
{
    // Logging in is recorded (audit log, failure counts), so compare what a refused command could change.
    const auto state = [this] {
        QList<QVariantList> rows;
        for (const QString &sql :
             {u"SELECT COUNT(*) FROM users"_s, u"SELECT COUNT(*) FROM orders"_s,
              u"SELECT COUNT(*) FROM payments"_s, u"SELECT COUNT(*) FROM holds"_s,
              u"SELECT COUNT(*) FROM idempotency_keys"_s, u"SELECT COUNT(*) FROM change_log"_s})
            rows += m_database.query(sql);
        return rows;
    };
    const QList<QVariantList> before = state();
    CliRun eve = cli({u"user"_s, u"add"_s}, {u"--name"_s, u"eve"_s, u"--role"_s, u"admin"_s, u"--pin"_s,
                                             u"9999"_s, u"--as"_s, u"carla"_s, u"--as-pin"_s, u"1357"_s});
    QCOMPARE(eve.exitCode, 4);
    QVERIFY(eve.err.contains("may not manage users"));
    CliRun comp = cli({u"sell"_s}, {u"--show"_s, QString::number(m_show), u"--best"_s, u"1"_s, u"--payment"_s,
                                    u"comp"_s, u"--key"_s, u"comp-1"_s, u"--as"_s, u"clerk"_s, u"--as-pin"_s,
                                    u"1111"_s, u"--json"_s});
    QCOMPARE(comp.exitCode, 4);
    QCOMPARE(comp.json().value("error"_L1).toString(), u"forbidden"_s);
    QCOMPARE(state(), before);
    CliRun wrongPin =
        cli({u"report"_s}, {u"--by"_s, u"show"_s, u"--as"_s, u"admin"_s, u"--as-pin"_s, u"0000"_s});
    QCOMPARE(wrongPin.exitCode, 4);
    QVERIFY(wrongPin.err.contains("wrong name or PIN"));
}

void TestStaffCli::holdCodes()
{
    CliRun list = cli({u"holdcode"_s, u"list"_s}, {u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 3);
    CliRun seats = cli({u"seats"_s}, {u"--show"_s, QString::number(m_show), u"--json"_s});
    const QString seat = seats.json().value("seats"_L1).toArray().at(5).toObject().value("id"_L1).toString();
    const QStringList assign{u"--show"_s, QString::number(m_show), u"--seats"_s, seat, u"--code"_s,
                             u"press"_s};
    CliRun clerk = cli({u"holdcode"_s, u"assign"_s},
                       assign + QStringList{u"--as"_s, u"clerk"_s, u"--as-pin"_s, u"1111"_s});
    QCOMPARE(clerk.exitCode, 4);
    CliRun supervisor = cli({u"holdcode"_s, u"assign"_s},
                            assign + QStringList{u"--as"_s, u"supervisor"_s, u"--as-pin"_s, u"2345"_s});
    QCOMPARE(supervisor.exitCode, 0);
    seats = cli({u"seats"_s}, {u"--show"_s, QString::number(m_show), u"--json"_s});
    const QJsonObject kept = seats.json().value("seats"_L1).toArray().at(5).toObject();
    QCOMPARE(kept.value("status"_L1).toString(), u"blocked"_s);
    QCOMPARE(kept.value("hold_code"_L1).toString(), u"press"_s);
    CliRun taken = cli({u"sell"_s}, {u"--show"_s, QString::number(m_show), u"--seats"_s, seat, u"--payment"_s,
                                     u"cash"_s, u"--key"_s, u"press-1"_s});
    QCOMPARE(taken.exitCode, 3);
    CliRun release =
        cli({u"holdcode"_s, u"release"_s}, {u"--show"_s, QString::number(m_show), u"--seats"_s, seat});
    QCOMPARE(release.exitCode, 0);
    QCOMPARE(cli({u"verify"_s}).exitCode, 0);
}

void TestStaffCli::holdTime()
{
    CliRun unset = cli({u"hold-time"_s}, {u"--json"_s});
    QCOMPARE(unset.exitCode, 0);
    QCOMPARE(unset.json().value("hold_time_ms"_L1).toInteger(), 600'000);
    CliRun clerk =
        cli({u"hold-time"_s}, {u"--set"_s, u"300"_s, u"--as"_s, u"clerk"_s, u"--as-pin"_s, u"1111"_s});
    QCOMPARE(clerk.exitCode, 4);
    CliRun tooShort = cli({u"hold-time"_s}, {u"--set"_s, u"5"_s});
    QCOMPARE(tooShort.exitCode, 2);
    CliRun admin =
        cli({u"hold-time"_s}, {u"--set"_s, u"300"_s, u"--as"_s, u"admin"_s, u"--as-pin"_s, u"1234"_s});
    QCOMPARE(admin.exitCode, 0);
    QVERIFY(admin.out.contains("300 s"));
}

void TestStaffCli::drawerDayAndReports()
{
    const QStringList asCarla{u"--as"_s, u"carla"_s, u"--as-pin"_s, u"1357"_s};
    CliRun open =
        cli({u"closeout"_s, u"open"_s}, QStringList{u"--float"_s, u"5000"_s, u"--json"_s} + asCarla);
    QCOMPARE(open.exitCode, 0);
    const qint64 session = open.json().value("id"_L1).toInteger();
    QCOMPARE(open.json().value("clerk"_L1).toString(), u"carla"_s);
    CliRun sale =
        cli({u"sell"_s}, QStringList{u"--show"_s, QString::number(m_show), u"--best"_s, u"2"_s,
                                     u"--payment"_s, u"cash"_s, u"--key"_s, u"carla-1"_s, u"--json"_s} +
                             asCarla);
    QCOMPARE(sale.exitCode, 0);
    const qint64 total = sale.json().value("total_minor"_L1).toInteger();
    QVERIFY(total > 0);
    CliRun close =
        cli({u"closeout"_s, u"close"_s}, QStringList{u"--session"_s, QString::number(session), u"--counted"_s,
                                                     QString::number(5000 + total - 10), u"--json"_s} +
                                             asCarla);
    QCOMPARE(close.exitCode, 0);
    QCOMPARE(close.json().value("expected_minor"_L1).toInteger(), 5000 + total);
    QCOMPARE(close.json().value("variance_minor"_L1).toInteger(), -10);
    CliRun twice =
        cli({u"closeout"_s, u"close"_s},
            QStringList{u"--session"_s, QString::number(session), u"--counted"_s, u"1"_s} + asCarla);
    QCOMPARE(twice.exitCode, 2);
    QVERIFY(twice.err.contains("closed already"));

    const QString zPath = m_dir.filePath(u"z.csv"_s);
    CliRun z = cli({u"closeout"_s, u"report"_s},
                   QStringList{u"--session"_s, QString::number(session), u"--csv"_s, zPath} + asCarla);
    QCOMPARE(z.exitCode, 0);
    QVERIFY(z.out.contains("Z-REPORT"));
    QVERIFY(z.out.contains("-0.10 EUR"));
    QFile zFile(zPath);
    QVERIFY(zFile.open(QIODevice::ReadOnly));
    QVERIFY(zFile.readAll().contains("cash,variance,Variance,0,-0.10,EUR\r\n"));

    const QString path = m_dir.filePath(u"by-clerk.csv"_s);
    CliRun byClerk =
        cli({u"report"_s}, {u"--by"_s, u"clerk"_s, u"--from"_s, u"2000-01-01"_s, u"--csv"_s, path});
    QCOMPARE(byClerk.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("clerk,label,tickets,gross,refunds,net,currency\r\n"));
    const QByteArray amount =
        QByteArray::number(total / 100) + '.' + QByteArray::number(total % 100).rightJustified(2, '0');
    const QByteArray line = QByteArray("carla,carla,2,") + amount + ",0.00," + amount + ",EUR\r\n";
    QVERIFY2(csv.contains(line), csv.constData());
    CliRun badBy = cli({u"report"_s}, {u"--by"_s, u"weather"_s});
    QCOMPARE(badBy.exitCode, 2);
    CliRun badDate = cli({u"report"_s}, {u"--by"_s, u"show"_s, u"--from"_s, u"yesterday"_s});
    QCOMPARE(badDate.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestStaffCli)
#include "tst_staffcli.moc"
