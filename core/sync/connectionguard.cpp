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

ConnectionGuard::ConnectionGuard(int maxConnections, int idleMs, QObject *parent)
    : QTcpServer(parent)
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
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
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
