// Importing pretix seating plans: both schema shapes, what each field becomes, and every refusal naming
// the element by its JSON path in the plan.

#include "seatmap/pretiximport.h"
#include "seatmap/seatmapformat.h"

#include <QFile>
#include <QTest>

using namespace Parterre;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(PARTERRE_TEST_DATA_DIR "/seatmap/pretix/") + name;
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

const Seat *findSeat(const SeatMap &map, const QString &id, const Row **rowOut = nullptr,
                     const Section **sectionOut = nullptr)
{
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats) {
                if (seat.id == id) {
                    if (rowOut)
                        *rowOut = &row;
                    if (sectionOut)
                        *sectionOut = &section;
                    return &seat;
                }
            }
        }
    }
    return nullptr;
}

// A valid plan in the current shape; each bad-plan row below changes one piece of it.
const QByteArray kBase = R"({
  "name": "Base",
  "categories": [{"name": "Stalls", "color": "#33ffff"}, {"name": "Balcony"}],
  "zones": [
    {"name": "Main", "position": {"x": 0, "y": 0}, "rows": [
      {"row_number": "1", "row_label": "Row %s", "position": {"x": 10, "y": 10}, "seats": [
        {"seat_guid": "g1", "seat_number": "1", "position": {"x": 0, "y": 0}, "category": "Stalls"},
        {"seat_guid": "g2", "seat_number": "2", "position": {"x": 25, "y": 0}, "category": "Stalls"}
      ]},
      {"row_number": "2", "position": {"x": 10, "y": 40}, "seats": [
        {"seat_guid": "g3", "seat_number": "1", "position": {"x": 0, "y": 0}, "category": "Stalls"},
        {"seat_guid": "g4", "seat_number": "2", "radius": 8, "position": {"x": 25, "y": 0}, "category": "Balcony"}
      ]}
    ]},
    {"name": "Stage", "displayed": true, "position": {"x": 0, "y": 100}, "rows": [], "areas": [
      {"shape": "rectangle", "position": {"x": 0, "y": 0}, "rectangle": {"width": 100, "height": 20}},
      {"shape": "circle", "position": {"x": 150, "y": 10}, "circle": {"radius": 5}},
      {"shape": "polygon", "position": {"x": 0, "y": 0}, "polygon": {"points": [{"x": 0, "y": 0}, {"x": 5, "y": 5}, {"x": 0, "y": 9}]}},
      {"shape": "text", "position": {"x": 50, "y": 50}, "text": {"text": "Exit", "position": {"x": 0, "y": 0}}},
      {"shape": "ellipse", "position": {"x": 200, "y": 10}, "ellipse": {"radius": {"x": 9, "y": 4}}}
    ]}
  ],
  "size": {"width": 300, "height": 200}
})";

} // namespace

class TestPretixImport final : public QObject
{
    Q_OBJECT

private slots:
    void baseIsValid();
    void currentShape();
    void currentShapeAreas();
    void oldShape();
    void matchesGolden_data();
    void matchesGolden();
    void resultIsAValidSeatMap();
    void labelTemplates();
    void sizeFromContentWhenMissing();
    void badPlan_data();
    void badPlan();
};

void TestPretixImport::baseIsValid()
{
    const Result<SeatMap> map = PretixImport::read(kBase);
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    QCOMPARE(map->seatCount(), 4);
    QCOMPARE(map->decorations.size(), 5);
}

