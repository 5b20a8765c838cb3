#include "testsupport.h"

#include "store/postgresconnection.h"
#include "store/sqliteconnection.h"
#include "store/storelocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QUrl>

#include <QCryptographicHash>
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

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(PARTERRE_CLI_PATH), args);
    CliRun run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool testingPostgres()
{
    return qEnvironmentVariable("PARTERRE_TEST_BACKEND") == "postgres"_L1;
}

namespace {

std::unique_ptr<SqlConnection> connect(const StoreLocation &location)
{
    if (location.kind == StoreLocation::Kind::Postgres) {
        auto c = PostgresConnection::open(location.path);
        return c ? std::unique_ptr<SqlConnection>(std::move(c).value()) : nullptr;
    }
    auto c = SqliteConnection::open(location.path, 30'000);
    return c ? std::unique_ptr<SqlConnection>(std::move(c).value()) : nullptr;
}

bool run(SqlConnection &connection, const QString &sql, QList<QVariantList> *rows = nullptr,
         QString *error = nullptr)
{
    auto statement = connection.prepare(sql);
    if (!statement) {
        if (error)
            *error = statement.error().message;
        return false;
    }
    SqlStatement &st = *statement.value();
    if (st.exec({}) != SqlStatement::Outcome::Ok) {
        if (error)
            *error = st.lastError();
        return false;
    }
    while (st.next()) {
        if (!rows)
            continue;
        QVariantList row;
        for (int i = 0; i < st.columnCount(); ++i)
            row.append(st.value(i));
        rows->append(row);
    }
    return true;
}

QString withDatabase(const QString &url, const QString &database)
{
    QUrl parsed(url);
    parsed.setPath(u'/' + database);
    return parsed.toString();
}

} // namespace

TestDatabase::TestDatabase()
{
    if (!testingPostgres()) {
        m_location = StoreLocation::sqlite(m_dir.filePath(u"test.sqlite"_s));
        m_valid = m_dir.isValid();
        return;
    }
    m_adminUrl = qEnvironmentVariable("PARTERRE_TEST_POSTGRES_URL");
    if (m_adminUrl.isEmpty()) {
        m_error = u"PARTERRE_TEST_POSTGRES_URL is not set: run the suites through ./scripts/test"_s;
        return;
    }
    static QAtomicInteger<int> counter;
    m_databaseName = u"parterre_test_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                         .arg(counter.fetchAndAddRelaxed(1))
                         .arg(QRandomGenerator::global()->bounded(1'000'000));
    auto admin = connect(StoreLocation::postgres(m_adminUrl));
    if (!admin || !run(*admin, u"CREATE DATABASE "_s + m_databaseName, nullptr, &m_error)) {
        if (m_error.isEmpty())
            m_error = u"cannot reach the test PostgreSQL server"_s;
        return;
    }
    m_location = StoreLocation::postgres(withDatabase(m_adminUrl, m_databaseName));
    m_valid = true;
}

TestDatabase::~TestDatabase()
{
    if (m_databaseName.isEmpty())
        return;
    if (auto admin = connect(StoreLocation::postgres(m_adminUrl)))
        run(*admin, u"DROP DATABASE IF EXISTS "_s + m_databaseName + u" WITH (FORCE)"_s);
}

QStringList TestDatabase::cliArguments() const
{
    if (m_location.kind == StoreLocation::Kind::Postgres)
        return {u"--postgres"_s, m_location.path};
    return {u"--db"_s, m_location.path};
}

QList<QVariantList> TestDatabase::query(const QString &sql) const
{
    QList<QVariantList> rows;
    if (auto connection = connect(m_location))
        run(*connection, sql, &rows);
    return rows;
}

QByteArray TestDatabase::snapshot() const
{
    auto connection = connect(m_location);
    if (!connection)
        return {};
    QList<QVariantList> tables;
    const QString list =
        m_location.kind == StoreLocation::Kind::Postgres
            ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
              "ORDER BY 1"_s
            : u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
              "ORDER BY 1"_s;
    if (!run(*connection, list, &tables) || tables.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QVariantList &table : std::as_const(tables)) {
        const QString name = table.first().toString();
        hash.addData(name.toUtf8());
        QList<QVariantList> rows;
        if (!run(*connection, u"SELECT * FROM \"%1\" ORDER BY 1, 2"_s.arg(name), &rows))
            return {};
        for (const QVariantList &row : std::as_const(rows)) {
            for (const QVariant &value : row) {
                hash.addData(value.isNull() ? QByteArray("<null>") : value.toString().toUtf8());
                hash.addData(QByteArrayView("|"));
            }
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

bool TestDatabase::vandalise(const QStringList &statements, QString *error) const
{
    auto connection = connect(m_location);
    if (!connection) {
        *error = u"cannot connect"_s;
        return false;
    }
    QStringList prelude;
    if (m_location.kind == StoreLocation::Kind::Postgres) {
        prelude = {u"SET session_replication_role = replica"_s,
                   u"DO $$ DECLARE c record; BEGIN FOR c IN SELECT conrelid::regclass AS t, conname FROM "
                   "pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace LOOP EXECUTE "
                   "format('ALTER TABLE %s DROP CONSTRAINT %I', c.t, c.conname); END LOOP; END $$"_s};
    } else {
        prelude = {u"PRAGMA ignore_check_constraints = ON"_s, u"PRAGMA foreign_keys = OFF"_s};
    }
    for (const QString &sql : prelude + statements) {
        if (!run(*connection, sql, nullptr, error)) {
            *error = sql + u": "_s + *error;
            return false;
        }
    }
    return true;
}

QStringList decodePdfQrCodes(const QString &pdf, const QString &workDir)
{
    const auto run = [](const QString &program, const QStringList &args, QByteArray *out) {
        QProcess process;
        process.start(program, args);
        if (!process.waitForFinished(120'000))
            return -1;
        *out = process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    };
    QByteArray out;
    if (run(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, pdf, workDir + u"/page"_s}, &out) != 0) {
        qWarning() << "pdftoppm could not read" << pdf;
        return {};
    }
    QStringList codes;
    for (const QString &page : QDir(workDir).entryList({u"page*.png"_s}, QDir::Files, QDir::Name)) {
        const int scanned = run(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, workDir + u'/' + page}, &out);
        codes.append(scanned == 0 ? QString::fromUtf8(out).trimmed() : u"<no code on "_s + page + u'>');
        QFile::remove(workDir + u'/' + page);
    }
    return codes;
}

bool TestDatabase::execute(const QStringList &statements, QString *error) const
{
    auto connection = connect(m_location);
    if (!connection) {
        *error = u"cannot connect"_s;
        return false;
    }
    for (const QString &sql : statements) {
        if (!run(*connection, sql, nullptr, error)) {
            *error = sql + u": "_s + *error;
            return false;
        }
    }
    return true;
}

Fixture::Fixture(int rows, int seatsPerRow, int gaCapacity)
{
    if (!m_database.isValid()) {
        qWarning() << m_database.error();
        return;
    }
    auto store = m_database.location().open();
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
    auto store = m_database.location().open();
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
