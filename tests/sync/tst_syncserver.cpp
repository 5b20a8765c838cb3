#include "httpclient.h"
#include "testsupport.h"

#include "inventory/clock.h"
#include "sync/syncserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

QString problem(const QString &slug)
{
    return u"https://parterre.example.org/problems/"_s + slug;
}

QJsonObject seatsBody(const QStringList &seats)
{
    return {{u"seat_ids"_s, QJsonArray::fromStringList(seats)}};
}

QJsonObject cashOrder(qint64 holdId)
{
    return {{u"hold_id"_s, holdId},
            {u"payment"_s, QJsonObject{{u"method"_s, u"cash"_s}}},
            {u"customer"_s, QJsonObject{{u"name"_s, u"Ada"_s}}}};
}

// A test store with one show and a sync host serving it, plus a token per role.
struct Host
{
    explicit Host(SyncOptions options = {})
    {
        if (!fixture.isValid())
            return;
        const CallContext ctx{{}, u"test"_s, u"test"_s, SystemClock().nowMs()};
        for (const QString &role : {u"clerk"_s, u"supervisor"_s, u"organizer"_s}) {
            auto token = fixture.store().createToken(role + u"-terminal"_s, role, ctx);
            if (!token) {
                qWarning() << token.error().message;
                return;
            }
            tokens.insert(role, *token);
        }
        server = std::make_unique<SyncServer>(fixture.database().location(), options);
        auto port = server->start();
        if (!port) {
            qWarning() << port.error().message;
            server.reset();
        }
    }
    bool isValid() const { return server != nullptr; }
    HttpClient client(const QString &role = u"clerk"_s)
    {
        HttpClient c(server->port());
        c.setToken(tokens.value(role));
        return c;
    }
    QString path(const QString &suffix) const
    {
        return u"/v1/shows/%1%2"_s.arg(fixture.showId()).arg(suffix);
    }

    Fixture fixture;
    QHash<QString, QString> tokens;
    std::unique_ptr<SyncServer> server;
};

SyncOptions unlimited()
{
    SyncOptions options;
    options.rateBurst = 1'000'000;
    options.ratePerSecond = 1'000'000;
    return options;
}

qint64 count(Host &host, const QString &table)
{
    const auto rows = host.fixture.database().query(u"SELECT COUNT(*) FROM "_s + table);
    return rows.isEmpty() ? -1 : rows.first().value(0).toLongLong();
}

} // namespace

class TestSyncServer final : public QObject
{
    Q_OBJECT

private slots:
    void everyRouteHappyPath();
    void sameKeyThousandTimesIsOneOrder();
    void refusedRequestsChangeNothing();
    void expiredHoldIsGone();
    void rateLimitSaysWhenToRetry();
    void longPollAnswersWhenAnotherClientSells();
    void longPollHearsOfSalesBehindTheHost();
    void cliTokensAreHashedAndRevocable();
    void pairingCodeIsTradedOnceForAToken();
    void idleAndSurplusConnectionsAreClosed();
};

