// Writes whose answer nobody reads (the change log, the audit log, hold items, the idempotency record) are
// pipelined on PostgreSQL and surface their failures later, at the next question or at COMMIT. Whichever of
// them fails, the whole call must fail clearly, write nothing, and leave the connection fit for the next
// call: a COMMIT in an aborted transaction must never pass for success.

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

// A trigger that refuses every insert into `table`, in the dialect of the store under test.
QStringList refuseInserts(const TestDatabase &db, const QString &table)
{
    if (db.isPostgres()) {
        return {u"CREATE FUNCTION refuse_by_test() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION "
                "'refused by test'; END $$ LANGUAGE plpgsql"_s,
                u"CREATE TRIGGER refuse_by_test BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                "refuse_by_test()"_s.arg(table)};
    }
    return {u"CREATE TRIGGER refuse_by_test BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, 'refused by "
            "test'); END"_s.arg(table)};
}

QStringList allowInserts(const TestDatabase &db, const QString &table)
{
    if (db.isPostgres())
        return {u"DROP TRIGGER refuse_by_test ON %1"_s.arg(table), u"DROP FUNCTION refuse_by_test()"_s};
    return {u"DROP TRIGGER refuse_by_test"_s};
}

} // namespace

class TestDeferredWrites final : public QObject
{
    Q_OBJECT

private slots:
    void failedLogWriteFailsTheHold_data();
    void failedLogWriteFailsTheHold();
    void failedLogWriteFailsTheWholeSale_data();
    void failedLogWriteFailsTheWholeSale();
};

void TestDeferredWrites::failedLogWriteFailsTheHold_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("hold row (first write)") << u"holds"_s;
    QTest::newRow("change log") << u"change_log"_s;
    QTest::newRow("audit log") << u"audit_log"_s;
    QTest::newRow("idempotency record (at COMMIT)") << u"idempotency_keys"_s;
}

void TestDeferredWrites::failedLogWriteFailsTheHold()
{
    QFETCH(QString, table);
    Fixture f;
    QString error;
    // Warm the statement cache first, so the failing write is really queued behind others.
    QVERIFY(f.engine().hold({f.showId(), {seatId(2, 1)}, {}, 60'000}, u"warm"_s).ok());
    QVERIFY2(f.database().execute(refuseInserts(f.database(), table), &error), qPrintable(error));
    const QByteArray before = f.snapshot();

    auto hold = f.engine().hold({f.showId(), {seatId(1, 1), seatId(1, 2)}, {}, 60'000}, u"refused"_s);
    QVERIFY(!hold.ok());
    QCOMPARE(hold.error().code, Error::Code::Storage);
    QVERIFY2(hold.error().message.contains(u"refused by test"_s), qPrintable(hold.error().message));
    QCOMPARE(f.snapshot(), before);
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"available"_s);

    // The same connection carries on: the key was not spent, and the retry holds the seats.
    QVERIFY2(f.database().execute(allowInserts(f.database(), table), &error), qPrintable(error));
    auto again = f.engine().hold({f.showId(), {seatId(1, 1), seatId(1, 2)}, {}, 60'000}, u"refused"_s);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"held"_s);
    QCOMPARE(f.violations(), QStringList());
}

void TestDeferredWrites::failedLogWriteFailsTheWholeSale_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("audit log") << u"audit_log"_s;
    QTest::newRow("idempotency record") << u"idempotency_keys"_s;
}

void TestDeferredWrites::failedLogWriteFailsTheWholeSale()
{
    QFETCH(QString, table);
    Fixture f;
    f.sell({seatId(3, 1)}, u"warm"_s);
    QString error;
    QVERIFY2(f.database().execute(refuseInserts(f.database(), table), &error), qPrintable(error));
    const QByteArray before = f.snapshot();
    SaleRequest sale;
    sale.hold = {f.showId(), {seatId(4, 1)}, {}, 60'000};
    auto order = f.engine().sell(sale, u"sale"_s);
    QVERIFY(!order.ok());
    QCOMPARE(f.snapshot(), before);

    QVERIFY2(f.database().execute(allowInserts(f.database(), table), &error), qPrintable(error));
    auto again = f.engine().sell(sale, u"sale"_s);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->status, Order::Status::Confirmed);
    QCOMPARE(f.seatStatus(seatId(4, 1)), u"sold"_s);
    QCOMPARE(f.violations(), QStringList());
}

QTEST_GUILESS_MAIN(TestDeferredWrites)
#include "tst_deferredwrites.moc"
