#include "seatmap/generators.h"
#include "seatmap/pretiximport.h"
#include "seatmap/seatmapformat.h"

#include <QFile>
#include <QTest>

#include <functional>
#include <limits>

using namespace Parterre;
using namespace Qt::StringLiterals;

namespace {

using Mutation = std::function<void(SeatMap &)>;

SeatMap demoTheatre()
{
    QFile file(u":/parterre/demo/theatre.seatmap.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the demo theatre is not in the resources");
    return *SeatMapFormat::read(file.readAll());
}

Seat &seatAt(SeatMap &map, int section, int row, int seat)
{
    return map.sections[section].rows[row].seats[seat];
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

// SeatMapFormat::validate checks a map in memory by the rules read() applies to its JSON: the editor relies
// on the two agreeing, so that a map it accepts is one it can save and read back.
class TestSeatMapValidate final : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithRead_data();
    void agreesWithRead();
    void acceptsWhatReadAccepts();
};

void TestSeatMapValidate::agreesWithRead_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<bool>("valid");

    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("unchanged") << Mutation([](SeatMap &) {}) << true;
    QTest::newRow("no name") << Mutation([](SeatMap &m) { m.name.clear(); }) << false;
    QTest::newRow("zero width") << Mutation([](SeatMap &m) { m.width = 0; }) << false;
    QTest::newRow("huge height") << Mutation([](SeatMap &m) { m.height = 2e7; }) << false;
    QTest::newRow("no categories") << Mutation([](SeatMap &m) { m.categories.clear(); }) << false;
    QTest::newRow("duplicate category")
        << Mutation([](SeatMap &m) { m.categories.append(m.categories.first()); }) << false;
    QTest::newRow("bad colour") << Mutation([](SeatMap &m) { m.categories[0].color = u"red"_s; }) << false;
    QTest::newRow("empty category name")
        << Mutation([](SeatMap &m) { m.categories[1].name.clear(); }) << false;
    QTest::newRow("no sections but GA") << Mutation([](SeatMap &m) { m.sections.clear(); }) << true;
    QTest::newRow("nothing at all") << Mutation([](SeatMap &m) {
        m.sections.clear();
        m.gaAreas.clear();
    }) << false;
    QTest::newRow("duplicate section id")
        << Mutation([](SeatMap &m) { m.sections[1].id = m.sections[0].id; }) << false;
    QTest::newRow("section without rows")
        << Mutation([](SeatMap &m) { m.sections[2].rows.clear(); }) << false;
    QTest::newRow("row without seats")
        << Mutation([](SeatMap &m) { m.sections[2].rows[0].seats.clear(); }) << false;
    QTest::newRow("duplicate row label")
        << Mutation([](SeatMap &m) { m.sections[0].rows[1].label = m.sections[0].rows[0].label; }) << false;
    QTest::newRow("new row label") << Mutation([](SeatMap &m) { m.sections[1].rows[0].label = u"ZZ"_s; })
                                   << true;
    QTest::newRow("empty row label") << Mutation([](SeatMap &m) { m.sections[0].rows[1].label.clear(); })
                                     << false;
    QTest::newRow("duplicate seat id")
        << Mutation([](SeatMap &m) { seatAt(m, 1, 0, 0).id = seatAt(m, 0, 2, 2).id; }) << false;
    QTest::newRow("empty seat label")
        << Mutation([](SeatMap &m) { seatAt(m, 0, 2, 2).label.clear(); }) << false;
    QTest::newRow("infinite x") << Mutation([inf](SeatMap &m) { seatAt(m, 0, 2, 2).position.setX(inf); })
                                << false;
    QTest::newRow("far y") << Mutation([](SeatMap &m) { seatAt(m, 0, 2, 2).position.setY(-1.5e7); }) << false;
    QTest::newRow("negative but near")
        << Mutation([](SeatMap &m) { seatAt(m, 0, 2, 2).position.setY(-500); }) << true;
    QTest::newRow("unknown seat category")
        << Mutation([](SeatMap &m) { seatAt(m, 0, 2, 2).categoryId = u"vip"_s; }) << false;
    QTest::newRow("wheelchair and companion")
        << Mutation([](SeatMap &m) { seatAt(m, 0, 0, 0).flags |= Seat::Companion; }) << false;
    QTest::newRow("companion without link") << Mutation([](SeatMap &m) {
        Seat &s = seatAt(m, 0, 2, 2);
        s.flags |= Seat::Companion;
        s.companionOf.clear();
    }) << false;
    QTest::newRow("link without companion flag")
        << Mutation([](SeatMap &m) { seatAt(m, 0, 2, 2).companionOf = seatAt(m, 0, 0, 0).id; }) << false;
    QTest::newRow("companion of an ordinary seat") << Mutation([](SeatMap &m) {
        Seat &s = seatAt(m, 0, 2, 2);
        s.flags |= Seat::Companion;
        s.companionOf = seatAt(m, 0, 2, 3).id;
    }) << false;
    QTest::newRow("companion of an unknown seat") << Mutation([](SeatMap &m) {
        Seat &s = seatAt(m, 0, 2, 2);
        s.flags |= Seat::Companion;
        s.companionOf = u"nowhere"_s;
    }) << false;
    QTest::newRow("new companion") << Mutation([](SeatMap &m) {
        Seat &s = seatAt(m, 0, 2, 2);
        s.flags |= Seat::Companion;
        s.companionOf = seatAt(m, 0, 0, 0).id;
    }) << true;
    QTest::newRow("wheelchair space loses its flag")
        << Mutation([](SeatMap &m) { seatAt(m, 0, 0, 0).flags &= ~Seat::Wheelchair; }) << false;
    QTest::newRow("outline point out of range")
        << Mutation([](SeatMap &m) { m.sections[0].outline[3].setX(3e7); }) << false;
    QTest::newRow("GA id of a seat") << Mutation([](SeatMap &m) { m.gaAreas[0].id = seatAt(m, 0, 1, 1).id; })
                                     << false;
    QTest::newRow("duplicate GA id") << Mutation([](SeatMap &m) { m.gaAreas.append(m.gaAreas.first()); })
                                     << false;
    QTest::newRow("GA capacity 0") << Mutation([](SeatMap &m) { m.gaAreas[0].capacity = 0; }) << false;
    QTest::newRow("GA capacity too large")
        << Mutation([](SeatMap &m) { m.gaAreas[0].capacity = SeatMapFormat::kMaxGaCapacity + 1; }) << false;
    QTest::newRow("GA with two points")
        << Mutation([](SeatMap &m) { m.gaAreas[0].outline.resize(2); }) << false;
    QTest::newRow("GA in unknown category")
        << Mutation([](SeatMap &m) { m.gaAreas[0].categoryId = u"x"_s; }) << false;
    QTest::newRow("GA without name") << Mutation([](SeatMap &m) { m.gaAreas[0].name.clear(); }) << false;
    QTest::newRow("unknown decoration")
        << Mutation([](SeatMap &m) { m.decorations[0].kind = u"tree"_s; }) << false;
    QTest::newRow("decoration far away")
        << Mutation([](SeatMap &m) { m.decorations[1].position = QPointF(0, 1e8); }) << false;
    QTest::newRow("text without outline") << Mutation([](SeatMap &m) {
        Decoration d;
        d.kind = u"text"_s;
        d.text = u"Exit"_s;
        d.position = QPointF(5, 5);
        m.decorations.append(d);
    }) << true;
}