void TestSyncServer::everyRouteHappyPath()
{
    Host host(unlimited());
    QVERIFY(host.isValid());
    HttpClient clerk = host.client();

    auto events = clerk.get(u"/v1/events"_s);
    QCOMPARE(events.status, 200);
    const QJsonArray eventList = events.json.value(u"events"_s).toArray();
    QCOMPARE(eventList.size(), 1);
    const qint64 eventId = eventList.first().toObject().value(u"id"_s).toInteger();

    auto shows = clerk.get(u"/v1/events/%1/shows"_s.arg(eventId));
    QCOMPARE(shows.status, 200);
    QCOMPARE(shows.json.value(u"shows"_s).toArray().first().toObject().value(u"id"_s).toInteger(),
             host.fixture.showId());

    auto map = clerk.get(host.path(u"/seat-map"_s));
    QCOMPARE(map.status, 200);
    QVERIFY(map.body.contains("r1-1"));

    auto availability = clerk.get(host.path(u"/availability"_s));
    QCOMPARE(availability.status, 200);
    QCOMPARE(availability.json.value(u"seats"_s).toArray().size(), 200);
    QCOMPARE(availability.json.value(u"seats"_s).toArray().first().toObject().value(u"status"_s).toString(),
             u"available"_s);
    const qint64 seqBefore = availability.json.value(u"seq"_s).toInteger();

    // Hold two seats, order and pay in cash, confirm: tickets.
    auto hold = clerk.post(host.path(u"/holds"_s), seatsBody({seatId(1, 1), seatId(1, 2)}), u"h-1"_s);
    QCOMPARE(hold.status, 201);
    const qint64 holdId = hold.json.value(u"hold_id"_s).toInteger();
    QVERIFY(holdId > 0);
    QCOMPARE(hold.json.value(u"show_id"_s).toInteger(), host.fixture.showId());
    QCOMPARE(hold.json.value(u"seat_ids"_s).toArray().size(), 2);
    QCOMPARE(hold.json.value(u"price_cents"_s).toInteger(), 2 * priceOf(u"a"_s));
    QCOMPARE(hold.json.value(u"currency"_s).toString(), u"EUR"_s);
    QVERIFY(hold.json.value(u"expires_at_ms"_s).toInteger() >
            hold.json.value(u"server_time_ms"_s).toInteger());
    QCOMPARE(hold.json.value(u"version"_s).toInt(), 1);

    auto order = clerk.post(u"/v1/orders"_s, cashOrder(holdId), u"o-1"_s);
    QCOMPARE(order.status, 201);
    const qint64 orderId = order.json.value(u"order_id"_s).toInteger();
    const qint64 paymentId = order.json.value(u"payment_id"_s).toInteger();
    QVERIFY(orderId > 0 && paymentId > 0);
    QCOMPARE(order.json.value(u"status"_s).toString(), u"succeeded"_s);

    auto confirmed = clerk.post(u"/v1/payments/%1/confirm"_s.arg(paymentId), QByteArray(), u"c-1"_s);
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.json.value(u"status"_s).toString(), u"confirmed"_s);
    QCOMPARE(confirmed.json.value(u"order_id"_s).toInteger(), orderId);
    const QJsonArray tickets = confirmed.json.value(u"tickets"_s).toArray();
    QCOMPARE(tickets.size(), 2);
    QVERIFY(!tickets.first().toObject().value(u"code"_s).toString().isEmpty());
    QVERIFY(tickets.first().toObject().value(u"seat_id"_s).toString().startsWith(u"r1-"_s));
    QCOMPARE(host.fixture.seatStatus(seatId(1, 1)), u"sold"_s);

    // A standing-place hold, then its release.
    auto gaHold = clerk.post(host.path(u"/holds"_s),
                             QJsonObject{{u"ga"_s, QJsonObject{{u"area"_s, u"floor"_s}, {u"quantity"_s, 3}}}},
                             u"h-2"_s);
    QCOMPARE(gaHold.status, 201);
    QCOMPARE(gaHold.json.value(u"price_cents"_s).toInteger(), 3 * priceOf(u"c"_s));
    auto released = clerk.del(u"/v1/holds/%1"_s.arg(gaHold.json.value(u"hold_id"_s).toInteger()), u"d-1"_s);
    QCOMPARE(released.status, 200);
    QCOMPARE(released.json.value(u"status"_s).toString(), u"released"_s);

    // A refund needs a supervisor.
    HttpClient supervisor = host.client(u"supervisor"_s);
    auto refunded = supervisor.post(u"/v1/orders/%1/refunds"_s.arg(orderId),
                                    QJsonObject{{u"reason"_s, u"show moved"_s}}, u"r-1"_s);
    QCOMPARE(refunded.status, 200);
    QCOMPARE(refunded.json.value(u"status"_s).toString(), u"refunded"_s);
    QCOMPARE(host.fixture.seatStatus(seatId(1, 1)), u"available"_s);

    // The feed has all of it, at once when there is something to say.
    auto changes = clerk.get(u"/v1/changes?since=%1"_s.arg(seqBefore));
    QCOMPARE(changes.status, 200);
    QVERIFY(changes.elapsedMs < 5000);
    QVERIFY(changes.json.value(u"changes"_s).toArray().size() >= 6);
    QVERIFY(changes.json.value(u"seq"_s).toInteger() > seqBefore);
    QCOMPARE(changes.json.value(u"changes"_s).toArray().first().toObject().value(u"seat_id"_s).toString(),
             seatId(1, 1));

    QCOMPARE(host.fixture.violations(), QStringList());
}

