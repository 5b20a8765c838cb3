#include "httpfrontend.h"

#include "sync/connectionguard.h"

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
{}

quint16 HttpFrontEnd::listenGuarded(const QHostAddress &address, quint16 port, int maxConnections, int idleMs)
{
    auto *guard = new ConnectionGuard(maxConnections, idleMs, this);
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
