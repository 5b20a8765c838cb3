#include "inventorybench.h"

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "payment/simulatedcardterminal.h"
#include "store/storelocation.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parterre::Bench {

namespace {

Result<qint64> createBenchShow(Store &store, int seats)
{
    const CallContext ctx{QString(), u"bench"_s, u"bench"_s, QDateTime::currentMSecsSinceEpoch()};
    auto venue = store.createVenue({0, u"Bench venue"_s, QString(), u"UTC"_s}, ctx);
    if (!venue)
        return venue.error();
    auto map = store.addSeatMap(*venue, benchSeatMap(seats), ctx);
    if (!map)
        return map.error();
    auto event = store.createEvent({0, u"Bench event"_s, QString(), QString()}, ctx);
    if (!event)
        return event.error();
    return store.createShow({*event, *map, ctx.nowMs + 86'400'000, u"EUR"_s, {{u"std"_s, 2500}}}, ctx);
}

// The floor to compare against: one conditional UPDATE per write transaction, through the same driver, on
// the same file, with the same pragmas.
class BaselineLoop final
{
public:
    ~BaselineLoop()
    {
        m_begin = QSqlQuery();
        m_update = QSqlQuery();
        m_commit = QSqlQuery();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"bench-baseline"_s);
    }

    Result<Done> open(const QString &path, int rows)
    {
        m_rows = rows;
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-baseline"_s);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
        if (!m_db.open())
            return Error::storage(m_db.lastError().text());
        QSqlQuery q(m_db);
        for (const QString &sql : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                   u"CREATE TABLE IF NOT EXISTS bench_baseline (id INTEGER PRIMARY KEY, "
                                   "status TEXT NOT NULL, version INTEGER NOT NULL)"_s,
                                   u"DELETE FROM bench_baseline"_s, u"BEGIN"_s}) {
            if (!q.exec(sql))
                return Error::storage(q.lastError().text());
        }
        for (int i = 0; i < rows; ++i)
            q.exec(u"INSERT INTO bench_baseline (id, status, version) VALUES (%1, 'available', 0)"_s.arg(i));
        q.exec(u"COMMIT"_s);
        m_begin = QSqlQuery(m_db);
        m_update = QSqlQuery(m_db);
        m_commit = QSqlQuery(m_db);
        m_update.prepare(u"UPDATE bench_baseline SET status = CASE status WHEN 'available' THEN 'held' "
                         "ELSE 'available' END, version = version + 1 WHERE id = ?"_s);
        return Done{};
    }

    bool step(int i)
    {
        if (!m_begin.exec(u"BEGIN IMMEDIATE"_s))
            return false;
        m_update.bindValue(0, i % m_rows);
        if (!m_update.exec() || m_update.numRowsAffected() != 1)
            return false;
        return m_commit.exec(u"COMMIT"_s);
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_begin;
    QSqlQuery m_update;
    QSqlQuery m_commit;
    int m_rows = 1;
};

// Runs the case and the baseline in alternating blocks, so drift (file growth, checkpoints, other load on
// the machine) falls on both alike.
struct Paired
{
    Sample measured;
    Sample baseline;
};

Paired measurePaired(BaselineLoop &base, int operations, const std::function<bool(int)> &operation)
{
    constexpr int blocks = 10;
    Paired paired;
    const int perBlock = std::max(1, operations / blocks);
    for (int start = 0; start < operations; start += perBlock) {
        const int count = std::min(perBlock, operations - start);
        Sample b = measure(count, [&](int i) { return base.step(start + i); });
        Sample m = measure(count, [&](int i) { return operation(start + i); });
        paired.baseline.nanos.append(b.nanos);
        paired.baseline.totalNanos += b.totalNanos;
        paired.measured.nanos.append(m.nanos);
        paired.measured.totalNanos += m.totalNanos;
        if (m.nanos.size() != count || b.nanos.size() != count)
            break;
    }
    return paired;
}