void TestSyncServer::sameKeyThousandTimesIsOneOrder()
{
    Host host(unlimited());
    QVERIFY(host.isValid());
    HttpClient clerk = host.client();
    auto hold = clerk.post(host.path(u"/holds"_s), seatsBody({seatId(2, 5)}), u"hold-once"_s);
    QCOMPARE(hold.status, 201);
    const QJsonObject body = cashOrder(hold.json.value(u"hold_id"_s).toInteger());
    qint64 orderId = 0;
    for (int i = 0; i < 1000; ++i) {
        auto order = clerk.post(u"/v1/orders"_s, body, u"the-same-key"_s);
        QCOMPARE(order.status, 201);
        if (i == 0)
            orderId = order.json.value(u"order_id"_s).toInteger();
        QCOMPARE(order.json.value(u"order_id"_s).toInteger(), orderId);
    }
    QCOMPARE(count(host, u"orders"_s), 1);
    QCOMPARE(count(host, u"payments"_s), 1);
    QCOMPARE(host.fixture.violations(), QStringList());
}

void TestSyncServer::refusedRequestsChangeNothing()
{
    Host host(unlimited());
    QVERIFY(host.isValid());
    host.fixture.sell({seatId(3, 3)});
    HttpClient clerk = host.client();
    auto held = clerk.post(host.path(u"/holds"_s), seatsBody({seatId(4, 1)}), u"k-reused"_s);
    QCOMPARE(held.status, 201);
    const qint64 holdId = held.json.value(u"hold_id"_s).toInteger();

    // A revoked token.
    const CallContext ctx{{}, u"test"_s, u"test"_s, SystemClock().nowMs()};
    auto revoked = host.fixture.store().createToken(u"old-terminal"_s, u"clerk"_s, ctx);
    QVERIFY(revoked.ok());
    QVERIFY(host.fixture.store().revokeToken(u"old-terminal"_s, ctx).ok());

    struct Case
    {
        const char *name;
        QString role; // token to use: a role, "none", "bogus" or "revoked"
        QByteArray method;
        QString path;
        QByteArray body;
        QByteArray key; // empty: no Idempotency-Key header
        int status;
        QString type;
        QStringList seatIds;
    };
    const QByteArray json = "application/json";
    const QString holds = host.path(u"/holds"_s);
    const QByteArray oneSeat = QJsonDocument(seatsBody({seatId(5, 5)})).toJson();
    const QList<Case> cases{
        {"malformed JSON",
         u"clerk"_s,
         "POST",
         holds,
         "{\"seat_ids\": [",
         "k1",
         400,
         problem(u"malformed-json"_s),
         {}},
        {"not an object", u"clerk"_s, "POST", holds, "[1, 2]", "k2", 400, problem(u"invalid-request"_s), {}},
        {"wrong type",
         u"clerk"_s,
         "POST",
         holds,
         "{\"seat_ids\": \"r5-5\"}",
         "k3",
         400,
         problem(u"invalid-request"_s),
         {}},
        {"wrong type in ga",
         u"clerk"_s,
         "POST",
         holds,
         "{\"ga\": {\"area\": \"floor\", \"quantity\": \"2\"}}",
         "k4",
         400,
         problem(u"invalid-request"_s),
         {}},
        {"invalid UTF-8",
         u"clerk"_s,
         "POST",
         holds,
         "{\"seat_ids\": [\"r5-5\xff\xfe\"]}",
         "k5",
         400,
         problem(u"invalid-request"_s),
         {}},
        {"order: wrong payment method",
         u"clerk"_s,
         "POST",
         u"/v1/orders"_s,
         "{\"hold_id\": " + QByteArray::number(holdId) + ", \"payment\": {\"method\": \"iou\"}}",
         "k6",
         400,
         problem(u"invalid-request"_s),
         {}},
        {"comp without reason",
         u"clerk"_s,
         "POST",
         u"/v1/orders"_s,
         "{\"hold_id\": " + QByteArray::number(holdId) + ", \"payment\": {\"method\": \"comp\"}}",
         "k7",
         400,
         problem(u"invalid-request"_s),
         {}},
        {"missing key",
         u"clerk"_s,
         "POST",
         holds,
         oneSeat,
         {},
         400,
         problem(u"missing-idempotency-key"_s),
         {}},
        {"missing key on DELETE",
         u"clerk"_s,
         "DELETE",
         u"/v1/holds/%1"_s.arg(holdId),
         {},
         {},
         400,
         problem(u"missing-idempotency-key"_s),
         {}},
        {"no token", u"none"_s, "POST", holds, oneSeat, "k8", 401, problem(u"unauthorized"_s), {}},
        {"no token on a read",
         u"none"_s,
         "GET",
         u"/v1/events"_s,
         {},
         {},
         401,
         problem(u"unauthorized"_s),
         {}},
        {"bogus token", u"bogus"_s, "POST", holds, oneSeat, "k9", 401, problem(u"unauthorized"_s), {}},
        {"revoked token", u"revoked"_s, "POST", holds, oneSeat, "k10", 401, problem(u"unauthorized"_s), {}},
        {"organizer may not sell",
         u"organizer"_s,
         "POST",
         holds,
         oneSeat,
         "k11",
         403,
         problem(u"forbidden"_s),
         {}},
        {"clerk may not refund",
         u"clerk"_s,
         "POST",
         u"/v1/orders/1/refunds"_s,
         "{\"reason\": \"x\"}",
         "k12",
         403,
         problem(u"forbidden"_s),
         {}},
        {"unknown show",
         u"clerk"_s,
         "POST",
         u"/v1/shows/987654/holds"_s,
         oneSeat,
         "k13",
         404,
         problem(u"not-found"_s),
         {}},
        {"unknown show's map",
         u"clerk"_s,
         "GET",
         u"/v1/shows/987654/seat-map"_s,
         {},
         {},
         404,
         problem(u"not-found"_s),
         {}},
        {"unknown hold",
         u"clerk"_s,
         "DELETE",
         u"/v1/holds/987654"_s,
         {},
         "k14",
         404,
         problem(u"not-found"_s),
         {}},
        {"unknown route", u"clerk"_s, "GET", u"/v1/nothing"_s, {}, {}, 404, problem(u"not-found"_s), {}},
        {"seat taken",
         u"clerk"_s,
         "POST",
         holds,
         QJsonDocument(seatsBody({seatId(5, 6), seatId(3, 3)})).toJson(),
         "k15",
         409,
         problem(u"seat-unavailable"_s),
         {seatId(3, 3)}},
        {"key reused with another body",
         u"clerk"_s,
         "POST",
         holds,
         oneSeat,
         "k-reused",
         409,
         problem(u"idempotency-key-reused"_s),
         {}},
        {"body over 64 KiB",
         u"clerk"_s,
         "POST",
         holds,
         "{\"seat_ids\": [\"" + QByteArray(70 * 1024, 'x') + "\"]}",
         "k16",
         413,
         problem(u"payload-too-large"_s),
         {}},
    };
    for (const Case &c : cases) {
        const QByteArray before = host.fixture.snapshot();
        HttpClient client(host.server->port());
        if (c.role == u"bogus"_s)
            client.setToken(u"pt_not-a-token-at-all-not-a-token-at-all-not-a"_s);
        else if (c.role == u"revoked"_s)
            client.setToken(*revoked);
        else if (c.role != u"none"_s)
            client.setToken(host.tokens.value(c.role));
        HttpClient::Headers headers{{"Content-Type", json}};
        if (!c.key.isEmpty())
            headers.append({"Idempotency-Key", c.key});
        auto answer = client.send(c.method, c.path, c.body, headers);
        QVERIFY2(answer.status == c.status, qPrintable(u"%1: got %2 %3"_s.arg(QLatin1StringView(c.name))
                                                           .arg(answer.status)
                                                           .arg(QString::fromUtf8(answer.body))));
        QCOMPARE(answer.contentType, QByteArray("application/problem+json"));
        QVERIFY2(answer.problemType() == c.type, c.name);
        QCOMPARE(answer.json.value(u"status"_s).toInt(), c.status);
        QVERIFY(!answer.json.value(u"title"_s).toString().isEmpty());
        QVERIFY(!answer.json.value(u"detail"_s).toString().isEmpty());
        if (!c.seatIds.isEmpty()) {
            QStringList seats;
            for (const QJsonValue &seat : answer.json.value(u"seat_ids"_s).toArray())
                seats.append(seat.toString());
            QCOMPARE(seats, c.seatIds);
        }
        QVERIFY2(host.fixture.snapshot() == before, c.name);
    }
    QCOMPARE(host.fixture.violations(), QStringList());
}

