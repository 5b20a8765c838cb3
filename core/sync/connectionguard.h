#pragma once

#include <QPointer>
#include <QSslServer>

namespace Parterre {

// The sync host's listening socket. QHttpServer 6.4 never closes a connection by itself, so this caps how
// many may be open at once (one over the cap is closed at once) and closes a connection that has been idle
// for idleMs. A connection is not idle while its request is being answered (see pause() and resume()),
// so a long-poll is never cut short, nor once it has become a WebSocket (see adoptWebSocket()), which the
// front end's heartbeat watches instead. With TLS set up it is a QSslServer: connections are handed on once
// their handshake is done; without, it accepts plain TCP connections.
class ConnectionGuard final : public QSslServer
{
    Q_OBJECT

public:
    ConnectionGuard(int maxConnections, int idleMs, QObject *parent = nullptr);

    void setTls(const QSslConfiguration &configuration);
    QTcpSocket *nextPendingConnection() override;
    int openConnections() const { return m_open; }
    // The connection from that peer has become a WebSocket: no idle timer any more.
    void adoptWebSocket(const QHostAddress &peer, quint16 peerPort);

    static void pause(QTcpSocket *socket);  // a request is in progress
    static void resume(QTcpSocket *socket); // its answer is written: idle from now

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class OpenCount;

    bool m_tls = false;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_maxConnections;
    int m_idleMs;
    int m_open = 0;
};

} // namespace Parterre
