// The simulated card terminal as the engine and the tests rely on it: scripted outcomes, one charge per key,
// status() telling the truth, refunds bounded by the charge, a ledger that outlives the process, and no
// lost or doubled charge when many threads charge at once.

#include "payment/simulatedcardterminal.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;
using namespace Parterre;

using Step = SimulatedCardTerminal::Step;
using Outcome = ProviderAnswer::Outcome;

Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(ProviderStatus::State)

class TestCardTerminal final : public QObject
{
    Q_OBJECT

private slots:
    void scriptedStep_data();
    void scriptedStep();
    void sameKeyAnswersTheSameAndChargesOnce();
    void timedOutKeyMayBeChargedLater();
    void refundsAreBoundedAndIdempotent();
    void unreachableAndPendingStatus();
    void ledgerOutlivesTheObject();
    void manyThreadsChargeEachKeyOnce();
    void terminalsSharingALedgerSeeEachOther();
};

void TestCardTerminal::scriptedStep_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<Outcome>("answer");
    QTest::addColumn<ProviderStatus::State>("status");
    QTest::addColumn<qint64>("charged");
    QTest::newRow("approve") << Step::Approve << Outcome::Approved << ProviderStatus::State::Approved
                             << qint64(1500);
    QTest::newRow("decline") << Step::Decline << Outcome::Declined << ProviderStatus::State::Declined
                             << qint64(0);
    QTest::newRow("timeout: never charged")
        << Step::Timeout << Outcome::Timeout << ProviderStatus::State::Unknown << qint64(0);
    QTest::newRow("lost: charged, answer lost")
        << Step::Lost << Outcome::Lost << ProviderStatus::State::Approved << qint64(1500);
}

void TestCardTerminal::scriptedStep()
{
    QFETCH(Step, step);
    QFETCH(Outcome, answer);
    QFETCH(ProviderStatus::State, status);
    QFETCH(qint64, charged);
    SimulatedCardTerminal terminal;
    terminal.setDefaultStep(Step::Decline);
    terminal.script({step});
    const ProviderAnswer a = terminal.charge({1500, u"EUR"_s}, u"k"_s);
    QCOMPARE(a.outcome, answer);
    QCOMPARE(a.reference.isEmpty(), answer != Outcome::Approved);
    auto s = terminal.status(u"k"_s);
    QVERIFY(s.ok());
    QCOMPARE(s->state, status);
    QCOMPARE(terminal.chargedMinor(u"k"_s), charged);
    // The script is used up: the default answers next.
    QCOMPARE(terminal.charge({1500, u"EUR"_s}, u"k2"_s).outcome, Outcome::Declined);
}

void TestCardTerminal::sameKeyAnswersTheSameAndChargesOnce()
{
    SimulatedCardTerminal terminal;
    const ProviderAnswer first = terminal.charge({2000, u"EUR"_s}, u"k"_s);
    const ProviderAnswer again = terminal.charge({2000, u"EUR"_s}, u"k"_s);
    QCOMPARE(again.outcome, Outcome::Approved);
    QCOMPARE(again.reference, first.reference);
    QCOMPARE(terminal.chargedMinor(u"k"_s), qint64(2000));
    QCOMPARE(terminal.charge({2500, u"EUR"_s}, u"k"_s).outcome, Outcome::Declined); // same key, other amount
    terminal.script({Step::Lost});
    QCOMPARE(terminal.charge({700, u"EUR"_s}, u"lost"_s).outcome, Outcome::Lost);
    QCOMPARE(terminal.charge({700, u"EUR"_s}, u"lost"_s).outcome, Outcome::Approved);
    QCOMPARE(terminal.chargedMinor(u"lost"_s), qint64(700));
}

void TestCardTerminal::timedOutKeyMayBeChargedLater()
{
    SimulatedCardTerminal terminal;
    terminal.script({Step::Timeout});
    QCOMPARE(terminal.charge({900, u"EUR"_s}, u"k"_s).outcome, Outcome::Timeout);
    QCOMPARE(terminal.chargedMinor(u"k"_s), qint64(0));
    QCOMPARE(terminal.charge({900, u"EUR"_s}, u"k"_s).outcome, Outcome::Approved);
    QCOMPARE(terminal.chargedMinor(u"k"_s), qint64(900));
}

void TestCardTerminal::refundsAreBoundedAndIdempotent()
{
    SimulatedCardTerminal terminal;
    const QString reference = terminal.charge({5000, u"EUR"_s}, u"k"_s).reference;
    QCOMPARE(terminal.refund(reference, {3000, u"EUR"_s}, u"r1"_s).outcome, Outcome::Approved);
    QCOMPARE(terminal.refund(reference, {3000, u"EUR"_s}, u"r1"_s).outcome, Outcome::Approved); // replay
    QCOMPARE(terminal.refundedMinor(u"k"_s), qint64(3000));
    QCOMPARE(terminal.refund(reference, {2001, u"EUR"_s}, u"r2"_s).outcome, Outcome::Declined);
    QCOMPARE(terminal.refund(reference, {2000, u"USD"_s}, u"r3"_s).outcome, Outcome::Declined);
    QCOMPARE(terminal.refund(u"SIM-nothing"_s, {10, u"EUR"_s}, u"r4"_s).outcome, Outcome::Declined);
    terminal.script({Step::Timeout});
    QCOMPARE(terminal.refund(reference, {2000, u"EUR"_s}, u"r5"_s).outcome, Outcome::Timeout);
    QCOMPARE(terminal.refundedMinor(u"k"_s), qint64(3000));
    QCOMPARE(terminal.refund(reference, {2000, u"EUR"_s}, u"r5"_s).outcome, Outcome::Approved);
    QCOMPARE(terminal.refundedMinor(u"k"_s), qint64(5000));
    QCOMPARE(terminal.status(u"k"_s)->refundedMinor, qint64(5000));
}

