#include "cart.h"

#include <algorithm>

namespace Parterre {

int CartLine::placeCount() const
{
    int count = int(hold.seatIds.size());
    for (const GaUnits &units : hold.ga)
        count += int(units.units.size());
    return count;
}

qint64 CartLine::remainingMs(qint64 nowMs) const
{
    const qint64 span = hold.expiresAtMs - hold.serverTimeMs;
    return std::max<qint64>(0, span - (nowMs - receivedAtMs));
}

int Cart::indexOfHold(qint64 holdId) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).hold.id == holdId)
            return i;
    }
    return -1;
}

int Cart::placeCount() const
{
    int count = 0;
    for (const CartLine &line : m_lines)
        count += line.placeCount();
    return count;
}

Money Cart::total() const
{
    Money total;
    for (const CartLine &line : m_lines) {
        total.minor += line.hold.priceMinor;
        if (total.currency.isEmpty())
            total.currency = line.hold.currency;
    }
    return total;
}

bool Cart::canAdd(const QString &currency) const
{
    return m_lines.isEmpty() || m_lines.first().hold.currency == currency;
}

qint64 Cart::remainingMs(qint64 nowMs) const
{
    qint64 least = -1;
    for (const CartLine &line : m_lines) {
        const qint64 left = line.remainingMs(nowMs);
        if (least < 0 || left < least)
            least = left;
    }
    return least;
}

QList<int> Cart::expiredLines(qint64 nowMs) const
{
    QList<int> expired;
    for (int i = 0; i < m_lines.size(); ++i) {
        // A line that became an order keeps its seats: an order awaiting payment does not expire.
        if (m_lines.at(i).orderId == 0 && m_lines.at(i).remainingMs(nowMs) == 0)
            expired.append(i);
    }
    return expired;
}

} // namespace Parterre
