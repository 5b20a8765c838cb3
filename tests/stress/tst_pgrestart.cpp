// PostgreSQL restarted in the middle of a sales loop: every acknowledged sale is there, none twice, the
// selling client carries on after reconnecting, and notifications resume (the listener LISTENs again).

#include "salesreport.h"
#include "testsupport.h"

#include "store/changefeed.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestPgRestart final : public QObject
{
    Q_OBJECT

private slots:
    void salesAndNotificationsSurviveARestart();
};

namespace {

bool restartServer(QString *error)
{
    const QString bin = qEnvironmentVariable("PARTERRE_TEST_POSTGRES_BIN");
    const QString data = qEnvironmentVariable("PARTERRE_TEST_POSTGRES_DATA");
    if (bin.isEmpty() || data.isEmpty()) {
        *error = u"PARTERRE_TEST_POSTGRES_BIN/DATA are not set: run through ./scripts/test"_s;
        return false;
    }
    QStringList command{bin + u"/pg_ctl"_s,
                        u"-D"_s,
                        data,
                        u"-m"_s,
                        u"fast"_s,
                        u"-w"_s,
                        u"-t"_s,
                        u"60"_s,
                        u"restart"_s,
                        u"-l"_s,
                        data + u"/../server.log"_s};
    QProcess process;
    process.setWorkingDirectory(u"/"_s); // the postgres user may not be able to enter ours
    if (qEnvironmentVariable("USER") == "root"_L1 || ::getuid() == 0)
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s} + command);
    else
        process.start(command.takeFirst(), command);
    if (!process.waitForFinished(90'000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

int soldLines(const QByteArray &output)
{
    return int(output.count("\nSOLD ") + (output.startsWith("SOLD ") ? 1 : 0));
}

} // namespace

void TestPgRestart::salesAndNotificationsSurviveARestart()
{
    if (!testingPostgres())
        QSKIP("PostgreSQL only");
    Fixture f(20, 25, 0);
    QVERIFY2(f.isValid(), qPrintable(f.database().error()));
    ChangeFeed feed(f.database().location());
    feed.start(0);

    QProcess child;
    child.start(QStringLiteral(PARTERRE_SALESWORKER_PATH),
                f.database().cliArguments() + QStringList{u"--show"_s, QString::number(f.showId()),
                                                          u"--attempts"_s, u"-1"_s, u"--seed"_s, u"5"_s,
                                                          u"--prefix"_s, u"restart"_s, u"--refund-percent"_s,
                                                          u"0"_s});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    const auto readUntil = [&](int lines) {
        QElapsedTimer timer;
        timer.start();
        while (soldLines(output) < lines && timer.elapsed() < 90'000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(500);
            output += child.readAllStandardOutput();
        }
        return soldLines(output) >= lines;
    };
    QVERIFY(readUntil(10));
    QTRY_VERIFY_WITH_TIMEOUT(feed.notificationsReceived() > 0, 15'000);

    QString error;
    QVERIFY2(restartServer(&error), qPrintable(error));
    const int soldAtRestart = soldLines(output);
    const quint64 notificationsAtRestart = feed.notificationsReceived();

    // The client reconnects by itself and keeps selling; the feed's listener LISTENs again.
    QVERIFY2(readUntil(soldAtRestart + 10), child.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(feed.notificationsReceived() > notificationsAtRestart, 30'000);

    child.kill();
    QVERIFY(child.waitForFinished(10'000));
    output += child.readAllStandardOutput();
    SalesReport report;
    report.parse(QString::fromUtf8(output));
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    auto store = f.openAnother();
    QVERIFY(store);
    const QStringList problems = report.checkAgainst(*store, f.showId(), f.clock().nowMs(), true);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    auto violations = store->verify(f.clock().nowMs());
    QVERIFY(violations.ok());
    QVERIFY(violations->isEmpty());
    // The feed caught up with everything, across the restart.
    QTRY_COMPARE_WITH_TIMEOUT(feed.lastSeq(), *store->lastSeq(), 15'000);
    qInfo("%lld acknowledged sales across a server restart", qint64(report.sales.size()));
}

QTEST_GUILESS_MAIN(TestPgRestart)
#include "tst_pgrestart.moc"
