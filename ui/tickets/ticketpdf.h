#pragma once

#include "model/catalog.h"
#include "model/inventory.h"
#include "model/result.h"
#include "ticketrenderer.h"

#include <QHash>
#include <QString>

namespace Parterre {

// Writes an order's tickets (one per page, on the stock's page size) or its receipt as a PDF with real,
// selectable text. The file is written whole or not at all.
class TicketPdf final
{
public:
    // The pages written: one per active ticket. Fails with InvalidState when the order has no tickets yet
    // (it is not confirmed), and writes nothing then.
    static Result<int> write(const Order &order, const Show &show, const QString &path,
                             const TicketStock &stock = TicketStock::concert(),
                             const QHash<QString, QString> &categoryNames = {});
    // The same for an order whose tickets may be at different shows (after an exchange): each ticket is
    // drawn with its own show, found in `shows` by the item's show id (the order's show when it has none).
    static Result<int> write(const Order &order, const QHash<qint64, Show> &shows, const QString &path,
                             const TicketStock &stock = TicketStock::concert(),
                             const QHash<QString, QString> &categoryNames = {});
    // One page, 80 mm wide, as long as the receipt.
    static Result<int> writeReceipt(const Order &order, const Show &show, const QString &path);

    // The tickets of several orders (a counter sale makes one order per hold) in one file, in order; shows
    // maps each order's show id to its show. Fails, writing nothing, when an order has no tickets.
    static Result<int> write(const QList<Order> &orders, const QHash<qint64, Show> &shows,
                             const QString &path, const TicketStock &stock = TicketStock::concert(),
                             const QHash<QString, QString> &categoryNames = {});
    // A receipt page per order, each as long as its receipt.
    static Result<int> writeReceipts(const QList<Order> &orders, const QHash<qint64, Show> &shows,
                                     const QString &path);

    // The items that carry a ticket: active, with a code.
    static QList<OrderItem> ticketItems(const Order &order);
};

} // namespace Parterre
