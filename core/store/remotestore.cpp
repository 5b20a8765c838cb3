#include "remotestore.h"

#include "seatmap/seatmapformat.h"
#include "store/storecodec.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

using Query = QList<std::pair<QString, QString>>;

QString number(qint64 n)
{
    return QString::number(n);
}

template<typename T>
Result<T> decodeOne(const Result<QJsonObject> &answer, Result<T> (*decode)(const QJsonObject &))
{
    if (!answer)
        return answer.error();
    return decode(*answer);
}

template<typename T>
Result<T> fromJson(const Result<QJsonObject> &answer)
{
    if (!answer)
        return answer.error();
    return T::fromJson(*answer);
}

template<typename T>
Result<QList<T>> listOf(const Result<QJsonObject> &answer, Result<T> (*decode)(const QJsonObject &))
{
    if (!answer)
        return answer.error();
    return StoreCodec::decodeList<T>(*answer, decode);
}

Result<qint64> idOf(const Result<QJsonObject> &answer, const char *key = "id")
{
    if (!answer)
        return answer.error();
    const QJsonValue v = answer->value(QLatin1StringView(key));
    if (!v.isDouble())
        return Error::storage(u"the host's answer has no \"%1\""_s.arg(QLatin1StringView(key)));
    return v.toInteger();
}

} // namespace

namespace {

// Accepts exactly the pinned certificate (self-signed included) and nothing else.
void pin(QNetworkReply *reply, const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return;
    const auto matches = [reply, fingerprint] {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        return !peer.isNull() &&
               RemoteStore::fingerprintOf(peer.toDer()).compare(fingerprint.trimmed(), Qt::CaseInsensitive) ==
                   0;
    };
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply, matches](const QList<QSslError> &errors) {
                         if (matches())
                             reply->ignoreSslErrors(errors);
                     });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, matches] {
        if (!matches()) // a certificate some authority vouches for, but not the one this terminal paired with
            reply->abort();
    });
}

} // namespace

struct RemoteStore::Answer
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QString networkError;
    int retryAfterS = 0;
    bool cancelled = false; // the thread is shutting down
};

RemoteStore::RemoteStore(const QUrl &host, const QString &token, const Options &options)
    : m_host(host)
    , m_token(token)
    , m_options(options)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setAutoDeleteReplies(false);
}

RemoteStore::~RemoteStore() = default;

Result<std::unique_ptr<RemoteStore>> RemoteStore::open(const QUrl &host, const QString &token)
{
    return open(host, token, Options{});
}

