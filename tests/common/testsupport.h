#pragma once

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "model/seatmap.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace Parterre::Test {

// A seat map of rows × seatsPerRow seats ("r<row>-<n>", categories "a" for the front half and "b" behind)
// and, when gaCapacity > 0, one standing area "floor" in category "c".
SeatMap makeSeatMap(int rows, int seatsPerRow, int gaCapacity);
QString seatId(int row, int number);

// Prices used by the test shows: a = 5000, b = 3000, c = 2000 (EUR cents).
qint64 priceOf(const QString &category);

// Creates a venue, adds the map and creates one show on it; returns the show id.
qint64 createShow(Store &store, const SeatMap &map, qint64 startsAtMs = 1'900'000'000'000);

// Which back end the suites run against: PARTERRE_TEST_BACKEND=postgres (with PARTERRE_TEST_POSTGRES_URL
// naming a server's maintenance database, as scripts/test sets up) or SQLite (the default). Every core suite
// is registered once per back end.
bool testingPostgres();

// A fresh, empty store location for one test: a file in a temporary folder, or a new database on the test
// PostgreSQL server, dropped again at the end.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    StoreLocation location() const { return m_location; }
    // The store options for parterre-cli and the sales worker: {"--db", file} or {"--postgres", url}.
    QStringList cliArguments() const;

    // A digest of every row of every table, read through a connection of its own: equal digests before and
    // after a refused call prove that nothing was written.
    QByteArray snapshot() const;
    // Runs statements behind the engine's back, with CHECK constraints and foreign keys out of the way, to
    // corrupt a store on purpose.
    bool vandalise(const QStringList &statements, QString *error) const;
    // Runs statements as they are (DDL such as a test trigger), through a connection of its own.
    bool execute(const QStringList &statements, QString *error) const;
    bool isPostgres() const { return m_location.kind == StoreLocation::Kind::Postgres; }
    // Rows of one query, read through a connection of its own.
    QList<QVariantList> query(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    StoreLocation m_location;
    QString m_adminUrl;
    QString m_databaseName;
    bool m_valid = false;
    QString m_error;
};

// parterre-cli run as a real process: its exit code and what it printed.
struct CliRun
{
    int exitCode = -1; // -2: it crashed; -1: it did not finish in time
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;
};
CliRun runCli(const QStringList &args, int timeoutMs = 300'000);

// The QR codes of every page of a PDF, in page order, read as a door scanner would: each page rasterised at
// 200 dpi (pdftoppm) and scanned by zbarimg. A page without a code reads "<no code on page-N.png>".
QStringList decodePdfQrCodes(const QString &pdf, const QString &workDir);

// A temporary SQLite store with a manual clock, an engine and one show.
class Fixture final
{
public:
    explicit Fixture(int rows = 10, int seatsPerRow = 20, int gaCapacity = 50);
    ~Fixture();

    bool isValid() const { return m_store != nullptr; }
    TestDatabase &database() { return m_database; }
    QByteArray snapshot() const { return m_database.snapshot(); }
    Store &store() { return *m_store; }
    InventoryEngine &engine() { return *m_engine; }
    ManualClock &clock() { return m_clock; }
    qint64 showId() const { return m_showId; }
    QString newKey();

    // Opens another store on the same file, as a second terminal would.
    std::unique_ptr<Store> openAnother() const;

    // Sells the seats through the whole flow; fails the calling test on error.
    Order sell(const QStringList &seats, const QString &keyPrefix = {});
    QString seatStatus(const QString &seatId);
    QStringList violations();

private:
    TestDatabase m_database;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<InventoryEngine> m_engine;
    qint64 m_showId = 0;
    int m_keys = 0;
};

} // namespace Parterre::Test
