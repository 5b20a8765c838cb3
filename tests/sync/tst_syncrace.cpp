// Two terminal processes race for the same seats through one host: each seat is sold once, every sale a
// terminal was told about is in the host's store, and verify finds nothing wrong. The test process is the
// host; it starts itself twice with --race-client as the terminals.

#include "httpclient.h"
#include "testsupport.h"

#include "inventory/clock.h"
#include "sync/syncserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

constexpr int Rows = 4;
constexpr int SeatsPerRow = 10;

// A terminal: tries to sell every seat, one per order, in its own order; prints the seats it sold.
int raceClient(const QStringList &args)
{
    const quint16 port = args.value(0).toUShort();
    const QString token = args.value(1);
    const QString showId = args.value(2);
    const int terminal = args.value(3).toInt();
    QStringList seats;
    for (int row = 1; row <= Rows; ++row) {
        for (int n = 1; n <= SeatsPerRow; ++n)
            seats.append(seatId(row, n));
    }
    QRandomGenerator random(quint32(terminal) * 7919u + 17u);
    for (qsizetype i = seats.size() - 1; i > 0; --i)
        seats.swapItemsAt(i, random.bounded(i + 1));

    HttpClient client(port);
    client.setToken(token);
    QJsonArray sold;
    for (const QString &seat : std::as_const(seats)) {
        const QString key = u"t%1-%2"_s.arg(terminal).arg(seat);
        auto hold = client.post(u"/v1/shows/%1/holds"_s.arg(showId),
                                QJsonObject{{u"seat_ids"_s, QJsonArray{seat}}}, key + u"-hold"_s);
        if (hold.status == 409)
            continue;
        if (hold.status != 201) {
            std::fprintf(stderr, "hold %s: %d %s\n", qPrintable(seat), hold.status, hold.body.constData());
            return 1;
        }
        QJsonObject order{{u"hold_id"_s, hold.json.value(u"hold_id"_s)},
                          {u"payment"_s, QJsonObject{{u"method"_s, u"cash"_s}}}};
        auto ordered = client.post(u"/v1/orders"_s, order, key + u"-order"_s);
        auto confirmed =
            client.post(u"/v1/payments/%1/confirm"_s.arg(ordered.json.value(u"payment_id"_s).toInteger()),
                        QByteArray(), key + u"-confirm"_s);
        if (ordered.status != 201 || confirmed.status != 200) {
            std::fprintf(stderr, "sale of %s: %d, %d\n", qPrintable(seat), ordered.status, confirmed.status);
            return 1;
        }
        sold.append(seat);
    }
    std::printf("%s\n", QJsonDocument(sold).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

class TestSyncRace final : public QObject
{
    Q_OBJECT

private slots:
    void twoTerminalsSellEachSeatOnce();
};

void TestSyncRace::twoTerminalsSellEachSeatOnce()
{
    Fixture fixture(Rows, SeatsPerRow, 0);
    QVERIFY(fixture.isValid());
    const CallContext ctx{{}, u"test"_s, u"test"_s, SystemClock().nowMs()};
    QStringList tokens;
    for (int i = 0; i < 2; ++i) {
        auto token = fixture.store().createToken(u"terminal-%1"_s.arg(i), u"clerk"_s, ctx);
        QVERIFY(token.ok());
        tokens.append(*token);
    }
    SyncOptions options;
    options.rateBurst = 100'000;
    options.ratePerSecond = 100'000;
    SyncServer host(fixture.database().location(), options);
    auto port = host.start();
    QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));

    QList<QProcess *> terminals;
    for (int i = 0; i < 2; ++i) {
        auto *process = new QProcess(this);
        process->start(QCoreApplication::applicationFilePath(),
                       {u"--race-client"_s, QString::number(*port), tokens.at(i),
                        QString::number(fixture.showId()), QString::number(i)});
        terminals.append(process);
    }
    QSet<QString> soldByTerminals;
    int sales = 0;
    for (QProcess *process : std::as_const(terminals)) {
        QVERIFY(process->waitForFinished(120'000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const QJsonArray sold = QJsonDocument::fromJson(process->readAllStandardOutput()).array();
        for (const QJsonValue &seat : sold) {
            soldByTerminals.insert(seat.toString());
            ++sales;
        }
    }
    QCOMPARE(sales, Rows * SeatsPerRow); // no seat sold twice, none left over
    QCOMPARE(soldByTerminals.size(), Rows * SeatsPerRow);
    for (const QString &seat : std::as_const(soldByTerminals))
        QCOMPARE(fixture.seatStatus(seat), u"sold"_s);
    host.stop();
    QCOMPARE(fixture.violations(), QStringList());
}

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "--race-client") == 0) {
        QCoreApplication app(argc, argv);
        return raceClient(app.arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    TestSyncRace test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_syncrace.moc"