Result<std::unique_ptr<RemoteStore>> RemoteStore::open(const QUrl &host, const QString &token,
                                                       const Options &options)
{
    if (!host.isValid() || (host.scheme() != u"http"_s && host.scheme() != u"https"_s) ||
        host.host().isEmpty())
        return Error::invalidInput(u"\"%1\" is not a host address (http://host:port)"_s.arg(host.toString()));
    if (token.trimmed().isEmpty())
        return Error::invalidInput(u"a terminal needs a token from the host (pair it first)"_s);
    std::unique_ptr<RemoteStore> store(new RemoteStore(host, token.trimmed(), options));
    // One cheap read tells an unreachable host or a refused token at once, not at the first sale.
    Options probe = options;
    probe.retryForMs = std::min(options.retryForMs, 2'000);
    std::swap(store->m_options, probe);
    auto seq = store->lastSeq();
    std::swap(store->m_options, probe);
    if (!seq)
        return seq.error();
    return store;
}

QString RemoteStore::describe() const
{
    return u"Host "_s + m_host.toString(QUrl::RemoveUserInfo);
}

RemoteStore::Answer RemoteStore::exchange(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                          const QString &key, const QString &actor, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!key.isEmpty())
        request.setRawHeader("Idempotency-Key", key.toUtf8());
    if (!actor.isEmpty())
        request.setRawHeader("X-Parterre-Actor", QUrl::toPercentEncoding(actor));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, body));
    pin(reply.get(), m_options.pinnedFingerprint);
    if (!reply->isFinished() && !QThread::currentThread()->isInterruptionRequested()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Answer answer;
    if (!reply->isFinished()) { // the thread's event loops were told to quit
        reply->abort();
        answer.cancelled = true;
        answer.networkError = u"cancelled"_s;
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.retryAfterS = reply->rawHeader("Retry-After").toInt();
    if (answer.status == 0)
        answer.networkError = reply->errorString();
    return answer;
}

Result<QJsonObject> RemoteStore::send(const QByteArray &method, const QString &path, const Query &query,
                                      const QByteArray &body, const QString &key, const QString &actor,
                                      int timeoutMs)
{
    QUrl url = m_host;
    url.setPath(m_host.path().chopped(m_host.path().endsWith(u'/') ? 1 : 0) + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[name, value] : query)
            q.addQueryItem(name, value);
        url.setQuery(q);
    }
    QElapsedTimer since;
    since.start();
    for (int attempt = 0;; ++attempt) {
        const Answer answer = exchange(method, url, body, key, actor, timeoutMs);
        if (answer.cancelled)
            return Error::storage(u"the request to the host was cancelled"_s);
        // No answer, or the host's store is restarting: ask again under the same key. If the first request
        // did arrive, the key makes the host answer its first result instead of doing it twice.
        const bool unanswered =
            answer.status == 0 || answer.status == 502 || answer.status == 503 || answer.status == 504;
        if (unanswered || answer.status == 429) {
            const qint64 pause = answer.status == 429 ? std::min(answer.retryAfterS * 1000, 5000)
                                                      : std::min(100 << std::min(attempt, 4), 2000);
            if (since.elapsed() + pause < m_options.retryForMs) {
                QThread::msleep(std::max<qint64>(pause, 10));
                continue;
            }
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parseError);
        if (answer.status == 0) {
            return Error::storage(u"cannot reach the host at %1: %2"_s.arg(
                m_host.toString(QUrl::RemoveUserInfo), answer.networkError));
        }
        if (answer.status >= 400)
            return StoreCodec::errorFromProblem(answer.status, doc.object());
        if (!doc.isObject())
            return Error::storage(u"the host's answer to %1 is not a JSON object"_s.arg(path));
        return doc.object();
    }
}

Result<QJsonObject> RemoteStore::get(const QString &path, const Query &query, int timeoutMs)
{
    return send("GET", path, query, {}, {}, {}, timeoutMs > 0 ? timeoutMs : m_options.requestTimeoutMs);
}

Result<QJsonObject> RemoteStore::post(const QString &path, const QJsonObject &body, const CallContext &ctx)
{
    if (ctx.idempotencyKey.trimmed().isEmpty())
        return Error::invalidInput(u"every change needs an idempotency key"_s);
    return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), ctx.idempotencyKey,
                ctx.actor, m_options.requestTimeoutMs);
}

// Catalogue.

Result<qint64> RemoteStore::createVenue(const Venue &venue, const CallContext &ctx)
{
    return idOf(post(u"/v1/terminal/create-venue"_s, StoreCodec::encode(venue), ctx));
}

Result<qint64> RemoteStore::addSeatMap(qint64 venueId, const SeatMap &map, const CallContext &ctx)
{
    const QJsonObject document = QJsonDocument::fromJson(SeatMapFormat::write(map)).object();
    return idOf(post(u"/v1/terminal/add-seat-map"_s, {{u"venue_id"_s, venueId}, {u"map"_s, document}}, ctx));
}

Result<qint64> RemoteStore::createEvent(const Event &event, const CallContext &ctx)
{
    return idOf(post(u"/v1/terminal/create-event"_s, StoreCodec::encode(event), ctx));
}

Result<qint64> RemoteStore::createShow(const NewShow &show, const CallContext &ctx)
{
    return idOf(post(u"/v1/terminal/create-show"_s, StoreCodec::encode(show), ctx));
}

Result<qint64> RemoteStore::moveShowToSeatMap(qint64 showId, qint64 seatMapId, const CallContext &ctx)
{
    return idOf(
        post(u"/v1/terminal/move-show"_s, {{u"show_id"_s, showId}, {u"seat_map_id"_s, seatMapId}}, ctx));
}

