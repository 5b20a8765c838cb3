#include "seatmap/demoseeder.h"
#include "seatmap/seatmapformat.h"
#include "store/store.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Parterre;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(PARTERRE_TEST_DATA_DIR "/seatmap/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open test data %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

// A valid document; each bad-document row below changes one piece of it.
const QByteArray kBase = R"({
  "format": "parterre-seatmap", "version": 1, "name": "Base",
  "size": {"width": 400, "height": 300},
  "categories": [
    {"id": "cat1", "name": "Category 1", "color": "#1b9e77"},
    {"id": "cat2", "name": "Category 2", "color": "#d95f02"}
  ],
  "sections": [
    {"id": "front", "name": "Front", "outline": [[0, 0], [400, 0], [400, 100], [0, 100]], "rows": [
      {"label": "A", "seats": [
        {"id": "front-A-1", "label": "1", "x": 10, "y": 20, "category": "cat1", "flags": ["wheelchair"]},
        {"id": "front-A-2", "label": "2", "x": 30, "y": 20, "category": "cat1", "flags": ["companion"],
         "companion_of": "front-A-1"},
        {"id": "front-A-3", "label": "3", "x": 50, "y": 20, "category": "cat1", "flags": ["aisle"]}
      ]},
      {"label": "B", "seats": [
        {"id": "front-B-1", "label": "1", "x": 10, "y": 40, "category": "cat2"},
        {"id": "front-B-2", "label": "2", "x": 30, "y": 40, "category": "cat2", "flags": ["restricted_view"]}
      ]}
    ]},
    {"id": "back", "name": "Back", "outline": [], "rows": [
      {"label": "R", "seats": [
        {"id": "back-R-1", "label": "1", "x": 10, "y": 120, "category": "cat2"}
      ]}
    ]}
  ],
  "ga_areas": [
    {"id": "standing", "name": "Standing", "capacity": 50, "category": "cat2",
     "outline": [[0, 200], [400, 200], [400, 300], [0, 300]]}
  ],
  "decoration": [
    {"kind": "stage", "outline": [[100, 0], [300, 0], [300, 10], [100, 10]], "text": "STAGE"},
    {"kind": "text", "position": [200, 150], "text": "Back"}
  ]
})";

QList<const Seat *> allSeats(const SeatMap &map)
{
    QList<const Seat *> seats;
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats)
                seats.append(&seat);
        }
    }
    return seats;
}

const Section *findSection(const SeatMap &map, const QString &id)
{
    for (const Section &section : map.sections) {
        if (section.id == id)
            return &section;
    }
    return nullptr;
}

// How far the seats of a row stray from the straight line through its first and last seat.
double sagitta(const Row &row)
{
    const QPointF a = row.seats.constFirst().position;
    const QPointF b = row.seats.constLast().position;
    const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
    double widest = 0;
    for (const Seat &seat : row.seats) {
        const QPointF p = seat.position;
        const double cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
        widest = std::max(widest, std::abs(cross) / length);
    }
    return widest;
}

void compareOutlines(const QList<QPointF> &actual, const QList<QPointF> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).x(), expected.at(i).x());
        QCOMPARE(actual.at(i).y(), expected.at(i).y());
    }
}

