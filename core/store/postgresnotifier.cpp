#include "postgresnotifier.h"

#include "store/postgresconnection.h"

#include <QMap>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Parterre {

std::shared_ptr<PostgresNotifier> PostgresNotifier::forUrl(const QString &url)
{
    static std::mutex registryMutex;
    static QMap<QString, std::weak_ptr<PostgresNotifier>> registry;
    std::lock_guard lock(registryMutex);
    if (auto existing = registry.value(url).lock())
        return existing;
    std::shared_ptr<PostgresNotifier> notifier(new PostgresNotifier(url));
    registry.insert(url, notifier);
    return notifier;
}

PostgresNotifier::PostgresNotifier(const QString &url)
    : m_url(url)
{
    m_thread = std::thread([this] { run(); });
}

PostgresNotifier::~PostgresNotifier()
{
    flush();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void PostgresNotifier::post(const QSet<qint64> &showIds)
{
    if (showIds.isEmpty())
        return;
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        wake = m_idle && m_pending.isEmpty();
        m_pending.unite(showIds);
        ++m_posted;
    }
    if (wake)
        m_wake.notify_one();
}

void PostgresNotifier::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_posted;
    m_wake.notify_one();
    // Bounded: a server that is down must not keep a closing application waiting.
    m_sent.wait_for(lock, std::chrono::seconds(2), [&] { return m_delivered >= target || m_stopping; });
}

void PostgresNotifier::run()
{
    std::unique_ptr<PostgresConnection> connection;
    std::unique_ptr<SqlStatement> notify;
    std::unique_lock lock(m_mutex);
    while (true) {
        m_idle = true;
        m_wake.wait(lock, [&] { return m_stopping || !m_pending.isEmpty(); });
        m_idle = false;
        if (m_stopping && m_pending.isEmpty())
            break;
        const QSet<qint64> shows = std::exchange(m_pending, {});
        const quint64 posted = m_posted;
        lock.unlock();
        if (!connection || connection->isBroken()) {
            notify.reset();
            auto opened = PostgresConnection::open(m_url);
            connection = opened ? std::move(opened).value() : nullptr;
            if (connection) {
                auto prepared = connection->prepare(u"SELECT pg_notify(?, ?)"_s);
                notify = prepared ? std::move(prepared).value() : nullptr;
            }
        }
        const bool ok = notify && send(*notify, shows);
        lock.lock();
        if (!ok && !m_stopping) {
            // Keep the shows for the next try; listeners also catch up from the change log on their own.
            m_pending.unite(shows);
            lock.unlock();
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            lock.lock();
            continue;
        }
        m_delivered = posted;
        m_sent.notify_all();
        // At most one NOTIFY per batch interval.
        m_wake.wait_for(lock, std::chrono::milliseconds(BatchMs), [&] { return m_stopping; });
    }
}

bool PostgresNotifier::send(SqlStatement &notify, const QSet<qint64> &shows)
{
    QStringList ids;
    for (qint64 id : shows)
        ids.append(QString::number(id));
    const bool ok = notify.exec({QString::fromLatin1(Channel), ids.join(u',')}) == SqlStatement::Outcome::Ok;
    notify.reset();
    return ok;
}

} // namespace Parterre
