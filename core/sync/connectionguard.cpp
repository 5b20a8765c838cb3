#include "connectionguard.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

QTimer *idleTimer(QTcpSocket *socket)
{
    return socket ? socket->findChild<QTimer *>(u"parterre-idle"_s, Qt::FindDirectChildrenOnly) : nullptr;
}

} // namespace

// Counts a connection until its socket is gone. A child, not a connection to destroyed(): QHttpServer
// disconnects every signal of a socket it upgrades to a WebSocket. An upgraded socket may outlive the
// guard, hence the QPointer.
class OpenCount final : public QObject
{
public:
    OpenCount(ConnectionGuard *guard, QObject *parent)
        : QObject(parent)
        , m_guard(guard)
    {
        ++m_guard->m_open;
    }
    ~OpenCount() override
    {
        if (m_guard)
            --m_guard->m_open;
    }

private:
    QPointer<ConnectionGuard> m_guard;
};

ConnectionGuard::ConnectionGuard(int maxConnections, int idleMs, QObject *parent)
    : QSslServer(parent)
    , m_maxConnections(maxConnections)
    , m_idleMs(idleMs)
{}

QTcpSocket *ConnectionGuard::nextPendingConnection()
{
    while (QTcpSocket *socket = QTcpServer::nextPendingConnection()) {
        if (m_open >= m_maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        new OpenCount(this, socket);
        // Answers are written in a few pieces; Nagle's algorithm would hold the last one back for the
        // client's delayed ACK (tens of milliseconds on every larger answer).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_sockets.removeAll(nullptr);
        m_sockets.append(socket);
        auto *timer = new QTimer(socket);
        timer->setObjectName(u"parterre-idle"_s);
        timer->setSingleShot(true);
        timer->setInterval(m_idleMs);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
        // Bytes arriving mean a request is on its way: the clock starts again.
        connect(socket, &QTcpSocket::readyRead, timer, qOverload<>(&QTimer::start));
        timer->start();
        return socket;
    }
    return nullptr;
}

void ConnectionGuard::setTls(const QSslConfiguration &configuration)
{
    setSslConfiguration(configuration);
    m_tls = true;
}

void ConnectionGuard::incomingConnection(qintptr handle)
{
    if (m_tls) {
        QSslServer::incomingConnection(handle);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

void ConnectionGuard::adoptWebSocket(const QHostAddress &peer, quint16 peerPort)
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket && socket->peerPort() == peerPort && socket->peerAddress().isEqual(peer)) {
            if (QTimer *timer = idleTimer(socket))
                timer->deleteLater();
            return;
        }
    }
}

void ConnectionGuard::pause(QTcpSocket *socket)
{
    if (QTimer *timer = idleTimer(socket))
        timer->stop();
}

void ConnectionGuard::resume(QTcpSocket *socket)
{
    if (QTimer *timer = idleTimer(socket))
        timer->start();
}

} // namespace Parterre