// Every field, exactly: the format must not lose or round anything.
void compareMaps(const SeatMap &actual, const SeatMap &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.width, expected.width);
    QCOMPARE(actual.height, expected.height);
    QCOMPARE(actual.categories.size(), expected.categories.size());
    for (qsizetype i = 0; i < actual.categories.size(); ++i) {
        QCOMPARE(actual.categories.at(i).id, expected.categories.at(i).id);
        QCOMPARE(actual.categories.at(i).name, expected.categories.at(i).name);
        QCOMPARE(actual.categories.at(i).color, expected.categories.at(i).color);
    }
    QCOMPARE(actual.sections.size(), expected.sections.size());
    for (qsizetype i = 0; i < actual.sections.size(); ++i) {
        const Section &s = actual.sections.at(i);
        const Section &e = expected.sections.at(i);
        QCOMPARE(s.id, e.id);
        QCOMPARE(s.name, e.name);
        compareOutlines(s.outline, e.outline);
        QCOMPARE(s.rows.size(), e.rows.size());
        for (qsizetype r = 0; r < s.rows.size(); ++r) {
            QCOMPARE(s.rows.at(r).label, e.rows.at(r).label);
            QCOMPARE(s.rows.at(r).seats.size(), e.rows.at(r).seats.size());
            for (qsizetype k = 0; k < s.rows.at(r).seats.size(); ++k) {
                const Seat &a = s.rows.at(r).seats.at(k);
                const Seat &b = e.rows.at(r).seats.at(k);
                QCOMPARE(a.id, b.id);
                QCOMPARE(a.label, b.label);
                QCOMPARE(a.position.x(), b.position.x());
                QCOMPARE(a.position.y(), b.position.y());
                QCOMPARE(a.categoryId, b.categoryId);
                QCOMPARE(a.flags, b.flags);
                QCOMPARE(a.companionOf, b.companionOf);
            }
        }
    }
    QCOMPARE(actual.gaAreas.size(), expected.gaAreas.size());
    for (qsizetype i = 0; i < actual.gaAreas.size(); ++i) {
        QCOMPARE(actual.gaAreas.at(i).id, expected.gaAreas.at(i).id);
        QCOMPARE(actual.gaAreas.at(i).name, expected.gaAreas.at(i).name);
        QCOMPARE(actual.gaAreas.at(i).capacity, expected.gaAreas.at(i).capacity);
        QCOMPARE(actual.gaAreas.at(i).categoryId, expected.gaAreas.at(i).categoryId);
        compareOutlines(actual.gaAreas.at(i).outline, expected.gaAreas.at(i).outline);
    }
    QCOMPARE(actual.decorations.size(), expected.decorations.size());
    for (qsizetype i = 0; i < actual.decorations.size(); ++i) {
        QCOMPARE(actual.decorations.at(i).kind, expected.decorations.at(i).kind);
        QCOMPARE(actual.decorations.at(i).text, expected.decorations.at(i).text);
        compareOutlines(actual.decorations.at(i).outline, expected.decorations.at(i).outline);
        QCOMPARE(actual.decorations.at(i).position, expected.decorations.at(i).position);
    }
}

// Records what the seeder asks for; answers every other call with NotFound.
class RecordingStore final : public Store
{
public:
    QList<Venue> venuesCreated;
    QList<SeatMap> seatMapsAdded;
    QList<Event> eventsCreated;
    QList<NewShow> showsCreated;
    QStringList idempotencyKeys;
    bool failEvents = false;

    QString describe() const override { return u"recording store"_s; }

    Result<qint64> createVenue(const Venue &venue, const CallContext &ctx) override
    {
        idempotencyKeys.append(ctx.idempotencyKey);
        venuesCreated.append(venue);
        return qint64(venuesCreated.size());
    }
    Result<qint64> addSeatMap(qint64, const SeatMap &map, const CallContext &ctx) override
    {
        idempotencyKeys.append(ctx.idempotencyKey);
        seatMapsAdded.append(map);
        return qint64(100 + seatMapsAdded.size());
    }
    Result<qint64> createEvent(const Event &event, const CallContext &ctx) override
    {
        if (failEvents)
            return Error::storage(u"disk full"_s);
        idempotencyKeys.append(ctx.idempotencyKey);
        eventsCreated.append(event);
        return qint64(200 + eventsCreated.size());
    }
    Result<qint64> createShow(const NewShow &show, const CallContext &ctx) override
    {
        idempotencyKeys.append(ctx.idempotencyKey);
        showsCreated.append(show);
        return qint64(1000 + showsCreated.size());
    }