void TestSyncServer::expiredHoldIsGone()
{
    SyncOptions options = unlimited();
    options.holdMs = 300;
    Host host(options);
    QVERIFY(host.isValid());
    HttpClient clerk = host.client();
    auto hold = clerk.post(host.path(u"/holds"_s), seatsBody({seatId(6, 1)}), u"short"_s);
    QCOMPARE(hold.status, 201);
    QVERIFY(hold.json.value(u"expires_at_ms"_s).toInteger() -
                hold.json.value(u"server_time_ms"_s).toInteger() <=
            300);
    QThread::msleep(600);
    const QByteArray before = host.fixture.snapshot();
    auto order = clerk.post(u"/v1/orders"_s, cashOrder(hold.json.value(u"hold_id"_s).toInteger()), u"late"_s);
    QCOMPARE(order.status, 410);
    QCOMPARE(order.problemType(), problem(u"hold-expired"_s));
    QVERIFY(host.fixture.snapshot() == before);
}

void TestSyncServer::rateLimitSaysWhenToRetry()
{
    SyncOptions options;
    options.rateBurst = 3;
    options.ratePerSecond = 0.5;
    Host host(options);
    QVERIFY(host.isValid());
    HttpClient clerk = host.client();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(clerk.get(u"/v1/events"_s).status, 200);
    const QByteArray before = host.fixture.snapshot();
    auto limited = clerk.post(host.path(u"/holds"_s), seatsBody({seatId(7, 1)}), u"too-many"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.problemType(), problem(u"rate-limited"_s));
    QVERIFY(limited.retryAfter.toInt() >= 1);
    QVERIFY(host.fixture.snapshot() == before);
    // Another terminal has a bucket of its own.
    QCOMPARE(host.client(u"supervisor"_s).get(u"/v1/events"_s).status, 200);
}

