#include "syncbench.h"

#include "inventorybench.h"
#include "stadiumfixture.h"

#include "store/store.h"
#include "store/storelocation.h"
#include "sync/syncserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Parterre::Bench {

namespace {

// A minimal HTTP/1.1 keep-alive client on one connection, one request at a time, driven by the event loop:
// lighter than QNetworkAccessManager, so the figures are the host's and not the client's. With keepBody
// false the body is skipped in the socket's buffer, never copied: only its length is reported.
class RawHttp final : public QObject
{
public:
    using Done = std::function<void(int status, const QByteArray &body, qint64 length)>;

    RawHttp(quint16 port, const QByteArray &token, bool keepBody = true)
        : m_token(token)
        , m_keepBody(keepBody)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QByteArray &key,
              Done done)
    {
        m_done = std::move(done);
        QByteArray request =
            method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token + "\r\n";
        if (!key.isEmpty())
            request += "Idempotency-Key: " + key + "\r\n";
        if (!body.isEmpty() || method == "POST")
            request +=
                "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\n";
        request += "\r\n" + body;
        m_socket.write(request);
    }

private:
    void read()
    {
        while (true) {
            if (m_inHead) {
                while (m_inHead && m_socket.canReadLine()) {
                    const QByteArray line = m_socket.readLine();
                    if (line == "\r\n")
                        m_inHead = false;
                    else if (line.startsWith("HTTP/1.1 "))
                        m_status = line.mid(9, 3).toInt();
                    else if (line.size() > 15 && qstrnicmp(line.constData(), "content-length:", 15) == 0)
                        m_remaining = m_length = line.mid(15).trimmed().toLongLong();
                }
                if (m_inHead)
                    return;
                m_body.clear();
            }
            const qint64 n = std::min(m_socket.bytesAvailable(), m_remaining);
            if (n > 0) {
                if (m_keepBody)
                    m_body += m_socket.read(n);
                else
                    m_socket.skip(n);
                m_remaining -= n;
            }
            if (m_remaining > 0)
                return;
            m_inHead = true;
            const int status = m_status;
            const qint64 length = m_length;
            m_status = 0;
            m_length = 0;
            Done done = std::move(m_done);
            m_done = nullptr;
            if (done)
                done(status, m_body, length);
            if (m_socket.bytesAvailable() == 0)
                return;
        }
    }

    QTcpSocket m_socket;
    QByteArray m_token;
    bool m_keepBody;
    bool m_inHead = true;
    int m_status = 0;
    qint64 m_length = 0;
    qint64 m_remaining = 0;
    QByteArray m_body;
    Done m_done;
};

struct Throughput
{
    qint64 requests = 0;
    qint64 failures = 0;
    double seconds = 0;
    qint64 bytesPerAnswer = 0;

    double perSecond() const { return seconds > 0 ? double(requests) / seconds : 0; }
};