Result<QList<Venue>> RemoteStore::venues()
{
    return listOf<Venue>(get(u"/v1/terminal/venues"_s), &StoreCodec::decodeVenue);
}

Result<QList<Event>> RemoteStore::events()
{
    return listOf<Event>(get(u"/v1/terminal/events"_s), &StoreCodec::decodeEvent);
}

Result<QList<Show>> RemoteStore::shows(qint64 eventId, qint64 /*nowMs: the host's clock counts*/)
{
    return listOf<Show>(get(u"/v1/terminal/shows"_s, {{u"event"_s, number(eventId)}}),
                        &StoreCodec::decodeShow);
}

Result<Show> RemoteStore::show(qint64 showId, qint64 /*nowMs*/)
{
    return decodeOne<Show>(get(u"/v1/terminal/show"_s, {{u"id"_s, number(showId)}}), &StoreCodec::decodeShow);
}

Result<SeatMap> RemoteStore::seatMap(qint64 seatMapId)
{
    auto answer = get(u"/v1/terminal/seat-map"_s, {{u"id"_s, number(seatMapId)}});
    if (!answer)
        return answer.error();
    return SeatMapFormat::read(QJsonDocument(*answer).toJson(QJsonDocument::Compact));
}

Result<QList<SeatState>> RemoteStore::seatStates(qint64 showId, qint64 /*nowMs*/)
{
    return listOf<SeatState>(get(u"/v1/terminal/seats"_s, {{u"show"_s, number(showId)}}),
                             &StoreCodec::decodeSeatState);
}

Result<QList<GaAreaState>> RemoteStore::gaStates(qint64 showId, qint64 /*nowMs*/)
{
    return listOf<GaAreaState>(get(u"/v1/terminal/ga"_s, {{u"show"_s, number(showId)}}),
                               &StoreCodec::decodeGaAreaState);
}

// Inventory transitions.

Result<Hold> RemoteStore::hold(const HoldRequest &request, const CallContext &ctx)
{
    return fromJson<Hold>(post(u"/v1/terminal/hold"_s, StoreCodec::encode(request), ctx));
}

Result<Hold> RemoteStore::holdBestAvailable(qint64 showId, const BestAvailableRequest &request,
                                            qint64 durationMs, const CallContext &ctx)
{
    return fromJson<Hold>(post(
        u"/v1/terminal/hold-best"_s,
        {{u"show_id"_s, showId}, {u"best"_s, StoreCodec::encode(request)}, {u"duration_ms"_s, durationMs}},
        ctx));
}

Result<Hold> RemoteStore::release(qint64 holdId, const CallContext &ctx)
{
    return fromJson<Hold>(post(u"/v1/terminal/release"_s, {{u"hold_id"_s, holdId}}, ctx));
}

Result<Order> RemoteStore::createOrder(const OrderRequest &request, const CallContext &ctx)
{
    return fromJson<Order>(post(u"/v1/terminal/create-order"_s, StoreCodec::encode(request), ctx));
}

Result<Payment> RemoteStore::pay(const PaymentRequest &request, const CallContext &ctx)
{
    return fromJson<Payment>(post(u"/v1/terminal/pay"_s, StoreCodec::encode(request), ctx));
}

Result<Order> RemoteStore::confirm(qint64 orderId, const CallContext &ctx)
{
    return fromJson<Order>(post(u"/v1/terminal/confirm"_s, {{u"order_id"_s, orderId}}, ctx));
}

Result<Order> RemoteStore::cancelOrder(qint64 orderId, const QString &reason, const CallContext &ctx)
{
    return fromJson<Order>(
        post(u"/v1/terminal/cancel-order"_s, {{u"order_id"_s, orderId}, {u"reason"_s, reason}}, ctx));
}

Result<Order> RemoteStore::refund(const RefundRequest &request, const CallContext &ctx)
{
    return fromJson<Order>(post(u"/v1/terminal/refund"_s, StoreCodec::encode(request), ctx));
}

