#pragma once

#include "model/catalog.h"
#include "sync/httpreply.h"

#include <QJsonObject>

namespace Parterre {

class Store;

// One page of the change feed as the sync host sends it, by long-poll (GET /v1/changes) and by WebSocket
// push alike: {"since", "seq", "more", "changes": [...]}.
struct ChangePage
{
    static constexpr int Limit = 1000;

    HttpReply reply; // the 200 with the page, or the problem that stopped it
    qint64 seq = 0;  // the last seq in the page, or `since` when it is empty
    bool empty = true;
    bool more = false;

    static QJsonObject changeJson(const Change &change);
    static ChangePage read(Store &store, qint64 since, int limit = Limit);
};

} // namespace Parterre
