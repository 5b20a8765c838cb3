#pragma once

#include <QString>

namespace Parterre::Bench {

struct SyncBenchOptions
{
    int seats = 100'000;  // the stadium show's size
    int clients = 8;      // connections reading the availability snapshot at once
    double seconds = 3;   // per throughput case
    int sales = 200;      // sales timed for change propagation
    QString databasePath; // empty: a temporary file
};

// The sync host in-process on loopback, over a SQLite store with a stadium show: the availability snapshot's
// request rate beside a trivial route's in the same run, and how long a sale through one client takes to
// reach another that follows the change feed (WebSocket and long-poll). One JSON object per line.
int runSyncBench(const SyncBenchOptions &options);

} // namespace Parterre::Bench
