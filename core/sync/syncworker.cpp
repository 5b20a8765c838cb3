#include "syncworker.h"

#include "inventory/inventoryengine.h"
#include "store/changefeed.h"
#include "store/sqltokens.h"
#include "store/store.h"
#include "store/storecodec.h"
#include "sync/availabilitysnapshot.h"
#include "sync/catalogcontroller.h"
#include "sync/changepage.h"
#include "sync/changepusher.h"
#include "sync/salescontroller.h"
#include "sync/terminalcontroller.h"
#include "sync/tlsidentity.h"
#include "sync/waitingroomcontroller.h"

#include <QCryptographicHash>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

enum class Action
{
    Events,
    Shows,
    SeatMap,
    Availability,
    Hold,
    Release,
    Order,
    Confirm,
    Refund,
    Changes,
    WaitingRoomJoin,
    WaitingRoomStatus
};

struct Route
{
    QByteArray method;
    QRegularExpression pattern;
    Action action;
    QStringList roles; // empty: every role
};

const QList<Route> &routes()
{
    static const QStringList sellers{u"clerk"_s, u"supervisor"_s, u"admin"_s, u"channel"_s};
    static const QStringList refunders{u"supervisor"_s, u"admin"_s};
    // Ids have at most 15 digits, so they always fit a qint64 and a JSON number.
    static const QList<Route> list{
        {"GET", QRegularExpression(u"^/v1/events$"_s), Action::Events, {}},
        {"GET", QRegularExpression(u"^/v1/events/(\\d{1,15})/shows$"_s), Action::Shows, {}},
        {"GET", QRegularExpression(u"^/v1/shows/(\\d{1,15})/seat-map$"_s), Action::SeatMap, {}},
        {"GET", QRegularExpression(u"^/v1/shows/(\\d{1,15})/availability$"_s), Action::Availability, {}},
        {"POST", QRegularExpression(u"^/v1/shows/(\\d{1,15})/holds$"_s), Action::Hold, sellers},
        {"DELETE", QRegularExpression(u"^/v1/holds/(\\d{1,15})$"_s), Action::Release, sellers},
        {"POST", QRegularExpression(u"^/v1/orders$"_s), Action::Order, sellers},
        {"POST", QRegularExpression(u"^/v1/payments/(\\d{1,15})/confirm$"_s), Action::Confirm, sellers},
        {"POST", QRegularExpression(u"^/v1/orders/(\\d{1,15})/refunds$"_s), Action::Refund, refunders},
        {"GET", QRegularExpression(u"^/v1/changes$"_s), Action::Changes, {}},
        {"POST", QRegularExpression(u"^/v1/waiting-room/sessions$"_s), Action::WaitingRoomJoin, {}},
        {"GET",
         QRegularExpression(u"^/v1/waiting-room/sessions/([0-9a-f]{32})$"_s),
         Action::WaitingRoomStatus,
         {}},
    };
    return list;
}

// Printable ASCII without spaces, 1 to 200 characters: UUIDs and the like.
bool validKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 200)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
}

HttpReply rateLimited(int wait, const QString &who)
{
    HttpReply reply =
        HttpReply::problem(429, u"rate-limited"_s, u"Too many requests"_s,
                           u"%1 has made too many requests; retry after %2 s"_s.arg(who).arg(wait));
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
    return reply;
}

// The 400 for a POST or DELETE without a usable Idempotency-Key, if it applies.
std::optional<HttpReply> keyProblem(const SyncRequest &request)
{
    if (!request.hasIdempotencyKey)
        return HttpReply::problem(400, u"missing-idempotency-key"_s, u"An Idempotency-Key header is needed"_s,
                                  u"every POST and DELETE needs an Idempotency-Key header"_s);
    if (!validKey(request.idempotencyKey))
        return HttpReply::problem(400, u"invalid-idempotency-key"_s, u"The Idempotency-Key is not valid"_s,
                                  u"an Idempotency-Key is 1 to 200 printable ASCII characters"_s);
    return std::nullopt;
}