// `clients` connections ask for `path` back to back for `seconds`.
Throughput hammer(quint16 port, const QByteArray &token, const QByteArray &path, int clients, double seconds)
{
    std::vector<std::unique_ptr<RawHttp>> connections;
    for (int i = 0; i < clients; ++i)
        connections.push_back(std::make_unique<RawHttp>(port, token, false));
    Throughput result;
    QElapsedTimer clock;
    bool running = true;
    int inFlight = 0;
    QEventLoop loop;
    std::function<void(RawHttp *)> next = [&](RawHttp *client) {
        ++inFlight;
        client->send("GET", path, {}, {}, [&, client](int status, const QByteArray &, qint64 length) {
            --inFlight;
            if (status == 200) {
                ++result.requests;
                result.bytesPerAnswer = length;
            } else {
                ++result.failures;
            }
            if (running)
                next(client);
            else if (inFlight == 0)
                loop.quit();
        });
    };
    clock.start();
    for (auto &client : connections)
        next(client.get());
    QTimer::singleShot(int(seconds * 1000), &loop, [&] { running = false; });
    loop.exec();
    // Until the last answer is in: requests still in flight when the window closed count, and so does
    // the time they took.
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

double round3(double value)
{
    return qRound64(value * 1000) / 1000.0;
}

Result<qint64> createStadiumShow(Store &store, int seats)
{
    const CallContext ctx{QString(), u"bench"_s, u"bench"_s, QDateTime::currentMSecsSinceEpoch()};
    auto venue = store.createVenue({0, u"Bench stadium"_s, QString(), u"UTC"_s}, ctx);
    if (!venue)
        return venue.error();
    const SeatMap map = StadiumFixture::make(seats);
    auto mapId = store.addSeatMap(*venue, map, ctx);
    if (!mapId)
        return mapId.error();
    auto event = store.createEvent({0, u"Bench final"_s, QString(), QString()}, ctx);
    if (!event)
        return event.error();
    QHash<QString, qint64> prices;
    for (const Category &category : map.categories)
        prices.insert(category.id, 4500);
    return store.createShow({*event, *mapId, ctx.nowMs + 86'400'000, u"EUR"_s, prices}, ctx);
}

// A sale through one client (hold, cash order, confirm), timed from sending the confirm until each follower
// knows the seat is sold.
struct Propagation
{
    QList<qint64> webSocketNanos;
    QList<qint64> longPollNanos;
    int failures = 0;
};

Propagation measurePropagation(quint16 port, const QByteArray &token, qint64 showId, const QStringList &seats,
                               qint64 startSeq)
{
    Propagation result;
    RawHttp seller(port, token);
    RawHttp poller(port, token);
    QWebSocket socket;
    QElapsedTimer clock;
    clock.start();
    QHash<QString, qint64> confirmedAt; // seat -> when its confirm was sent
    QSet<QString> seenByWebSocket;
    QSet<QString> seenByPoll;
    QEventLoop loop;
    int index = 0;
    std::function<void()> sellNext;

    auto maybeNext = [&](const QString &seat) {
        if (seenByWebSocket.contains(seat) && seenByPoll.contains(seat))
            QTimer::singleShot(0, &loop, [&] { sellNext(); });
    };
    auto learn = [&](const QByteArray &page, QSet<QString> &seen, QList<qint64> &samples, qint64 *seq) {
        const QJsonObject o = QJsonDocument::fromJson(page).object();
        if (seq)
            *seq = o.value(u"seq"_s).toInteger(*seq);
        for (const QJsonValue &value : o.value(u"changes"_s).toArray()) {
            const QJsonObject change = value.toObject();
            const QString seat = change.value(u"seat_id"_s).toString();
            if (change.value(u"status"_s).toString() != "sold"_L1 || !confirmedAt.contains(seat) ||
                seen.contains(seat))
                continue;
            seen.insert(seat);
            samples.append(clock.nsecsElapsed() - confirmedAt.value(seat));
            maybeNext(seat);
        }
    };
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        learn(text.toUtf8(), seenByWebSocket, result.webSocketNanos, nullptr);
    });
    qint64 pollSeq = startSeq;
    std::function<void()> poll = [&] {
        poller.send("GET", "/v1/changes?since=" + QByteArray::number(pollSeq) + "&wait_ms=20000", {}, {},
                    [&](int status, const QByteArray &body, qint64) {
                        if (status == 200)
                            learn(body, seenByPoll, result.longPollNanos, &pollSeq);
                        if (index <= seats.size())
                            poll();
                    });
    };
    auto fail = [&] {
        ++result.failures;
        QTimer::singleShot(0, &loop, [&] { sellNext(); });
    };
    sellNext = [&] {
        if (index >= seats.size()) {
            ++index;
            loop.quit();
            return;
        }
        const QString seat = seats.at(index++);
        const QByteArray key =
            "bench-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '-' + seat.toLatin1();
        const QByteArray holdBody =
            QJsonDocument(QJsonObject{{u"seat_ids"_s, QJsonArray{seat}}}).toJson(QJsonDocument::Compact);
        seller.send(
            "POST", "/v1/shows/" + QByteArray::number(showId) + "/holds", holdBody, key + "-h",
            [&, seat, key](int status, const QByteArray &body, qint64) {
                if (status != 201)
                    return fail();
                const QJsonObject hold = QJsonDocument::fromJson(body).object();
                const QByteArray orderBody =
                    QJsonDocument(QJsonObject{{u"hold_id"_s, hold.value(u"hold_id"_s)},
                                              {u"payment"_s, QJsonObject{{u"method"_s, u"cash"_s}}},
                                              {u"customer"_s, QJsonObject{{u"name"_s, u"Bench"_s}}}})
                        .toJson(QJsonDocument::Compact);
                seller.send(
                    "POST", "/v1/orders", orderBody, key + "-o",
                    [&, seat, key](int orderStatus, const QByteArray &orderAnswer, qint64) {
                        if (orderStatus != 201)
                            return fail();
                        const qint64 payment =
                            QJsonDocument::fromJson(orderAnswer).object().value(u"payment_id"_s).toInteger();
                        confirmedAt.insert(seat, clock.nsecsElapsed());
                        seller.send("POST", "/v1/payments/" + QByteArray::number(payment) + "/confirm", {},
                                    key + "-c", [&](int confirmStatus, const QByteArray &, qint64) {
                                        if (confirmStatus != 200)
                                            fail();
                                    });
                    });
            });
    };

    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/v1/changes/ws?since=%2"_s.arg(port).arg(startSeq)));
    request.setRawHeader("Authorization", "Bearer " + token);
    QObject::connect(&socket, &QWebSocket::connected, &loop, [&] {
        poll();
        sellNext();
    });
    socket.open(request);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit); // a stuck run ends; its missing samples show
    loop.exec();
    return result;
}

