#include "httpclient.h"
#include "testsupport.h"

#include "inventory/clock.h"
#include "sync/syncserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

QString problem(const QString &slug)
{
    return u"https://parterre.example.org/problems/"_s + slug;
}

// A test store with one show and a sync host serving it, plus a token per role.
struct Host
{
    explicit Host(SyncOptions options = {})
    {
        options.rateBurst = 1'000'000;
        options.ratePerSecond = 1'000'000;
        if (!fixture.isValid())
            return;
        const CallContext ctx{{}, u"test"_s, u"test"_s, SystemClock().nowMs()};
        for (const QString &role : {u"clerk"_s, u"supervisor"_s, u"channel"_s}) {
            auto token = fixture.store().createToken(role + u"-terminal"_s, role, ctx);
            if (!token)
                return;
            tokens.insert(role, *token);
        }
        server = std::make_unique<SyncServer>(fixture.database().location(), options);
        if (!server->start())
            server.reset();
    }
    bool isValid() const { return server != nullptr; }
    HttpClient client(const QString &role = u"clerk"_s)
    {
        HttpClient c(server->port());
        c.setToken(tokens.value(role));
        return c;
    }
    QString holds() const { return u"/v1/shows/%1/holds"_s.arg(fixture.showId()); }
    qint64 lastSeq()
    {
        auto seq = fixture.store().lastSeq();
        return seq ? *seq : -1;
    }

    Fixture fixture;
    QHash<QString, QString> tokens;
    std::unique_ptr<SyncServer> server;
};

// A change-feed subscriber over WebSocket that keeps every page it is pushed.
struct Subscriber
{
    Subscriber(quint16 port, const QString &token, qint64 since, bool tokenInQuery = false)
    {
        QUrl url(u"ws://127.0.0.1:%1/v1/changes/ws?since=%2"_s.arg(port).arg(since));
        if (tokenInQuery)
            url.setQuery(url.query() + u"&token="_s + token);
        QNetworkRequest request(url);
        if (!tokenInQuery && !token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            pages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
        socket.open(request);
    }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return socket.isValid(); }, 10'000);
    }
    // Every change pushed so far, in the order it came.
    QList<QJsonObject> changes() const
    {
        QList<QJsonObject> all;
        for (const QJsonObject &page : pages) {
            for (const QJsonValue &change : page.value(u"changes"_s).toArray())
                all.append(change.toObject());
        }
        return all;
    }
    bool knows(const QString &seat, const QString &status) const
    {
        const QList<QJsonObject> all = changes();
        return std::any_of(all.cbegin(), all.cend(), [&](const QJsonObject &change) {
            return change.value(u"seat_id"_s).toString() == seat &&
                   change.value(u"status"_s).toString() == status;
        });
    }
    qint64 lastSeq() const { return pages.isEmpty() ? -1 : pages.last().value(u"seq"_s).toInteger(); }

    QWebSocket socket;
    QList<QJsonObject> pages;
    bool closed = false;
};

// Sells seats through the HTTP API, as a clerk terminal does.
bool sell(HttpClient &clerk, const QString &holdsPath, const QStringList &seats, const QString &key)
{
    const HttpAnswer hold =
        clerk.post(holdsPath, QJsonObject{{u"seat_ids"_s, QJsonArray::fromStringList(seats)}}, key + u"-h"_s);
    if (hold.status != 201)
        return false;
    const HttpAnswer order = clerk.post(u"/v1/orders"_s,
                                        QJsonObject{{u"hold_id"_s, hold.json.value(u"hold_id"_s)},
                                                    {u"payment"_s, QJsonObject{{u"method"_s, u"cash"_s}}},
                                                    {u"customer"_s, QJsonObject{{u"name"_s, u"Ada"_s}}}},
                                        key + u"-o"_s);
    if (order.status != 201)
        return false;
    const qint64 paymentId = order.json.value(u"payment_id"_s).toInteger();
    return clerk.post(u"/v1/payments/%1/confirm"_s.arg(paymentId), QByteArray(), key + u"-c"_s).status == 200;
}

