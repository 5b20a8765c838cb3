#pragma once

#include "store/store.h"

#include <QHash>
#include <QStringList>

namespace Parterre::Test {

// What sales loops reported, checked against the store: every acknowledged sale is there, and no seat is
// sold to two people.
struct SalesReport
{
    struct Sale
    {
        qint64 orderId = 0;
        QStringList seats;
        QStringList codes;
    };
    QList<Sale> sales;
    QSet<qint64> refunded;
    qint64 attempts = 0;
    int finishedLoops = 0;
    QStringList errors;

    // Parses complete lines only: a line cut off by a kill is not an acknowledgement.
    void parse(const QString &output);
    // Empty when the store agrees with every report; otherwise one line per disagreement.
    // A killed loop may have committed a sale it never got to report: allowUnreported accepts seats that are
    // sold in the store without a report, never the reverse.
    QStringList checkAgainst(Store &store, qint64 showId, qint64 nowMs, bool allowUnreported = false) const;
};

} // namespace Parterre::Test