QJsonObject propagationLine(const QString &transport, const QList<qint64> &nanos, int sales)
{
    Sample sample;
    sample.nanos = nanos;
    return {{u"bench"_s, u"sync"_s},
            {u"case"_s, u"change_propagation"_s},
            {u"transport"_s, transport},
            {u"samples"_s, qint64(nanos.size())},
            {u"sales"_s, sales},
            {u"p50_ms"_s, round3(sample.percentileMs(0.50))},
            {u"p99_ms"_s, round3(sample.percentileMs(0.99))},
            {u"max_ms"_s, round3(sample.percentileMs(1.0))}};
}

} // namespace

int runSyncBench(const SyncBenchOptions &options)
{
    QTextStream err(stderr);
    QTemporaryDir dir;
    const QString path =
        options.databasePath.isEmpty() ? dir.filePath(u"sync-bench.sqlite"_s) : options.databasePath;
    const StoreLocation location = StoreLocation::sqlite(path);
    auto opened = location.open();
    if (!opened) {
        err << "parterre-bench sync: " << opened.error().message << '\n';
        return 1;
    }
    std::unique_ptr<Store> store = std::move(opened.value());
    auto showId = createStadiumShow(*store, options.seats);
    if (!showId) {
        err << "parterre-bench sync: " << showId.error().message << '\n';
        return 1;
    }
    const CallContext ctx{QString(), u"bench"_s, u"bench"_s, QDateTime::currentMSecsSinceEpoch()};
    auto token = store->createToken(u"bench-clerk"_s, u"clerk"_s, ctx);
    auto seats = store->seatStates(*showId, ctx.nowMs);
    if (!token || !seats) {
        err << "parterre-bench sync: cannot set up the show\n";
        return 1;
    }

    SyncOptions serverOptions;
    serverOptions.rateBurst = 1'000'000'000;
    serverOptions.ratePerSecond = 1e9;
    serverOptions.maxConnections = 1024;
    SyncServer server(location, serverOptions);
    auto port = server.start();
    if (!port) {
        err << "parterre-bench sync: " << port.error().message << '\n';
        return 1;
    }
    const QByteArray bearer = token->toLatin1();
    const QByteArray availability = "/v1/shows/" + QByteArray::number(*showId) + "/availability";

    // Warm both routes, then alternate trivial and snapshot windows so drift falls on both alike.
    hammer(*port, bearer, "/v1/events", options.clients, 0.3);
    hammer(*port, bearer, availability, options.clients, 0.3);
    for (const QByteArray &encoding : {QByteArray("full"), QByteArray("packed")}) {
        const QByteArray route = encoding == "full" ? availability : availability + "?encoding=packed";
        Throughput trivial;
        Throughput snapshot;
        // Short alternating windows: load from elsewhere on the machine falls on both routes alike.
        const int rounds = std::max(2, int(options.seconds / 0.5));
        for (int round = 0; round < rounds; ++round) {
            const Throughput t =
                hammer(*port, bearer, "/v1/events", options.clients, options.seconds / rounds);
            const Throughput s = hammer(*port, bearer, route, options.clients, options.seconds / rounds);
            trivial.requests += t.requests;
            trivial.failures += t.failures;
            trivial.seconds += t.seconds;
            snapshot.requests += s.requests;
            snapshot.failures += s.failures;
            snapshot.seconds += s.seconds;
            snapshot.bytesPerAnswer = s.bytesPerAnswer;
        }
        emitLine({{u"bench"_s, u"sync"_s},
                  {u"case"_s, u"availability_snapshot"_s},
                  {u"encoding"_s, QString::fromLatin1(encoding)},
                  {u"seats"_s, qint64(seats->size())},
                  {u"clients"_s, options.clients},
                  {u"seconds"_s, round3(snapshot.seconds)},
                  {u"bytes_per_answer"_s, snapshot.bytesPerAnswer},
                  {u"req_per_s"_s, qRound64(snapshot.perSecond() * 10) / 10.0},
                  {u"trivial_route"_s, u"GET /v1/events"_s},
                  {u"trivial_req_per_s"_s, qRound64(trivial.perSecond() * 10) / 10.0},
                  {u"ratio_vs_trivial"_s,
                   trivial.perSecond() > 0 ? round3(snapshot.perSecond() / trivial.perSecond()) : 0.0},
                  {u"failures"_s, snapshot.failures + trivial.failures}});
    }

    // The same with 1 % of the seats held: a snapshot that shows holds is built again every second, since a
    // hold that runs out writes no change.
    {
        QStringList held;
        for (qsizetype i = 1; i < seats->size() && held.size() < seats->size() / 100;
             i += 98) // odd: not sold below
            held.append(seats->at(i).seatId);
        HoldRequest request;
        request.showId = *showId;
        request.seatIds = held;
        request.durationMs = 3'600'000;
        const CallContext holdCtx{u"bench-hold"_s, u"bench"_s, u"bench"_s,
                                  QDateTime::currentMSecsSinceEpoch()};
        if (auto hold = store->hold(request, holdCtx); !hold) {
            err << "parterre-bench sync: cannot hold seats: " << hold.error().message << '\n';
            return 1;
        }
        const QByteArray route = availability + "?encoding=packed";
        Throughput trivial;
        Throughput snapshot;
        const int rounds = std::max(2, int(options.seconds / 0.5));
        for (int round = 0; round < rounds; ++round) {
            const Throughput t =
                hammer(*port, bearer, "/v1/events", options.clients, options.seconds / rounds);
            const Throughput s = hammer(*port, bearer, route, options.clients, options.seconds / rounds);
            trivial.requests += t.requests;
            trivial.seconds += t.seconds;
            snapshot.requests += s.requests;
            snapshot.failures += s.failures + t.failures;
            snapshot.seconds += s.seconds;
            snapshot.bytesPerAnswer = s.bytesPerAnswer;
        }
        emitLine({{u"bench"_s, u"sync"_s},
                  {u"case"_s, u"availability_snapshot"_s},
                  {u"encoding"_s, u"packed"_s},
                  {u"seats"_s, qint64(seats->size())},
                  {u"held_seats"_s, qint64(held.size())},
                  {u"clients"_s, options.clients},
                  {u"seconds"_s, round3(snapshot.seconds)},
                  {u"bytes_per_answer"_s, snapshot.bytesPerAnswer},
                  {u"req_per_s"_s, qRound64(snapshot.perSecond() * 10) / 10.0},
                  {u"trivial_route"_s, u"GET /v1/events"_s},
                  {u"trivial_req_per_s"_s, qRound64(trivial.perSecond() * 10) / 10.0},
                  {u"ratio_vs_trivial"_s,
                   trivial.perSecond() > 0 ? round3(snapshot.perSecond() / trivial.perSecond()) : 0.0},
                  {u"failures"_s, snapshot.failures}});
    }

    // Sales spread over the stadium, one at a time, each followed by both transports at once.
    QStringList sold;
    int step = std::max<int>(1, int(seats->size()) / std::max(1, options.sales));
    step += step % 2; // even places only: the odd ones above are held
    for (qsizetype i = 0; i < seats->size() && sold.size() < options.sales; i += step)
        sold.append(seats->at(i).seatId);
    auto startSeq = store->lastSeq();
    const Propagation propagation =
        measurePropagation(*port, bearer, *showId, sold, startSeq ? *startSeq : 0);
    emitLine(propagationLine(u"websocket"_s, propagation.webSocketNanos, int(sold.size())));
    emitLine(propagationLine(u"long_poll"_s, propagation.longPollNanos, int(sold.size())));
    server.stop();
    if (propagation.failures > 0) {
        err << "parterre-bench sync: " << propagation.failures << " sales failed\n";
        return 1;
    }
    return 0;
}

} // namespace Parterre::Bench
