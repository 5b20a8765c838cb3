#pragma once

#include "model/result.h"
#include "store/storelocation.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace Parterre {

class SyncServer;

// This terminal as the host of its store: serves it to other terminals over the sync endpoint (the same
// SyncServer as `parterre --serve`, on threads of its own) while the window goes on selling. Remembers
// whether it was on, and where, for the next start.
class Hosting final : public QObject
{
    Q_OBJECT

public:
    explicit Hosting(QObject *parent = nullptr);
    ~Hosting() override;

    // Serving a store that is itself on another host makes no sense; every other store can be served.
    static bool canServe(const StoreLocation &location)
    {
        return location.kind != StoreLocation::Kind::Remote;
    }

    Result<quint16> start(const StoreLocation &location, const QHostAddress &address, quint16 port);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    StoreLocation location() const { return m_location; }
    // "http://<this computer's name>:<port>", what other terminals connect to.
    QString publicUrl() const;

    // Starts serving again if it was on when the application last quit (and the store can be served).
    void restore(const StoreLocation &location);

signals:
    void runningChanged(bool running);

private:
    void remember(bool on) const;

    std::unique_ptr<SyncServer> m_server;
    StoreLocation m_location;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace Parterre
