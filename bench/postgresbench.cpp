#include "postgresbench.h"

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "inventorybench.h"
#include "store/postgresconnection.h"
#include "store/postgresnotifier.h"
#include "store/storelocation.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>
#include <QUrl>

#include <atomic>
#include <mutex>
#include <thread>

#include <libpq-fe.h>
#include <sys/resource.h>
#include <sys/select.h>

using namespace Qt::StringLiterals;

namespace Parterre::Bench {

namespace {

double round3(double v)
{
    return qRound(v * 1000) / 1000.0;
}

QString databaseUrl(const QString &url, const QString &database)
{
    QUrl parsed(url);
    parsed.setPath(u'/' + database);
    return parsed.toString();
}

bool adminExec(const QString &url, const QString &sql, QString *error)
{
    auto connection = PostgresConnection::open(url);
    if (!connection) {
        *error = connection.error().message;
        return false;
    }
    auto statement = connection.value()->prepare(sql);
    if (!statement || statement.value()->exec({}) != SqlStatement::Outcome::Ok) {
        *error = statement ? statement.value()->lastError() : statement.error().message;
        return false;
    }
    return true;
}

// A fresh database with one show of `seats` seats in rows of 50 and a standing area of `standing` places.
struct BenchDatabase
{
    QString adminUrl;
    QString name;
    QString url;
    qint64 showId = 0;

    bool create(const QString &admin, const QString &database, int seats, int standing, QString *error)
    {
        adminUrl = admin;
        name = database;
        adminExec(admin, u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s, error);
        if (!adminExec(admin, u"CREATE DATABASE "_s + name, error))
            return false;
        url = databaseUrl(admin, name);
        auto store = StoreLocation::postgres(url).open();
        if (!store) {
            *error = store.error().message;
            return false;
        }
        SeatMap map = benchSeatMap(seats);
        map.categories.append({u"floor"_s, u"Floor"_s, u"#7570b3"_s});
        map.gaAreas.append({u"floor"_s,
                            u"Floor"_s,
                            standing,
                            u"floor"_s,
                            {QPointF(0, 3000), QPointF(1000, 3000), QPointF(1000, 3500), QPointF(0, 3500)}});
        const CallContext ctx{QString(), u"bench"_s, u"bench"_s, QDateTime::currentMSecsSinceEpoch()};
        auto venue = (*store)->createVenue({0, u"Bench venue"_s, QString(), u"UTC"_s}, ctx);
        auto mapId = venue ? (*store)->addSeatMap(*venue, map, ctx) : Result<qint64>(venue.error());
        auto event = mapId ? (*store)->createEvent({0, u"Bench event"_s, QString(), QString()}, ctx)
                           : Result<qint64>(mapId.error());
        auto show = event ? (*store)->createShow({*event,
                                                  *mapId,
                                                  ctx.nowMs + 86'400'000,
                                                  u"EUR"_s,
                                                  {{u"std"_s, 2500}, {u"floor"_s, 1500}}},
                                                 ctx)
                          : Result<qint64>(event.error());
        if (!show) {
            *error = show.error().message;
            return false;
        }
        showId = *show;
        return true;
    }