    Result<QList<Venue>> venues() override { return none(); }
    Result<QList<Event>> events() override { return none(); }
    Result<QList<Show>> shows(qint64, qint64) override { return none(); }
    Result<Show> show(qint64, qint64) override { return none(); }
    Result<SeatMap> seatMap(qint64) override { return none(); }
    Result<QList<SeatState>> seatStates(qint64, qint64) override { return none(); }
    Result<QList<GaAreaState>> gaStates(qint64, qint64) override { return none(); }
    Result<Hold> hold(const HoldRequest &, const CallContext &) override { return none(); }
    Result<qint64> moveShowToSeatMap(qint64, qint64, const CallContext &) override { return none(); }
    Result<Hold> holdBestAvailable(qint64, const BestAvailableRequest &, qint64, const CallContext &) override
    {
        return none();
    }
    Result<Hold> release(qint64, const CallContext &) override { return none(); }
    Result<Order> createOrder(const OrderRequest &, const CallContext &) override { return none(); }
    Result<Payment> pay(const PaymentRequest &, const CallContext &) override { return none(); }
    Result<Order> confirm(qint64, const CallContext &) override { return none(); }
    Result<Order> cancelOrder(qint64, const QString &, const CallContext &) override { return none(); }
    Result<Order> refund(const RefundRequest &, const CallContext &) override { return none(); }
    Result<QStringList> setBlocked(const BlockRequest &, const CallContext &) override { return none(); }
    Result<SweepResult> sweepExpired(const CallContext &) override { return none(); }
    Result<Hold> holdById(qint64, qint64) override { return none(); }
    Result<Order> order(qint64) override { return none(); }
    Result<QList<Change>> changesSince(qint64, int) override { return none(); }
    Result<qint64> lastSeq() override { return none(); }
    Result<QList<Violation>> verify(qint64) override { return none(); }

private:
    static Error none() { return Error::notFound(u"not recorded"_s); }
};

