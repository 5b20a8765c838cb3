#pragma once

#include "model/catalog.h"
#include "model/inventory.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace Parterre {

// The card a ticket is printed on.
struct TicketStock
{
    QString name;
    QSizeF sizeMm;

    // The common 8 × 3 inch thermal concert-ticket stock.
    static TicketStock concert() { return {QStringLiteral("Concert ticket"), QSizeF(203, 76)}; }
};

// Draws one ticket of an order on any QPainter (printer, PDF, image): the show, the place, category, price,
// order and customer, and a stub with the ticket code as text and as a QR code.
class TicketRenderer final
{
public:
    explicit TicketRenderer(const Show &show, const TicketStock &stock = TicketStock::concert());

    // Category names to print instead of their ids ("a" → "Stalls front").
    void setCategoryNames(const QHash<QString, QString> &names) { m_categoryNames = names; }
    void setLocale(const QLocale &locale) { m_locale = locale; }
    const TicketStock &stock() const { return m_stock; }

    // Paints the ticket scaled to fit rect, keeping the stock's proportions.
    void paint(QPainter &painter, const QRectF &rect, const Order &order, const OrderItem &item) const;

    // "Saturday 14 March 2030" and "20:00" in the venue's time zone.
    QString showDate() const;
    QString showTime() const;

private:
    QDateTime startsAt() const;

    Show m_show;
    TicketStock m_stock;
    QHash<QString, QString> m_categoryNames;
    QLocale m_locale;
};

} // namespace Parterre
