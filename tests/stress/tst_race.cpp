// Threads with their own connections and separate processes race for 500 seats on one store (8 + 4 on a
// SQLite file, 8 + 24 on PostgreSQL): every seat is sold to at most one person, every acknowledged sale is in
// the store, verify passes.

#include "salesloop.h"
#include "salesreport.h"
#include "testsupport.h"

#include <QProcess>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestRace final : public QObject
{
    Q_OBJECT

private slots:
    void threadsAndProcessesNeverOversell();
};

void TestRace::threadsAndProcessesNeverOversell()
{
    // SQLite: 8 threads and 4 processes on one file. PostgreSQL: 32 clients, 8 threads and 24 processes.
    constexpr int threadCount = 8;
    const int processCount = testingPostgres() ? 24 : 4;
    constexpr int attemptsPerThread = 1500;
    const int attemptsPerProcess = testingPostgres() ? 700 : 2000;
    constexpr int refundPercent = 60; // keeps seats coming back, so the race lasts the whole run

    Fixture f(25, 20, 0); // 500 seats
    QVERIFY(f.isValid());

    QList<QProcess *> processes;
    for (int i = 0; i < processCount; ++i) {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(PARTERRE_SALESWORKER_PATH),
                       f.database().cliArguments() +
                           QStringList{u"--show"_s, QString::number(f.showId()), u"--attempts"_s,
                                       QString::number(attemptsPerProcess), u"--seed"_s,
                                       QString::number(1000 + i), u"--prefix"_s, u"process%1"_s.arg(i),
                                       u"--refund-percent"_s, QString::number(refundPercent)});
        processes.append(process);
    }
    QList<QString> threadOutput(threadCount);
    QList<QThread *> threads;
    for (int i = 0; i < threadCount; ++i) {
        QThread *thread = QThread::create([&f, &threadOutput, i, refundPercent] {
            QTextStream out(&threadOutput[i]);
            SalesLoopOptions options;
            options.location = f.database().location();
            options.showId = f.showId();
            options.attempts = attemptsPerThread;
            options.seed = quint32(i + 1);
            options.keyPrefix = u"thread%1"_s.arg(i);
            options.refundPercent = refundPercent;
            runSalesLoop(options, out);
        });
        threads.append(thread);
        thread->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(QDeadlineTimer(600'000)));
        delete thread;
    }
    SalesReport report;
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(600'000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitCode() == 0, qPrintable(err));
        report.parse(QString::fromUtf8(process->readAllStandardOutput()));
    }
    for (const QString &out : std::as_const(threadOutput))
        report.parse(out);

    QCOMPARE(report.finishedLoops, threadCount + processCount);
    QVERIFY(report.attempts >= 20'000);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    qInfo("%lld attempts, %lld sales acknowledged, %lld refunded", report.attempts,
          qint64(report.sales.size()), qint64(report.refunded.size()));
    // Contention must have been real: more acknowledged sales than seats, thanks to refunds, and refusals.
    QVERIFY(report.sales.size() > 500);

    const QStringList problems = report.checkAgainst(f.store(), f.showId(), f.clock().nowMs());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    QCOMPARE(f.violations(), QStringList());

    QProcess verify;
    verify.start(QStringLiteral(PARTERRE_CLI_PATH), QStringList{u"verify"_s} + f.database().cliArguments());
    QVERIFY(verify.waitForFinished(120'000));
    QCOMPARE(verify.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestRace)
#include "tst_race.moc"