qint64 utcMs(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestSeatMapFormat final : public QObject
{
    Q_OBJECT

private slots:
    void baseDocumentIsValid();
    void badDocument_data();
    void badDocument();
    void roundTripMatchesGolden();
    void goldenIsStable();
    void writeThenReadKeepsEverything();
    void demoMapMeetsTheBrief();
    void demoMapRoundTrips();
    void seederCreatesVenueMapEventsAndShows();
    void seederConvertsVenueLocalTimesAcrossDst();
    void seederPropagatesStoreErrors();
};

void TestSeatMapFormat::baseDocumentIsValid()
{
    const Result<SeatMap> map = SeatMapFormat::read(kBase);
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    QCOMPARE(map->seatCount(), 6);
    QCOMPARE(map->sections.at(0).rows.at(0).seats.at(1).companionOf, u"front-A-1"_s);
}

void TestSeatMapFormat::badDocument_data()
{
    // Each row replaces `from` in the base document with `to` (or, with an empty `from`, uses `to` as the
    // whole document) and expects the error message to contain `path`.
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");

    auto row = [](const char *name, const char *from, const char *to, const QString &path) {
        QTest::newRow(name) << QByteArray(from) << QByteArray(to) << path;
    };

    row("not JSON", "", R"({"format": "parterre-seatmap", )", u"document: not JSON"_s);
    row("number beyond double", R"("x": 50)", R"("x": 1e999)", u"document: not JSON"_s);
    row("not an object", "", "[1, 2, 3]", u"document: not a JSON object"_s);
    row("wrong format", R"("format": "parterre-seatmap")", R"("format": "tiled-map")",
        u"format: \"tiled-map\" is not \"parterre-seatmap\""_s);
    row("missing format", R"("format": "parterre-seatmap", )", "", u"format: missing"_s);
    row("newer version", R"("version": 1)", R"("version": 2)", u"version: unsupported version 2"_s);
    row("version not a number", R"("version": 1)", R"("version": "1")", u"version: not an integer"_s);
    row("empty map name", R"("name": "Base")", R"("name": "")", u"name: must not be empty"_s);
    row("zero width", R"("width": 400)", R"("width": 0)", u"size.width: must be greater than 0"_s);
    row("no size", R"("size": {"width": 400, "height": 300},)", "", u"size: missing"_s);

    row("no categories", R"("categories": [)", R"("categories": [], "unused": [)",
        u"categories: must not be empty"_s);
    row("empty category name", R"("name": "Category 2")", R"("name": "")",
        u"categories[1].name: must not be empty"_s);
    row("duplicate category id", R"({"id": "cat2", "name": "Category 2")",
        R"({"id": "cat1", "name": "Category 2")",
        u"categories[1].id: duplicate category id \"cat1\" (also categories[0])"_s);
    row("short colour", R"("#d95f02")", R"("#d95f0")", u"categories[1].color: \"#d95f0\""_s);
    row("named colour", R"("#d95f02")", R"("orange")", u"categories[1].color: \"orange\""_s);
    row("colour not hex", R"("#d95f02")", R"("#d95g02")", u"categories[1].color"_s);

    row("no sections", R"("sections": [)", R"("unused": [)", u"sections: missing"_s);
    row("empty section name", R"("name": "Back")", R"("name": "")", u"sections[1].name: must not be empty"_s);
    row("missing section name", R"("name": "Front", )", "", u"sections[0].name: missing"_s);
    row("duplicate section id", R"("id": "back")", R"("id": "front")",
        u"sections[1].id: duplicate section id \"front\" (also sections[0])"_s);
    row("section without rows", R"("outline": [], "rows": [)", R"("outline": [], "rows": [], "unused": [)",
        u"sections[1].rows: must not be empty"_s);
    row("row without seats", R"({"label": "B", "seats": [)", R"({"label": "B", "seats": [], "unused": [)",
        u"sections[0].rows[1].seats: must not be empty"_s);
    row("duplicate row label", R"({"label": "B")", R"({"label": "A")",
        u"sections[0].rows[1].label: duplicate row label \"A\" (also sections[0].rows[0])"_s);
    row("empty row label", R"({"label": "B")", R"({"label": "")",
        u"sections[0].rows[1].label: must not be empty"_s);
    row("outline point not a pair", R"([400, 100], [0, 100]])", R"([400, 100], [0]])",
        u"sections[0].outline[3]: not an [x, y] point"_s);
    row("outline coordinate null", R"([[0, 0], [400, 0])", R"([[0, 0], [400, null])",
        u"sections[0].outline[1][1]: not a finite number"_s);

    row("seat not an object", R"({"label": "R", "seats": [)", R"({"label": "R", "seats": [42, )",
        u"sections[1].rows[0].seats[0]: not an object"_s);
    row("empty seat label", R"("label": "3")", R"("label": "")",
        u"sections[0].rows[0].seats[2].label: must not be empty"_s);
    row("empty seat id", R"("id": "back-R-1")", R"("id": "")",
        u"sections[1].rows[0].seats[0].id: must not be empty"_s);
    row("duplicate seat id", R"("id": "back-R-1")", R"("id": "front-A-2")",
        u"seats: duplicate seat id \"front-A-2\" "
        u"(sections[0].rows[0].seats[1] and sections[1].rows[0].seats[0])"_s);
    row("unknown seat category", R"("y": 120, "category": "cat2")", R"("y": 120, "category": "cat9")",
        u"sections[1].rows[0].seats[0].category: unknown category \"cat9\""_s);
    row("x a string", R"("x": 50)", R"("x": "50")", u"sections[0].rows[0].seats[2].x: not a finite number"_s);
    row("y missing", R"("x": 10, "y": 120, )", R"("x": 10, )", u"sections[1].rows[0].seats[0].y: missing"_s);
    row("x absurd", R"("x": 50)", R"("x": 1e8)", u"sections[0].rows[0].seats[2].x: 1e+08 is out of range"_s);
    row("y absurd negative", R"("y": 120)", R"("y": -20000000)", u"sections[1].rows[0].seats[0].y"_s);
    row("unknown flag", R"(["restricted_view"])", R"(["restricted_view", "vip"])",
        u"sections[0].rows[1].seats[1].flags[1]: unknown flag \"vip\""_s);
    row("flag not a string", R"(["aisle"])", R"(["aisle", 3])",
        u"sections[0].rows[0].seats[2].flags[1]: not a string"_s);
    row("flags not a list", R"(["aisle"])", R"("aisle")",
        u"sections[0].rows[0].seats[2].flags: not a list"_s);
    row("wheelchair and companion", R"(["wheelchair"])", R"(["wheelchair", "companion"])",
        u"sections[0].rows[0].seats[0].flags"_s);

    row("companion without companion_of", ",\n         \"companion_of\": \"front-A-1\"", "",
        u"sections[0].rows[0].seats[1].companion_of: missing"_s);
    row("companion of a seat without wheelchair", R"("companion_of": "front-A-1")",
        R"("companion_of": "front-A-3")",
        u"sections[0].rows[0].seats[1].companion_of: seat \"front-A-3\" "
        u"(sections[0].rows[0].seats[2]) is not a wheelchair space"_s);
    row("companion of an unknown seat", R"("companion_of": "front-A-1")", R"("companion_of": "front-Z-9")",
        u"sections[0].rows[0].seats[1].companion_of: unknown seat \"front-Z-9\""_s);
    row("companion_of without the flag", R"("flags": ["aisle"]})",
        R"("flags": ["aisle"], "companion_of": "front-A-1"})",
        u"sections[0].rows[0].seats[2].companion_of"_s);

    row("GA id is a seat id", R"("id": "standing")", R"("id": "front-B-1")",
        u"ga_areas[0].id: \"front-B-1\" is also a seat id (sections[0].rows[1].seats[0])"_s);
    row("empty GA name", R"("name": "Standing")", R"("name": "")", u"ga_areas[0].name: must not be empty"_s);
    row("GA capacity zero", R"("capacity": 50)", R"("capacity": 0)",
        u"ga_areas[0].capacity: 0 is outside 1..100000"_s);
    row("GA capacity too large", R"("capacity": 50)", R"("capacity": 100001)",
        u"ga_areas[0].capacity: 100001 is outside 1..100000"_s);
    row("GA capacity fractional", R"("capacity": 50)", R"("capacity": 50.5)",
        u"ga_areas[0].capacity: not an integer"_s);
    row("GA unknown category", R"("capacity": 50, "category": "cat2")",
        R"("capacity": 50, "category": "cat7")", u"ga_areas[0].category: unknown category \"cat7\""_s);
    row("GA without outline", R"(,
     "outline": [[0, 200], [400, 200], [400, 300], [0, 300]])",
        "", u"ga_areas[0].outline: needs at least 3 points"_s);

    row("unknown decoration kind", R"("kind": "text")", R"("kind": "banner")",
        u"decoration[1].kind: unknown decoration kind \"banner\""_s);
    row("decoration without outline or position", R"("position": [200, 150], )", "",
        u"decoration[1]: needs an outline or a position"_s);
    row("decoration position not a point", R"("position": [200, 150])", R"("position": "centre")",
        u"decoration[1].position: not an [x, y] point"_s);

    row("map without seats or GA areas", "",
        R"({"format": "parterre-seatmap", "version": 1, "name": "Empty", "size": {"width": 10, "height": 10},
            "categories": [{"id": "c", "name": "C", "color": "#000000"}], "sections": []})",
        u"sections: the map has neither seats nor GA areas"_s);
}

void TestSeatMapFormat::badDocument()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);

    QByteArray document = to;
    if (!from.isEmpty()) {
        QCOMPARE(kBase.count(from), 1); // the row changes exactly the piece it means to
        document = kBase;
        document.replace(from, to);
    }
    const Result<SeatMap> map = SeatMapFormat::read(document);
    QVERIFY2(!map.ok(), "a bad document was accepted");
    QCOMPARE(map.error().code, Error::Code::InvalidInput);
    QVERIFY2(map.error().message.contains(path), qPrintable(u"message: "_s + map.error().message));
}

