#pragma once

#include "sync/httpreply.h"
#include "sync/syncrequest.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <functional>

namespace Parterre {

// The server thread's side of the sync host: reads HTTP requests (QAbstractHttpServer, Qt 6.4), refuses
// bodies over the limit at once, hands every other request to the store thread through `dispatch` and
// writes the answer when it comes back. It never waits for the store, so a long-poll holds no thread.
class ConnectionGuard;

class HttpFrontEnd final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Dispatch = std::function<void(SyncRequest request)>;

    HttpFrontEnd(qint64 maxBodyBytes, Dispatch dispatch, QObject *parent = nullptr);
    ~HttpFrontEnd() override;

    // On the server thread, before listenGuarded(): serve HTTPS with this certificate and key.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    // On the server thread: ping open WebSockets this often; one silent for two pings is closed.
    void setHeartbeat(int heartbeatMs);

    // On the server thread: listens through a ConnectionGuard; answers the port, 0 on failure.
    quint16 listenGuarded(const QHostAddress &address, quint16 port, int maxConnections, int idleMs);
    int openConnections() const;

    // On the server thread: writes the answer of request `id`, unless its client has gone.
    void deliver(quint64 id, const HttpReply &reply);
    // On the server thread: a text frame for WebSocket `socketId`, or its close when closeCode is not 0.
    void push(quint64 socketId, const QByteArray &message, int closeCode);
    int openWebSockets() const { return int(m_webSockets.size()); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        const QHttpServerRequest *request = nullptr;
        QPointer<QTcpSocket> socket;
    };
    struct OpenWebSocket
    {
        QWebSocket *socket = nullptr;
        qint64 lastHeardMs = 0;
    };
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply);
    void acceptWebSockets();
    void webSocketClosed(quint64 socketId);
    void heartbeat();

    qint64 m_maxBodyBytes;
    ConnectionGuard *m_guard = nullptr;
    Dispatch m_dispatch;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;
    QHash<quint64, OpenWebSocket> m_webSockets;
    QSslConfiguration m_tls;
    QTimer *m_heartbeat = nullptr;
    int m_heartbeatMs = 15'000;
};

} // namespace Parterre
