// Three processes on loopback: a host (parterre --serve) and two terminals selling the same seats through
// it. The host is killed with SIGKILL mid-sale and started again: the terminals ride it out (a lost answer
// is asked for again under its key), every sale a terminal was told about is in the host's store, no seat
// is sold twice, and verify finds nothing wrong.

#include "salesreport.h"
#include "testsupport.h"

#include "inventory/clock.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

int soldLines(const QByteArray &output)
{
    return int(output.count("\nSOLD ") + (output.startsWith("SOLD ") ? 1 : 0));
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

} // namespace

class TestHostKill final : public QObject
{
    Q_OBJECT

private slots:
    void terminalsSurviveAHostKilledMidSale();

private:
    bool startHost(QProcess &host, const Fixture &f, quint16 port);
};

bool TestHostKill::startHost(QProcess &host, const Fixture &f, quint16 port)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    host.setProcessEnvironment(env);
    host.start(QStringLiteral(PARTERRE_APP_PATH),
               const_cast<Fixture &>(f).database().cliArguments() +
                   QStringList{u"--serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    if (!host.waitForStarted())
        return false;
    QElapsedTimer waited;
    waited.start();
    QByteArray said;
    while (!said.contains("listening") && waited.elapsed() < 20'000 && host.state() == QProcess::Running) {
        host.waitForReadyRead(200);
        said += host.readAllStandardOutput() + host.readAllStandardError();
    }
    return said.contains("listening");
}

void TestHostKill::terminalsSurviveAHostKilledMidSale()
{
    Fixture f(20, 25, 0);
    QVERIFY2(f.isValid(), qPrintable(f.database().error()));
    auto token = f.store().createToken(u"counter"_s, u"supervisor"_s, {{}, u"test"_s, u"test"_s, 0});
    QVERIFY(token);
    const quint16 port = freePort();
    QProcess host;
    QVERIFY(startHost(host, f, port));

    QList<QProcess *> terminals;
    QList<QByteArray> outputs(2);
    for (int t = 0; t < 2; ++t) {
        auto *terminal = new QProcess(this);
        terminal->start(QStringLiteral(PARTERRE_SALESWORKER_PATH),
                        {u"--connect"_s, u"http://127.0.0.1:%1"_s.arg(port), u"--token"_s, *token,
                         u"--show"_s, QString::number(f.showId()), u"--attempts"_s, u"-1"_s, u"--seed"_s,
                         QString::number(11 + t), u"--prefix"_s, u"terminal%1"_s.arg(t),
                         u"--refund-percent"_s,
                         u"0"_s}); // killed at the end: a refund not yet reported would look lost
        QVERIFY(terminal->waitForStarted());
        terminals.append(terminal);
    }
    const auto readUntil = [&](const QList<int> &lines) {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            bool done = true;
            for (int t = 0; t < 2; ++t) {
                terminals[t]->waitForReadyRead(100);
                outputs[t] += terminals[t]->readAllStandardOutput();
                done = done && soldLines(outputs[t]) >= lines[t];
                if (outputs[t].contains("ERROR") || terminals[t]->state() != QProcess::Running)
                    return false;
            }
            if (done)
                return true;
            if (timer.elapsed() > 90'000)
                return false;
        }
    };
    QVERIFY2(readUntil({15, 15}), QByteArray(outputs[0] + outputs[1]).constData());

    host.kill(); // SIGKILL: no goodbye, no checkpoint
    QVERIFY(host.waitForFinished(10'000));
    const QList<int> atKill{soldLines(outputs[0]), soldLines(outputs[1])};
    QTest::qWait(500);
    QProcess restarted;
    QVERIFY(startHost(restarted, f, port));

    QVERIFY2(readUntil({atKill[0] + 15, atKill[1] + 15}),
             QByteArray(outputs[0] + outputs[1] + terminals[0]->readAllStandardError() +
                        terminals[1]->readAllStandardError())
                 .constData());

    QByteArray all;
    for (int t = 0; t < 2; ++t) {
        terminals[t]->kill();
        QVERIFY(terminals[t]->waitForFinished(10'000));
        outputs[t] += terminals[t]->readAllStandardOutput();
        all += outputs[t];
    }
    restarted.terminate();
    QVERIFY(restarted.waitForFinished(10'000));

    SalesReport report;
    report.parse(QString::fromUtf8(all));
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    auto store = f.openAnother();
    QVERIFY(store);
    const qint64 now = SystemClock().nowMs();
    const QStringList problems = report.checkAgainst(*store, f.showId(), now, true);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    auto violations = store->verify(now);
    QVERIFY(violations.ok());
    QVERIFY2(violations->isEmpty(),
             qPrintable(violations->isEmpty() ? QString() : violations->first().detail));
    qInfo("%lld acknowledged sales by two terminals across a host killed with SIGKILL",
          qint64(report.sales.size()));
}

QTEST_GUILESS_MAIN(TestHostKill)
#include "tst_hostkill.moc"
