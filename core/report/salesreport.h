#pragma once

#include "model/ledger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Parterre {

// Sales over a period grouped by show, category, payment method or clerk, from the store's ledger
// (payments and refunds) and ticket sales. Money is what was taken: complimentary tickets count as
// tickets but not as money, except by method, where the comp line shows the face value given away. By
// category, amounts are the tickets' face value, refunds the face value of those refunded since.
class SalesReport final
{
    Q_DECLARE_TR_FUNCTIONS(SalesReport)

public:
    enum class By
    {
        Show,
        Category,
        Method,
        Clerk
    };

    struct Row
    {
        QString key;   // show id, category id, method name or clerk name
        QString label; // what people read
        QString currency;
        int tickets = 0; // by method: payments
        qint64 grossMinor = 0;
        qint64 refundsMinor = 0;
        qint64 netMinor() const { return grossMinor - refundsMinor; }
    };

    static QString byName(By by);
    static bool byFromName(const QString &name, By *by);

    // Rows in the order of their keys (shows by id); one row per key and currency.
    static QList<Row> build(By by, const QList<LedgerEntry> &ledger, const QList<TicketEntry> &tickets);
    static QString toCsv(By by, const QList<Row> &rows);
    static QString toText(By by, const QList<Row> &rows);

private:
    static QString countHeader(By by); // "tickets", or "payments" by method
};

} // namespace Parterre
