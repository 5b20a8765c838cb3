#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace Parterre {

int RateLimiter::take(const QString &client, qint64 nowMs)
{
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, {static_cast<double>(m_burst), nowMs});
    Bucket &bucket = *it;
    const double elapsed = static_cast<double>(std::max<qint64>(0, nowMs - bucket.atMs)) / 1000.0;
    bucket.tokens = std::min(static_cast<double>(m_burst), bucket.tokens + elapsed * m_perSecond);
    bucket.atMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    if (m_perSecond <= 0)
        return 3600;
    return std::max(1, static_cast<int>(std::ceil((1.0 - bucket.tokens) / m_perSecond)));
}

} // namespace Parterre
