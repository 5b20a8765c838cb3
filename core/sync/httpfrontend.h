#pragma once

#include "sync/httpreply.h"
#include "sync/syncrequest.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QTcpSocket>

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

    // On the server thread: listens through a ConnectionGuard; answers the port, 0 on failure.
    quint16 listenGuarded(const QHostAddress &address, quint16 port, int maxConnections, int idleMs);
    int openConnections() const;

    // On the server thread: writes the answer of request `id`, unless its client has gone.
    void deliver(quint64 id, const HttpReply &reply);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        const QHttpServerRequest *request = nullptr;
        QPointer<QTcpSocket> socket;
    };
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply);

    qint64 m_maxBodyBytes;
    ConnectionGuard *m_guard = nullptr;
    Dispatch m_dispatch;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;
};

} // namespace Parterre