// Keys are per token: two terminals that pick the same key never see each other's answers. A key too long
// for the store once prefixed is kept as its digest.
QString namespacedKey(const QString &prefix, const SyncRequest &request)
{
    const QString key = prefix + request.tokenName + u':' + QString::fromLatin1(request.idempotencyKey);
    if (key.size() <= 200)
        return key;
    return prefix + u'#' +
           QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

SyncWorker::SyncWorker(const StoreLocation &location, const SyncOptions &options, Deliver deliver, Push push)
    : m_location(location)
    , m_options(options)
    , m_deliver(std::move(deliver))
    , m_push(std::move(push))
    , m_limiter(options.rateBurst, options.ratePerSecond)
    , m_pairingLimiter(options.pairingBurst, options.pairingPerSecond)
{}

SyncWorker::~SyncWorker() = default;

QString SyncWorker::open()
{
    auto store = m_location.open();
    if (!store)
        return store.error().message;
    m_store = std::move(store.value());
    m_engine = std::make_unique<InventoryEngine>(*m_store, m_clock);
    if (m_options.holdMs > 0)
        m_engine->setDefaultHoldMs(m_options.holdMs);
    m_catalog = std::make_unique<CatalogController>(*m_store, m_clock);
    m_availability = std::make_unique<AvailabilitySnapshot>(*m_store, m_clock);
    m_sales = std::make_unique<SalesController>(*m_engine);
    m_terminal = std::make_unique<TerminalController>(*m_store, *m_engine, m_clock);
    m_waitingRoom =
        std::make_unique<WaitingRoomController>(m_options.waitingRoom, m_clock, m_options.admissionSecret);
    m_pusher = new ChangePusher(
        *m_store,
        [this](quint64 socketId, const QByteArray &message, int closeCode) {
            if (m_push)
                m_push(socketId, message, closeCode);
        },
        m_options.tokenCheckMs, this);
    auto seq = m_store->lastSeq();
    m_feed = new ChangeFeed(m_location, this);
    connect(m_feed, &ChangeFeed::changes, this, [this] { wakeParked(false); });
    m_feed->start(seq ? *seq : -1);
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, [this] { wakeParked(true); });
    return {};
}

void SyncWorker::close()
{
    m_parked.clear();
    if (m_pusher)
        m_pusher->closeAll(1001, QByteArrayLiteral("the host is stopping"));
    delete m_pusher;
    m_pusher = nullptr;
    m_waitingRoom.reset();
    delete m_timer;
    m_timer = nullptr;
    delete m_feed;
    m_feed = nullptr;
    m_terminal.reset();
    m_sales.reset();
    m_availability.reset();
    m_catalog.reset();
    m_engine.reset();
    m_store.reset();
}

void SyncWorker::handle(SyncRequest request)
{
    if (request.method == "WS-CLOSED") {
        if (m_pusher)
            m_pusher->unsubscribe(request.id);
        return;
    }
    if (request.method == "WS") {
        openWebSocket(request);
        return;
    }
    if (!m_store) {
        m_deliver(request.id, HttpReply::problem(503, u"storage-unavailable"_s, u"The store is unavailable"_s,
                                                 u"the host has no open store"_s));
        return;
    }
    const HttpReply reply = route(request);
    if (reply.status == 0) // parked: answered later
        return;
    m_deliver(request.id, reply);
    if (request.method != "GET" && reply.status < 300)
        wakeParked(false);
}

