#include "httpfrontend.h"

#include "sync/connectionguard.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

} // namespace

HttpFrontEnd::HttpFrontEnd(qint64 maxBodyBytes, Dispatch dispatch, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_dispatch(std::move(dispatch))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &HttpFrontEnd::acceptWebSockets);
}

HttpFrontEnd::~HttpFrontEnd()
{
    // Closed and deleted here, while the connection guard that counts their sockets is still there.
    for (const OpenWebSocket &open : std::as_const(m_webSockets)) {
        open.socket->disconnect(this);
        open.socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"the host is stopping"_s);
        delete open.socket;
    }
}

void HttpFrontEnd::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(certificate);
    m_tls.setPrivateKey(key);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are known by their bearer token
}

void HttpFrontEnd::setHeartbeat(int heartbeatMs)
{
    m_heartbeatMs = heartbeatMs;
}

quint16 HttpFrontEnd::listenGuarded(const QHostAddress &address, quint16 port, int maxConnections, int idleMs)
{
    auto *guard = new ConnectionGuard(maxConnections, idleMs, this);
    if (!m_tls.localCertificate().isNull())
        guard->setTls(m_tls);
    if (!guard->listen(address, port)) {
        delete guard;
        return 0;
    }
    bind(guard);
    m_guard = guard;
    return guard->serverPort();
}

int HttpFrontEnd::openConnections() const
{
    return m_guard ? m_guard->openConnections() : 0;
}

bool HttpFrontEnd::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 asks here first and upgrades the connection when the request is "handled" without an answer;
    // acceptWebSockets() takes it on from there.
    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true;
    // Qt 6.4 has read the whole body by now; refusing it here at least spends no store work on it.
    if (request.body().size() > m_maxBodyBytes) {
        write(request, socket,
              HttpReply::problem(413, u"payload-too-large"_s, u"The body is too large"_s,
                                 u"request bodies are limited to %1 bytes"_s.arg(m_maxBodyBytes)));
        return true;
    }
    SyncRequest copy;
    copy.id = m_nextId++;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    copy.body = request.body();
    copy.peer = request.remoteAddress().toString();
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            copy.authorization = value;
        } else if (name.compare("Idempotency-Key", Qt::CaseInsensitive) == 0) {
            copy.idempotencyKey = value.trimmed();
            copy.hasIdempotencyKey = true;
        } else if (name.compare("X-Parterre-Actor", Qt::CaseInsensitive) == 0) {
            copy.actor = value.trimmed();
        } else if (name.compare("Admission-Token", Qt::CaseInsensitive) == 0) {
            copy.admissionToken = value.trimmed();
        }
    }
    // The request object lives as long as its connection (Qt 6.4 keeps one per socket), which the
    // QPointer and the socket's state tell us when the answer comes back.
    m_pending.insert(copy.id, {&request, socket});
    ConnectionGuard::pause(socket);
    m_dispatch(std::move(copy));
    return true;
}

void HttpFrontEnd::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, HttpReply::problem(404, u"not-found"_s, u"Not found"_s, request.url().path()));
}

void HttpFrontEnd::deliver(quint64 id, const HttpReply &reply)
{
    const Pending pending = m_pending.take(id);
    if (!pending.socket || pending.socket->state() != QAbstractSocket::ConnectedState)
        return; // the client has gone; its request object has gone with it
    write(*pending.request, pending.socket, reply);
}

void HttpFrontEnd::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        QWebSocket *socket = nextPendingWebSocketConnection().release();
        if (!socket)
            continue;
        socket->setParent(this);
        const quint64 id = m_nextId++;
        m_webSockets.insert(id, {socket, QDateTime::currentMSecsSinceEpoch()});
        if (m_guard)
            m_guard->adoptWebSocket(socket->peerAddress(), socket->peerPort());
        connect(socket, &QWebSocket::disconnected, this, [this, id] { webSocketClosed(id); });
        connect(socket, &QWebSocket::pong, this, [this, id] {
            if (auto it = m_webSockets.find(id); it != m_webSockets.end())
                it->lastHeardMs = QDateTime::currentMSecsSinceEpoch();
        });
        // A subscriber has nothing to say; anything it sends only proves it is alive.
        connect(socket, &QWebSocket::textMessageReceived, this, [this, id] {
            if (auto it = m_webSockets.find(id); it != m_webSockets.end())
                it->lastHeardMs = QDateTime::currentMSecsSinceEpoch();
        });
        if (!m_heartbeat) {
            m_heartbeat = new QTimer(this);
            connect(m_heartbeat, &QTimer::timeout, this, &HttpFrontEnd::heartbeat);
        }
        if (!m_heartbeat->isActive())
            m_heartbeat->start(m_heartbeatMs);

        SyncRequest request;
        request.id = id;
        request.method = "WS";
        const QUrl url = socket->requestUrl();
        request.path = url.path();
        request.query = QUrlQuery(url);
        request.peer = socket->peerAddress().toString();
        request.authorization = socket->request().rawHeader("Authorization");
        // Browsers cannot set headers on a WebSocket: the token may come as ?token= instead.
        if (request.authorization.isEmpty() && request.query.hasQueryItem(u"token"_s))
            request.authorization = "Bearer " + request.query.queryItemValue(u"token"_s).toLatin1();
        request.query.removeAllQueryItems(u"token"_s);
        m_dispatch(std::move(request));
    }
}

void HttpFrontEnd::webSocketClosed(quint64 socketId)
{
    const OpenWebSocket open = m_webSockets.take(socketId);
    if (!open.socket)
        return;
    open.socket->deleteLater();
    SyncRequest closed;
    closed.id = socketId;
    closed.method = "WS-CLOSED";
    m_dispatch(std::move(closed));
}

void HttpFrontEnd::push(quint64 socketId, const QByteArray &message, int closeCode)
{
    const OpenWebSocket open = m_webSockets.value(socketId);
    if (!open.socket)
        return;
    if (closeCode != 0) {
        // A close frame's reason has room for 123 bytes.
        QString reason = QString::fromUtf8(message);
        while (reason.toUtf8().size() > 123)
            reason.chop(1);
        open.socket->close(static_cast<QWebSocketProtocol::CloseCode>(closeCode), reason);
    } else
        open.socket->sendTextMessage(QString::fromUtf8(message));
}

void HttpFrontEnd::heartbeat()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const OpenWebSocket &open : std::as_const(m_webSockets)) {
        if (now - open.lastHeardMs > 2 * qint64(m_heartbeatMs) + m_heartbeatMs / 2)
            open.socket->abort(); // gone without a word: disconnected() tidies up
        else
            open.socket->ping();
    }
    if (m_webSockets.isEmpty())
        m_heartbeat->stop();
}

void HttpFrontEnd::write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers) {
        if (!name.startsWith("X-Parterre-"))
            responder.writeHeader(name, value);
    }
    responder.writeBody(reply.body);
    ConnectionGuard::resume(socket);
}

} // namespace Parterre