Result<QStringList> RemoteStore::setBlocked(const BlockRequest &request, const CallContext &ctx)
{
    auto answer = post(u"/v1/terminal/set-blocked"_s, StoreCodec::encode(request), ctx);
    if (!answer)
        return answer.error();
    QStringList seats;
    for (const QJsonValue &v : answer->value("items"_L1).toArray())
        seats.append(v.toString());
    return seats;
}

Result<SweepResult> RemoteStore::sweepExpired(const CallContext &ctx)
{
    return fromJson<SweepResult>(post(u"/v1/terminal/sweep"_s, {}, ctx));
}

// Reads.

Result<Hold> RemoteStore::holdById(qint64 holdId, qint64 /*nowMs*/)
{
    return fromJson<Hold>(get(u"/v1/terminal/hold"_s, {{u"id"_s, number(holdId)}}));
}

Result<Order> RemoteStore::order(qint64 orderId)
{
    return fromJson<Order>(get(u"/v1/terminal/order"_s, {{u"id"_s, number(orderId)}}));
}

Result<QList<Change>> RemoteStore::changesSince(qint64 seq, int limit)
{
    return waitForChanges(seq, limit, 0);
}

Result<QList<Change>> RemoteStore::waitForChanges(qint64 seq, int limit, int waitMs)
{
    return listOf<Change>(
        get(u"/v1/terminal/changes"_s,
            {{u"since"_s, number(seq)}, {u"limit"_s, number(limit)}, {u"wait_ms"_s, number(waitMs)}},
            m_options.requestTimeoutMs + waitMs),
        &StoreCodec::decodeChange);
}

Result<qint64> RemoteStore::lastSeq()
{
    return idOf(get(u"/v1/terminal/last-seq"_s), "seq");
}

Result<QList<Violation>> RemoteStore::verify(qint64 /*nowMs*/)
{
    return listOf<Violation>(get(u"/v1/terminal/verify"_s), &StoreCodec::decodeViolation);
}

Result<qint64> RemoteStore::orderOfPayment(qint64 paymentId)
{
    return idOf(get(u"/v1/terminal/order-of-payment"_s, {{u"id"_s, number(paymentId)}}));
}

// Card payments and order search.

Result<Payment> RemoteStore::settlePayment(const PaymentSettlement &settlement, const CallContext &ctx)
{
    return fromJson<Payment>(post(u"/v1/terminal/settle-payment"_s, StoreCodec::encode(settlement), ctx));
}

Result<QList<PaymentToResolve>> RemoteStore::paymentsToResolve(int limit)
{
    return listOf<PaymentToResolve>(get(u"/v1/terminal/payments-to-resolve"_s, {{u"limit"_s, number(limit)}}),
                                    &StoreCodec::decodePaymentToResolve);
}

Result<Payment> RemoteStore::payment(qint64 paymentId)
{
    return fromJson<Payment>(get(u"/v1/terminal/payment"_s, {{u"id"_s, number(paymentId)}}));
}

Result<QList<OrderSummary>> RemoteStore::findOrders(const QString &query, int limit)
{
    return listOf<OrderSummary>(
        get(u"/v1/terminal/find-orders"_s, {{u"q"_s, query}, {u"limit"_s, number(limit)}}),
        &StoreCodec::decodeOrderSummary);
}

// Staff, hold codes and drawers.

Result<QList<User>> RemoteStore::users()
{
    return listOf<User>(get(u"/v1/terminal/users"_s), &StoreCodec::decodeUser);
}

Result<UserCredentials> RemoteStore::userCredentials(const QString &nameOrId)
{
    return decodeOne<UserCredentials>(get(u"/v1/terminal/user-credentials"_s, {{u"user"_s, nameOrId}}),
                                      &StoreCodec::decodeUserCredentials);
}

