#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Parterre::Bench {

struct PostgresBenchOptions
{
    QString url; // a server URL; the bench creates (and drops) its own databases on it
    QList<int> clients{1, 8, 32};
    int seconds = 8;     // per measured case and client count
    QString pgbenchPath; // empty: looked up
    QStringList cases;   // hold, hold_ga, change_visible, contention; empty: all
};

// Engine holds (picked seats and standing places) from N client threads, each with its own connection,
// against pgbench -N with the same client count on the same server in the same run; the time from a commit
// to its notification on another connection; and N clients racing for the same seats, checked for
// oversold seats. One JSON object per line.
int runPostgresBench(const PostgresBenchOptions &options);

} // namespace Parterre::Bench
