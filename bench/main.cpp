// parterre-bench: the measurements behind every performance claim, one JSON object per line.

#include "inventorybench.h"
#include "postgresbench.h"
#include "syncbench.h"
#ifdef PARTERRE_BENCH_RENDER
#include "editorbench.h"
#include "renderbench.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
#ifdef PARTERRE_BENCH_RENDER
    // The render benchmark needs a QApplication (and the offscreen platform), so it starts its own.
    if (argc >= 2 && std::strcmp(argv[1], "render") == 0)
        return Parterre::Bench::runRenderBench(argc, argv);
    if (argc >= 2 && std::strcmp(argv[1], "editor") == 0)
        return Parterre::Bench::runEditorBench(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"parterre-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Parterre benchmarks. Benchmarks: inventory, sync, render, editor."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"bench"_s, u"Which benchmark to run: inventory, sync, render or editor."_s);
    parser.addOptions(
        {{u"backend"_s, u"Store back end: sqlite or postgres."_s, u"NAME"_s, u"sqlite"_s},
         {u"postgres"_s, u"PostgreSQL server URL (with --backend postgres)."_s, u"URL"_s},
         {u"clients"_s, u"Client counts for --backend postgres."_s, u"LIST"_s, u"1,8,32"_s},
         {u"seconds"_s, u"Seconds per PostgreSQL case."_s, u"N"_s, u"8"_s},
         {u"db"_s, u"Database file to use (default: a temporary one)."_s, u"FILE"_s},
         {u"ops"_s, u"Operations per case."_s, u"N"_s, u"2000"_s},
         {u"cases"_s,
          u"Cases to run, comma-separated: hold, confirm, sale, card_sale, find (SQLite); hold, hold_ga, "
          "change_visible, contention (PostgreSQL; default: all)."_s,
          u"LIST"_s, u"hold,confirm,sale,card_sale,find"_s},
         {u"seats"_s, u"Seats of the sync benchmark's stadium show."_s, u"N"_s, u"100000"_s},
         {u"sales"_s, u"Sales timed by the sync benchmark."_s, u"N"_s, u"200"_s}});
    parser.process(app);
    const QStringList benches = parser.positionalArguments();
    if (benches.size() == 1 && benches.first() == "sync"_L1) {
        Parterre::Bench::SyncBenchOptions sync;
        sync.databasePath = parser.value(u"db"_s);
        sync.seats = std::max(1, parser.value(u"seats"_s).toInt());
        sync.sales = std::max(1, parser.value(u"sales"_s).toInt());
        if (parser.isSet(u"clients"_s))
            sync.clients = std::max(1, parser.value(u"clients"_s).toInt());
        if (parser.isSet(u"seconds"_s))
            sync.seconds = std::max(1, parser.value(u"seconds"_s).toInt());
        return Parterre::Bench::runSyncBench(sync);
    }
    if (benches.size() != 1 || benches.first() != "inventory"_L1) {
        QTextStream(stderr) << "parterre-bench: name one benchmark: inventory, sync, render or editor\n";
        return 2;
    }
    if (parser.value(u"backend"_s) == "postgres"_L1) {
        Parterre::Bench::PostgresBenchOptions pg;
        pg.url = parser.value(u"postgres"_s);
        pg.clients.clear();
        for (const QString &n : parser.value(u"clients"_s).split(u',', Qt::SkipEmptyParts)) {
            if (n.toInt() > 0)
                pg.clients.append(n.toInt());
        }
        pg.seconds = std::max(1, parser.value(u"seconds"_s).toInt());
        if (parser.isSet(u"cases"_s)) // the default list names the SQLite cases
            pg.cases = parser.value(u"cases"_s).split(u',', Qt::SkipEmptyParts);
        return Parterre::Bench::runPostgresBench(pg);
    }
    Parterre::Bench::InventoryBenchOptions options;
    options.backend = parser.value(u"backend"_s);
    options.databasePath = parser.value(u"db"_s);
    options.cases = parser.value(u"cases"_s).split(u',', Qt::SkipEmptyParts);
    bool ok = false;
    options.operations = parser.value(u"ops"_s).toInt(&ok);
    if (!ok || options.operations <= 0) {
        QTextStream(stderr) << "parterre-bench: --ops takes a positive number\n";
        return 2;
    }
    return Parterre::Bench::runInventoryBench(options);
}
