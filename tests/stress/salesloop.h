#pragma once

#include "store/storelocation.h"

#include <QString>
#include <QTextStream>

namespace Parterre::Test {

// The selling loop shared by the race threads, the race worker processes and the crash child. It reports
// every acknowledged outcome as one line, flushed before the next attempt:
//   SOLD <order_id> <seat,seat,...> <code,code,...>
//   REFUNDED <order_id>
//   DONE <attempts> <sold> <refused>
struct SalesLoopOptions
{
    StoreLocation location;
    qint64 showId = 0;
    int attempts = 1000; // < 0: until killed
    quint32 seed = 1;
    QString keyPrefix;
    int refundPercent = 15; // of confirmed sales, refunded at once to keep seats churning
    int releasePercent = 5; // of attempts, a hold that is given up instead of bought
};

int runSalesLoop(const SalesLoopOptions &options, QTextStream &out);

} // namespace Parterre::Test
