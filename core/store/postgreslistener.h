#pragma once

#include <QObject>
#include <QSet>

typedef struct pg_conn PGconn;
class QSocketNotifier;
class QTimer;

namespace Parterre {

// LISTENs on the notifier's channel and says which shows changed. Lives in a thread with an event loop;
// when the server goes away it reconnects with backoff and LISTENs again (Qt 6.4's QPSQL does not, which is
// why this talks to libpq itself), then says so, so that its owner catches up from the change log.
class PostgresListener final : public QObject
{
    Q_OBJECT

public:
    explicit PostgresListener(const QString &url, QObject *parent = nullptr);
    ~PostgresListener() override;

    void start();
    bool isConnected() const { return m_conn != nullptr; }
    quint64 notificationsReceived() const { return m_received; }

signals:
    void showsChanged(const QSet<qint64> &showIds);
    void connected(); // (re)connected and listening: whatever was missed meanwhile must be read from the log
    void disconnected(const QString &message);

private:
    void tryConnect();
    void readNotifications();
    void drop(const QString &message);

    QString m_url;
    PGconn *m_conn = nullptr;
    QSocketNotifier *m_socket = nullptr;
    QTimer *m_retry = nullptr;
    int m_failures = 0;
    quint64 m_received = 0;
};

} // namespace Parterre