void TestSyncServer::longPollAnswersWhenAnotherClientSells()
{
    Host host(unlimited());
    QVERIFY(host.isValid());
    HttpClient watcher = host.client(u"organizer"_s);
    auto start = watcher.get(host.path(u"/availability"_s));
    QCOMPARE(start.status, 200);
    const qint64 seq = start.json.value(u"seq"_s).toInteger();

    // Nothing happens: the long-poll waits as long as asked, and answers an empty list.
    auto quiet = watcher.get(u"/v1/changes?since=%1&wait_ms=400"_s.arg(seq));
    QCOMPARE(quiet.status, 200);
    QVERIFY(quiet.elapsedMs >= 350);
    QCOMPARE(quiet.json.value(u"changes"_s).toArray().size(), 0);
    QCOMPARE(quiet.json.value(u"seq"_s).toInteger(), seq);

    // Another client sells while the watcher waits: the watcher hears of it long before its wait ends.
    QThread seller;
    QObject *worker = new QObject;
    worker->moveToThread(&seller);
    seller.start();
    const quint16 port = host.server->port();
    const QString token = host.tokens.value(u"clerk"_s);
    const QString holds = host.path(u"/holds"_s);
    QMetaObject::invokeMethod(worker, [port, token, holds] {
        QThread::msleep(300);
        HttpClient clerk(port);
        clerk.setToken(token);
        clerk.post(holds, seatsBody({seatId(8, 8)}), u"sold-elsewhere"_s);
    });
    auto woken = watcher.get(u"/v1/changes?since=%1"_s.arg(seq), 30'000);
    QCOMPARE(woken.status, 200);
    QVERIFY2(woken.elapsedMs < 3000, qPrintable(QString::number(woken.elapsedMs)));
    const QJsonArray changes = woken.json.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().toObject().value(u"seat_id"_s).toString(), seatId(8, 8));
    QCOMPARE(changes.first().toObject().value(u"status"_s).toString(), u"held"_s);
    seller.quit();
    seller.wait();
    delete worker;
}