void TestSeatMapValidate::agreesWithRead()
{
    QFETCH(Mutation, mutation);
    QFETCH(bool, valid);

    SeatMap map = demoTheatre();
    mutation(map);
    const Result<Done> validated = SeatMapFormat::validate(map);
    const Result<SeatMap> read = SeatMapFormat::read(SeatMapFormat::write(map));
    QCOMPARE(read.ok(), valid);
    QCOMPARE(validated.ok(), valid);
    if (!valid) {
        QCOMPARE(validated.error().code, Error::Code::InvalidInput);
        // Both name the same element by the same path.
        QCOMPARE(validated.error().message.section(u": "_s, 0, 0),
                 read.error().message.section(u": "_s, 0, 0));
    }
}

void TestSeatMapValidate::acceptsWhatReadAccepts()
{
    QVERIFY(SeatMapFormat::validate(demoTheatre()).ok());
    const auto stadium = Generators::stadium(5000);
    QVERIFY(stadium.ok());
    QVERIFY(SeatMapFormat::validate(*stadium).ok());
    for (const char *name : {"current.json", "old.json"}) {
        QFile plan(QStringLiteral(PARTERRE_TEST_DATA_DIR) + u"/seatmap/pretix/"_s + QLatin1StringView(name));
        QVERIFY(plan.open(QIODevice::ReadOnly));
        const Result<SeatMap> imported = PretixImport::read(plan.readAll());
        QVERIFY(imported.ok());
        QVERIFY(SeatMapFormat::validate(*imported).ok());
    }
}

QTEST_GUILESS_MAIN(TestSeatMapValidate)
#include "tst_seatmapvalidate.moc"