    ~BenchDatabase()
    {
        QString ignored;
        if (!name.isEmpty())
            adminExec(adminUrl, u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s, &ignored);
    }
};

QString seatName(int i)
{
    return u"s%1-%2"_s.arg(i / 50 + 1).arg(i % 50 + 1);
}

struct ClientRun
{
    Sample sample;
    int failures = 0;
};

// `clients` threads, each with its own store, calling `operation(client, i)` for `seconds`.
QList<ClientRun> runClients(const QString &url, int clients, int seconds,
                            const std::function<bool(InventoryEngine &, int, int)> &operation)
{
    QList<ClientRun> runs(clients);
    std::atomic<bool> go{false};
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            auto store = StoreLocation::postgres(url).open();
            ++ready;
            while (!go.load())
                std::this_thread::yield();
            if (!store) {
                runs[c].failures = 1;
                return;
            }
            SystemClock clock;
            InventoryEngine engine(**store, clock);
            engine.setActor(u"bench"_s, u"client%1"_s.arg(c));
            QElapsedTimer total;
            total.start();
            for (int i = 0; total.elapsed() < seconds * 1000; ++i) {
                QElapsedTimer one;
                one.start();
                if (!operation(engine, c, i)) {
                    ++runs[c].failures;
                    continue;
                }
                runs[c].sample.nanos.append(one.nsecsElapsed());
            }
            runs[c].sample.totalNanos = total.nsecsElapsed();
        });
    }
    while (ready.load() < clients)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    go = true;
    for (std::thread &t : threads)
        t.join();
    return runs;
}

Sample merge(const QList<ClientRun> &runs, int *failures)
{
    Sample merged;
    for (const ClientRun &run : runs) {
        merged.nanos.append(run.sample.nanos);
        merged.totalNanos = std::max(merged.totalNanos, run.sample.totalNanos);
        *failures += run.failures;
    }
    return merged;
}