std::optional<HttpReply> SyncWorker::authenticate(SyncRequest &request)
{
    auto unauthorized = [](const QString &detail) {
        HttpReply reply =
            HttpReply::problem(401, u"unauthorized"_s, u"A valid bearer token is needed"_s, detail);
        reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return reply;
    };
    if (!request.authorization.startsWith("Bearer "))
        return unauthorized(u"no bearer token in the Authorization header"_s);
    const QByteArray token = request.authorization.mid(7).trimmed();
    if (token.isEmpty() || token.size() > 200)
        return unauthorized(u"the token is not valid"_s);
    auto known = m_store->tokenByHash(SqlTokens::hashOf(QString::fromLatin1(token)));
    if (!known) {
        if (known.error().code == Error::Code::NotFound)
            return unauthorized(u"the token is not valid"_s);
        return HttpReply::fromError(known.error());
    }
    if (known->revokedAtMs != 0)
        return unauthorized(u"the token has been revoked"_s);
    request.tokenName = known->name;
    request.role = known->role;
    return std::nullopt;
}

HttpReply SyncWorker::route(SyncRequest &request)
{
    if (request.path == "/v1/pairing"_L1)
        return pair(request);
    if (auto refused = authenticate(request))
        return *refused;
    if (const int wait = m_limiter.take(request.tokenName, m_clock.nowMs()); wait > 0)
        return rateLimited(wait, u"this token"_s);
    if (TerminalController::handles(request.path))
        return terminal(request);

    const Route *matched = nullptr;
    QRegularExpressionMatch match;
    QByteArrayList allowed;
    for (const Route &route : routes()) {
        auto m = route.pattern.match(request.path);
        if (!m.hasMatch())
            continue;
        allowed.append(route.method);
        if (route.method == request.method) {
            matched = &route;
            match = m;
        }
    }
    if (allowed.isEmpty())
        return HttpReply::problem(404, u"not-found"_s, u"Not found"_s, u"no route %1"_s.arg(request.path));
    if (!matched) {
        HttpReply reply =
            HttpReply::problem(405, u"method-not-allowed"_s, u"Method not allowed"_s,
                               u"%1 allows %2"_s.arg(request.path, QString::fromLatin1(allowed.join(", "))));
        reply.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
        return reply;
    }
    if (!matched->roles.isEmpty() && !matched->roles.contains(request.role))
        return HttpReply::problem(403, u"forbidden"_s, u"Not allowed for this role"_s,
                                  u"a %1 token may not %2 %3"_s.arg(
                                      request.role, QString::fromLatin1(request.method), request.path));
    const qint64 id = match.captured(1).toLongLong();

    QJsonObject body;
    if (request.method == "POST" || request.method == "DELETE") {
        if (auto problem = keyProblem(request))
            return *problem;
        request.key = namespacedKey(u"http:"_s, request);
        if (matched->action == Action::Hold || matched->action == Action::Order ||
            matched->action == Action::Refund) {
            HttpReply problem;
            auto parsed = SalesController::parseBody(request.body, &problem);
            if (!parsed)
                return problem;
            body = *parsed;
        }
        m_engine->setActor(request.tokenName, u"http"_s);
    }

    switch (matched->action) {
    case Action::Events:
        return m_catalog->events();
    case Action::Shows:
        return m_catalog->shows(id);
    case Action::SeatMap:
        return m_catalog->seatMap(id);
    case Action::Availability:
        return m_availability->answer(id, request.query);
    case Action::Hold:
        if (auto refused = m_waitingRoom->refuseHold(request.role, request.admissionToken))
            return *refused;
        return m_sales->hold(id, body, request.key);
    case Action::Release:
        return m_sales->release(id, request.key);
    case Action::Order:
        return m_sales->createOrder(body, request.key);
    case Action::Confirm:
        return m_sales->confirmPayment(id, request.key);
    case Action::Refund:
        return m_sales->refund(id, body, request.key);
    case Action::Changes:
        return changes(request, false);
    case Action::WaitingRoomJoin:
        return m_waitingRoom->join(request.key);
    case Action::WaitingRoomStatus:
        return m_waitingRoom->status(match.captured(1));
    }
    return HttpReply::problem(404, u"not-found"_s, u"Not found"_s, request.path);
}