void checkOrdered(const QList<QJsonObject> &changes)
{
    qint64 previous = 0;
    for (const QJsonObject &change : changes) {
        const qint64 seq = change.value(u"seq"_s).toInteger();
        QVERIFY2(seq > previous, "changes are pushed in seq order, each once");
        previous = seq;
    }
}

} // namespace

class TestSyncPush final : public QObject
{
    Q_OBJECT

private slots:
    void saleOnOneConnectionIsPushedToAnother();
    void resumeFromSeqLosesNothing();
    void tokenInQueryIsAccepted();
    void longBacklogArrivesInPages();
    void socketsWithoutAValidTokenAreClosed();
    void revokingTheTokenClosesTheSocket();
    void stoppingTheHostClosesTheSocket();
    void webSocketOutlivesTheIdleTimeout();
    void silentWebSocketIsClosedByTheHeartbeat();
    void closedWebSocketsFreeTheirPlace();
    void channelHoldsNeedAnAdmission();
    void availabilitySnapshotFollowsSales();
    void availabilitySnapshotSeesExpiredHolds();
    void storeSaysWhenTheFirstHoldRunsOut();
    void waitingRoomQueuesInOrder();
};

void TestSyncPush::saleOnOneConnectionIsPushedToAnother()
{
    Host host;
    QVERIFY(host.isValid());
    const qint64 start = host.lastSeq();
    Subscriber follower(host.server->port(), host.tokens.value(u"supervisor"_s), start);
    QVERIFY(follower.waitConnected());
    HttpClient clerk = host.client();
    QVERIFY(sell(clerk, host.holds(), {seatId(1, 1), seatId(1, 2)}, u"sale"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        follower.knows(seatId(1, 1), u"sold"_s) && follower.knows(seatId(1, 2), u"sold"_s), 10'000);
    QVERIFY(follower.knows(seatId(1, 1), u"held"_s));
    checkOrdered(follower.changes());
    // Pages carry the same shape as the long-poll's answer.
    const QJsonObject first = follower.pages.first();
    QCOMPARE(first.value(u"since"_s).toInteger(), start);
    QVERIFY(first.contains(u"more"_s));
    // ... and the same changes.
    const HttpAnswer polled = clerk.get(u"/v1/changes?since=%1&wait_ms=0"_s.arg(start));
    QCOMPARE(polled.status, 200);
    QList<QJsonObject> viaPoll;
    for (const QJsonValue &change : polled.json.value(u"changes"_s).toArray())
        viaPoll.append(change.toObject());
    QTRY_COMPARE_WITH_TIMEOUT(follower.changes(), viaPoll, 10'000);
    QVERIFY(!follower.closed);
}

void TestSyncPush::resumeFromSeqLosesNothing()
{
    Host host;
    QVERIFY(host.isValid());
    const qint64 start = host.lastSeq();
    HttpClient clerk = host.client();
    QList<QJsonObject> seen;
    qint64 resumeAt = start;
    {
        Subscriber first(host.server->port(), host.tokens.value(u"clerk"_s), resumeAt);
        QVERIFY(first.waitConnected());
        QVERIFY(sell(clerk, host.holds(), {seatId(2, 1)}, u"one"_s));
        QTRY_VERIFY_WITH_TIMEOUT(first.knows(seatId(2, 1), u"sold"_s), 10'000);
        seen = first.changes();
        resumeAt = first.lastSeq();
        first.socket.close();
        QTRY_VERIFY_WITH_TIMEOUT(first.closed, 10'000);
    }
    // Sales while nobody follows: the next connection resumes from the seq it had reached.
    QVERIFY(sell(clerk, host.holds(), {seatId(2, 2)}, u"two"_s));
    QVERIFY(sell(clerk, host.holds(), {seatId(2, 3), seatId(2, 4)}, u"three"_s));
    Subscriber second(host.server->port(), host.tokens.value(u"clerk"_s), resumeAt);
    QVERIFY(second.waitConnected());
    QTRY_VERIFY_WITH_TIMEOUT(second.knows(seatId(2, 4), u"sold"_s), 10'000);
    QVERIFY(second.knows(seatId(2, 2), u"sold"_s));
    QVERIFY(!second.knows(seatId(2, 1), u"sold"_s)); // nothing from before the resume point twice
    seen.append(second.changes());
    checkOrdered(seen);

    const HttpAnswer polled = clerk.get(u"/v1/changes?since=%1&wait_ms=0"_s.arg(start));
    QList<QJsonObject> viaPoll;
    for (const QJsonValue &change : polled.json.value(u"changes"_s).toArray())
        viaPoll.append(change.toObject());
    QCOMPARE(seen, viaPoll);
}

void TestSyncPush::tokenInQueryIsAccepted()
{
    Host host;
    QVERIFY(host.isValid());
    Subscriber follower(host.server->port(), host.tokens.value(u"clerk"_s), host.lastSeq(), true);
    QVERIFY(follower.waitConnected());
    HttpClient clerk = host.client();
    QVERIFY(sell(clerk, host.holds(), {seatId(3, 1)}, u"q"_s));
    QTRY_VERIFY_WITH_TIMEOUT(follower.knows(seatId(3, 1), u"sold"_s), 10'000);
}

// A subscriber far behind gets the backlog in full pages of 1,000, in order, and nothing twice.
void TestSyncPush::longBacklogArrivesInPages()
{
    Host host;
    QVERIFY(host.isValid());
    const qint64 start = host.lastSeq();
    QStringList all;
    for (int row = 1; row <= 10; ++row) {
        for (int n = 1; n <= 20; ++n)
            all.append(seatId(row, n));
    }
    // 200 seats blocked and unblocked three times behind the host's back: 1,200 changes.
    for (int round = 0; round < 3; ++round) {
        for (bool blocked : {true, false}) {
            BlockRequest request;
            request.showId = host.fixture.showId();
            request.seatIds = all;
            request.block = blocked;
            QVERIFY(host.fixture.engine().setBlocked(request, host.fixture.newKey()));
        }
    }
    const qint64 end = host.lastSeq();
    Subscriber follower(host.server->port(), host.tokens.value(u"clerk"_s), start);
    QVERIFY(follower.waitConnected());
    QTRY_COMPARE_WITH_TIMEOUT(follower.lastSeq(), end, 10'000);
    QCOMPARE(follower.pages.size(), 2);
    QVERIFY(follower.pages.first().value(u"more"_s).toBool());
    QVERIFY(!follower.pages.last().value(u"more"_s).toBool());
    QCOMPARE(follower.changes().size(), 1200);
    checkOrdered(follower.changes());
}

void TestSyncPush::socketsWithoutAValidTokenAreClosed()
{
    Host host;
    QVERIFY(host.isValid());
    Subscriber anonymous(host.server->port(), QString(), 0);
    Subscriber wrong(host.server->port(), u"not-a-token"_s, 0);
    QTRY_VERIFY_WITH_TIMEOUT(anonymous.closed && wrong.closed, 10'000);
    QCOMPARE(anonymous.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(wrong.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(anonymous.pages.isEmpty());
    QVERIFY(wrong.pages.isEmpty());

    Subscriber badSince(host.server->port(), host.tokens.value(u"clerk"_s), -5);
    QTRY_VERIFY_WITH_TIMEOUT(badSince.closed, 10'000);
    QCOMPARE(badSince.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(badSince.socket.closeReason().contains(u"since"_s));

    // Another path is refused too, with its (long) name cut to fit the close frame.
    QWebSocket elsewhere;
    QNetworkRequest request(
        QUrl(u"ws://127.0.0.1:%1/v1/%2"_s.arg(host.server->port()).arg(QString(300, u'x'))));
    request.setRawHeader("Authorization", "Bearer " + host.tokens.value(u"clerk"_s).toUtf8());
    bool elsewhereClosed = false;
    connect(&elsewhere, &QWebSocket::disconnected, this, [&elsewhereClosed] { elsewhereClosed = true; });
    elsewhere.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(elsewhereClosed, 10'000);
    QCOMPARE(elsewhere.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(elsewhere.closeReason().startsWith(u"no WebSocket route /v1/xxx"_s));
}

void TestSyncPush::revokingTheTokenClosesTheSocket()
{
    SyncOptions options;
    options.tokenCheckMs = 50;
    Host host(options);
    QVERIFY(host.isValid());
    Subscriber follower(host.server->port(), host.tokens.value(u"clerk"_s), host.lastSeq());
    Subscriber other(host.server->port(), host.tokens.value(u"supervisor"_s), host.lastSeq());
    QVERIFY(follower.waitConnected());
    QVERIFY(other.waitConnected());
    const CallContext ctx{{}, u"test"_s, u"test"_s, SystemClock().nowMs()};
    QVERIFY(host.fixture.store().revokeToken(u"clerk-terminal"_s, ctx));
    QTRY_VERIFY_WITH_TIMEOUT(follower.closed, 10'000);
    QCOMPARE(follower.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    // The other terminal's socket stays open and keeps hearing of sales.
    HttpClient supervisor = host.client(u"supervisor"_s);
    QVERIFY(sell(supervisor, host.holds(), {seatId(4, 1)}, u"after-revoke"_s));
    QTRY_VERIFY_WITH_TIMEOUT(other.knows(seatId(4, 1), u"sold"_s), 10'000);
    QVERIFY(!other.closed);
}

void TestSyncPush::stoppingTheHostClosesTheSocket()
{
    Host host;
    QVERIFY(host.isValid());
    Subscriber follower(host.server->port(), host.tokens.value(u"clerk"_s), host.lastSeq());
    QVERIFY(follower.waitConnected());
    host.server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(follower.closed, 10'000);
}

void TestSyncPush::webSocketOutlivesTheIdleTimeout()
{
    SyncOptions options;
    options.idleMs = 200; // an HTTP connection idle this long is closed; a WebSocket is not idle
    Host host(options);
    QVERIFY(host.isValid());
    Subscriber follower(host.server->port(), host.tokens.value(u"clerk"_s), host.lastSeq());
    QVERIFY(follower.waitConnected());
    QTest::qWait(5 * options.idleMs);
    QVERIFY(!follower.closed);
    HttpClient clerk = host.client();
    QVERIFY(sell(clerk, host.holds(), {seatId(6, 1)}, u"late"_s));
    QTRY_VERIFY_WITH_TIMEOUT(follower.knows(seatId(6, 1), u"sold"_s), 10'000);
}

// The snapshot is cached between changes: a sale must still show at once, in both encodings alike.
void TestSyncPush::availabilitySnapshotFollowsSales()
{
    Host host;
    QVERIFY(host.isValid());
    HttpClient clerk = host.client();
    const QString path = u"/v1/shows/%1/availability"_s.arg(host.fixture.showId());
    auto statusesOf = [&](const HttpAnswer &full, const HttpAnswer &packed) {
        // Decodes the packed answer and checks it against the full one.
        QMap<QString, QString> byId;
        for (const QJsonValue &seat : full.json.value(u"seats"_s).toArray())
            byId.insert(seat.toObject().value(u"id"_s).toString(),
                        seat.toObject().value(u"status"_s).toString());
        QStringList ids = byId.keys();
        std::sort(ids.begin(), ids.end()); // QString order: UTF-16 code units, as the host packs
        const QByteArray bits =
            QByteArray::fromBase64(packed.json.value(u"statuses"_s).toString().toLatin1());
        const QStringList names{u"available"_s, u"held"_s, u"sold"_s, u"blocked"_s};
        bool same = packed.json.value(u"seat_count"_s).toInteger() == ids.size() &&
                    bits.size() == (ids.size() + 3) / 4;
        for (qsizetype i = 0; same && i < ids.size(); ++i)
            same = names.at((quint8(bits.at(i / 4)) >> ((i % 4) * 2)) & 3) == byId.value(ids.at(i));
        return same ? byId : QMap<QString, QString>();
    };
    const HttpAnswer before = clerk.get(path);
    const HttpAnswer packedBefore = clerk.get(path + u"?encoding=packed"_s);
    QCOMPARE(before.status, 200);
    QCOMPARE(packedBefore.status, 200);
    QCOMPARE(packedBefore.json.value(u"seq"_s), before.json.value(u"seq"_s));
    const auto first = statusesOf(before, packedBefore);
    QCOMPARE(first.size(), 200);
    QCOMPARE(first.value(seatId(7, 3)), u"available"_s);

    QVERIFY(sell(clerk, host.holds(), {seatId(7, 3)}, u"snap"_s));
    const HttpAnswer after = clerk.get(path);
    const HttpAnswer packedAfter = clerk.get(path + u"?encoding=packed"_s);
    QVERIFY(after.json.value(u"seq"_s).toInteger() > before.json.value(u"seq"_s).toInteger());
    const auto second = statusesOf(after, packedAfter);
    QCOMPARE(second.value(seatId(7, 3)), u"sold"_s);
    QCOMPARE(second.size(), 200);

    const HttpAnswer bad = clerk.get(path + u"?encoding=xml"_s);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.problemType(), problem(u"invalid-request"_s));
}

// A client that answers no ping is gone as far as the host is concerned; one that answers stays.
void TestSyncPush::silentWebSocketIsClosedByTheHeartbeat()
{
    SyncOptions options;
    options.heartbeatMs = 100;
    Host host(options);
    QVERIFY(host.isValid());
    Subscriber alive(host.server->port(), host.tokens.value(u"clerk"_s), host.lastSeq());
    QVERIFY(alive.waitConnected());

    // A hand-made upgrade, after which the client reads nothing and answers nothing.
    QTcpSocket silent;
    bool silentClosed = false;
    connect(&silent, &QTcpSocket::disconnected, this, [&silentClosed] { silentClosed = true; });
    silent.connectToHost(QHostAddress::LocalHost, host.server->port());
    QVERIFY(silent.waitForConnected(5000));
    silent.write("GET /v1/changes/ws?since=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " +
                 host.tokens.value(u"clerk"_s).toUtf8() + "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(silent.peek(12).startsWith("HTTP/1.1 101"), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(silentClosed, 10'000);
    QVERIFY(!alive.closed);
    HttpClient clerk = host.client();
    QVERIFY(sell(clerk, host.holds(), {seatId(8, 1)}, u"alive"_s));
    QTRY_VERIFY_WITH_TIMEOUT(alive.knows(seatId(8, 1), u"sold"_s), 10'000);
    QVERIFY(!alive.closed);
}

// WebSockets count against the connection cap while open, and give their place back when closed.
void TestSyncPush::closedWebSocketsFreeTheirPlace()
{
    SyncOptions options;
    options.maxConnections = 2;
    Host host(options);
    QVERIFY(host.isValid());
    // A closed socket is deleted a moment after its client sees the close: until then it holds its place,
    // so a new connection may find the cap full and must try again.
    auto connectOnce = [&](std::unique_ptr<Subscriber> *out) {
        return QTest::qWaitFor(
            [&] {
                auto subscriber = std::make_unique<Subscriber>(host.server->port(),
                                                               host.tokens.value(u"clerk"_s), host.lastSeq());
                (void)QTest::qWaitFor([&] { return subscriber->socket.isValid() || subscriber->closed; },
                                      5'000);
                if (!subscriber->socket.isValid())
                    return false;
                *out = std::move(subscriber);
                return true;
            },
            10'000);
    };
    for (int i = 0; i < 6; ++i) {
        std::unique_ptr<Subscriber> follower;
        QVERIFY(connectOnce(&follower));
        follower->socket.close();
        QTRY_VERIFY_WITH_TIMEOUT(follower->closed, 10'000);
    }
    std::unique_ptr<Subscriber> first;
    std::unique_ptr<Subscriber> second;
    QVERIFY(connectOnce(&first));
    QVERIFY(connectOnce(&second));
    // The cap is full: a third connection is closed at once ...
    Subscriber third(host.server->port(), host.tokens.value(u"clerk"_s), host.lastSeq());
    QTRY_VERIFY_WITH_TIMEOUT(third.closed, 10'000);
    QVERIFY(!third.socket.isValid());
    // ... and once one WebSocket goes, HTTP gets its place.
    first->socket.close();
    QTRY_VERIFY_WITH_TIMEOUT(first->closed, 10'000);
    HttpClient clerk = host.client();
    QTRY_COMPARE_WITH_TIMEOUT(clerk.get(u"/v1/events"_s).status, 200, 10'000);
}

// A hold that runs out writes no change; a kept snapshot that shows it held must still let it go.
void TestSyncPush::availabilitySnapshotSeesExpiredHolds()
{
    SyncOptions options;
    options.holdMs = 300;
    Host host(options);
    QVERIFY(host.isValid());
    HttpClient clerk = host.client();
    const QString path = u"/v1/shows/%1/availability?encoding=packed"_s.arg(host.fixture.showId());
    // Seat ids sorted: "r1-1" < "r1-10" < ... so r1-1 is seat 0 of the packed order.
    auto firstSeat = [&] {
        const HttpAnswer answer = clerk.get(path);
        const QByteArray bits =
            QByteArray::fromBase64(answer.json.value(u"statuses"_s).toString().toLatin1());
        return bits.isEmpty() ? -1 : quint8(bits.at(0)) & 3;
    };
    QCOMPARE(firstSeat(), 0);
    QCOMPARE(
        clerk.post(host.holds(), QJsonObject{{u"seat_ids"_s, QJsonArray{seatId(1, 1)}}}, u"short"_s).status,
        201);
    QCOMPARE(firstSeat(), 1); // held
    QTRY_COMPARE_WITH_TIMEOUT(firstSeat(), 0, 10'000);
}

// What the snapshot's lifetime rests on: Store::nextHoldExpiry, on seats and standing places alike.
void TestSyncPush::storeSaysWhenTheFirstHoldRunsOut()
{
    Fixture fixture;
    QVERIFY(fixture.isValid());
    Store &store = fixture.store();
    ManualClock &clock = fixture.clock();
    const qint64 show = fixture.showId();
    QCOMPARE(*store.nextHoldExpiry(show, clock.nowMs()), qint64(0)); // nothing held

    auto holdFor = [&](const QStringList &seats, const QList<GaQuantity> &ga, qint64 durationMs) {
        HoldRequest request;
        request.showId = show;
        request.seatIds = seats;
        request.ga = ga;
        request.durationMs = durationMs;
        return fixture.engine().hold(request, fixture.newKey());
    };
    auto late = holdFor({seatId(1, 1)}, {}, 600'000);
    auto early = holdFor({}, {{u"floor"_s, 2}}, 60'000);
    auto middle = holdFor({seatId(1, 2), seatId(1, 3)}, {}, 300'000);
    QVERIFY(late && early && middle);
    QCOMPARE(*store.nextHoldExpiry(show, clock.nowMs()), early->expiresAtMs);
    clock.advanceMs(60'000); // the standing places run out: the seats are next
    QCOMPARE(*store.nextHoldExpiry(show, clock.nowMs()), middle->expiresAtMs);
    QVERIFY(fixture.engine().release(middle->id, fixture.newKey()));
    QCOMPARE(*store.nextHoldExpiry(show, clock.nowMs()), late->expiresAtMs);
    clock.advanceMs(600'000);
    QCOMPARE(*store.nextHoldExpiry(show, clock.nowMs()), qint64(0));
    QCOMPARE(*store.nextHoldExpiry(show + 1000, clock.nowMs()), qint64(0)); // another show holds nothing
}

void TestSyncPush::channelHoldsNeedAnAdmission()
{
    SyncOptions options;
    options.waitingRoom.admissionsPerSecond = 1000;
    Host host(options);
    QVERIFY(host.isValid());
    HttpClient kiosk = host.client(u"channel"_s);
    const QByteArray body = QJsonDocument(QJsonObject{{u"seat_ids"_s, QJsonArray{seatId(5, 1)}}}).toJson();
    const QByteArray before = host.fixture.snapshot();
    auto holdWith = [&](const QByteArray &admission, const QString &key) {
        HttpClient::Headers headers{{"Idempotency-Key", key.toUtf8()}, {"Content-Type", "application/json"}};
        if (!admission.isEmpty())
            headers.append({"Admission-Token", admission});
        return kiosk.send("POST", host.holds(), body, headers);
    };
    const HttpAnswer without = holdWith({}, u"k1"_s);
    QCOMPARE(without.status, 403);
    QCOMPARE(without.problemType(), problem(u"admission-required"_s));
    const HttpAnswer forged = holdWith("c2Vzc2lvbi4xOTk5OTk5OTk5OTk5.AAAA", u"k2"_s);
    QCOMPARE(forged.status, 403);
    QCOMPARE(forged.problemType(), problem(u"admission-required"_s));
    QCOMPARE(host.fixture.snapshot(), before); // refused holds wrote nothing

    const HttpAnswer joined = kiosk.post(u"/v1/waiting-room/sessions"_s, QByteArray(), u"join-1"_s);
    QCOMPARE(joined.status, 201);
    const QString session = joined.json.value(u"session"_s).toString();
    QCOMPARE(session.size(), 32);
    // An empty room admits at once; polling says the same.
    QVERIFY(joined.json.value(u"admitted"_s).toBool());
    const HttpAnswer polled = kiosk.get(u"/v1/waiting-room/sessions/"_s + session);
    QCOMPARE(polled.status, 200);
    const QByteArray admission = polled.json.value(u"admission_token"_s).toString().toLatin1();
    QVERIFY(!admission.isEmpty());
    QVERIFY(polled.json.value(u"expires_at_ms"_s).toInteger() > SystemClock().nowMs());
    QCOMPARE(holdWith(admission, u"k3"_s).status, 201);

    // Counter terminals do not queue.
    HttpClient clerk = host.client();
    QCOMPARE(clerk.post(host.holds(), QJsonObject{{u"seat_ids"_s, QJsonArray{seatId(5, 2)}}}, u"c1"_s).status,
             201);
    QCOMPARE(kiosk.get(u"/v1/waiting-room/sessions/0123456789abcdef0123456789abcdef"_s).status, 404);
}

void TestSyncPush::waitingRoomQueuesInOrder()
{
    SyncOptions options;
    options.waitingRoom.admissionsPerSecond = 0.001; // one admission, then a long wait
    Host host(options);
    QVERIFY(host.isValid());
    HttpClient kiosk = host.client(u"channel"_s);
    QStringList sessions;
    for (int i = 0; i < 4; ++i) {
        const HttpAnswer joined = kiosk.post(u"/v1/waiting-room/sessions"_s, QByteArray(), u"j%1"_s.arg(i));
        QCOMPARE(joined.status, 201);
        sessions.append(joined.json.value(u"session"_s).toString());
        QCOMPARE(joined.json.value(u"admitted"_s).toBool(), i == 0);
        if (i > 0) {
            QCOMPARE(joined.json.value(u"position"_s).toInteger(), qint64(i));
            QVERIFY(joined.json.value(u"eta_ms"_s).toInteger() > 0);
        }
    }
    // A retry with the same key is the same session, not a new place at the back.
    QCOMPARE(
        kiosk.post(u"/v1/waiting-room/sessions"_s, QByteArray(), u"j2"_s).json.value(u"session"_s).toString(),
        sessions.at(2));
    QCOMPARE(
        kiosk.get(u"/v1/waiting-room/sessions/"_s + sessions.at(3)).json.value(u"position"_s).toInteger(),
        qint64(3));
}

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_syncpush.moc"