Result<UserCredentials> RemoteStore::recordPinAttempt(qint64 userId, bool success, int maxFailures,
                                                      qint64 lockMs, const CallContext &ctx)
{
    CallContext keyed = ctx;
    if (keyed.idempotencyKey.isEmpty()) // an attempt is counted once; a lost answer may count it again
        keyed.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return decodeOne<UserCredentials>(post(u"/v1/terminal/record-pin-attempt"_s,
                                           {{u"user_id"_s, userId},
                                            {u"success"_s, success},
                                            {u"max_failures"_s, maxFailures},
                                            {u"lock_ms"_s, lockMs}},
                                           keyed),
                                      &StoreCodec::decodeUserCredentials);
}

Result<QList<HoldCode>> RemoteStore::holdCodes()
{
    return listOf<HoldCode>(get(u"/v1/terminal/hold-codes"_s), &StoreCodec::decodeHoldCode);
}

Result<Hold> RemoteStore::extendHold(qint64 holdId, qint64 byMs, const CallContext &ctx)
{
    return fromJson<Hold>(
        post(u"/v1/terminal/extend-hold"_s, {{u"hold_id"_s, holdId}, {u"by_ms"_s, byMs}}, ctx));
}

Result<QString> RemoteStore::setting(const QString &key)
{
    auto answer = get(u"/v1/terminal/setting"_s, {{u"key"_s, key}});
    if (!answer)
        return answer.error();
    return answer->value("value"_L1).toString();
}

Result<DrawerSession> RemoteStore::openDrawer(const DrawerSession &session, const CallContext &ctx)
{
    return fromJson<DrawerSession>(post(u"/v1/terminal/open-drawer"_s, session.toJson(), ctx));
}

Result<DrawerSession> RemoteStore::closeDrawer(qint64 sessionId, qint64 countedMinor, const CallContext &ctx)
{
    return fromJson<DrawerSession>(post(u"/v1/terminal/close-drawer"_s,
                                        {{u"session_id"_s, sessionId}, {u"counted_minor"_s, countedMinor}},
                                        ctx));
}

Result<DrawerSession> RemoteStore::drawerSession(qint64 sessionId)
{
    return fromJson<DrawerSession>(get(u"/v1/terminal/drawer-session"_s, {{u"id"_s, number(sessionId)}}));
}

Result<QList<DrawerSession>> RemoteStore::drawerSessions(bool openOnly)
{
    return listOf<DrawerSession>(
        get(u"/v1/terminal/drawer-sessions"_s, {{u"open_only"_s, openOnly ? u"1"_s : u"0"_s}}),
        &StoreCodec::decodeDrawerSession);
}

Result<Order> RemoteStore::exchange(const ExchangeRequest &request, const CallContext &ctx)
{
    return fromJson<Order>(post(u"/v1/terminal/exchange"_s, StoreCodec::encode(request), ctx));
}

namespace {

QList<std::pair<QString, QString>> filterQuery(const LedgerFilter &filter)
{
    return {{u"from_ms"_s, QString::number(filter.fromMs)},
            {u"to_ms"_s, QString::number(filter.toMs)},
            {u"terminal"_s, filter.terminal},
            {u"actor"_s, filter.actor}};
}

QJsonObject pinJson(const PinDigest &pin)
{
    return {{u"salt"_s, QString::fromLatin1(pin.salt)},
            {u"hash"_s, QString::fromLatin1(pin.hash)},
            {u"iterations"_s, pin.iterations}};
}

} // namespace

Result<QList<LedgerEntry>> RemoteStore::ledger(const LedgerFilter &filter)
{
    return listOf<LedgerEntry>(get(u"/v1/terminal/ledger"_s, filterQuery(filter)),
                               &StoreCodec::decodeLedgerEntry);
}

Result<QList<TicketEntry>> RemoteStore::ticketSales(const LedgerFilter &filter)
{
    return listOf<TicketEntry>(get(u"/v1/terminal/ticket-sales"_s, filterQuery(filter)),
                               &StoreCodec::decodeTicketEntry);
}

Result<User> RemoteStore::createUser(const User &user, const PinDigest &pin, const CallContext &ctx)
{
    return fromJson<User>(
        post(u"/v1/terminal/create-user"_s, {{u"user"_s, user.toJson()}, {u"pin"_s, pinJson(pin)}}, ctx));
}

