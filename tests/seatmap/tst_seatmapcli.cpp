// parterre-cli's seat-map commands as a real process: import in both formats, export, re-import, refusals
// that store nothing, and stadiums of an exact size.

#include "seatmap/seatmapformat.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Parterre;
using namespace Parterre::Test;
using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(args);
}

QString dataPath(const QString &name)
{
    return QStringLiteral(PARTERRE_TEST_DATA_DIR "/seatmap/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return {};
    }
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TestSeatMapCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importParterre();
    void importPretixIntoNamedVenue();
    void exportMatchesGoldenAndReimportsUnchanged_data();
    void exportMatchesGoldenAndReimportsUnchanged();
    void badFileExitsTwoAndStoresNothing_data();
    void badFileExitsTwoAndStoresNothing();
    void exportUnknownMapExitsTwo();
    void generateStadium_data();
    void generateStadium();
    void generateStadiumRefusesBadCounts();

private:
    qint64 import(const QString &format, const QString &path, const QStringList &extra = {});

    TestDatabase m_database;
    QStringList m_store; // --db FILE or --postgres URL
    QTemporaryDir m_dir;
};

void TestSeatMapCli::initTestCase()
{
    QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
    QVERIFY(m_dir.isValid());
    m_store = m_database.cliArguments();
    QCOMPARE(cli(QStringList{u"init"_s} + m_store).exitCode, 0);
}

// Imports a file and returns the new map's id; fails the calling test on error.
qint64 TestSeatMapCli::import(const QString &format, const QString &path, const QStringList &extra)
{
    const Run run = cli(QStringList{u"import-seatmap"_s} + m_store +
                        QStringList{u"--format"_s, format, path, u"--json"_s} + extra);
    if (run.exitCode != 0) {
        qWarning("import-seatmap exited %d: %s", run.exitCode, run.err.constData());
        return 0;
    }
    return run.json().value("seat_map_id"_L1).toInteger();
}

void TestSeatMapCli::importParterre()
{
    const Run run =
        cli(QStringList{u"import-seatmap"_s} + m_store +
            QStringList{u"--format"_s, u"parterre"_s, dataPath(u"small.seatmap.json"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QVERIFY(json.value("seat_map_id"_L1).toInteger() > 0);
    QVERIFY(json.value("venue_id"_L1).toInteger() > 0);
    const Result<SeatMap> map = SeatMapFormat::read(readFile(dataPath(u"small.seatmap.json"_s)));
    QVERIFY(map.ok());
    QCOMPARE(json.value("seats"_L1).toInt(), map->seatCount());

    // Without --venue the venue is named after the map; a second import joins the same venue.
    auto store = m_database.location().open();
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    auto venues = (*store)->venues();
    QVERIFY(venues.ok());
    const auto named =
        std::find_if(venues->cbegin(), venues->cend(), [&](const Venue &v) { return v.name == map->name; });
    QVERIFY(named != venues->cend());
    QCOMPARE(named->id, json.value("venue_id"_L1).toInteger());

    const Run text = cli(QStringList{u"import-seatmap"_s} + m_store +
                         QStringList{u"--format"_s, u"parterre"_s, dataPath(u"small.seatmap.json"_s)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(u"seats, venue "_s + QString::number(named->id)));
}

void TestSeatMapCli::importPretixIntoNamedVenue()
{
    const QStringList venue{u"--venue"_s, u"Stadthalle Zürich"_s};
    const Run first =
        cli(QStringList{u"import-seatmap"_s} + m_store +
            QStringList{u"--format"_s, u"pretix"_s, dataPath(u"pretix/current.json"_s), u"--json"_s} + venue);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json().value("seats"_L1).toInt(), 10);
    const Run second =
        cli(QStringList{u"import-seatmap"_s} + m_store +
            QStringList{u"--format"_s, u"pretix"_s, dataPath(u"pretix/old.json"_s), u"--json"_s} + venue);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value("seats"_L1).toInt(), 3);
    QCOMPARE(second.json().value("venue_id"_L1), first.json().value("venue_id"_L1));
    QVERIFY(second.json().value("seat_map_id"_L1).toInteger() >
            first.json().value("seat_map_id"_L1).toInteger());
}

void TestSeatMapCli::exportMatchesGoldenAndReimportsUnchanged_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("golden");
    QTest::newRow("pretix, current shape")
        << u"pretix"_s << u"pretix/current.json"_s << u"pretix/current.golden.json"_s;
    QTest::newRow("pretix, old shape") << u"pretix"_s << u"pretix/old.json"_s << u"pretix/old.golden.json"_s;
    QTest::newRow("parterre") << u"parterre"_s << u"small.seatmap.json"_s << u"roundtrip.golden.json"_s;
}

void TestSeatMapCli::exportMatchesGoldenAndReimportsUnchanged()
{
    QFETCH(QString, format);
    QFETCH(QString, input);
    QFETCH(QString, golden);

    const qint64 id = import(format, dataPath(input));
    QVERIFY(id > 0);
    const QString exported = m_dir.filePath(u"export-%1.json"_s.arg(id));
    const Run run = cli(QStringList{u"export-seatmap"_s} + m_store +
                        QStringList{u"--map"_s, QString::number(id), u"--out"_s, exported});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readFile(exported), readFile(dataPath(golden)));

    // Export, import the export, export again: the same document.
    const qint64 again = import(u"parterre"_s, exported);
    QVERIFY(again > id);
    const QString reexported = m_dir.filePath(u"export-%1.json"_s.arg(again));
    QCOMPARE(cli(QStringList{u"export-seatmap"_s} + m_store +
                 QStringList{u"--map"_s, QString::number(again), u"--out"_s, reexported})
                 .exitCode,
             0);
    QCOMPARE(readFile(reexported), readFile(exported));
}

