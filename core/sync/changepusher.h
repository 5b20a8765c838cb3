#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Parterre {

class Store;
struct ChangePage;

// The WebSocket side of the change feed, on the sync worker's thread: each subscriber gets the pages of
// GET /v1/changes from its `since` on, in order and each change once. Pushes are paced by a token bucket:
// a few go out at once (a sale's hold, order and confirm arrive within milliseconds), and under load at
// most one per BatchMs, carrying everything that came in meanwhile. Subscribers whose token is revoked are
// closed.
class ChangePusher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int BatchMs = 5;
    static constexpr int BurstPushes = 4;

    // closeCode 0: send `message` as a text frame; otherwise close with that code and `message` as reason.
    using Push = std::function<void(quint64 socketId, const QByteArray &message, int closeCode)>;

    ChangePusher(Store &store, Push push, int tokenCheckMs, QObject *parent = nullptr);

    void subscribe(quint64 socketId, qint64 since, const QByteArray &tokenHash);
    void unsubscribe(quint64 socketId);
    // The feed may have moved: push soon.
    void changed();
    void closeAll(int closeCode, const QByteArray &reason);
    int subscribers() const { return int(m_subscribers.size()); }

private:
    struct Subscriber
    {
        qint64 since = 0;
        QByteArray tokenHash;
    };
    void flush();
    void refill();
    bool pushTo(quint64 socketId, Subscriber &subscriber, QHash<qint64, ChangePage> *pages);
    void checkTokens();

    Store &m_store;
    Push m_push;
    QHash<quint64, Subscriber> m_subscribers;
    QTimer m_batchTimer;
    QTimer m_tokenTimer;
    QElapsedTimer m_creditClock;
    double m_credits = BurstPushes; // pushes that may go out at once
};

} // namespace Parterre
