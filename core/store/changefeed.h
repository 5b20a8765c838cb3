#pragma once

#include "model/catalog.h"
#include "store/storelocation.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QThread>

#include <atomic>

namespace Parterre {

class ChangeFeedWorker;

// Follows a store's change log and tells its owner, in seq order and each once, which seats changed and on
// which shows. On PostgreSQL it wakes on the batched NOTIFY and polls every two seconds as a safety net; on
// SQLite it polls four times a second. After a reconnect it resumes from the last seq it delivered.
// Runs on a thread of its own; its signals arrive on the owner's thread.
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    // A gap in a PostgreSQL change log is a transaction still committing, or one that rolled back: the feed
    // waits this long for it before reading past it.
    static constexpr int HoleWaitMs = 1000;

    explicit ChangeFeed(const StoreLocation &location, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // fromSeq < 0: from the end of the log as it is now.
    void start(qint64 fromSeq = -1);
    qint64 lastSeq() const { return m_lastSeq.load(); }
    quint64 notificationsReceived() const { return m_notifications.load(); }

signals:
    // The feed knows where it starts (fromSeq, or the end of the log when it was asked to start there).
    // Changes committed before that point are not delivered: a view that read its state before the feed
    // started reads it again now, or it would miss what happened in between.
    void started(qint64 fromSeq);
    void changes(const QList<Parterre::Change> &changes);
    void showsChanged(const QSet<qint64> &showIds);
    void connectionChanged(bool connected, const QString &message);

private:
    friend class ChangeFeedWorker;

    QThread m_thread;
    ChangeFeedWorker *m_worker = nullptr;
    std::atomic<qint64> m_lastSeq{0};
    std::atomic<quint64> m_notifications{0};
};

} // namespace Parterre
