#pragma once

#include <QHash>
#include <QString>

namespace Parterre {

// A token bucket per client: `burst` requests at once, refilled at `perSecond`. Not thread-safe.
class RateLimiter final
{
public:
    RateLimiter(int burst, double perSecond)
        : m_burst(burst)
        , m_perSecond(perSecond)
    {}

    // 0 when the request may go ahead (and takes a token), otherwise the whole seconds to wait.
    int take(const QString &client, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    int m_burst;
    double m_perSecond;
    QHash<QString, Bucket> m_buckets;
};

} // namespace Parterre