QJsonObject line(const QString &backend, const QString &benchCase, const Sample &sample, const Sample &base)
{
    const double ops = sample.opsPerSecond();
    const double baseOps = base.opsPerSecond();
    return {{u"bench"_s, u"inventory"_s},
            {u"backend"_s, backend},
            {u"case"_s, benchCase},
            {u"ops"_s, qint64(sample.nanos.size())},
            {u"ops_per_s"_s, qRound(ops * 10) / 10.0},
            {u"p50_ms"_s, qRound(sample.percentileMs(0.50) * 1000) / 1000.0},
            {u"p99_ms"_s, qRound(sample.percentileMs(0.99) * 1000) / 1000.0},
            {u"baseline_ops_per_s"_s, qRound(baseOps * 10) / 10.0},
            {u"ratio"_s, baseOps > 0 ? qRound(ops / baseOps * 1000) / 1000.0 : 0.0}};
}

} // namespace

double Sample::opsPerSecond() const
{
    return totalNanos > 0 ? nanos.size() * 1e9 / double(totalNanos) : 0.0;
}

double Sample::percentileMs(double p) const
{
    if (nanos.isEmpty())
        return 0;
    QList<qint64> sorted = nanos;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype index = std::min(sorted.size() - 1, qsizetype(p * double(sorted.size())));
    return sorted.at(index) / 1e6;
}

void emitLine(const QJsonObject &line)
{
    QTextStream out(stdout);
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

SeatMap benchSeatMap(int seats)
{
    SeatMap map;
    map.name = u"Bench hall"_s;
    map.width = 2000;
    map.height = 2000;
    map.categories = {{u"std"_s, u"Standard"_s, u"#1b9e77"_s}};
    Section section{u"hall"_s, u"Hall"_s, {}, {}};
    const int perRow = 50;
    for (int r = 0; r * perRow < seats; ++r) {
        Row row{QString::number(r + 1), {}};
        for (int n = 0; n < perRow && r * perRow + n < seats; ++n) {
            Seat seat;
            seat.id = u"s%1-%2"_s.arg(r + 1).arg(n + 1);
            seat.label = QString::number(n + 1);
            seat.position = QPointF(10 + n * 20, 10 + r * 20);
            seat.categoryId = u"std"_s;
            row.seats.append(seat);
        }
        section.rows.append(row);
    }
    map.sections.append(section);
    return map;
}

Sample measure(int operations, const std::function<bool(int)> &operation)
{
    Sample sample;
    sample.nanos.reserve(operations);
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < operations; ++i) {
        QElapsedTimer one;
        one.start();
        if (!operation(i))
            break;
        sample.nanos.append(one.nsecsElapsed());
    }
    sample.totalNanos = total.nsecsElapsed();
    return sample;
}

