// parterre-cli's card sales, payments to resolve, reconciliation, order search, refunds and exchanges, as
// scripts use them: a real process each, exit codes, JSON.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre::Test;

class TestPaymentsCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardSaleApproved();
    void declinedCardExitsOneAndFreesTheSeats();
    void timeoutThenReconcileReleases();
    void lostAnswerThenReconcileConfirms();
    void findOrdersAndShowOne();
    void exchangeThenRefund();
    void badInputExitsTwoAndChangesNothing_data();
    void badInputExitsTwoAndChangesNothing();

private:
    CliRun cli(const QString &command, const QStringList &args, bool terminal = false);
    QJsonArray array(const CliRun &run) const { return QJsonDocument::fromJson(run.out).array(); }
    QString seatStatus(const QString &seat);
    CliRun sellCard(const QString &seats, const QString &step, const QString &key);

    TestDatabase m_database;
    QTemporaryDir m_dir;
    QStringList m_store;
    QString m_show;
};

CliRun TestPaymentsCli::cli(const QString &command, const QStringList &args, bool terminal)
{
    QStringList all{command};
    all += m_store;
    all += args;
    if (terminal)
        all += {u"--terminal-ledger"_s, m_dir.filePath(u"terminal.json"_s)};
    return runCli(all);
}

QString TestPaymentsCli::seatStatus(const QString &seat)
{
    const CliRun seats = cli(u"seats"_s, {u"--show"_s, m_show, u"--json"_s});
    for (const QJsonValue &v : seats.json().value("seats"_L1).toArray()) {
        if (v.toObject().value("id"_L1).toString() == seat)
            return v.toObject().value("status"_L1).toString();
    }
    return u"missing"_s;
}

CliRun TestPaymentsCli::sellCard(const QString &seats, const QString &step, const QString &key)
{
    return cli(u"sell"_s,
               {u"--show"_s, m_show, u"--seats"_s, seats, u"--method"_s, u"card"_s, u"--simulate"_s, step,
                u"--key"_s, key, u"--name"_s, u"Ada Lovelace"_s, u"--email"_s, u"ada@example.org"_s,
                u"--json"_s},
               true);
}

void TestPaymentsCli::initTestCase()
{
    QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
    QVERIFY(m_dir.isValid());
    m_store = m_database.cliArguments();
    QCOMPARE(cli(u"init"_s, {}).exitCode, 0);
    QCOMPARE(cli(u"demo"_s, {}).exitCode, 0);
    const CliRun shows = cli(u"shows"_s, {u"--json"_s});
    m_show = QString::number(array(shows).first().toObject().value("id"_L1).toInteger());
}

void TestPaymentsCli::cardSaleApproved()
{
    const CliRun sold = sellCard(u"stalls-A-1,stalls-A-2"_s, u"approve"_s, u"card-1"_s);
    QCOMPARE(sold.exitCode, 0);
    QCOMPARE(sold.json().value("status"_L1).toString(), u"confirmed"_s);
    const QJsonObject payment = sold.json().value("payments"_L1).toArray().first().toObject();
    QCOMPARE(payment.value("method"_L1).toString(), u"card"_s);
    QCOMPARE(payment.value("status"_L1).toString(), u"succeeded"_s);
    QVERIFY(!payment.value("provider_reference"_L1).toString().isEmpty());
    QCOMPARE(seatStatus(u"stalls-A-1"_s), u"sold"_s);
}

void TestPaymentsCli::declinedCardExitsOneAndFreesTheSeats()
{
    const CliRun sold = sellCard(u"stalls-A-3"_s, u"decline"_s, u"card-2"_s);
    QCOMPARE(sold.exitCode, 1);
    QCOMPARE(sold.json().value("error"_L1).toString(), u"payment_declined"_s);
    QVERIFY(sold.err.contains("declined"));
    QCOMPARE(seatStatus(u"stalls-A-3"_s), u"available"_s);
}