void TestSyncServer::longPollHearsOfSalesBehindTheHost()
{
    Host host(unlimited());
    QVERIFY(host.isValid());
    HttpClient watcher = host.client(u"organizer"_s);
    auto start = watcher.get(host.path(u"/availability"_s));
    QCOMPARE(start.status, 200);
    const qint64 seq = start.json.value(u"seq"_s).toInteger();
    // Another terminal writes to the same store directly (as a PostgreSQL terminal would): the host's
    // change feed picks it up.
    QTimer::singleShot(300, this, [&host] { host.fixture.sell({seatId(9, 9)}); });
    auto woken = watcher.get(u"/v1/changes?since=%1"_s.arg(seq), 30'000);
    QCOMPARE(woken.status, 200);
    QVERIFY2(woken.elapsedMs < 5000, qPrintable(QString::number(woken.elapsedMs)));
    QVERIFY(!woken.json.value(u"changes"_s).toArray().isEmpty());
    QCOMPARE(woken.json.value(u"changes"_s).toArray().first().toObject().value(u"seat_id"_s).toString(),
             seatId(9, 9));
}

void TestSyncServer::cliTokensAreHashedAndRevocable()
{
    Host host(unlimited());
    QVERIFY(host.isValid());
    auto cli = [&host](const QStringList &args, QByteArray *out) {
        QProcess process;
        process.start(QStringLiteral(PARTERRE_CLI_PATH), args + host.fixture.database().cliArguments());
        if (!process.waitForFinished(30'000))
            return -1;
        *out = process.readAllStandardOutput();
        return process.exitCode();
    };
    QByteArray out;
    QCOMPARE(
        cli({u"token"_s, u"create"_s, u"--role"_s, u"clerk"_s, u"--name"_s, u"script"_s, u"--json"_s}, &out),
        0);
    const QString token = QJsonDocument::fromJson(out).object().value(u"token"_s).toString();
    QVERIFY(token.startsWith(u"pt_"_s));
    QVERIFY(QByteArray::fromBase64(token.mid(3).toLatin1(), QByteArray::Base64UrlEncoding).size() >= 32);
    // A wrong role is refused before anything is written.
    const QByteArray before = host.fixture.snapshot();
    QCOMPARE(cli({u"token"_s, u"create"_s, u"--role"_s, u"king"_s, u"--name"_s, u"x"_s}, &out), 2);
    QVERIFY(host.fixture.snapshot() == before);

    const auto rows =
        host.fixture.database().query(u"SELECT token_hash FROM api_tokens WHERE name = 'script'"_s);
    QCOMPARE(rows.size(), 1);
    const QString hash = rows.first().value(0).toString();
    QCOMPARE(hash, QString::fromLatin1(
                       QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(!host.fixture.database().query(u"SELECT * FROM api_tokens"_s).isEmpty());
    for (const QVariantList &row : host.fixture.database().query(u"SELECT * FROM api_tokens"_s)) {
        for (const QVariant &value : row)
            QVERIFY(!value.toString().contains(token));
    }

    HttpClient client(host.server->port());
    client.setToken(token);
    QCOMPARE(client.get(u"/v1/events"_s).status, 200);
    QCOMPARE(cli({u"token"_s, u"revoke"_s, u"--name"_s, u"script"_s}, &out), 0);
    auto refused = client.get(u"/v1/events"_s);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.problemType(), problem(u"unauthorized"_s));
}

void TestSyncServer::pairingCodeIsTradedOnceForAToken()
{
    Host host(unlimited());
    QVERIFY(host.isValid());
    QProcess cli;
    cli.start(QStringLiteral(PARTERRE_CLI_PATH),
              QStringList{u"token"_s, u"pairing-code"_s, u"--role"_s, u"supervisor"_s, u"--json"_s} +
                  host.fixture.database().cliArguments());
    QVERIFY(cli.waitForFinished(30'000));
    QCOMPARE(cli.exitCode(), 0);
    const QString code =
        QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"code"_s).toString();
    QCOMPARE(code.size(), 9);

    HttpClient stranger(host.server->port()); // no token
    auto paired = stranger.post(
        u"/v1/pairing"_s,
        QJsonObject{{u"code"_s, QString(u" "_s + code.toLower() + u" "_s)}, {u"name"_s, u"counter-9"_s}},
        u"pair-1"_s);
    QCOMPARE(paired.status, 201);
    QCOMPARE(paired.json.value(u"role"_s).toString(), u"supervisor"_s);
    QCOMPARE(paired.json.value(u"name"_s).toString(), u"counter-9"_s);
    HttpClient terminal(host.server->port());
    terminal.setToken(paired.json.value(u"token"_s).toString());
    QCOMPARE(terminal.get(u"/v1/events"_s).status, 200);

    // Used once; expired codes and bad requests are refused and change nothing.
    const CallContext ctx{{}, u"test"_s, u"test"_s, SystemClock().nowMs()};
    auto shortLived = host.fixture.store().createPairingCode(u"clerk"_s, 1, ctx);
    QVERIFY(shortLived.ok());
    QThread::msleep(20);
    const QByteArray before = host.fixture.snapshot();
    auto again = stranger.post(u"/v1/pairing"_s, QJsonObject{{u"code"_s, code}, {u"name"_s, u"counter-10"_s}},
                               u"pair-2"_s);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.problemType(), problem(u"invalid-pairing-code"_s));
    auto expired = stranger.post(
        u"/v1/pairing"_s, QJsonObject{{u"code"_s, *shortLived}, {u"name"_s, u"counter-11"_s}}, u"pair-3"_s);
    QCOMPARE(expired.status, 401);
    auto noKey = stranger.send("POST", u"/v1/pairing"_s, "{\"code\": \"x\", \"name\": \"y\"}", {});
    QCOMPARE(noKey.status, 400);
    QCOMPARE(noKey.problemType(), problem(u"missing-idempotency-key"_s));
    auto wrongType =
        stranger.post(u"/v1/pairing"_s, QByteArray("{\"code\": 12, \"name\": \"y\"}"), u"pair-4"_s);
    QCOMPARE(wrongType.status, 400);
    // Guessing is slow: an address gets five tries at once, then one every ten seconds.
    auto guessed = stranger.post(u"/v1/pairing"_s,
                                 QJsonObject{{u"code"_s, u"AAAA-AAAA"_s}, {u"name"_s, u"z"_s}}, u"pair-5"_s);
    QCOMPARE(guessed.status, 429);
    QCOMPARE(guessed.problemType(), problem(u"rate-limited"_s));
    QVERIFY(guessed.retryAfter.toInt() >= 1);
    QVERIFY(host.fixture.snapshot() == before);
}

void TestSyncServer::idleAndSurplusConnectionsAreClosed()
{
    SyncOptions options = unlimited();
    options.idleMs = 1500;
    options.maxConnections = 2;
    Host host(options);
    QVERIFY(host.isValid());

    // A long-poll that waits longer than the idle limit is answered, not cut off.
    HttpClient watcher = host.client(u"organizer"_s);
    auto waited = watcher.get(u"/v1/changes?since=0&wait_ms=2000"_s);
    QCOMPARE(waited.status, 200);
    QVERIFY(waited.elapsedMs >= 1900);
    QThread::msleep(1800); // the watcher's connection is idle now, and closed

    QTcpSocket first;
    QTcpSocket second;
    QTcpSocket surplus;
    for (QTcpSocket *socket : {&first, &second}) {
        socket->connectToHost(QHostAddress::LocalHost, host.server->port());
        QVERIFY(socket->waitForConnected(2000));
    }
    QThread::msleep(50);
    surplus.connectToHost(QHostAddress::LocalHost, host.server->port());
    QVERIFY(surplus.waitForConnected(2000)); // the kernel accepts; the host closes it at once
    QElapsedTimer timer;
    timer.start();
    QVERIFY(surplus.state() == QAbstractSocket::UnconnectedState || surplus.waitForDisconnected(2000));
    QVERIFY(timer.elapsed() < 1000); // long before the idle limit
    // The two within the cap are closed once idle.
    QVERIFY(first.state() == QAbstractSocket::UnconnectedState || first.waitForDisconnected(5000));
    QVERIFY(second.state() == QAbstractSocket::UnconnectedState || second.waitForDisconnected(5000));
    QVERIFY(timer.elapsed() >= 1000);
}

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
