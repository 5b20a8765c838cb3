#include "testsupport.h"

#include "store/storelocation.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Parterre::Test {

QString seatId(int row, int number)
{
    return u"r%1-%2"_s.arg(row).arg(number);
}

SeatMap makeSeatMap(int rows, int seatsPerRow, int gaCapacity)
{
    SeatMap map;
    map.name = u"Test hall"_s;
    map.width = seatsPerRow * 20 + 40;
    map.height = rows * 20 + 140;
    map.categories = {{u"a"_s, u"Front"_s, u"#1b9e77"_s}, {u"b"_s, u"Back"_s, u"#d95f02"_s}};
    Section section;
    section.id = u"hall"_s;
    section.name = u"Hall"_s;
    for (int r = 1; r <= rows; ++r) {
        Row row;
        row.label = QString::number(r);
        for (int n = 1; n <= seatsPerRow; ++n) {
            Seat seat;
            seat.id = seatId(r, n);
            seat.label = QString::number(n);
            seat.position = QPointF(20 + n * 20, 20 + r * 20);
            seat.categoryId = r <= rows / 2 ? u"a"_s : u"b"_s;
            row.seats.append(seat);
        }
        section.rows.append(row);
    }
    map.sections.append(section);
    if (gaCapacity > 0) {
        map.categories.append({u"c"_s, u"Standing"_s, u"#7570b3"_s});
        GaArea area;
        area.id = u"floor"_s;
        area.name = u"Floor"_s;
        area.capacity = gaCapacity;
        area.categoryId = u"c"_s;
        area.outline = {QPointF(20, rows * 20 + 40), QPointF(map.width - 20, rows * 20 + 40),
                        QPointF(map.width - 20, rows * 20 + 120), QPointF(20, rows * 20 + 120)};
        map.gaAreas.append(area);
    }
    return map;
}

qint64 priceOf(const QString &category)
{
    if (category == "a"_L1)
        return 5000;
    if (category == "b"_L1)
        return 3000;
    return 2000;
}

qint64 createShow(Store &store, const SeatMap &map, qint64 startsAtMs)
{
    const CallContext ctx{QString(), u"test"_s, u"test"_s, 1'700'000'000'000};
    auto venue = store.createVenue({0, u"Test venue"_s, u"Testville"_s, u"Europe/Berlin"_s}, ctx);
    if (!venue) {
        qWarning() << venue.error().message;
        return 0;
    }
    auto mapId = store.addSeatMap(*venue, map, ctx);
    if (!mapId) {
        qWarning() << mapId.error().message;
        return 0;
    }
    auto event = store.createEvent({0, u"Test event"_s, u"The Testers"_s, QString()}, ctx);
    if (!event) {
        qWarning() << event.error().message;
        return 0;
    }
    NewShow show{*event, *mapId, startsAtMs, u"EUR"_s, {}};
    for (const Category &c : map.categories)
        show.prices.insert(c.id, priceOf(c.id));
    auto id = store.createShow(show, ctx);
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return *id;
}

QByteArray snapshot(const QString &sqlitePath)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = u"snapshot-"_s + QString::number(quintptr(&hash));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return {};
        QSqlQuery tables(db);
        tables.exec(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        tables.finish();
        for (const QString &table : std::as_const(names)) {
            hash.addData(table.toUtf8());
            QSqlQuery rows(db);
            rows.exec(u"SELECT * FROM \"%1\" ORDER BY 1, 2"_s.arg(table));
            const int columns = rows.record().count();
            while (rows.next()) {
                for (int i = 0; i < columns; ++i) {
                    hash.addData(rows.value(i).toString().toUtf8());
                    hash.addData(QByteArrayView("|"));
                }
                hash.addData(QByteArrayView("\n"));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

Fixture::Fixture(int rows, int seatsPerRow, int gaCapacity)
{
    m_path = m_dir.filePath(u"test.sqlite"_s);
    auto store = StoreLocation::sqlite(m_path).open();
    if (!store) {
        qWarning() << store.error().message;
        return;
    }
    m_store = std::move(store).value();
    m_engine = std::make_unique<InventoryEngine>(*m_store, m_clock);
    m_engine->setActor(u"tester"_s, u"test-terminal"_s);
    m_showId = createShow(*m_store, makeSeatMap(rows, seatsPerRow, gaCapacity));
    if (m_showId == 0)
        m_store.reset();
}

Fixture::~Fixture()
{
    m_engine.reset();
    m_store.reset();
}

QString Fixture::newKey()
{
    return u"key-%1"_s.arg(++m_keys);
}

std::unique_ptr<Store> Fixture::openAnother() const
{
    auto store = StoreLocation::sqlite(m_path).open();
    if (!store)
        return nullptr;
    return std::move(store).value();
}

Order Fixture::sell(const QStringList &seats, const QString &keyPrefix)
{
    SaleRequest sale;
    sale.hold.showId = m_showId;
    sale.hold.seatIds = seats;
    auto order = m_engine->sell(sale, keyPrefix.isEmpty() ? newKey() : keyPrefix);
    if (!order) {
        qWarning() << "sale failed:" << order.error().message;
        return {};
    }
    return order.value();
}

QString Fixture::seatStatus(const QString &seatId)
{
    auto states = m_store->seatStates(m_showId, m_clock.nowMs());
    if (!states)
        return u"error: "_s + states.error().message;
    for (const SeatState &s : *states) {
        if (s.seatId == seatId)
            return SeatState::statusName(s.status);
    }
    return u"missing"_s;
}

QStringList Fixture::violations()
{
    QStringList list;
    auto v = m_store->verify(m_clock.nowMs());
    if (!v)
        return {u"verify failed: "_s + v.error().message};
    for (const Violation &violation : *v)
        list.append(violation.rule + u": "_s + violation.detail);
    return list;
}

} // namespace Parterre::Test