void TestSeatMapFormat::roundTripMatchesGolden()
{
    const Result<SeatMap> map = SeatMapFormat::read(readData(u"small.seatmap.json"_s));
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    const QByteArray written = SeatMapFormat::write(*map);

    if (qEnvironmentVariableIsSet("PARTERRE_UPDATE_GOLDEN")) {
        QFile golden(dataPath(u"roundtrip.golden.json"_s));
        QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
        golden.write(written);
        QSKIP("golden file rewritten");
    }
    QCOMPARE(written, readData(u"roundtrip.golden.json"_s));
}

void TestSeatMapFormat::goldenIsStable()
{
    const QByteArray golden = readData(u"roundtrip.golden.json"_s);
    const Result<SeatMap> map = SeatMapFormat::read(golden);
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    QCOMPARE(SeatMapFormat::write(*map), golden);
}

void TestSeatMapFormat::writeThenReadKeepsEverything()
{
    const Result<SeatMap> map = SeatMapFormat::read(readData(u"small.seatmap.json"_s));
    QVERIFY(map.ok());
    // What the small file exercises, so the comparison below means something.
    QCOMPARE(map->categories.at(1).color, u"#D95F02"_s);
    const Seat &companion = map->sections.at(0).rows.at(0).seats.at(0);
    QCOMPARE(companion.flags, int(Seat::Companion));
    QCOMPARE(companion.companionOf, u"front-A-2"_s); // named before it appears
    QCOMPARE(map->sections.at(0).rows.at(0).seats.at(2).flags, Seat::RestrictedView | Seat::Aisle);
    QVERIFY(map->sections.at(1).outline.isEmpty());
    QCOMPARE(map->sections.at(1).rows.at(0).seats.at(0).position, QPointF(-5, 150));
    QCOMPARE(map->decorations.size(), 3);

    const Result<SeatMap> again = SeatMapFormat::read(SeatMapFormat::write(*map));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    compareMaps(*again, *map);
}

