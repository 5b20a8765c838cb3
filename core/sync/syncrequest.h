#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace Parterre {

// What the server thread hands to the store thread: a copy of one HTTP request, detached from its socket.
struct SyncRequest
{
    quint64 id = 0;
    // "GET", "POST", "DELETE", ...; "WS" opens a WebSocket on the change feed (id names the socket) and
    // "WS-CLOSED" says that socket has gone.
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QByteArray idempotencyKey;
    bool hasIdempotencyKey = false;
    QByteArray actor;          // X-Parterre-Actor: the person at a terminal (percent-encoded UTF-8)
    QByteArray admissionToken; // the Admission-Token header: a waiting-room admission
    QString peer;              // the client's address

    // Filled in by the worker once the bearer token is known.
    QString tokenName;
    QString role;
    QString key; // the idempotency key, namespaced by the token
};

} // namespace Parterre
