#pragma once

#include "sync/waitingroom.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

namespace Parterre {

// How a sync host listens and what it allows.
struct SyncOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    qint64 maxBodyBytes = 64 * 1024;
    int rateBurst = 100;           // requests a token may make at once ...
    double ratePerSecond = 50;     // ... and per second after that
    int pairingBurst = 5;          // pairing attempts an address may make at once ...
    double pairingPerSecond = 0.1; // ... and per second after that
    int maxWaitMs = 25'000;        // the longest a GET /v1/changes long-poll waits
    int maxConnections = 256;      // open connections at once; more are closed at once
    int idleMs = 30'000;           // an idle connection is closed after this long
    qint64 holdMs = 0;             // 0: the engine's default hold duration
    int heartbeatMs = 15'000;      // a WebSocket is pinged this often and closed after two silent pings
    int tokenCheckMs = 1'000;      // how often open WebSockets' tokens are checked for revocation
    WaitingRoomOptions waitingRoom;
    QByteArray admissionSecret; // the waiting room's HMAC key; empty: random per start
    // TLS: both set, or neither (plain HTTP).
    QSslCertificate tlsCertificate = QSslCertificate();
    QSslKey tlsKey;

    bool tls() const { return !tlsCertificate.isNull() && !tlsKey.isNull(); }
};

} // namespace Parterre
