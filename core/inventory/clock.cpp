#include "clock.h"

#include <QDateTime>

namespace Parterre {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace Parterre