void TestSeatMapCli::badFileExitsTwoAndStoresNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("content"); // written to a file; empty: no file at all
    QTest::addColumn<QString>("message");

    const QByteArray current = readFile(dataPath(u"pretix/current.json"_s));
    QByteArray unknownCategory = current;
    unknownCategory.replace(R"("category": "Loge")", R"("category": "VIP")");
    QByteArray duplicateGuid = current;
    duplicateGuid.replace(R"("seat_guid": "p-2-3")", R"("seat_guid": "p-1-1")");
    QByteArray noPosition = current;
    noPosition.replace(R"("position": { "x": 0, "y": 500 },)", "");
    QByteArray badParterre = readFile(dataPath(u"small.seatmap.json"_s));
    badParterre.replace(R"("format": "parterre-seatmap")", R"("format": "tiled-map")");

    QTest::newRow("missing file") << u"pretix"_s << QByteArray() << u"cannot read"_s;
    QTest::newRow("not JSON") << u"pretix"_s << QByteArray("{\"zones\": [") << u"document: not JSON"_s;
    QTest::newRow("unknown category") << u"pretix"_s << unknownCategory
                                      << u"zones[0].rows[1].seats[1].category: unknown category \"VIP\""_s;
    QTest::newRow("duplicate seat_guid")
        << u"pretix"_s << duplicateGuid << u"zones[0].rows[2].seats[0].seat_guid: duplicate seat_guid"_s;
    QTest::newRow("zone without position") << u"pretix"_s << noPosition << u"zones[1].position: missing"_s;
    QTest::newRow("pretix plan as parterre") << u"parterre"_s << current << u"format: missing"_s;
    QTest::newRow("bad parterre map") << u"parterre"_s << badParterre << u"format: \"tiled-map\""_s;
    QTest::newRow("unknown format") << u"svg"_s << current << u"--format is parterre or pretix"_s;
}

void TestSeatMapCli::badFileExitsTwoAndStoresNothing()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);

    const QString path = m_dir.filePath(u"bad.json"_s);
    QFile::remove(path);
    if (!content.isEmpty())
        QVERIFY(writeFile(path, content));

    const QByteArray before = m_database.snapshot();
    QVERIFY(!before.isEmpty());
    for (const QString &venue : {QString(), u"A venue made for nothing"_s}) {
        QStringList args =
            QStringList{u"import-seatmap"_s} + m_store + QStringList{u"--format"_s, format, path};
        if (!venue.isEmpty())
            args += QStringList{u"--venue"_s, venue};
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(m_database.snapshot(), before);
    }
    const Run json = cli(QStringList{u"import-seatmap"_s} + m_store +
                         QStringList{u"--format"_s, format, path, u"--json"_s});
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(m_database.snapshot(), before);
}

void TestSeatMapCli::exportUnknownMapExitsTwo()
{
    const QString out = m_dir.filePath(u"never.json"_s);
    const Run run = cli(QStringList{u"export-seatmap"_s} + m_store +
                        QStringList{u"--map"_s, u"999999"_s, u"--out"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("999999"));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(
        cli(QStringList{u"export-seatmap"_s} + m_store + QStringList{u"--map"_s, u"x"_s, u"--out"_s, out})
            .exitCode,
        2);
}

void TestSeatMapCli::generateStadium_data()
{
    QTest::addColumn<int>("seats");
    QTest::newRow("1") << 1;
    QTest::newRow("2500") << 2500;
    QTest::newRow("100000") << 100000;
}

void TestSeatMapCli::generateStadium()
{
    QFETCH(int, seats);
    const QString out = m_dir.filePath(u"stadium-%1.json"_s.arg(seats));
    // No store needed.
    const Run run = cli({u"generate-stadium"_s, u"--seats"_s, QString::number(seats), u"--out"_s, out});
    QCOMPARE(run.exitCode, 0);
    const Result<SeatMap> map = SeatMapFormat::read(readFile(out));
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    QCOMPARE(map->seatCount(), seats);
    if (seats <= 2500) { // and the store takes it as it is
        const Run imported = cli(QStringList{u"import-seatmap"_s} + m_store +
                                 QStringList{u"--format"_s, u"parterre"_s, out, u"--json"_s});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().value("seats"_L1).toInt(), seats);
    }
}

void TestSeatMapCli::generateStadiumRefusesBadCounts()
{
    const QString out = m_dir.filePath(u"refused.json"_s);
    for (const QString &n : {u"0"_s, u"-3"_s, u"many"_s, u"2000000"_s}) {
        const Run run = cli({u"generate-stadium"_s, u"--seats"_s, n, u"--out"_s, out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(out));
    }
}

QTEST_GUILESS_MAIN(TestSeatMapCli)
#include "tst_seatmapcli.moc"
