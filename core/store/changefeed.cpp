#include "changefeed.h"

#include "store/postgreslistener.h"
#include "store/remotestore.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Parterre {

// Everything of the feed that touches the store, on the feed's thread.
class ChangeFeedWorker final : public QObject
{
public:
    ChangeFeedWorker(ChangeFeed *feed, const StoreLocation &location)
        : m_feed(feed)
        , m_location(location)
    {}

    void start(qint64 fromSeq)
    {
        m_poll = new QTimer(this);
        m_holeRetry = new QTimer(this);
        m_holeRetry->setSingleShot(true);
        connect(m_holeRetry, &QTimer::timeout, this, [this] { catchUp(); });
        if (!openStore())
            return;
        m_last = fromSeq;
        if (m_last < 0) {
            auto last = m_store->lastSeq();
            m_last = last ? *last : 0;
        }
        m_feed->m_lastSeq.store(m_last);
        emit m_feed->started(m_last);
        if (m_location.kind == StoreLocation::Kind::Postgres) {
            m_listener = new PostgresListener(m_location.path, this);
            connect(m_listener, &PostgresListener::showsChanged, this, [this] {
                m_feed->m_notifications.store(m_listener->notificationsReceived());
                catchUp();
            });
            connect(m_listener, &PostgresListener::connected, this, [this] {
                emit m_feed->connectionChanged(true, QString());
                catchUp(); // resume: whatever happened while we were away is in the log
            });
            connect(m_listener, &PostgresListener::disconnected, this,
                    [this](const QString &message) { emit m_feed->connectionChanged(false, message); });
            m_listener->start();
            connect(m_poll, &QTimer::timeout, this, [this] { catchUp(); });
            m_poll->start(2000);
        } else if (m_location.kind == StoreLocation::Kind::Remote) {
            // A host answers a long-poll as soon as something changes: ask again at once, or after a
            // growing pause while the host is away.
            m_poll->setSingleShot(true);
            connect(m_poll, &QTimer::timeout, this, &ChangeFeedWorker::longPoll);
            m_poll->start(0);
            return;
        } else {
            connect(m_poll, &QTimer::timeout, this, [this] { catchUp(); });
            m_poll->start(250);
        }
        catchUp();
    }

private:
    bool openStore()
    {
        auto store = m_location.open();
        if (!store) {
            emit m_feed->connectionChanged(false, store.error().message);
            QTimer::singleShot(1000, this, [this] {
                if (openStore())
                    catchUp();
            });
            return false;
        }
        m_store = std::move(store).value();
        return true;
    }

    void longPoll()
    {
        constexpr int waitMs = 2000;
        const bool ok = catchUp(waitMs);
        if (QThread::currentThread()->isInterruptionRequested())
            return;
        if (ok != m_remoteUp) {
            m_remoteUp = ok;
            emit m_feed->connectionChanged(ok, ok ? QString() : m_lastError);
        }
        m_backoffMs = ok ? 0 : std::clamp(m_backoffMs * 2, 250, 5000);
        m_poll->start(m_backoffMs);
    }

    // Delivers what the log holds after the last seq; waitMs > 0 lets a host wait for news first. False
    // when the store could not be read.
    bool catchUp(int waitMs = 0)
    {
        if (!m_store && !openStore())
            return false;
        auto *remote = m_location.kind == StoreLocation::Kind::Remote
                           ? static_cast<RemoteStore *>(m_store.get())
                           : nullptr;
        QList<Change> delivered;
        QSet<qint64> shows;
        bool ok = true;
        for (;;) {
            auto batch = remote && waitMs > 0 ? remote->waitForChanges(m_last, 1000, waitMs)
                                              : m_store->changesSince(m_last, 1000);
            waitMs = 0;
            if (QThread::currentThread()->isInterruptionRequested())
                return false;
            if (!batch) {
                ok = false;
                m_lastError = batch.error().message;
                if (!remote)
                    emit m_feed->connectionChanged(false, batch.error().message);
                break;
            }
            bool waiting = false;
            for (const Change &change : *batch) {
                if (change.seq != m_last + 1 && !readPastHole()) {
                    waiting = true;
                    break;
                }
                m_holeSince.invalidate();
                m_last = change.seq;
                delivered.append(change);
                shows.insert(change.showId);
            }
            if (waiting || batch->size() < 1000)
                break;
        }
        if (delivered.isEmpty())
            return ok;
        m_feed->m_lastSeq.store(m_last);
        emit m_feed->changes(delivered);
        emit m_feed->showsChanged(shows);
        return ok;
    }

    // A missing seq: wait a little for a transaction that is still committing, then read past it.
    bool readPastHole()
    {
        if (!m_holeSince.isValid())
            m_holeSince.start();
        if (m_holeSince.elapsed() >= ChangeFeed::HoleWaitMs)
            return true;
        if (!m_holeRetry->isActive())
            m_holeRetry->start(100);
        return false;
    }

    ChangeFeed *m_feed;
    StoreLocation m_location;
    std::unique_ptr<Store> m_store;
    PostgresListener *m_listener = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_holeRetry = nullptr;
    QElapsedTimer m_holeSince;
    qint64 m_last = 0;
    bool m_remoteUp = true;
    int m_backoffMs = 0;
    QString m_lastError;
};

ChangeFeed::ChangeFeed(const StoreLocation &location, QObject *parent)
    : QObject(parent)
{
    m_worker = new ChangeFeedWorker(this, location);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(u"ChangeFeed"_s);
    m_thread.start();
}

ChangeFeed::~ChangeFeed()
{
    m_thread.requestInterruption(); // also ends a long-poll to a host at once
    m_thread.quit();
    m_thread.wait();
}

void ChangeFeed::start(qint64 fromSeq)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, fromSeq] { worker->start(fromSeq); });
}

} // namespace Parterre
