#pragma once

#include <QSet>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Parterre {

class SqlStatement;

// Tells other terminals that shows changed, after commit and in batches: one NOTIFY on the channel
// "parterre_changes" at most every 50 ms per process, naming every show changed since the last one. A NOTIFY
// inside each transaction would serialise all committers on the server's notification lock (40–60% of the
// throughput); this one runs on its own connection and thread and never delays a sale.
class PostgresNotifier final
{
public:
    static constexpr int BatchMs = 50;
    static constexpr const char *Channel = "parterre_changes";

    // One notifier per server URL and process, shared by every store on that URL.
    static std::shared_ptr<PostgresNotifier> forUrl(const QString &url);
    ~PostgresNotifier();

    void post(const QSet<qint64> &showIds);
    // Sends whatever is pending before returning (a short-lived parterre-cli calls it before it exits).
    void flush();

private:
    explicit PostgresNotifier(const QString &url);
    void run();
    static bool send(SqlStatement &notify, const QSet<qint64> &shows);

    QString m_url;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_sent;
    QSet<qint64> m_pending;
    quint64 m_posted = 0;
    quint64 m_delivered = 0;
    bool m_stopping = false;
    // The thread waits for work (not out a batch interval): only then does a post need to wake it. Waking it
    // on every commit cost each sale a context switch for a thread that would only go back to sleep.
    bool m_idle = false;
    std::thread m_thread;
};

} // namespace Parterre
