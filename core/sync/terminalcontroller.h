#pragma once

#include "sync/httpreply.h"
#include "sync/syncrequest.h"

namespace Parterre {

class Clock;
class InventoryEngine;
class Store;

// The /v1/terminal routes: the Store interface, call for call, for Parterre terminals that use this host
// as their store (RemoteStore). Reads are GETs with the ids in the query; changes are POSTs whose body is
// the call's request in StoreCodec's JSON, checked by the host's InventoryEngine as if made here and run
// under the terminal's idempotency key (namespaced by its token) with the host's clock. The token's role
// decides which calls it may make.
class TerminalController final
{
public:
    TerminalController(Store &store, InventoryEngine &engine, const Clock &clock)
        : m_store(store)
        , m_engine(engine)
        , m_clock(clock)
    {}

    static bool handles(const QString &path) { return path.startsWith(QLatin1StringView("/v1/terminal/")); }
    static QString operation(const QString &path) { return path.mid(13); }

    // request.key is the namespaced idempotency key (changes only); body the parsed JSON body.
    HttpReply handle(const SyncRequest &request, const QJsonObject &body);

private:
    HttpReply read(const QString &operation, const SyncRequest &request);
    HttpReply change(const QString &operation, const SyncRequest &request, const QJsonObject &body);

    Store &m_store;
    InventoryEngine &m_engine; // transitions go through the host's own checks, as if made here
    const Clock &m_clock;
};

} // namespace Parterre