void TestPaymentsCli::timeoutThenReconcileReleases()
{
    const CliRun sold = sellCard(u"stalls-A-4"_s, u"timeout"_s, u"card-3"_s);
    QCOMPARE(sold.exitCode, 1);
    QCOMPARE(sold.json().value("status"_L1).toString(), u"pending_payment"_s);
    const QString number = sold.json().value("order_number"_L1).toString();
    QCOMPARE(seatStatus(u"stalls-A-4"_s), u"held"_s);
    const CliRun pending = cli(u"payments-to-resolve"_s, {u"--json"_s});
    QCOMPARE(pending.exitCode, 0);
    QCOMPARE(array(pending).size(), 1);
    QCOMPARE(array(pending).first().toObject().value("order_number"_L1).toString(), number);
    // Younger than the default two minutes: left alone.
    const CliRun young = cli(u"reconcile"_s, {u"--json"_s}, true);
    QCOMPARE(young.exitCode, 0);
    QCOMPARE(array(young).size(), 0);
    const CliRun done = cli(u"reconcile"_s, {u"--min-age"_s, u"0"_s, u"--json"_s}, true);
    QCOMPARE(done.exitCode, 0);
    QCOMPARE(array(done).size(), 1);
    QCOMPARE(array(done).first().toObject().value("outcome"_L1).toString(), u"released"_s);
    QCOMPARE(seatStatus(u"stalls-A-4"_s), u"available"_s);
    const CliRun none = cli(u"payments-to-resolve"_s, {});
    QVERIFY(none.out.contains("No payments to resolve"));
}

void TestPaymentsCli::lostAnswerThenReconcileConfirms()
{
    const CliRun sold = sellCard(u"stalls-A-5"_s, u"lost"_s, u"card-4"_s);
    QCOMPARE(sold.exitCode, 1);
    QCOMPARE(sold.json().value("status"_L1).toString(), u"pending_payment"_s);
    const CliRun done = cli(u"reconcile"_s, {u"--min-age"_s, u"0"_s}, true);
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.out.contains(": confirmed"), done.out.constData());
    QCOMPARE(seatStatus(u"stalls-A-5"_s), u"sold"_s);
    QCOMPARE(cli(u"verify"_s, {}).exitCode, 0);
}

void TestPaymentsCli::findOrdersAndShowOne()
{
    const CliRun found = cli(u"orders"_s, {u"--find"_s, u"LOVELACE"_s, u"--json"_s});
    QCOMPARE(found.exitCode, 0);
    const QJsonArray list = array(found);
    QVERIFY(list.size() >= 2);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : list) {
        QCOMPARE(v.toObject().value("customer"_L1).toObject().value("name"_L1).toString(), u"Ada Lovelace"_s);
        QVERIFY(v.toObject().value("created_at_ms"_L1).toInteger() <= previous);
        previous = v.toObject().value("created_at_ms"_L1).toInteger();
    }
    const QString id = QString::number(list.first().toObject().value("order_id"_L1).toInteger());
    const CliRun one = cli(u"orders"_s, {u"--order"_s, id, u"--json"_s});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(one.json().value("order_id"_L1).toInteger(), id.toLongLong());
    QVERIFY(!one.json().value("items"_L1).toArray().isEmpty());
    const CliRun text = cli(u"orders"_s, {u"--find"_s, u"ada@example.org"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("order(s)."));
}

void TestPaymentsCli::exchangeThenRefund()
{
    const CliRun sold = cli(u"sell"_s, {u"--show"_s, m_show, u"--seats"_s, u"stalls-B-1,stalls-B-2"_s,
                                        u"--payment"_s, u"cash"_s, u"--key"_s, u"cash-1"_s, u"--json"_s});
    QCOMPARE(sold.exitCode, 0);
    const QString order = QString::number(sold.json().value("order_id"_L1).toInteger());
    const CliRun details = cli(u"orders"_s, {u"--order"_s, order, u"--json"_s});
    const QJsonArray items = details.json().value("items"_L1).toArray();
    const QString first = QString::number(items.at(0).toObject().value("item_id"_L1).toInteger());
    const QString second = QString::number(items.at(1).toObject().value("item_id"_L1).toInteger());

    const CliRun exchanged = cli(u"exchange"_s,
                                 {u"--order"_s, order, u"--items"_s, first, u"--show"_s, m_show, u"--seats"_s,
                                  u"stalls-B-9"_s, u"--key"_s, u"x-1"_s, u"--json"_s},
                                 true);
    QCOMPARE(exchanged.exitCode, 0);
    QCOMPARE(seatStatus(u"stalls-B-1"_s), u"available"_s);
    QCOMPARE(seatStatus(u"stalls-B-9"_s), u"sold"_s);

    // A cheap seat (category 3) exchanged for a dear one (category 1), the difference paid by card.
    const CliRun cheap = cli(u"sell"_s, {u"--show"_s, m_show, u"--seats"_s, u"stalls-N-12"_s, u"--payment"_s,
                                         u"cash"_s, u"--key"_s, u"cash-2"_s, u"--json"_s});
    QCOMPARE(cheap.exitCode, 0);
    const QString cheapOrder = QString::number(cheap.json().value("order_id"_L1).toInteger());
    const QString cheapItem = QString::number(cli(u"orders"_s, {u"--order"_s, cheapOrder, u"--json"_s})
                                                  .json()
                                                  .value("items"_L1)
                                                  .toArray()
                                                  .first()
                                                  .toObject()
                                                  .value("item_id"_L1)
                                                  .toInteger());
    const CliRun byCard =
        cli(u"exchange"_s,
            {u"--order"_s, cheapOrder, u"--items"_s, cheapItem, u"--show"_s, m_show, u"--seats"_s,
             u"stalls-A-9"_s, u"--payment"_s, u"card"_s, u"--key"_s, u"x-2"_s, u"--json"_s},
            true);
    QVERIFY2(byCard.exitCode == 0, byCard.err.constData());
    const QJsonObject difference = byCard.json().value("payments"_L1).toArray().last().toObject();
    QCOMPARE(difference.value("method"_L1).toString(), u"card"_s);
    QCOMPARE(difference.value("status"_L1).toString(), u"succeeded"_s);
    QCOMPARE(difference.value("amount_minor"_L1).toInteger(), 4000);
    QCOMPARE(seatStatus(u"stalls-A-9"_s), u"sold"_s);
    QCOMPARE(seatStatus(u"stalls-N-12"_s), u"available"_s);
    QCOMPARE(cli(u"verify"_s, {}).exitCode, 0);

    const CliRun refunded = cli(u"refund"_s,
                                {u"--order"_s, order, u"--items"_s, second, u"--reason"_s, u"ill"_s,
                                 u"--key"_s, u"r-1"_s, u"--json"_s},
                                true);
    QCOMPARE(refunded.exitCode, 0);
    QCOMPARE(refunded.json().value("status"_L1).toString(), u"partially_refunded"_s);
    QCOMPARE(seatStatus(u"stalls-B-2"_s), u"available"_s);
    QCOMPARE(cli(u"verify"_s, {}).exitCode, 0);
}

