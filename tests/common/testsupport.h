#pragma once

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "model/seatmap.h"
#include "store/store.h"

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

// A digest of every row of every table of a SQLite file, read through its own connection: equal digests
// before and after a refused call prove nothing was written.
QByteArray snapshot(const QString &sqlitePath);

// A temporary SQLite store with a manual clock, an engine and one show.
class Fixture final
{
public:
    explicit Fixture(int rows = 10, int seatsPerRow = 20, int gaCapacity = 50);
    ~Fixture();

    bool isValid() const { return m_store != nullptr; }
    QString path() const { return m_path; }
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
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<InventoryEngine> m_engine;
    qint64 m_showId = 0;
    int m_keys = 0;
};

} // namespace Parterre::Test