HttpReply SyncWorker::terminal(SyncRequest &request)
{
    QJsonObject body;
    if (request.method == "POST") {
        if (auto problem = keyProblem(request))
            return *problem;
        request.key = namespacedKey(u"terminal:"_s, request);
        HttpReply problem;
        auto parsed = SalesController::parseBody(request.body, &problem);
        if (!parsed)
            return problem;
        body = *parsed;
    } else if (request.method == "GET" && TerminalController::operation(request.path) == u"changes"_s &&
               (request.role == u"clerk"_s || request.role == u"supervisor"_s ||
                request.role == u"organizer"_s || request.role == u"admin"_s)) {
        return changes(request, true);
    }
    return m_terminal->handle(request, body);
}

HttpReply SyncWorker::pair(const SyncRequest &request)
{
    // No bearer token yet: the client's address is what the rate limit counts.
    if (const int wait = m_pairingLimiter.take(u"peer:"_s + request.peer, m_clock.nowMs()); wait > 0)
        return rateLimited(wait, u"this address"_s);
    if (request.method != "POST") {
        HttpReply reply = HttpReply::problem(405, u"method-not-allowed"_s, u"Method not allowed"_s,
                                             u"/v1/pairing allows POST"_s);
        reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        return reply;
    }
    if (auto problem = keyProblem(request))
        return *problem;
    HttpReply problem;
    auto body = SalesController::parseBody(request.body, &problem);
    if (!body)
        return problem;
    const QJsonValue code = body->value(u"code"_s);
    const QJsonValue name = body->value(u"name"_s);
    if (!code.isString() || !name.isString() || name.toString().trimmed().isEmpty())
        return HttpReply::problem(400, u"invalid-request"_s, u"The request is not valid"_s,
                                  u"the body is {\"code\": string, \"name\": string}"_s);
    const CallContext ctx{{}, name.toString(), u"http:"_s + request.peer, m_clock.nowMs()};
    auto token = m_store->redeemPairingCode(code.toString(), name.toString(), ctx);
    if (!token) {
        switch (token.error().code) {
        case Error::Code::NotFound:
            return HttpReply::problem(401, u"invalid-pairing-code"_s, u"The pairing code is not valid"_s,
                                      token.error().message);
        case Error::Code::Conflict:
            return HttpReply::problem(409, u"token-name-taken"_s, u"A terminal of that name exists"_s,
                                      token.error().message);
        default:
            return HttpReply::fromError(token.error());
        }
    }
    auto known = m_store->tokenByHash(SqlTokens::hashOf(*token));
    if (!known)
        return HttpReply::fromError(known.error());
    QJsonObject answer{{u"token"_s, *token}, {u"name"_s, known->name}, {u"role"_s, known->role}};
    // Paired over TLS, the terminal pins this certificate from now on.
    if (m_options.tls())
        answer.insert(u"tls_fingerprint"_s, TlsIdentity::fingerprint(m_options.tlsCertificate));
    return HttpReply::json(answer, 201);
}

