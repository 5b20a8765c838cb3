#pragma once

#include "model/inventory.h"
#include "model/money.h"

#include <QList>
#include <QString>

namespace Parterre {

// One line of the counter's cart: the seats or places of one hold, with what the clerk sees of them.
struct CartLine
{
    Hold hold;
    QString description;  // "Stalls · Row C · 12, 13" or "Standing × 3"
    QString categoryName; // the category's name, or "Mixed"
    qint64 orderId = 0;   // set once checkout has made the hold an order
    // The local monotonic clock (ms) when the store's answer arrived: the countdown runs from there.
    qint64 receivedAtMs = 0;

    int placeCount() const;
    Money price() const { return {hold.priceMinor, hold.currency}; }
    // How long the hold has left at the monotonic time nowMs: the store's own span (expires_at minus its
    // clock when it answered) less the local time since, so a skewed local wall clock cannot matter.
    qint64 remainingMs(qint64 nowMs) const;
};

// The holds of the sale in progress, one per line. Plain data: the window does the store work.
class Cart final
{
public:
    static constexpr qint64 WarningMs = 60 * 1000;

    const QList<CartLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    int size() const { return int(m_lines.size()); }
    const CartLine &line(int index) const { return m_lines.at(index); }
    CartLine &line(int index) { return m_lines[index]; }
    int indexOfHold(qint64 holdId) const;

    void add(const CartLine &line) { m_lines.append(line); }
    void removeAt(int index) { m_lines.removeAt(index); }
    void clear() { m_lines.clear(); }

    int placeCount() const;
    // The total of every line; the currency of the first (a cart never mixes currencies: see canAdd).
    Money total() const;
    bool canAdd(const QString &currency) const;
    // The least time any line has left; −1 for an empty cart.
    qint64 remainingMs(qint64 nowMs) const;
    // Lines whose hold has run out at nowMs, in order.
    QList<int> expiredLines(qint64 nowMs) const;

private:
    QList<CartLine> m_lines;
};

} // namespace Parterre
