#include "syncserver.h"

#include "sync/httpfrontend.h"
#include "sync/syncworker.h"

#include <QMutex>

using namespace Qt::StringLiterals;

namespace Parterre {

struct SyncBridge
{
    QMutex mutex;
    HttpFrontEnd *frontEnd = nullptr;
    SyncWorker *worker = nullptr;
};

SyncServer::SyncServer(const StoreLocation &location, const SyncOptions &options)
    : m_location(location)
    , m_options(options)
{
    m_httpThread.setObjectName(u"sync-http"_s);
    m_storeThread.setObjectName(u"sync-store"_s);
}

SyncServer::~SyncServer()
{
    stop();
}

Result<quint16> SyncServer::start()
{
    if (m_worker)
        return Error::invalidState(u"the sync server is running already"_s);
    m_storeThread.start();
    m_httpThread.start();

    // The threads reach each other only through the bridge: stop() cuts it under its lock before either
    // object is deleted, so nothing is ever posted to an object that has gone.
    m_bridge = std::make_shared<SyncBridge>();
    std::shared_ptr<SyncBridge> bridge = m_bridge;
    // Made on the server thread: QAbstractHttpServer keeps its WebSocket server as a member, not a child,
    // so moveToThread() would leave that half behind.
    auto *anchor = new QObject;
    anchor->moveToThread(&m_httpThread);
    QMetaObject::invokeMethod(
        anchor,
        [this, bridge, anchor] {
            m_frontEnd = new HttpFrontEnd(m_options.maxBodyBytes, [bridge](SyncRequest request) {
                const QMutexLocker lock(&bridge->mutex);
                if (SyncWorker *worker = bridge->worker) {
                    QMetaObject::invokeMethod(
                        worker,
                        [worker, request = std::move(request)]() mutable {
                            worker->handle(std::move(request));
                        },
                        Qt::QueuedConnection);
                }
            });
            if (m_options.tls())
                m_frontEnd->setTls(m_options.tlsCertificate, m_options.tlsKey);
            m_frontEnd->setHeartbeat(m_options.heartbeatMs);
            anchor->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    m_worker = new SyncWorker(
        m_location, m_options,
        [bridge](quint64 id, const HttpReply &reply) {
            const QMutexLocker lock(&bridge->mutex);
            if (HttpFrontEnd *frontEnd = bridge->frontEnd) {
                QMetaObject::invokeMethod(
                    frontEnd, [frontEnd, id, reply] { frontEnd->deliver(id, reply); }, Qt::QueuedConnection);
            }
        },
        [bridge](quint64 socketId, const QByteArray &message, int closeCode) {
            const QMutexLocker lock(&bridge->mutex);
            if (HttpFrontEnd *frontEnd = bridge->frontEnd) {
                QMetaObject::invokeMethod(
                    frontEnd,
                    [frontEnd, socketId, message, closeCode] {
                        frontEnd->push(socketId, message, closeCode);
                    },
                    Qt::QueuedConnection);
            }
        });
    {
        const QMutexLocker lock(&bridge->mutex);
        bridge->frontEnd = m_frontEnd;
        bridge->worker = m_worker;
    }
    m_worker->moveToThread(&m_storeThread);

    QString openError;
    QMetaObject::invokeMethod(
        m_worker, [this, &openError] { openError = m_worker->open(); }, Qt::BlockingQueuedConnection);
    if (!openError.isEmpty()) {
        stop();
        return Error::storage(openError);
    }
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_frontEnd,
        [this, &port] {
            port = m_frontEnd->listenGuarded(m_options.address, m_options.port, m_options.maxConnections,
                                             m_options.idleMs);
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        stop();
        return Error::storage(
            u"cannot listen on %1:%2"_s.arg(m_options.address.toString()).arg(m_options.port));
    }
    m_port = port;
    return port;
}

void SyncServer::stop()
{
    if (m_bridge) {
        const QMutexLocker lock(&m_bridge->mutex);
        m_bridge->frontEnd = nullptr;
        m_bridge->worker = nullptr;
    }
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker,
            [this] {
                m_worker->close();
                delete m_worker;
            },
            Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_storeThread.quit();
    m_storeThread.wait();
    if (m_frontEnd) {
        QMetaObject::invokeMethod(
            m_frontEnd, [this] { delete m_frontEnd; }, Qt::BlockingQueuedConnection);
        m_frontEnd = nullptr;
    }
    m_httpThread.quit();
    m_httpThread.wait();
    m_port = 0;
}

} // namespace Parterre
