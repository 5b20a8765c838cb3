#pragma once

#include "model/catalog.h"
#include "model/inventory.h"

#include <QLocale>
#include <QRectF>

class QPainter;

namespace Parterre {

// Draws an order's receipt for an 80 mm thermal printer: show, order number and date, each ticket with its
// price, the total, and every payment with the cash tendered and the change.
class ReceiptRenderer final
{
public:
    static constexpr qreal PaperWidthMm = 80;

    ReceiptRenderer(const Show &show, const Order &order);

    void setLocale(const QLocale &locale) { m_locale = locale; }
    // The receipt's length on the roll, which grows with the items and payments.
    qreal heightMm() const;
    // Paints the receipt scaled to fit rect's width.
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    QString localTime(qint64 ms, const QString &format) const;

    Show m_show;
    Order m_order;
    QLocale m_locale;
};

} // namespace Parterre