void TestSeatMapFormat::demoMapMeetsTheBrief()
{
    const Result<SeatMap> result = DemoSeeder::demoSeatMap();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const SeatMap &map = *result;

    QVERIFY2(map.seatCount() >= 1150 && map.seatCount() <= 1250,
             qPrintable(QString::number(map.seatCount())));
    QCOMPARE(map.categories.size(), 3);
    QCOMPARE(map.categories.at(0).id, u"cat1"_s);
    QCOMPARE(map.categories.at(1).id, u"cat2"_s);
    QCOMPARE(map.categories.at(2).id, u"cat3"_s);

    const Section *stalls = findSection(map, u"stalls"_s);
    QVERIFY(stalls);
    QStringList labels;
    for (const Row &row : stalls->rows)
        labels.append(row.label);
    QCOMPARE(labels.join(QString()), u"ABCDEFGHIJKLMNOPQRST"_s);
    QVERIFY(stalls->rows.constLast().seats.size() > stalls->rows.constFirst().seats.size());
    for (const Row &row : stalls->rows) {
        QVERIFY2(sagitta(row) > 5, qPrintable(u"stalls row "_s + row.label + u" is straight"_s));
        int aisle = 0;
        for (const Seat &seat : row.seats)
            aisle += (seat.flags & Seat::Aisle) ? 1 : 0;
        QCOMPARE(aisle, 2); // one each side of the centre aisle
    }

    const Section *circle = findSection(map, u"circle"_s);
    QVERIFY(circle);
    QVERIFY(circle->rows.size() >= 3);
    for (const Row &row : circle->rows)
        QVERIFY2(sagitta(row) > 5, qPrintable(u"circle row "_s + row.label + u" is straight"_s));
    for (const QString &box : {u"box-left"_s, u"box-right"_s}) {
        const Section *section = findSection(map, box);
        QVERIFY2(section, qPrintable(box));
        QVERIFY(section->rows.size() >= 1);
    }

    // Readable, stable ids and labels numbered left to right.
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                const Seat &seat = row.seats.at(i);
                QCOMPARE(seat.label, QString::number(i + 1));
                QCOMPARE(seat.id, section.id + u'-' + row.label + u'-' + seat.label);
                if (i > 0)
                    QVERIFY(seat.position.x() > row.seats.at(i - 1).position.x());
                QVERIFY(seat.position.x() > 0 && seat.position.x() < map.width);
                QVERIFY(seat.position.y() > 0 && seat.position.y() < map.height);
            }
        }
    }

    int wheelchairs = 0;
    int restricted = 0;
    QSet<QString> wheelchairIds;
    QSet<QString> accompanied;
    const QList<const Seat *> seats = allSeats(map);
    for (const Seat *seat : seats) {
        if (seat->flags & Seat::Wheelchair) {
            ++wheelchairs;
            wheelchairIds.insert(seat->id);
        }
        if (seat->flags & Seat::RestrictedView)
            ++restricted;
    }
    for (const Seat *seat : seats) {
        if (seat->flags & Seat::Companion) {
            QVERIFY2(wheelchairIds.contains(seat->companionOf), qPrintable(seat->id));
            QVERIFY2(!accompanied.contains(seat->companionOf), qPrintable(seat->companionOf));
            accompanied.insert(seat->companionOf);
        }
    }
    QCOMPARE(wheelchairs, 8);
    QCOMPARE(accompanied.size(), 8);
    QVERIFY(restricted >= 1);

    QCOMPARE(map.gaAreas.size(), 1);
    QCOMPARE(map.gaAreas.at(0).id, u"standing"_s);
    QCOMPARE(map.gaAreas.at(0).capacity, 300);
    QCOMPARE(map.gaAreas.at(0).categoryId, u"cat3"_s);

    QStringList kinds;
    for (const Decoration &decoration : map.decorations)
        kinds.append(decoration.kind);
    QCOMPARE(kinds.count(u"stage"_s), 1);
    QVERIFY(kinds.count(u"text"_s) >= 2);
    QVERIFY(kinds.count(u"shape"_s) >= 2); // the pillars
}

