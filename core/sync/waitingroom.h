#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace Parterre {

class Clock;

// How fast a waiting room lets self-service clients through to the purchase flow.
struct WaitingRoomOptions
{
    double admissionsPerSecond = 10; // admitted sessions per second, at most
    int capacity = 500;              // admitted sessions whose admission has not expired, at most
    qint64 admissionTtlMs = 10 * 60 * 1000;
};

// The waiting room for self-service channels (kiosks, web shops): sessions queue in FIFO order and are
// admitted one by one at the configured rate, never faster, while the admitted set has room. An admitted
// session gets an admission token: its session id and expiry, signed with HMAC-SHA256 under the host's
// secret, so a hold can be checked without a lookup. Admissions are made lazily from the clock whenever the
// room is asked, so a manual clock drives it in tests. Not thread-safe: the sync worker owns it.
class WaitingRoom final
{
public:
    struct Ticket
    {
        QString session;
        qint64 position = 0; // 1 = next to be admitted; 0 once admitted
        qint64 etaMs = 0;    // how long until admission, as the rate allows (capacity permitting)
        QByteArray admissionToken;
        qint64 expiresAtMs = 0;

        bool admitted() const { return !admissionToken.isEmpty(); }
    };

    enum class Verdict
    {
        Valid,
        Missing,
        Forged,
        Expired
    };

    // secret: the HMAC key; empty for a random one (tokens then die with the host).
    WaitingRoom(const WaitingRoomOptions &options, const Clock &clock, const QByteArray &secret = {});

    // Queues a new session. The same non-empty key answers the same session again (an idempotent retry).
    Ticket join(const QString &key = {});
    // Where a session stands; nullopt for an unknown session or one whose admission has expired.
    std::optional<Ticket> status(const QString &session);
    Verdict check(const QByteArray &admissionToken) const;

    qint64 waiting() const { return qint64(m_queue.size()); }
    qint64 admittedNow();
    const WaitingRoomOptions &options() const { return m_options; }

private:
    struct Session
    {
        qint64 ticket = 0; // its place in the order of arrival
        QByteArray token;
        qint64 expiresAtMs = 0;
        QString key;
    };

    void advance();
    Ticket ticketOf(const QString &id, const Session &session) const;
    QByteArray sign(const QByteArray &payload) const;

    WaitingRoomOptions m_options;
    const Clock &m_clock;
    QByteArray m_secret;
    double m_intervalMs;
    double m_nextAdmissionMs = 0; // the earliest time the next admission may happen
    qint64 m_nextTicket = 1;
    std::deque<QString> m_queue;            // waiting sessions, first come first
    std::deque<QString> m_admitted;         // admitted sessions, earliest expiry first
    QHash<QString, Session> m_sessions;     // waiting and admitted
    QHash<QString, QString> m_sessionOfKey; // idempotency key -> session
};

} // namespace Parterre