Result<User> RemoteStore::setUserActive(qint64 userId, bool active, const CallContext &ctx)
{
    return fromJson<User>(
        post(u"/v1/terminal/set-user-active"_s, {{u"user_id"_s, userId}, {u"active"_s, active}}, ctx));
}

Result<User> RemoteStore::setUserPin(qint64 userId, const PinDigest &pin, const CallContext &ctx)
{
    return fromJson<User>(
        post(u"/v1/terminal/set-user-pin"_s, {{u"user_id"_s, userId}, {u"pin"_s, pinJson(pin)}}, ctx));
}

Result<HoldCode> RemoteStore::createHoldCode(const HoldCode &code, const CallContext &ctx)
{
    return fromJson<HoldCode>(post(u"/v1/terminal/create-hold-code"_s, code.toJson(), ctx));
}

Result<QStringList> RemoteStore::setSeatsHoldCode(qint64 showId, const QStringList &seatIds,
                                                  const QString &code, const CallContext &ctx)
{
    auto answer = post(
        u"/v1/terminal/set-seats-hold-code"_s,
        {{u"show_id"_s, showId}, {u"seat_ids"_s, QJsonArray::fromStringList(seatIds)}, {u"code"_s, code}},
        ctx);
    if (!answer)
        return answer.error();
    QStringList seats;
    for (const QJsonValue &v : answer->value("items"_L1).toArray())
        seats.append(v.toString());
    return seats;
}

Result<QString> RemoteStore::setSetting(const QString &key, const QString &value, const CallContext &ctx)
{
    auto answer = post(u"/v1/terminal/set-setting"_s, {{u"key"_s, key}, {u"value"_s, value}}, ctx);
    if (!answer)
        return answer.error();
    return answer->value("value"_L1).toString();
}

QString RemoteStore::fingerprintOf(const QByteArray &certificateDer)
{
    const QByteArray hex =
        QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return u"SHA256:"_s + pairs.join(u':');
}

Result<RemoteStore::Pairing> RemoteStore::pair(const QUrl &host, const QString &code,
                                               const QString &terminalName,
                                               const QString &expectedFingerprint)
{
    QNetworkAccessManager network;
    QUrl url = host;
    url.setPath(u"/v1/pairing"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    request.setTransferTimeout(10'000);
    const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, code}, {u"name"_s, terminalName}})
                                .toJson(QJsonDocument::Compact);
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QString seen; // the certificate this exchange actually ran over
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                     [&reply, &seen, expectedFingerprint](const QList<QSslError> &errors) {
                         seen = fingerprintOf(reply->sslConfiguration().peerCertificate().toDer());
                         // Trust on first use: whether it is the right certificate is decided below, before
                         // the token is kept.
                         if (expectedFingerprint.isEmpty() ||
                             seen.compare(expectedFingerprint.trimmed(), Qt::CaseInsensitive) == 0)
                             reply->ignoreSslErrors(errors);
                     });
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 0)
        return Error::storage(
            u"cannot reach the host at %1: %2"_s.arg(host.toString(), reply->errorString()));
    if (status >= 400)
        return StoreCodec::errorFromProblem(status, answer);
    Pairing pairing;
    pairing.token = answer.value("token"_L1).toString();
    if (pairing.token.isEmpty())
        return Error::storage(u"the host's pairing answer has no token"_s);
    if (host.scheme() == u"https"_s) {
        if (seen.isEmpty())
            seen = fingerprintOf(reply->sslConfiguration().peerCertificate().toDer());
        const QString named = answer.value("tls_fingerprint"_L1).toString();
        if (seen.compare(named, Qt::CaseInsensitive) != 0 ||
            (!expectedFingerprint.isEmpty() &&
             seen.compare(expectedFingerprint.trimmed(), Qt::CaseInsensitive) != 0))
            return Error::forbidden(
                u"the host's certificate (%1) is not the one it names (%2): someone may be "
                "in between; pairing refused"_s.arg(seen, named));
        pairing.fingerprint = seen;
    }
    return pairing;
}

} // namespace Parterre