void TestSeatMapFormat::demoMapRoundTrips()
{
    const Result<SeatMap> map = DemoSeeder::demoSeatMap();
    QVERIFY(map.ok());
    const QByteArray written = SeatMapFormat::write(*map);
    const Result<SeatMap> again = SeatMapFormat::read(written);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    compareMaps(*again, *map);
    QCOMPARE(SeatMapFormat::write(*again), written);
}

void TestSeatMapFormat::seederCreatesVenueMapEventsAndShows()
{
    RecordingStore store;
    const CallContext ctx{u"seed-1"_s, u"test"_s, u"t1"_s, 0};
    const Result<QList<qint64>> ids = DemoSeeder::seed(store, ctx, QDate(2025, 1, 15));
    QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().message));
    QCOMPARE(*ids, (QList<qint64>{1001, 1002, 1003, 1004, 1005, 1006}));

    QCOMPARE(store.venuesCreated.size(), 1);
    QCOMPARE(store.venuesCreated.at(0).name, u"Parterre Demo Theatre"_s);
    QCOMPARE(store.venuesCreated.at(0).timeZone, u"Europe/Berlin"_s);
    QCOMPARE(store.seatMapsAdded.size(), 1);
    QCOMPARE(store.seatMapsAdded.at(0).seatCount(), DemoSeeder::demoSeatMap()->seatCount());
    QCOMPARE(store.eventsCreated.size(), 2);
    QVERIFY(!store.eventsCreated.at(0).performer.isEmpty());

    const NewShow &first = store.showsCreated.at(0);
    QCOMPARE(first.eventId, 201);
    QCOMPARE(first.seatMapId, 101);
    QCOMPARE(first.currency, u"EUR"_s);
    QCOMPARE(first.startsAtMs, utcMs(2025, 1, 15, 18, 30)); // 19:30 in Berlin in winter, today
    QCOMPARE(first.prices.size(), 3);
    QCOMPARE(first.prices.value(u"cat1"_s), 6500);
    QCOMPARE(store.showsCreated.at(3).eventId, 202);
    QVERIFY(store.showsCreated.at(3).prices.value(u"cat1"_s) != first.prices.value(u"cat1"_s));

    // Every call has its own key, derived from the caller's, so a repeated seed is recognised call by call.
    QCOMPARE(store.idempotencyKeys.size(), 1 + 1 + 2 + 6);
    QCOMPARE(QSet<QString>(store.idempotencyKeys.cbegin(), store.idempotencyKeys.cend()).size(), 10);
    for (const QString &key : std::as_const(store.idempotencyKeys))
        QVERIFY(key.startsWith(u"seed-1:"_s));
}

void TestSeatMapFormat::seederConvertsVenueLocalTimesAcrossDst()
{
    // Berlin moves to summer time on 30 March 2025: the same 19:30 is an hour earlier in UTC from then on.
    RecordingStore store;
    const Result<QList<qint64>> ids = DemoSeeder::seed(store, CallContext{}, QDate(2025, 3, 27));
    QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().message));
    QCOMPARE(store.showsCreated.size(), 6);
    QCOMPARE(store.showsCreated.at(2).startsAtMs, utcMs(2025, 3, 29, 18, 30)); // today + 2
    QCOMPARE(store.showsCreated.at(3).startsAtMs, utcMs(2025, 3, 30, 17, 30)); // today + 3
    for (const QString &key : std::as_const(store.idempotencyKeys))
        QVERIFY(key.isEmpty());
}

void TestSeatMapFormat::seederPropagatesStoreErrors()
{
    RecordingStore store;
    store.failEvents = true;
    const Result<QList<qint64>> ids = DemoSeeder::seed(store, CallContext{}, QDate(2025, 1, 15));
    QVERIFY(!ids.ok());
    QCOMPARE(ids.error().code, Error::Code::Storage);
    QVERIFY(ids.error().message.contains(u"disk full"_s));
    QVERIFY(store.showsCreated.isEmpty());

    const Result<QList<qint64>> invalid = DemoSeeder::seed(store, CallContext{}, QDate());
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code, Error::Code::InvalidInput);
}

QTEST_GUILESS_MAIN(TestSeatMapFormat)
#include "tst_seatmapformat.moc"