void TestPretixImport::currentShape()
{
    const Result<SeatMap> result = PretixImport::read(readData(u"current.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const SeatMap &map = *result;

    QCOMPARE(map.name, u"Großer Saal – Théâtre «Ünïcode»"_s);
    QCOMPARE(map.width, 800.0);
    QCOMPARE(map.height, 700.0);
    QCOMPARE(map.seatCount(), 10);

    // Categories keep their names as ids; colours become #rrggbb, a missing one comes from the palette.
    QCOMPARE(map.categories.size(), 4);
    QCOMPARE(map.categories.at(0).id, u"Parkett"_s);
    QCOMPARE(map.categories.at(0).name, u"Parkett"_s);
    QCOMPARE(map.categories.at(0).color, u"#33ffff"_s);
    QCOMPARE(map.categories.at(1).color, u"#ff0000"_s);
    QCOMPARE(map.categories.at(2).id, u"Rang Ö"_s);
    QCOMPARE(map.categories.at(2).color, u"#aabbcc"_s);
    QCOMPARE(map.categories.at(3).color, u"#e7298a"_s);

    // Zones with seats become sections: id from zone_id, else the name. The stage zone has no seats.
    QCOMPARE(map.sections.size(), 2);
    QCOMPARE(map.sections.at(0).id, u"stalls"_s);
    QCOMPARE(map.sections.at(0).name, u"Parkett"_s);
    QCOMPARE(map.sections.at(1).id, u"Balkon Ü"_s);
    QCOMPARE(map.sections.at(1).name, u"Balkon Ü"_s);
    QVERIFY(map.sections.at(0).outline.size() >= 4);

    // Rows: templates filled in, the two halves of row 2 merged, seats in document order.
    const Section &stalls = map.sections.at(0);
    QStringList rowLabels;
    for (const Row &row : stalls.rows)
        rowLabels.append(row.label);
    QCOMPARE(rowLabels, (QStringList{u"Reihe 1"_s, u"2"_s, u"3/3"_s}));
    QStringList row1;
    for (const Seat &seat : stalls.rows.at(0).seats)
        row1.append(seat.label);
    QCOMPARE(row1, (QStringList{u"Platz 1"_s, u"Platz 2"_s, u"Platz 3"_s}));
    QCOMPARE(stalls.rows.at(1).seats.size(), 3);
    QCOMPARE(stalls.rows.at(1).seats.at(2).id, u"p-2-3"_s);
    QCOMPARE(stalls.rows.at(1).seats.at(2).label, u"3"_s);
    QCOMPARE(stalls.rows.at(2).seats.at(1).label, u"2"_s); // empty seat_number: its place in the row

    // Positions are zone + row + seat.
    QCOMPARE(findSeat(map, u"p-1-1"_s)->position, QPointF(110.5, 220));
    QCOMPARE(findSeat(map, u"p-1-2"_s)->position, QPointF(136, 220));
    QCOMPARE(findSeat(map, u"p-1-3"_s)->position, QPointF(161.5, 220.25));
    QCOMPARE(findSeat(map, u"p-2-3"_s)->position, QPointF(300.5, 250));
    QCOMPARE(findSeat(map, u"p-3-1"_s)->position, QPointF(100.5, 300)); // a row without position
    QCOMPARE(findSeat(map, u"b-A-2"_s)->position, QPointF(125, 510));

    QCOMPARE(findSeat(map, u"p-2-2"_s)->categoryId, u"Loge"_s);
    QCOMPARE(findSeat(map, u"b-A-1"_s)->categoryId, u"Rang Ö"_s);
    QCOMPARE(findSeat(map, u"p-1-1"_s)->flags, int(Seat::NoFlags));
}

void TestPretixImport::currentShapeAreas()
{
    const Result<SeatMap> result = PretixImport::read(readData(u"current.json"_s));
    QVERIFY(result.ok());
    const QList<Decoration> &d = result->decorations;
    QCOMPARE(d.size(), 6);

    // The circle of the balcony zone, as a polygon around zone + area position.
    QCOMPARE(d.at(0).kind, u"shape"_s);
    QCOMPARE(d.at(0).outline.size(), PretixImport::kCurveSegments);
    for (const QPointF &p : d.at(0).outline)
        QVERIFY(std::abs(std::hypot(p.x() - 400, p.y() - 550) - 20) < 0.01);

    // A rectangle with its label: the text sits at area position + text position.
    QCOMPARE(d.at(1).kind, u"shape"_s);
    QCOMPARE(d.at(1).outline, (QList<QPointF>{{100, 20}, {500, 20}, {500, 100}, {100, 100}}));
    QCOMPARE(d.at(1).text, u"BÜHNE"_s);
    QCOMPARE(d.at(1).position, QPointF(300, 60));

    // Rotation turns clockwise around the area's position.
    QCOMPARE(d.at(2).outline, (QList<QPointF>{{600, 100}, {600, 140}, {580, 140}, {580, 100}}));
    QVERIFY(d.at(2).text.isEmpty());

    QCOMPARE(d.at(3).outline.size(), PretixImport::kCurveSegments);
    QCOMPARE(d.at(3).outline.at(0), QPointF(730, 300));
    QCOMPARE(d.at(3).outline.at(PretixImport::kCurveSegments / 4), QPointF(700, 310));

    QCOMPARE(d.at(4).outline, (QList<QPointF>{{10, 10}, {60, 10}, {35, 50}}));
    QCOMPARE(d.at(4).text, u"Bar"_s);
    QCOMPARE(d.at(4).position, QPointF(35, 25));

    QCOMPARE(d.at(5).kind, u"text"_s);
    QVERIFY(d.at(5).outline.isEmpty());
    QCOMPARE(d.at(5).text, u"Orchestergraben ♪"_s);
    QCOMPARE(d.at(5).position, QPointF(300, 180));
}

void TestPretixImport::oldShape()
{
    const Result<SeatMap> result = PretixImport::read(readData(u"old.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const SeatMap &map = *result;
    QCOMPARE(map.name, u"Old Hall"_s);
    QCOMPARE(map.seatCount(), 3);
    QCOMPARE(map.sections.size(), 1); // the hidden zone has no seats
    QCOMPARE(map.sections.at(0).id, u"Main Area"_s);
    QCOMPARE(map.categories.at(1).color, u"#0000ff"_s);

    const Row *row = nullptr;
    const Seat *seat = findSeat(map, u"0-1"_s, &row);
    QVERIFY(seat);
    QCOMPARE(seat->position, QPointF(80, 45));
    QCOMPARE(seat->label, u"1"_s);
    QCOMPARE(row->label, u"0"_s);
    QCOMPARE(findSeat(map, u"1-0"_s)->position, QPointF(50, 75));

    // Areas with width, height and text on the area itself are labelled rectangles.
    QCOMPARE(map.decorations.size(), 2);
    QCOMPARE(map.decorations.at(0).kind, u"shape"_s);
    QCOMPARE(map.decorations.at(0).outline, (QList<QPointF>{{10, 120}, {210, 120}, {210, 160}, {10, 160}}));
    QCOMPARE(map.decorations.at(0).text, u"Stage"_s);
    QCOMPARE(map.decorations.at(0).position, QPointF(110, 140));
    QCOMPARE(map.decorations.at(1).outline, (QList<QPointF>{{310, 20}, {290, 20}, {290, 10}, {310, 10}}));

    // No size in the older plan: as large as its content, plus a margin.
    QCOMPARE(map.width, 330.0);
    QCOMPARE(map.height, 180.0);
}

void TestPretixImport::matchesGolden_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("golden");
    QTest::newRow("current shape") << u"current.json"_s << u"current.golden.json"_s;
    QTest::newRow("old shape") << u"old.json"_s << u"old.golden.json"_s;
}

void TestPretixImport::matchesGolden()
{
    QFETCH(QString, plan);
    QFETCH(QString, golden);
    const Result<SeatMap> map = PretixImport::read(readData(plan));
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    const QByteArray written = SeatMapFormat::write(*map);
    if (qEnvironmentVariableIsSet("PARTERRE_UPDATE_GOLDEN")) {
        QFile file(dataPath(golden));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(written);
        QSKIP("golden file rewritten");
    }
    QCOMPARE(written, readData(golden));
}

void TestPretixImport::resultIsAValidSeatMap()
{
    for (const QString &plan : {u"current.json"_s, u"old.json"_s}) {
        const Result<SeatMap> map = PretixImport::read(readData(plan));
        QVERIFY(map.ok());
        const QByteArray written = SeatMapFormat::write(*map);
        const Result<SeatMap> again = SeatMapFormat::read(written);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(SeatMapFormat::write(*again), written);
    }
}

void TestPretixImport::labelTemplates()
{
    QByteArray plan = kBase;
    plan.replace(R"("row_label": "Row %s")", R"("row_label": "%s-%s", "seat_label": "Seat %s of row")");
    const Result<SeatMap> map = PretixImport::read(plan);
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    const Row &row = map->sections.at(0).rows.at(0);
    QCOMPARE(row.label, u"1-1"_s); // every %s is filled, as pretix does
    QCOMPARE(row.seats.at(1).label, u"Seat 2 of row"_s);
    QCOMPARE(map->sections.at(0).rows.at(1).label, u"2"_s);
    QCOMPARE(map->sections.at(0).rows.at(1).seats.at(0).label, u"1"_s);
}

void TestPretixImport::sizeFromContentWhenMissing()
{
    QByteArray plan = kBase;
    plan.replace(R"(,
  "size": {"width": 300, "height": 200})",
                 "");
    const Result<SeatMap> map = PretixImport::read(plan);
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    QCOMPARE(map->width, 229.0);  // the ellipse reaches x = 209
    QCOMPARE(map->height, 170.0); // the text at y = 150
}

void TestPretixImport::badPlan_data()
{
    // Each row replaces `from` in the base plan with `to` (or, with an empty `from`, uses `to` as the whole
    // plan) and expects the error message to contain `path`.
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");

    auto row = [](const char *name, const char *from, const char *to, const QString &path) {
        QTest::newRow(name) << QByteArray(from) << QByteArray(to) << path;
    };

    row("not JSON", "", R"({"name": "x", )", u"document: not JSON"_s);
    row("not an object", "", "[]", u"document: not a JSON object"_s);
    row("no name", R"("name": "Base",)", "", u"name: missing"_s);
    row("name a number", R"("name": "Base")", R"("name": 7)", u"name: not a string"_s);
    row("no zones", R"("zones": [)", R"("unused": [)", u"zones: missing"_s);
    row("zones an object", R"("zones": [)", R"("zones": {}, "unused": [)", u"zones: not a list"_s);
    row("no categories", R"("categories": [)", R"("unused": [)", u"categories: missing"_s);
    row("category without name", R"({"name": "Balcony"})", R"({"color": "#000000"})",
        u"categories[1].name: missing"_s);
    row("category colour a number", R"("color": "#33ffff")", R"("color": 3)",
        u"categories[0].color: not a string"_s);
    row("duplicate category", R"({"name": "Balcony"})", R"({"name": "Stalls"})",
        u"categories[1].name: duplicate category \"Stalls\" (also categories[0])"_s);
    row("size width a string", R"("width": 300)", R"("width": "300")", u"size.width: not a number"_s);
    row("size without height", R"(, "height": 200)", "", u"size.height: missing"_s);

    row("zone not an object", R"("zones": [)", R"("zones": [1, )", u"zones[0]: not an object"_s);
    row("zone without position", R"({"name": "Main", "position": {"x": 0, "y": 0}, )", R"({"name": "Main", )",
        u"zones[0].position: missing"_s);
    row("zone position x a string", R"({"name": "Main", "position": {"x": 0)",
        R"({"name": "Main", "position": {"x": "0")", u"zones[0].position.x: not a number"_s);
    row("zone without rows", R"("position": {"x": 0, "y": 100}, "rows": [], )",
        R"("position": {"x": 0, "y": 100}, )", u"zones[1].rows: missing"_s);
    row("zone displayed a string", R"("displayed": true)", R"("displayed": "yes")",
        u"zones[1].displayed: not true or false"_s);
    row("zone name a number", R"({"name": "Main")", R"({"name": 1)", u"zones[0].name: not a string"_s);

    row("row without row_number", R"({"row_number": "2", )", "{", u"zones[0].rows[1].row_number: missing"_s);
    row("row_number a number", R"("row_number": "2")", R"("row_number": 2)",
        u"zones[0].rows[1].row_number: not a string"_s);
    row("row_label a number", R"("row_label": "Row %s")", R"("row_label": 5)",
        u"zones[0].rows[0].row_label: not a string or null"_s);
    row("row without seats", R"("position": {"x": 10, "y": 40}, "seats": [)",
        R"("position": {"x": 10, "y": 40}, "unused": [)", u"zones[0].rows[1].seats: missing"_s);
    row("row position without y", R"("position": {"x": 10, "y": 40})", R"("position": {"x": 10})",
        u"zones[0].rows[1].position.y: missing"_s);

    row("seat not an object", R"("seats": [
        {"seat_guid": "g3")",
        R"("seats": [null,
        {"seat_guid": "g3")",
        u"zones[0].rows[1].seats[0]: not an object"_s);
    row("seat without seat_guid", R"("seat_guid": "g2", )", "",
        u"zones[0].rows[0].seats[1].seat_guid: missing"_s);
    row("empty seat_guid", R"("seat_guid": "g2")", R"("seat_guid": "")",
        u"zones[0].rows[0].seats[1].seat_guid: must not be empty"_s);
    row("seat without seat_number", R"("seat_guid": "g3", "seat_number": "1", )", R"("seat_guid": "g3", )",
        u"zones[0].rows[1].seats[0].seat_number: missing"_s);
    row("seat without position", R"("seat_number": "2", "position": {"x": 25, "y": 0}, "category": "Stalls")",
        R"("seat_number": "2", "category": "Stalls")", u"zones[0].rows[0].seats[1].position: missing"_s);
    row("seat position y null", R"("radius": 8, "position": {"x": 25, "y": 0})",
        R"("radius": 8, "position": {"x": 25, "y": null})",
        u"zones[0].rows[1].seats[1].position.y: not a number"_s);
    row("seat radius a string", R"("radius": 8)", R"("radius": "8")",
        u"zones[0].rows[1].seats[1].radius: not a number"_s);
    row("seat without category", R"(, "category": "Balcony")", "",
        u"zones[0].rows[1].seats[1].category: missing"_s);
    row("unknown category", R"("category": "Balcony")", R"("category": "VIP")",
        u"zones[0].rows[1].seats[1].category: unknown category \"VIP\""_s);
    row("duplicate seat_guid", R"("seat_guid": "g4")", R"("seat_guid": "g1")",
        u"zones[0].rows[1].seats[1].seat_guid: duplicate seat_guid \"g1\" (also zones[0].rows[0].seats[0])"_s);
    row("seat beyond range", R"("position": {"x": 10, "y": 40})", R"("position": {"x": 9999990, "y": 40})",
        u"zones[0].rows[1].seats[1].position: lies out of range"_s);
    row("coordinate absurd", R"("position": {"x": 10, "y": 40})", R"("position": {"x": 1e9, "y": 40})",
        u"zones[0].rows[1].position.x: 1e+09 is out of range"_s);

    row("unknown shape", R"("shape": "circle")", R"("shape": "star")",
        u"zones[1].areas[1].shape: unknown shape \"star\""_s);
    row("rectangle without its size", R"(, "rectangle": {"width": 100, "height": 20})", "",
        u"zones[1].areas[0].rectangle: missing"_s);
    row("rectangle without height", R"("width": 100, "height": 20)", R"("width": 100)",
        u"zones[1].areas[0].rectangle.height: missing"_s);
    row("circle radius a string", R"("circle": {"radius": 5})", R"("circle": {"radius": "5"})",
        u"zones[1].areas[1].circle.radius: not a number"_s);
    row("polygon point without y", R"({"x": 0, "y": 9})", R"({"x": 0})",
        u"zones[1].areas[2].polygon.points[2].y: missing"_s);
    row("polygon points missing",
        R"("polygon": {"points": [{"x": 0, "y": 0}, {"x": 5, "y": 5}, {"x": 0, "y": 9}]})",
        R"("polygon": {})", u"zones[1].areas[2].polygon.points: missing"_s);
    row("ellipse radius not a position", R"("radius": {"x": 9, "y": 4})", R"("radius": 9)",
        u"zones[1].areas[4].ellipse.radius: not an object"_s);
    row("text without text", R"("text": {"text": "Exit", )", R"("text": {)",
        u"zones[1].areas[3].text.text: missing"_s);
    row("text without position", R"("text": "Exit", "position": {"x": 0, "y": 0}})", R"("text": "Exit"})",
        u"zones[1].areas[3].text.position: missing"_s);
    row("area rotation a string", R"("shape": "circle")", R"("shape": "circle", "rotation": "90")",
        u"zones[1].areas[1].rotation: not a number"_s);

    row("plan without seats", "",
        R"({"name": "Empty", "categories": [], "zones": [{"position": {"x": 0, "y": 0}, "rows": []}],
            "size": {"width": 10, "height": 10}})",
        u"zones: the plan has no seats"_s);
}

void TestPretixImport::badPlan()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);

    QByteArray plan = to;
    if (!from.isEmpty()) {
        QCOMPARE(kBase.count(from), 1); // the row changes exactly the piece it means to
        plan = kBase;
        plan.replace(from, to);
    }
    const Result<SeatMap> map = PretixImport::read(plan);
    QVERIFY2(!map.ok(), "a bad plan was accepted");
    QCOMPARE(map.error().code, Error::Code::InvalidInput);
    QVERIFY2(map.error().message.startsWith(path) || map.error().message.contains(path),
             qPrintable(u"message: "_s + map.error().message));
}

QTEST_GUILESS_MAIN(TestPretixImport)
#include "tst_pretiximport.moc"
