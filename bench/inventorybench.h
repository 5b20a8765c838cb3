#pragma once

#include "model/seatmap.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Parterre::Bench {

// Latency samples of one measured loop, summarised as the benchmarks report them.
struct Sample
{
    QList<qint64> nanos;
    qint64 totalNanos = 0;

    double opsPerSecond() const;
    double percentileMs(double p) const;
};

Sample measure(int operations, const std::function<bool(int)> &operation);

// One section of rows of 50 seats ("s<row>-<n>", category "std"): the benchmarks' hall.
SeatMap benchSeatMap(int seats);

// One measurement as one compact JSON line on stdout.
void emitLine(const QJsonObject &line);

struct InventoryBenchOptions
{
    QString backend = QStringLiteral("sqlite");
    QString databasePath; // empty: a temporary file
    int operations = 2000;
    QStringList cases = {QStringLiteral("hold"), QStringLiteral("confirm"), QStringLiteral("sale"),
                         QStringLiteral("card_sale"), QStringLiteral("find")};
};

// Engine holds and confirms against a bare single-UPDATE transaction loop on the same database, in the same
// run. Prints one JSON object per line; returns the process exit code.
int runInventoryBench(const InventoryBenchOptions &options);

} // namespace Parterre::Bench