void TestCardTerminal::unreachableAndPendingStatus()
{
    SimulatedCardTerminal terminal;
    (void)terminal.charge({100, u"EUR"_s}, u"k"_s);
    terminal.setPending(u"k"_s, true);
    QCOMPARE(terminal.status(u"k"_s)->state, ProviderStatus::State::Pending);
    terminal.setPending(u"k"_s, false);
    terminal.setReachable(false);
    QVERIFY(!terminal.status(u"k"_s).ok());
    terminal.setReachable(true);
    QCOMPARE(terminal.status(u"k"_s)->state, ProviderStatus::State::Approved);
}

void TestCardTerminal::ledgerOutlivesTheObject()
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(u"terminal.json"_s);
    QString reference;
    {
        SimulatedCardTerminal terminal(ledger);
        terminal.script({Step::Lost});
        QCOMPARE(terminal.charge({4200, u"EUR"_s}, u"k"_s).outcome, Outcome::Lost);
        QCOMPARE(terminal.charge({100, u"EUR"_s}, u"r"_s).outcome, Outcome::Approved);
        reference = terminal.status(u"r"_s)->reference;
        QCOMPARE(terminal.refund(reference, {40, u"EUR"_s}, u"refund"_s).outcome, Outcome::Approved);
    }
    SimulatedCardTerminal later(ledger);
    auto status = later.status(u"k"_s);
    QVERIFY(status.ok());
    QCOMPARE(status->state, ProviderStatus::State::Approved);
    QCOMPARE(status->amountMinor, qint64(4200));
    QCOMPARE(later.refundedMinor(u"r"_s), qint64(40));
    QCOMPARE(later.refund(reference, {40, u"EUR"_s}, u"refund"_s).outcome, Outcome::Approved); // replayed
    QCOMPARE(later.refundedMinor(u"r"_s), qint64(40));
    QCOMPARE(later.refund(reference, {61, u"EUR"_s}, u"refund-2"_s).outcome, Outcome::Declined);
    QVERIFY(later.charge({1, u"EUR"_s}, u"new"_s).reference != reference);
}

void TestCardTerminal::manyThreadsChargeEachKeyOnce()
{
    SimulatedCardTerminal terminal;
    QStringList keys;
    for (int i = 0; i < 200; ++i)
        keys.append(u"k%1"_s.arg(i % 50)); // each key four times, from whichever thread
    QList<QString> references = QtConcurrent::blockingMapped(keys, [&terminal](const QString &key) {
        return terminal.charge({100, u"EUR"_s}, key).reference;
    });
    QCOMPARE(terminal.chargeCalls(), 200);
    QHash<QString, QString> byKey;
    for (int i = 0; i < keys.size(); ++i) {
        QVERIFY(!references.at(i).isEmpty());
        if (byKey.contains(keys.at(i)))
            QCOMPARE(references.at(i), byKey.value(keys.at(i)));
        byKey.insert(keys.at(i), references.at(i));
    }
    QCOMPARE(QSet<QString>(references.cbegin(), references.cend()).size(), 50);
    for (const QString &key : byKey.keys())
        QCOMPARE(terminal.chargedMinor(key), qint64(100));
}

void TestCardTerminal::terminalsSharingALedgerSeeEachOther()
{
    // Two processes' terminals on one ledger, as two parterre-cli commands running at once would be.
    QTemporaryDir dir;
    const QString ledger = dir.filePath(u"terminal.json"_s);
    SimulatedCardTerminal first(ledger);
    SimulatedCardTerminal second(ledger);
    const ProviderAnswer a = first.charge({1000, u"EUR"_s}, u"a"_s);
    const ProviderAnswer b = second.charge({2000, u"EUR"_s}, u"b"_s);
    QCOMPARE(a.outcome, Outcome::Approved);
    QCOMPARE(b.outcome, Outcome::Approved);
    QVERIFY(a.reference != b.reference);
    QCOMPARE(second.status(u"a"_s)->state, ProviderStatus::State::Approved); // written by the other one
    QCOMPARE(first.status(u"b"_s)->amountMinor, qint64(2000));
    // The same key through the other terminal is the same charge, not a second one.
    QCOMPARE(second.charge({1000, u"EUR"_s}, u"a"_s).reference, a.reference);
    QCOMPARE(second.refund(a.reference, {1000, u"EUR"_s}, u"ra"_s).outcome, Outcome::Approved);
    QCOMPARE(first.refund(a.reference, {1, u"EUR"_s}, u"ra-2"_s).outcome, Outcome::Declined); // all back
    SimulatedCardTerminal later(ledger);
    QCOMPARE(later.status(u"a"_s)->refundedMinor, qint64(1000));
    QCOMPARE(later.status(u"b"_s)->state, ProviderStatus::State::Approved);
}

QTEST_GUILESS_MAIN(TestCardTerminal)
#include "tst_cardterminal.moc"
