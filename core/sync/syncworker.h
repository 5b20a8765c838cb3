#pragma once

#include "inventory/clock.h"
#include "store/storelocation.h"
#include "sync/httpreply.h"
#include "sync/ratelimiter.h"
#include "sync/syncoptions.h"
#include "sync/syncrequest.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Parterre {

class AvailabilitySnapshot;
class CatalogController;
class ChangeFeed;
class ChangePusher;
class InventoryEngine;
class SalesController;
class TerminalController;
class Store;
class WaitingRoomController;

// The store's side of the sync host: lives on a thread of its own with its own Store and InventoryEngine,
// authenticates each request, limits its rate, checks its role and idempotency key, and runs it. Answers go
// back through `deliver`, which the server thread provides. Long-polls of the change feed are parked here
// and answered when the feed moves or their wait runs out.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    using Deliver = std::function<void(quint64 id, const HttpReply &reply)>;
    // A text frame for WebSocket `socketId`, or, when closeCode is not 0, the socket's close.
    using Push = std::function<void(quint64 socketId, const QByteArray &message, int closeCode)>;

    SyncWorker(const StoreLocation &location, const SyncOptions &options, Deliver deliver, Push push = {});
    ~SyncWorker() override;

    // On the worker's thread: opens the store; an empty string when it worked.
    QString open();
    void close();
    void handle(SyncRequest request);

private:
    struct Parked
    {
        quint64 id = 0;
        qint64 since = 0;
        qint64 deadlineMs = 0;
        bool terminal = false; // answered in StoreCodec's JSON (/v1/terminal/changes)
        int limit = 0;
    };

    HttpReply route(SyncRequest &request);
    HttpReply pair(const SyncRequest &request);
    std::optional<HttpReply> authenticate(SyncRequest &request);
    HttpReply terminal(SyncRequest &request);
    HttpReply changes(const SyncRequest &request, bool terminal);
    HttpReply changesSince(qint64 since, bool terminal, int limit);
    void openWebSocket(SyncRequest &request);
    void wakeParked(bool timeoutsOnly);

    StoreLocation m_location;
    SyncOptions m_options;
    Deliver m_deliver;
    Push m_push;
    SystemClock m_clock;
    RateLimiter m_limiter;
    RateLimiter m_pairingLimiter; // per client address: a pairing code is short
    std::unique_ptr<Store> m_store;
    std::unique_ptr<InventoryEngine> m_engine;
    std::unique_ptr<CatalogController> m_catalog;
    std::unique_ptr<AvailabilitySnapshot> m_availability;
    std::unique_ptr<SalesController> m_sales;
    std::unique_ptr<TerminalController> m_terminal;
    std::unique_ptr<WaitingRoomController> m_waitingRoom;
    ChangePusher *m_pusher = nullptr;
    ChangeFeed *m_feed = nullptr;
    QTimer *m_timer = nullptr;
    QList<Parked> m_parked;
};

} // namespace Parterre
