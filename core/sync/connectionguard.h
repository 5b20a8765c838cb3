#pragma once

#include <QTcpServer>

namespace Parterre {

// The sync host's listening socket. QHttpServer 6.4 never closes a connection by itself, so this caps how
// many may be open at once (one over the cap is closed at once) and closes a connection that has been idle
// for idleMs. A connection is not idle while its request is being answered (see pause() and resume()),
// so a long-poll is never cut short.
class ConnectionGuard final : public QTcpServer
{
    Q_OBJECT

public:
    ConnectionGuard(int maxConnections, int idleMs, QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;
    int openConnections() const { return m_open; }

    static void pause(QTcpSocket *socket);  // a request is in progress
    static void resume(QTcpSocket *socket); // its answer is written: idle from now

private:
    int m_maxConnections;
    int m_idleMs;
    int m_open = 0;
};

} // namespace Parterre
