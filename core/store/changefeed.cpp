#include "changefeed.h"

#include "store/postgreslistener.h"
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
        connect(m_poll, &QTimer::timeout, this, &ChangeFeedWorker::catchUp);
        connect(m_holeRetry, &QTimer::timeout, this, &ChangeFeedWorker::catchUp);
        if (!openStore())
            return;
        m_last = fromSeq;
        if (m_last < 0) {
            auto last = m_store->lastSeq();
            m_last = last ? *last : 0;
        }
        m_feed->m_lastSeq.store(m_last);
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
            m_poll->start(2000);
        } else {
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

    void catchUp()
    {
        if (!m_store && !openStore())
            return;
        QList<Change> delivered;
        QSet<qint64> shows;
        for (;;) {
            auto batch = m_store->changesSince(m_last, 1000);
            if (!batch) {
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
            return;
        m_feed->m_lastSeq.store(m_last);
        emit m_feed->changes(delivered);
        emit m_feed->showsChanged(shows);
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
    m_thread.quit();
    m_thread.wait();
}

void ChangeFeed::start(qint64 fromSeq)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, fromSeq] { worker->start(fromSeq); });
}

} // namespace Parterre