int runInventoryBench(const InventoryBenchOptions &options)
{
    QTextStream err(stderr);
    if (options.backend != "sqlite"_L1) {
        err << "parterre-bench: backend \"" << options.backend << "\" is not built yet; use sqlite\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString path =
        options.databasePath.isEmpty() ? dir.filePath(u"bench.sqlite"_s) : options.databasePath;
    auto opened = StoreLocation::sqlite(path).open();
    if (!opened) {
        err << "parterre-bench: " << opened.error().message << '\n';
        return 1;
    }
    std::unique_ptr<Store> store = std::move(opened).value();
    const int n = options.operations;
    auto show = createBenchShow(*store, 3 * n);
    if (!show) {
        err << "parterre-bench: " << show.error().message << '\n';
        return 1;
    }
    SystemClock clock;
    InventoryEngine engine(*store, clock);
    engine.setActor(u"bench"_s, u"bench"_s);
    const auto seat = [](int i) { return u"s%1-%2"_s.arg(i / 50 + 1).arg(i % 50 + 1); };

    BaselineLoop base;
    if (auto ready = base.open(path, n); !ready) {
        err << "parterre-bench: " << ready.error().message << '\n';
        return 1;
    }
    // Warm up both: the first transactions on new tables pay for growing the file and the WAL.
    for (int i = 0; i < 200; ++i)
        base.step(i);

    // hold: one seat per hold, every hold a new seat.
    QList<qint64> holds;
    const Paired hold = measurePaired(base, n, [&](int i) {
        auto held = engine.hold({*show, {seat(i)}, {}, 3'600'000}, u"bench-hold-%1"_s.arg(i));
        if (!held) {
            err << "hold failed: " << held.error().message << '\n';
            return false;
        }
        holds.append(held->id);
        return true;
    });
    if (options.cases.contains(u"hold"_s))
        emitLine(line(options.backend, u"hold"_s, hold.measured, hold.baseline));
    const bool sales = options.cases.contains(u"sale"_s) || options.cases.contains(u"card_sale"_s) ||
                       options.cases.contains(u"find"_s);
    if (!options.cases.contains(u"confirm"_s) && !sales)
        return 0;

    // confirm: orders made and paid beforehand; the measured call turns held seats into sold tickets.
    QList<qint64> orders;
    for (qint64 holdId : std::as_const(holds)) {
        auto order = engine.createOrder({holdId, {}}, u"bench-order-%1"_s.arg(holdId));
        if (!order || !engine.pay({order->id, Payment::Method::Cash, -1, u"EUR"_s, -1, {}},
                                  u"bench-pay-%1"_s.arg(holdId))) {
            err << "parterre-bench: could not prepare orders\n";
            return 1;
        }
        orders.append(order->id);
    }
    const Paired confirm = measurePaired(base, int(orders.size()), [&](int i) {
        auto confirmed = engine.confirm(orders.at(i), u"bench-confirm-%1"_s.arg(i));
        if (!confirmed)
            err << "confirm failed: " << confirmed.error().message << '\n';
        return confirmed.ok();
    });
    if (options.cases.contains(u"confirm"_s))
        emitLine(line(options.backend, u"confirm"_s, confirm.measured, confirm.baseline));
    if (!sales)
        return 0;

    // sale: the whole counter sale (hold, order, cash, confirm: four transactions) as one user action.
    const Paired sale = measurePaired(base, n, [&](int i) {
        SaleRequest request;
        request.hold = {*show, {seat(n + i)}, {}, 0};
        request.customer.name = u"Customer %1"_s.arg(i);
        auto order = engine.sell(request, u"bench-sale-%1"_s.arg(i));
        if (!order)
            err << "sale failed: " << order.error().message << '\n';
        return order.ok();
    });
    if (options.cases.contains(u"sale"_s))
        emitLine(line(options.backend, u"sale"_s, sale.measured, sale.baseline));

    // card_sale: the same sale paid by card through the simulated terminal (answering at once): one more
    // transaction than cash, the payment recorded as processing, then settled.
    if (options.cases.contains(u"card_sale"_s)) {
        SimulatedCardTerminal terminal;
        engine.setPaymentProvider(&terminal);
        const Paired card = measurePaired(base, n, [&](int i) {
            SaleRequest request;
            request.hold = {*show, {seat(2 * n + i)}, {}, 0};
            request.method = Payment::Method::Card;
            request.customer.name = u"Card customer %1"_s.arg(i);
            auto order = engine.sell(request, u"bench-card-sale-%1"_s.arg(i));
            if (!order || order->status != Order::Status::Confirmed)
                err << "card sale failed: " << (order ? u"not confirmed"_s : order.error().message) << '\n';
            return order.ok() && order->status == Order::Status::Confirmed;
        });
        emitLine(line(options.backend, u"card_sale"_s, card.measured, card.baseline));
        engine.setPaymentProvider(nullptr);
    }

    // find: an order search by part of a customer's name, over every order the cases above made.
    if (options.cases.contains(u"find"_s)) {
        const Paired find = measurePaired(base, n, [&](int i) {
            auto found = store->findOrders(u"customer %1"_s.arg(i), 50);
            if (!found || found->isEmpty())
                err << "find failed\n";
            return found.ok() && !found->isEmpty();
        });
        emitLine(line(options.backend, u"find"_s, find.measured, find.baseline));
    }
    return 0;
}

} // namespace Parterre::Bench