QString findPgbench(const QString &given)
{
    if (!given.isEmpty())
        return given;
    for (const QString &candidate : {u"/usr/lib/postgresql/15/bin/pgbench"_s, u"/usr/bin/pgbench"_s}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return u"pgbench"_s;
}

// pgbench -N (simple update: one UPDATE, one SELECT, one INSERT per transaction) with the same clients.
double pgbenchTps(const QString &pgbench, const QString &url, int clients, int seconds, QString *error)
{
    QProcess process;
    process.start(pgbench, {u"-n"_s, u"-N"_s, u"-c"_s, QString::number(clients), u"-j"_s,
                            QString::number(std::min(clients, 4)), u"-T"_s, QString::number(seconds), url});
    if (!process.waitForFinished((seconds + 60) * 1000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return 0;
    }
    static const QRegularExpression tps(u"tps = ([0-9.]+)"_s);
    const auto match = tps.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toDouble() : 0;
}

// From the moment a hold's commit returns on one connection to the moment another connection that LISTENs
// receives the notification for it.
Sample changeVisible(const QString &url, qint64 showId, int samples, QString *error)
{
    PGconn *listen = PQconnectdb(url.toUtf8().constData());
    PGresult *r = PQexec(listen, "LISTEN parterre_changes");
    PQclear(r);
    if (PQstatus(listen) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(listen));
        PQfinish(listen);
        return {};
    }
    auto store = StoreLocation::postgres(url).open();
    if (!store) {
        *error = store.error().message;
        PQfinish(listen);
        return {};
    }
    SystemClock clock;
    InventoryEngine engine(**store, clock);
    QRandomGenerator random(7);
    Sample sample;
    for (int i = 0; i < samples; ++i) {
        // Terminals commit at irregular moments: 20 to 120 ms apart.
        std::this_thread::sleep_for(std::chrono::milliseconds(20 + random.bounded(100)));
        if (!engine.hold({showId, {seatName(100'000 + i)}, {}, 600'000}, u"visible-%1"_s.arg(i)))
            continue;
        QElapsedTimer since;
        since.start();
        bool seen = false;
        while (!seen && since.elapsed() < 2000) {
            fd_set set;
            FD_ZERO(&set);
            FD_SET(PQsocket(listen), &set);
            timeval timeout{0, 2000};
            select(PQsocket(listen) + 1, &set, nullptr, nullptr, &timeout);
            PQconsumeInput(listen);
            while (PGnotify *n = PQnotifies(listen)) {
                seen = seen || QByteArray(n->extra).split(',').contains(QByteArray::number(showId));
                PQfreemem(n);
            }
        }
        if (seen)
            sample.nanos.append(since.nsecsElapsed());
    }
    PQfinish(listen);
    return sample;
}

// User and system CPU this process has used, in microseconds.
qint64 processCpuMicros()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1'000'000 + usage.ru_utime.tv_usec +
           usage.ru_stime.tv_usec;
}

} // namespace

int runPostgresBench(const PostgresBenchOptions &options)
{
    QTextStream err(stderr);
    if (options.url.isEmpty()) {
        err << "parterre-bench: --postgres URL is required for --backend postgres\n";
        return 2;
    }
    const auto wants = [&](const QString &name) {
        return options.cases.isEmpty() || options.cases.contains(name);
    };
    const QString pgbench = findPgbench(options.pgbenchPath);
    QString error;
    // pgbench's own database, scale 10 (1,000,000 accounts).
    BenchDatabase pgbenchDb;
    pgbenchDb.adminUrl = options.url;
    pgbenchDb.name = u"parterre_bench_pgbench"_s;
    adminExec(options.url, u"DROP DATABASE IF EXISTS parterre_bench_pgbench WITH (FORCE)"_s, &error);
    if (!adminExec(options.url, u"CREATE DATABASE parterre_bench_pgbench"_s, &error)) {
        err << "parterre-bench: " << error << '\n';
        return 1;
    }
    const QString pgbenchUrl = databaseUrl(options.url, pgbenchDb.name);
    QProcess init;
    init.start(pgbench, {u"-i"_s, u"-q"_s, u"-s"_s, u"10"_s, pgbenchUrl});
    if (!init.waitForFinished(300'000) || init.exitCode() != 0) {
        err << "parterre-bench: pgbench -i failed: " << init.readAllStandardError() << '\n';
        return 1;
    }

    for (int clients : wants(u"hold"_s) || wants(u"hold_ga"_s) ? options.clients : QList<int>()) {
        BenchDatabase db;
        if (!db.create(options.url, u"parterre_bench_inventory"_s, 200'000, 100'000, &error)) {
            err << "parterre-bench: " << error << '\n';
            return 1;
        }
        const double tps = pgbenchTps(pgbench, pgbenchUrl, clients, options.seconds, &error);
        if (tps <= 0)
            err << "parterre-bench: pgbench: " << error << '\n';
        // hold: picked seats, one per hold, each client on seats of its own.
        std::atomic<int> nextSeat{0};
        int failures = 0;
        const qint64 cpuBefore = processCpuMicros();
        const Sample hold = !wants(u"hold"_s)
                                ? Sample()
                                : merge(runClients(db.url, clients, options.seconds,
                                                   [&](InventoryEngine &engine, int c, int i) {
                                                       const int seat = nextSeat++;
                                                       return engine
                                                           .hold({db.showId, {seatName(seat)}, {}, 600'000},
                                                                 u"h-%1-%2"_s.arg(c).arg(i))
                                                           .ok();
                                                   }),
                                        &failures);
        const qint64 holdCpu = processCpuMicros() - cpuBefore;
        // hold_ga: two standing places per hold, all clients on the same area (SKIP LOCKED).
        int gaFailures = 0;
        const qint64 gaCpuBefore = processCpuMicros();
        const Sample holdGa =
            !wants(u"hold_ga"_s) ? Sample()
                                 : merge(runClients(db.url, clients, options.seconds,
                                                    [&](InventoryEngine &engine, int c, int i) {
                                                        return engine
                                                            .hold({db.showId, {}, {{u"floor"_s, 2}}, 600'000},
                                                                  u"g-%1-%2"_s.arg(c).arg(i))
                                                            .ok();
                                                    }),
                                         &gaFailures);
        const qint64 gaCpu = processCpuMicros() - gaCpuBefore;
        for (const auto &[name, sample, failed, cpu] :
             {std::tuple{u"hold"_s, hold, failures, holdCpu},
              std::tuple{u"hold_ga"_s, holdGa, gaFailures, gaCpu}}) {
            if (!wants(name))
                continue;
            const double ops = sample.opsPerSecond();
            emitLine({{u"bench"_s, u"inventory"_s},
                      {u"backend"_s, u"postgres"_s},
                      {u"case"_s, name},
                      {u"clients"_s, clients},
                      {u"ops"_s, qint64(sample.nanos.size())},
                      {u"failed"_s, failed},
                      {u"ops_per_s"_s, qRound(ops * 10) / 10.0},
                      {u"p50_ms"_s, round3(sample.percentileMs(0.50))},
                      {u"p99_ms"_s, round3(sample.percentileMs(0.99))},
                      {u"pgbench_tps"_s, qRound(tps * 10) / 10.0},
                      {u"ratio_vs_pgbench"_s, tps > 0 ? round3(ops / tps) : 0.0},
                      // the bench's own CPU (its client threads, libpq, the engine) per operation
                      {u"client_cpu_us_per_op"_s,
                       sample.nanos.isEmpty() ? 0.0 : qRound(10.0 * cpu / sample.nanos.size()) / 10.0}});
        }
    }

    // change_visible
    if (wants(u"change_visible"_s)) {
        BenchDatabase db;
        if (!db.create(options.url, u"parterre_bench_visible"_s, 100'500, 10, &error)) {
            err << "parterre-bench: " << error << '\n';
            return 1;
        }
        const Sample visible = changeVisible(db.url, db.showId, 300, &error);
        emitLine({{u"bench"_s, u"inventory"_s},
                  {u"backend"_s, u"postgres"_s},
                  {u"case"_s, u"change_visible"_s},
                  {u"samples"_s, qint64(visible.nanos.size())},
                  {u"batch_ms"_s, PostgresNotifier::BatchMs},
                  {u"p50_ms"_s, round3(visible.percentileMs(0.50))},
                  {u"p99_ms"_s, round3(visible.percentileMs(0.99))}});
    }

    // contention: 64 clients selling the same 500 seats; then count seats sold twice.
    if (wants(u"contention"_s)) {
        BenchDatabase db;
        if (!db.create(options.url, u"parterre_bench_contention"_s, 500, 10, &error)) {
            err << "parterre-bench: " << error << '\n';
            return 1;
        }
        constexpr int clients = 64;
        std::atomic<int> sold{0};
        int failures = 0;
        const Sample sales =
            merge(runClients(db.url, clients, options.seconds,
                             [&](InventoryEngine &engine, int c, int i) {
                                 const int first = int(QRandomGenerator::global()->bounded(499));
                                 SaleRequest sale;
                                 sale.hold = {db.showId, {seatName(first), seatName(first + 1)}, {}, 0};
                                 auto order = engine.sell(sale, u"c-%1-%2"_s.arg(c).arg(i));
                                 if (order)
                                     ++sold;
                                 return order.ok() || order.error().code == Error::Code::SeatUnavailable;
                             }),
                  &failures);
        auto store = StoreLocation::postgres(db.url).open();
        int oversold = -1;
        int violations = -1;
        if (store) {
            auto doubles = (*store)->verify(QDateTime::currentMSecsSinceEpoch());
            if (doubles) {
                violations = int(doubles->size());
                oversold = 0;
                for (const Violation &v : *doubles)
                    oversold += v.rule == "double_sale"_L1;
            }
        }
        emitLine({{u"bench"_s, u"inventory"_s},
                  {u"backend"_s, u"postgres"_s},
                  {u"case"_s, u"contention"_s},
                  {u"clients"_s, clients},
                  {u"attempts"_s, qint64(sales.nanos.size())},
                  {u"sales"_s, sold.load()},
                  {u"failed"_s, failures},
                  {u"oversold_seats"_s, oversold},
                  {u"verify_violations"_s, violations}});
    }
    QString ignored;
    adminExec(options.url, u"DROP DATABASE IF EXISTS parterre_bench_pgbench WITH (FORCE)"_s, &ignored);
    return 0;
}

} // namespace Parterre::Bench
