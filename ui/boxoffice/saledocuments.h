#pragma once

#include "model/catalog.h"
#include "model/inventory.h"
#include "model/result.h"

#include <QHash>
#include <QList>

class QWidget;

namespace Parterre {

// The papers of a finished sale: its tickets on the configured stock and its receipts for an 80 mm roll,
// to a printer (through the print dialog) or to PDF files; and the dialog that sets the ticket stock.
class SaleDocuments final
{
public:
    SaleDocuments(const QList<Order> &orders, const QHash<qint64, Show> &shows,
                  const QHash<QString, QString> &categoryNames);

    Result<int> saveTickets(const QString &path) const;
    Result<int> saveReceipts(const QString &path) const;
    // The pages printed; 0 when the clerk cancels the print dialog.
    Result<int> printTickets(QWidget *parent) const;
    Result<int> printReceipts(QWidget *parent) const;
    // A PDF file name asked for in a save dialog, in the documents folder; empty when cancelled.
    static QString askPdfPath(QWidget *parent, const QString &title, const QString &fileName);
    static void editTicketStock(QWidget *parent);

private:
    QList<Order> m_orders;
    QHash<qint64, Show> m_shows;
    QHash<QString, QString> m_categoryNames;
};

} // namespace Parterre