void TestPaymentsCli::badInputExitsTwoAndChangesNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("card without --simulate")
        << u"sell"_s << QStringList{u"--show"_s,   u"1"_s,    u"--seats"_s, u"stalls-C-1"_s,
                                    u"--method"_s, u"card"_s, u"--key"_s,   u"b1"_s};
    QTest::newRow("unknown --simulate")
        << u"sell"_s
        << QStringList{u"--show"_s, u"1"_s,          u"--seats"_s, u"stalls-C-1"_s, u"--method"_s,
                       u"card"_s,   u"--simulate"_s, u"maybe"_s,   u"--key"_s,      u"b2"_s};
    QTest::newRow("--simulate with cash")
        << u"sell"_s
        << QStringList{u"--show"_s, u"1"_s,          u"--seats"_s, u"stalls-C-1"_s, u"--method"_s,
                       u"cash"_s,   u"--simulate"_s, u"approve"_s, u"--key"_s,      u"b3"_s};
    QTest::newRow("refund without reason")
        << u"refund"_s << QStringList{u"--order"_s, u"1"_s, u"--key"_s, u"b4"_s};
    QTest::newRow("refund of an unknown order")
        << u"refund"_s << QStringList{u"--order"_s, u"9999"_s, u"--reason"_s, u"x"_s, u"--key"_s, u"b5"_s};
    QTest::newRow("exchange onto an unknown seat")
        << u"exchange"_s << QStringList{u"--order"_s, u"1"_s,       u"--items"_s, u"1"_s,     u"--show"_s,
                                        u"1"_s,       u"--seats"_s, u"nope"_s,    u"--key"_s, u"b6"_s};
    QTest::newRow("exchange by card, unknown --simulate")
        << u"exchange"_s
        << QStringList{u"--order"_s,    u"1"_s,       u"--items"_s,    u"1"_s,         u"--show"_s,
                       u"1"_s,          u"--seats"_s, u"stalls-C-2"_s, u"--payment"_s, u"card"_s,
                       u"--simulate"_s, u"perhaps"_s, u"--key"_s,      u"b7"_s};
    QTest::newRow("orders without a query") << u"orders"_s << QStringList{};
    QTest::newRow("orders with an empty query") << u"orders"_s << QStringList{u"--find"_s, u" "_s};
    QTest::newRow("reconcile with a negative age") << u"reconcile"_s << QStringList{u"--min-age"_s, u"-5"_s};
}

void TestPaymentsCli::badInputExitsTwoAndChangesNothing()
{
    QFETCH(QString, command);
    QFETCH(QStringList, args);
    const QByteArray before = m_database.snapshot();
    const CliRun run = cli(command, args, true);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(m_database.snapshot(), before);
}

QTEST_GUILESS_MAIN(TestPaymentsCli)
#include "tst_paymentscli.moc"
