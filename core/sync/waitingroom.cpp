#include "waitingroom.h"

#include "inventory/clock.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// Compares in time independent of where the first difference is, so a forger learns nothing from timing.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

WaitingRoom::WaitingRoom(const WaitingRoomOptions &options, const Clock &clock, const QByteArray &secret)
    : m_options(options)
    , m_clock(clock)
    , m_secret(secret.isEmpty() ? randomBytes(32) : secret)
    , m_intervalMs(1000.0 / std::max(options.admissionsPerSecond, 1e-6))
    , m_nextAdmissionMs(double(clock.nowMs()))
{}

WaitingRoom::Ticket WaitingRoom::join(const QString &key)
{
    advance();
    if (!key.isEmpty()) {
        const QString known = m_sessionOfKey.value(key);
        if (auto it = m_sessions.constFind(known); it != m_sessions.cend())
            return ticketOf(known, *it);
    }
    // 128 random bits: a session id cannot be guessed, so nobody can poll for somebody else's admission.
    const QString id = QString::fromLatin1(randomBytes(16).toHex());
    Session session;
    session.ticket = m_nextTicket++;
    session.key = key;
    m_sessions.insert(id, session);
    m_queue.push_back(id);
    if (!key.isEmpty())
        m_sessionOfKey.insert(key, id);
    advance(); // an empty room admits at once
    return ticketOf(id, m_sessions.value(id));
}

std::optional<WaitingRoom::Ticket> WaitingRoom::status(const QString &session)
{
    advance();
    auto it = m_sessions.constFind(session);
    if (it == m_sessions.cend())
        return std::nullopt;
    return ticketOf(session, *it);
}

qint64 WaitingRoom::admittedNow()
{
    advance();
    return qint64(m_admitted.size());
}

void WaitingRoom::advance()
{
    const qint64 now = m_clock.nowMs();
    // Expired admissions leave the admitted set and make room.
    while (!m_admitted.empty()) {
        auto it = m_sessions.find(m_admitted.front());
        if (it != m_sessions.end() && it->expiresAtMs > now)
            break;
        if (it != m_sessions.end()) {
            m_sessionOfKey.remove(it->key);
            m_sessions.erase(it);
        }
        m_admitted.pop_front();
    }
    // One admission per interval on a fixed schedule: a coarse clock catches up on the slots it skipped,
    // but never more than the rate allows since the schedule began.
    while (!m_queue.empty() && qint64(m_admitted.size()) < m_options.capacity &&
           m_nextAdmissionMs <= double(now)) {
        const QString id = m_queue.front();
        m_queue.pop_front();
        Session &session = m_sessions[id];
        session.expiresAtMs = now + m_options.admissionTtlMs;
        const QByteArray payload = id.toLatin1() + '.' + QByteArray::number(session.expiresAtMs);
        session.token = payload.toBase64(Base64Url) + '.' + sign(payload).toBase64(Base64Url);
        m_admitted.push_back(id);
        m_nextAdmissionMs += m_intervalMs;
    }
    // Time nobody waited through is not saved up for a burst later.
    if (m_queue.empty() || qint64(m_admitted.size()) >= m_options.capacity)
        m_nextAdmissionMs = std::max(m_nextAdmissionMs, double(now));
}

WaitingRoom::Ticket WaitingRoom::ticketOf(const QString &id, const Session &session) const
{
    Ticket ticket;
    ticket.session = id;
    if (!session.token.isEmpty()) {
        ticket.admissionToken = session.token;
        ticket.expiresAtMs = session.expiresAtMs;
        return ticket;
    }
    // Waiting sessions hold consecutive tickets, so the position is the distance from the head.
    const qint64 head = m_sessions.value(m_queue.front()).ticket;
    ticket.position = session.ticket - head + 1;
    const double first = std::max(0.0, m_nextAdmissionMs - double(m_clock.nowMs()));
    ticket.etaMs = qint64(std::ceil(first + double(ticket.position - 1) * m_intervalMs));
    return ticket;
}

QByteArray WaitingRoom::sign(const QByteArray &payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256);
}

WaitingRoom::Verdict WaitingRoom::check(const QByteArray &admissionToken) const
{
    if (admissionToken.isEmpty())
        return Verdict::Missing;
    const qsizetype dot = admissionToken.indexOf('.');
    if (dot <= 0 || admissionToken.size() > 512)
        return Verdict::Forged;
    const auto payload = QByteArray::fromBase64Encoding(admissionToken.left(dot),
                                                        Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    const auto mac = QByteArray::fromBase64Encoding(admissionToken.mid(dot + 1),
                                                    Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || !mac || !sameBytes(mac.decoded, sign(payload.decoded)))
        return Verdict::Forged;
    bool ok = false;
    const qint64 expiresAtMs = payload.decoded.mid(payload.decoded.lastIndexOf('.') + 1).toLongLong(&ok);
    if (!ok)
        return Verdict::Forged;
    return expiresAtMs > m_clock.nowMs() ? Verdict::Valid : Verdict::Expired;
}

} // namespace Parterre
