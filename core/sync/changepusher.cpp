#include "changepusher.h"

#include "store/store.h"
#include "sync/changepage.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

// RFC 6455 close codes.
constexpr int PolicyViolation = 1008;
constexpr int InternalError = 1011;

} // namespace

ChangePusher::ChangePusher(Store &store, Push push, int tokenCheckMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_push(std::move(push))
{
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &ChangePusher::flush);
    m_tokenTimer.setInterval(tokenCheckMs);
    connect(&m_tokenTimer, &QTimer::timeout, this, &ChangePusher::checkTokens);
}

void ChangePusher::subscribe(quint64 socketId, qint64 since, const QByteArray &tokenHash)
{
    Subscriber subscriber{since, tokenHash};
    // Whatever is already in the log after `since` goes out at once: that is the resume.
    if (!pushTo(socketId, subscriber, nullptr))
        return;
    m_subscribers.insert(socketId, subscriber);
    if (!m_tokenTimer.isActive())
        m_tokenTimer.start();
}

void ChangePusher::unsubscribe(quint64 socketId)
{
    m_subscribers.remove(socketId);
    if (m_subscribers.isEmpty())
        m_tokenTimer.stop();
}

void ChangePusher::changed()
{
    if (m_subscribers.isEmpty() || m_batchTimer.isActive())
        return;
    refill();
    if (m_credits >= 1) {
        flush();
        return;
    }
    m_batchTimer.start(int(std::ceil((1 - m_credits) * BatchMs)));
}

void ChangePusher::refill()
{
    if (m_creditClock.isValid())
        m_credits =
            std::min<double>(BurstPushes, m_credits + double(m_creditClock.nsecsElapsed()) / (BatchMs * 1e6));
    m_creditClock.start();
}

void ChangePusher::closeAll(int closeCode, const QByteArray &reason)
{
    const QList<quint64> ids = m_subscribers.keys();
    m_subscribers.clear();
    m_tokenTimer.stop();
    for (quint64 id : ids)
        m_push(id, reason, closeCode);
}

void ChangePusher::flush()
{
    refill();
    m_credits = std::max(0.0, m_credits - 1);
    QHash<qint64, ChangePage> pages; // subscribers at the same seq share one read and one serialisation
    for (auto it = m_subscribers.begin(); it != m_subscribers.end();) {
        if (pushTo(it.key(), it.value(), &pages))
            ++it;
        else
            it = m_subscribers.erase(it);
    }
}

bool ChangePusher::pushTo(quint64 socketId, Subscriber &subscriber, QHash<qint64, ChangePage> *pages)
{
    ChangePage page;
    do {
        if (pages && pages->contains(subscriber.since)) {
            page = pages->value(subscriber.since);
        } else {
            page = ChangePage::read(m_store, subscriber.since);
            if (pages && page.reply.status == 200)
                pages->insert(subscriber.since, page);
        }
        if (page.reply.status != 200) {
            m_push(socketId, QByteArrayLiteral("the store is unavailable"), InternalError);
            return false;
        }
        if (page.empty)
            return true;
        m_push(socketId, page.reply.body, 0);
        subscriber.since = page.seq;
    } while (page.more);
    return true;
}

void ChangePusher::checkTokens()
{
    QHash<QByteArray, bool> valid;
    for (auto it = m_subscribers.begin(); it != m_subscribers.end();) {
        auto known = valid.constFind(it->tokenHash);
        if (known == valid.cend()) {
            auto token = m_store.tokenByHash(it->tokenHash);
            // A store that cannot answer now is no reason to drop a terminal; a revoked token is.
            const bool ok = token ? token->revokedAtMs == 0 : token.error().code != Error::Code::NotFound;
            known = valid.insert(it->tokenHash, ok);
        }
        if (*known) {
            ++it;
        } else {
            m_push(it.key(), QByteArrayLiteral("the token has been revoked"), PolicyViolation);
            it = m_subscribers.erase(it);
        }
    }
    if (m_subscribers.isEmpty())
        m_tokenTimer.stop();
}

} // namespace Parterre
