#pragma once

#include "model/ledger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Parterre {

// The end-of-day report of one cash drawer session: the cash count (float, cash taken and paid back,
// expected, counted, variance) and what was sold during it, by payment method and by show.
struct ZReport
{
    Q_DECLARE_TR_FUNCTIONS(ZReport)

public:
    struct Line
    {
        QString key; // method name, or show id
        QString label;
        int count = 0;          // payments by method, tickets by show
        qint64 amountMinor = 0; // net of refunds
    };

    DrawerSession session;
    QList<Line> byMethod;
    QList<Line> byShow;
    int tickets = 0; // tickets of orders confirmed in the session
    int refunds = 0;
    qint64 refundsMinor = 0;
    int comps = 0;
    qint64 compsMinor = 0; // face value given away

    // `ledger` and `tickets` are the session's own (its terminal and clerk, while it was open).
    static ZReport build(const DrawerSession &session, const QList<LedgerEntry> &ledger,
                         const QList<TicketEntry> &tickets);
    QString toText() const;
    QString toCsv() const;
};

} // namespace Parterre
