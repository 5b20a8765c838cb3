#pragma once

#include "model/result.h"
#include "store/storelocation.h"
#include "sync/syncoptions.h"

#include <QThread>

#include <memory>

namespace Parterre {

class HttpFrontEnd;
class SyncWorker;
struct SyncBridge;

// A host's sync endpoint: the HTTP API of docs/http-api.md over one store. HTTP is served on one thread
// (QHttpServer's QAbstractHttpServer, Qt 6.4) and the store is used on another, with its own Store and
// InventoryEngine; requests cross between them by queued calls, so the server thread never waits on the
// database and a long-poll holds nothing but its socket.
class SyncServer final
{
public:
    SyncServer(const StoreLocation &location, const SyncOptions &options);
    ~SyncServer();
    SyncServer(const SyncServer &) = delete;
    SyncServer &operator=(const SyncServer &) = delete;

    // Opens the store and starts listening; answers the port.
    Result<quint16> start();
    void stop();
    quint16 port() const { return m_port; }

private:
    StoreLocation m_location;
    SyncOptions m_options;
    QThread m_httpThread;
    QThread m_storeThread;
    HttpFrontEnd *m_frontEnd = nullptr;
    SyncWorker *m_worker = nullptr;
    std::shared_ptr<SyncBridge> m_bridge; // how the two threads reach each other, cut at stop()
    quint16 m_port = 0;
};

} // namespace Parterre