HttpReply SyncWorker::changes(const SyncRequest &request, bool terminal)
{
    int limit = ChangePage::Limit;
    if (terminal && request.query.hasQueryItem(u"limit"_s)) {
        bool valid = false;
        limit = request.query.queryItemValue(u"limit"_s).toInt(&valid);
        if (!valid || limit < 1 || limit > ChangePage::Limit)
            return HttpReply::problem(400, u"invalid-request"_s, u"The request is not valid"_s,
                                      u"?limit= must be 1 to %1"_s.arg(ChangePage::Limit));
    }
    bool ok = false;
    const qint64 since = request.query.queryItemValue(u"since"_s).toLongLong(&ok);
    if (!ok || since < 0)
        return HttpReply::problem(400, u"invalid-request"_s, u"The request is not valid"_s,
                                  u"?since= must be a non-negative seq"_s);
    int waitMs = m_options.maxWaitMs;
    if (request.query.hasQueryItem(u"wait_ms"_s)) {
        waitMs = request.query.queryItemValue(u"wait_ms"_s).toInt(&ok);
        if (!ok || waitMs < 0)
            return HttpReply::problem(400, u"invalid-request"_s, u"The request is not valid"_s,
                                      u"?wait_ms= must be a non-negative number of milliseconds"_s);
        waitMs = std::min(waitMs, m_options.maxWaitMs);
    }
    HttpReply now = changesSince(since, terminal, limit);
    if (now.status != 200 || waitMs == 0 ||
        now.headers.contains({QByteArrayLiteral("X-Parterre-Changes"), "1"}))
        return now;
    m_parked.append({request.id, since, m_clock.nowMs() + waitMs, terminal, limit});
    if (!m_timer->isActive())
        m_timer->start();
    HttpReply parked;
    parked.status = 0;
    return parked;
}

HttpReply SyncWorker::changesSince(qint64 since, bool terminal, int limit)
{
    if (terminal) {
        auto list = m_store->changesSince(since, limit);
        if (!list)
            return HttpReply::fromError(list.error());
        HttpReply reply = HttpReply::json(StoreCodec::encodeList(*list));
        reply.headers.append({QByteArrayLiteral("X-Parterre-Changes"), list->isEmpty() ? "0" : "1"});
        return reply;
    }
    ChangePage page = ChangePage::read(*m_store, since, limit);
    // Marks a non-empty answer for the caller (an internal header, harmless to clients).
    page.reply.headers.append({QByteArrayLiteral("X-Parterre-Changes"), page.empty ? "0" : "1"});
    return page.reply;
}

void SyncWorker::openWebSocket(SyncRequest &request)
{
    auto refuse = [this, &request](const QString &reason) {
        if (m_push)
            m_push(request.id, reason.toUtf8(), 1008); // policy violation
    };
    if (!m_store) {
        if (m_push)
            m_push(request.id, QByteArrayLiteral("the host has no open store"), 1011);
        return;
    }
    if (request.path != "/v1/changes/ws"_L1) {
        refuse(u"no WebSocket route %1"_s.arg(request.path));
        return;
    }
    if (auto refused = authenticate(request)) {
        refuse(QJsonDocument::fromJson(refused->body).object().value(u"detail"_s).toString());
        return;
    }
    if (const int wait = m_limiter.take(request.tokenName, m_clock.nowMs()); wait > 0) {
        refuse(u"this token has made too many requests; retry after %1 s"_s.arg(wait));
        return;
    }
    bool ok = false;
    const qint64 since = request.query.queryItemValue(u"since"_s).toLongLong(&ok);
    if (!ok || since < 0) {
        refuse(u"?since= must be a non-negative seq"_s);
        return;
    }
    const QByteArray token = request.authorization.mid(7).trimmed();
    m_pusher->subscribe(request.id, since, SqlTokens::hashOf(QString::fromLatin1(token)));
}

void SyncWorker::wakeParked(bool timeoutsOnly)
{
    if (!timeoutsOnly && m_pusher)
        m_pusher->changed();
    const qint64 now = m_clock.nowMs();
    for (qsizetype i = 0; i < m_parked.size();) {
        const Parked parked = m_parked.at(i);
        const bool due = parked.deadlineMs <= now;
        if (!due && timeoutsOnly) {
            ++i;
            continue;
        }
        HttpReply reply = changesSince(parked.since, parked.terminal, parked.limit);
        const bool hasChanges =
            reply.status != 200 || reply.headers.contains({QByteArrayLiteral("X-Parterre-Changes"), "1"});
        if (hasChanges || due) {
            m_parked.removeAt(i);
            m_deliver(parked.id, reply);
        } else {
            ++i;
        }
    }
    if (m_parked.isEmpty() && m_timer)
        m_timer->stop();
}

} // namespace Parterre
