#pragma once

#include "model/catalog.h"
#include "model/inventory.h"
#include "model/result.h"
#include "ticketrenderer.h"

#include <QHash>
#include <QList>

class QPrinter;

namespace Parterre {

// Printing a counter sale: its tickets on the configured ticket stock and its receipts on an 80 mm roll.
// The stock's size is a setting (QSettings "tickets/stockWidthMm" and "tickets/stockHeightMm").
class TicketPrinting final
{
public:
    TicketPrinting() = delete;

    static TicketStock stock();
    static void setStock(const TicketStock &stock);

    // Sets the printer's page to the stock and prints a page per ticket.
    static Result<int> printTickets(QPrinter &printer, const QList<Order> &orders,
                                    const QHash<qint64, Show> &shows, const TicketStock &stock,
                                    const QHash<QString, QString> &categoryNames);
    static Result<int> printReceipts(QPrinter &printer, const QList<Order> &orders,
                                     const QHash<qint64, Show> &shows);
};

} // namespace Parterre
