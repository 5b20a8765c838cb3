// A child selling in a loop is killed with SIGKILL at random moments: after reopening, verify passes and
// every sale the child acknowledged before the kill is there.

#include "salesreport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestCrash final : public QObject
{
    Q_OBJECT

private slots:
    void killedMidSaleLosesNothingAcknowledged();
};

void TestCrash::killedMidSaleLosesNothingAcknowledged()
{
    Fixture f(20, 25, 0); // 500 seats
    QVERIFY(f.isValid());
    const QStringList store = f.database().cliArguments();
    const qint64 showId = f.showId();
    QRandomGenerator random(20261123);
    SalesReport report;

    for (int round = 0; round < 4; ++round) {
        QProcess child;
        child.start(QStringLiteral(PARTERRE_SALESWORKER_PATH),
                    store + QStringList{u"--show"_s, QString::number(showId), u"--attempts"_s, u"-1"_s,
                                        u"--seed"_s, QString::number(77 + round), u"--prefix"_s,
                                        u"crash%1"_s.arg(round), u"--refund-percent"_s, u"0"_s});
        QVERIFY(child.waitForStarted());
        // Let it sell a while, then kill it at a random moment, most likely inside a transaction.
        const int wanted = 15 + int(random.bounded(20));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (output.count('\n') < wanted && timer.elapsed() < 60'000) {
            child.waitForReadyRead(1000);
            output += child.readAllStandardOutput();
        }
        QTest::qWait(int(random.bounded(15)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10'000));
        output += child.readAllStandardOutput();
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const qsizetype before = report.sales.size();
        report.parse(QString::fromUtf8(output));
        QVERIFY2(report.sales.size() - before >= wanted, "the child should have sold before it was killed");

        // Reopen, as the next start of the application would.
        auto reopened = f.openAnother();
        QVERIFY(reopened);
        auto violations = reopened->verify(f.clock().nowMs());
        QVERIFY(violations.ok());
        QStringList found;
        for (const Violation &v : *violations)
            found.append(v.rule + u": "_s + v.detail);
        QCOMPARE(found, QStringList());
        const QStringList problems = report.checkAgainst(*reopened, showId, f.clock().nowMs(), true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }
    QVERIFY(report.errors.isEmpty());
    qInfo("%lld acknowledged sales survived 4 kills", qint64(report.sales.size()));
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
