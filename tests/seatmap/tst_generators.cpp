// The seat-layout generators: labels and numbering schemes, row geometry, and stadiums of an exact size.

#include "seatmap/generators.h"
#include "seatmap/seatmapformat.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>

using namespace Parterre;
using namespace Parterre::Generators;
using namespace Qt::StringLiterals;

namespace {

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// The smallest distance between any two points, through a grid of cells of the given size (any closer
// pair lies in neighbouring cells), so 100 000 seats take moments.
double minimumDistance(const QList<QPointF> &points, double cell)
{
    QHash<QPair<qint64, qint64>, QList<qsizetype>> grid;
    const auto cellOf = [cell](const QPointF &p) {
        return qMakePair(qint64(std::floor(p.x() / cell)), qint64(std::floor(p.y() / cell)));
    };
    for (qsizetype i = 0; i < points.size(); ++i)
        grid[cellOf(points.at(i))].append(i);
    double smallest = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto [cx, cy] = cellOf(points.at(i));
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                for (qsizetype j : grid.value(qMakePair(cx + dx, cy + dy))) {
                    if (j > i)
                        smallest = std::min(smallest, distance(points.at(i), points.at(j)));
                }
            }
        }
    }
    return smallest;
}

QList<QPointF> seatPositions(const SeatMap &map)
{
    QList<QPointF> points;
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats)
                points.append(seat.position);
        }
    }
    return points;
}

QList<QPointF> flatten(const QList<QList<QPointF>> &rows)
{
    QList<QPointF> points;
    for (const QList<QPointF> &row : rows)
        points.append(row);
    return points;
}

// Inside (or on) a convex polygon, whichever way round it runs.
bool insideConvex(const QList<QPointF> &polygon, const QPointF &p)
{
    int sign = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon.at(i);
        const QPointF b = polygon.at((i + 1) % polygon.size());
        const double cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
        const int s = cross > 1e-9 ? 1 : (cross < -1e-9 ? -1 : 0);
        if (s != 0 && sign != 0 && s != sign)
            return false;
        if (s != 0)
            sign = s;
    }
    return true;
}

} // namespace

class TestGenerators final : public QObject
{
    Q_OBJECT

private slots:
    void rowLabels();
    void rowLettersNeverUseIOrO();
    void seatNumbering_data();
    void seatNumbering();
    void straightRowSpacing();
    void curvedRowAroundFocus();
    void straightBlockGrowsCentred();
    void curvedBlockDoesNotOverlap();
    void sectionFromRows();
    void stadiumExactCount_data();
    void stadiumExactCount();
    void stadiumIsStable();
    void stadiumRefusesImpossibleCounts();
};

void TestGenerators::rowLabels()
{
    QCOMPARE(rowLabel(0, RowNaming::Numbers), u"1"_s);
    QCOMPARE(rowLabel(41, RowNaming::Numbers), u"42"_s);

    QCOMPARE(rowLabel(0, RowNaming::Letters), u"A"_s);
    QCOMPARE(rowLabel(8, RowNaming::Letters), u"I"_s);
    QCOMPARE(rowLabel(25, RowNaming::Letters), u"Z"_s);
    QCOMPARE(rowLabel(26, RowNaming::Letters), u"AA"_s);
    QCOMPARE(rowLabel(27, RowNaming::Letters), u"AB"_s);
    QCOMPARE(rowLabel(701, RowNaming::Letters), u"ZZ"_s);
    QCOMPARE(rowLabel(702, RowNaming::Letters), u"AAA"_s);

    QCOMPARE(rowLabel(0, RowNaming::LettersSkippingIO), u"A"_s);
    QCOMPARE(rowLabel(7, RowNaming::LettersSkippingIO), u"H"_s);
    QCOMPARE(rowLabel(8, RowNaming::LettersSkippingIO), u"J"_s);
    QCOMPARE(rowLabel(12, RowNaming::LettersSkippingIO), u"N"_s);
    QCOMPARE(rowLabel(13, RowNaming::LettersSkippingIO), u"P"_s);
    QCOMPARE(rowLabel(23, RowNaming::LettersSkippingIO), u"Z"_s);
    QCOMPARE(rowLabel(24, RowNaming::LettersSkippingIO), u"AA"_s);
    QCOMPARE(rowLabel(32, RowNaming::LettersSkippingIO), u"AJ"_s);
}

void TestGenerators::rowLettersNeverUseIOrO()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString label = rowLabel(i, RowNaming::LettersSkippingIO);
        QVERIFY2(!label.contains(u'I') && !label.contains(u'O'), qPrintable(label));
        QVERIFY2(!seen.contains(label), qPrintable(label));
        seen.insert(label);
    }
}

void TestGenerators::seatNumbering_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<Numbering>("numbering");
    QTest::addColumn<int>("first");
    QTest::addColumn<QString>("expected");

    QTest::newRow("left to right") << 5 << Numbering::LeftToRight << 1 << u"1 2 3 4 5"_s;
    QTest::newRow("left to right from 101") << 3 << Numbering::LeftToRight << 101 << u"101 102 103"_s;
    QTest::newRow("right to left") << 5 << Numbering::RightToLeft << 1 << u"5 4 3 2 1"_s;
    QTest::newRow("odd left, odd count") << 5 << Numbering::CentreOddLeft << 1 << u"5 3 1 2 4"_s;
    QTest::newRow("odd left, even count") << 6 << Numbering::CentreOddLeft << 1 << u"5 3 1 2 4 6"_s;
    QTest::newRow("odd right, odd count") << 5 << Numbering::CentreOddRight << 1 << u"4 2 1 3 5"_s;
    QTest::newRow("odd right, even count") << 6 << Numbering::CentreOddRight << 1 << u"6 4 2 1 3 5"_s;
    QTest::newRow("odd left, wide") << 9 << Numbering::CentreOddLeft << 1 << u"9 7 5 3 1 2 4 6 8"_s;
    QTest::newRow("one seat") << 1 << Numbering::CentreOddLeft << 1 << u"1"_s;
    QTest::newRow("no seats") << 0 << Numbering::LeftToRight << 1 << QString();
}

void TestGenerators::seatNumbering()
{
    QFETCH(int, count);
    QFETCH(Numbering, numbering);
    QFETCH(int, first);
    QFETCH(QString, expected);
    QCOMPARE(seatLabels(count, numbering, first).join(u' '), expected);
}

void TestGenerators::straightRowSpacing()
{
    const QList<QPointF> row = straightRow({100, 50}, 0, 10, 22);
    QCOMPARE(row.size(), 10);
    QCOMPARE(row.first(), QPointF(100, 50));
    QCOMPARE(row.last(), QPointF(100 + 9 * 22, 50));

    const QList<QPointF> slanted = straightRow({0, 0}, 30, 4, 20);
    for (qsizetype i = 1; i < slanted.size(); ++i)
        QVERIFY(std::abs(distance(slanted.at(i), slanted.at(i - 1)) - 20) < 1e-9);
    QVERIFY(slanted.last().y() > 0); // 30° clockwise: down the map
}

void TestGenerators::curvedRowAroundFocus()
{
    // A stage at the top, the audience below it facing up: the arc from 30° to 150°.
    const QPointF focus(500, 100);
    const QList<QPointF> row = curvedRow(focus, 300, 30, 150, 20);
    const double span = 120 * std::numbers::pi / 180;
    const int expected = int(std::floor(span / (2 * std::asin(20.0 / 600)))) + 1;
    QCOMPARE(row.size(), expected);
    for (qsizetype i = 0; i < row.size(); ++i) {
        QVERIFY(std::abs(distance(row.at(i), focus) - 300) < 1e-9);
        QVERIFY(row.at(i).y() > focus.y());
        if (i > 0) {
            QVERIFY(std::abs(distance(row.at(i), row.at(i - 1)) - 20) < 1e-9);
            QVERIFY2(row.at(i).x() > row.at(i - 1).x(), "seats run left to right as the audience sees them");
        }
    }
    // Centred on the arc: symmetric about the focus.
    QVERIFY(std::abs((row.first().x() - focus.x()) + (row.last().x() - focus.x())) < 1e-6);
    // Angles in either order give the same row.
    QCOMPARE(curvedRow(focus, 300, 150, 30, 20), row);
    QVERIFY(curvedRow(focus, 0, 30, 150, 20).isEmpty());
    QCOMPARE(curvedRow(focus, 5, 30, 150, 20).size(), 1);   // only one seat fits
    QCOMPARE(curvedRow(focus, 100, 0, 360, 20).size(), 31); // a full circle never doubles up
}

void TestGenerators::straightBlockGrowsCentred()
{
    const QList<QList<QPointF>> block = straightBlock({100, 200}, 0, 5, 10, 20, 25, 2);
    QCOMPARE(block.size(), 5);
    for (qsizetype r = 0; r < block.size(); ++r) {
        QCOMPARE(block.at(r).size(), 10 + 2 * r);
        const double middle = (block.at(r).first().x() + block.at(r).last().x()) / 2;
        QVERIFY(std::abs(middle - (100 + 9 * 20 / 2.0)) < 1e-9);
        QCOMPARE(block.at(r).first().y(), 200 + 25.0 * r); // behind the row before, away from the stage
    }
    QVERIFY(minimumDistance(flatten(block), 20) >= 20 * 0.9);
}

void TestGenerators::curvedBlockDoesNotOverlap()
{
    const QList<QList<QPointF>> block = curvedBlock({600, 50}, 200, 20, 160, 12, 20, 24);
    QCOMPARE(block.size(), 12);
    for (qsizetype r = 1; r < block.size(); ++r)
        QVERIFY2(block.at(r).size() > block.at(r - 1).size(), "longer arcs hold more seats");
    QVERIFY(minimumDistance(flatten(block), 20) >= 20 * 0.9);
}

void TestGenerators::sectionFromRows()
{
    SectionOptions options;
    options.id = u"stalls"_s;
    options.name = u"Stalls"_s;
    options.categoryId = u"cat1"_s;
    options.firstRow = 7; // H, then J: no I
    options.numbering = Numbering::CentreOddLeft;
    const QList<QList<QPointF>> rows = straightBlock({100, 100}, 0, 3, 5, 20, 25);
    const Section section = makeSection(options, rows);

    QCOMPARE(section.rows.size(), 3);
    QCOMPARE(section.rows.at(0).label, u"H"_s);
    QCOMPARE(section.rows.at(1).label, u"J"_s);
    QCOMPARE(section.rows.at(2).label, u"K"_s);
    const Row &row = section.rows.at(1);
    QStringList labels;
    for (const Seat &seat : row.seats)
        labels.append(seat.label);
    QCOMPARE(labels.join(u' '), u"5 3 1 2 4"_s);
    QCOMPARE(row.seats.at(2).id, u"stalls-J-1"_s);
    QCOMPARE(row.seats.at(0).position, QPointF(100, 125));
    QCOMPARE(row.seats.at(0).categoryId, u"cat1"_s);

    QVERIFY(section.outline.size() >= 4);
    for (const Row &r : section.rows) {
        for (const Seat &seat : r.seats)
            QVERIFY(insideConvex(section.outline, seat.position));
    }

    SeatMap map;
    map.name = u"Generated"_s;
    map.width = 400;
    map.height = 300;
    map.categories.append({u"cat1"_s, u"Category 1"_s, u"#1b9e77"_s});
    map.sections.append(section);
    const Result<SeatMap> again = SeatMapFormat::read(SeatMapFormat::write(map));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->seatCount(), 15);
}

void TestGenerators::stadiumExactCount_data()
{
    QTest::addColumn<int>("seats");
    for (int n : {1, 2, 7, 100, 999, 1000, 5000, 12345, 54321, 100000})
        QTest::newRow(qPrintable(QString::number(n))) << n;
}

void TestGenerators::stadiumExactCount()
{
    QFETCH(int, seats);
    const Result<SeatMap> result = stadium(seats);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const SeatMap &map = *result;
    QCOMPARE(map.seatCount(), seats);

    QSet<QString> ids;
    QSet<QString> categoriesUsed;
    for (const Section &section : map.sections) {
        QVERIFY(!section.rows.isEmpty());
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats) {
                QVERIFY2(!ids.contains(seat.id), qPrintable(seat.id));
                ids.insert(seat.id);
                categoriesUsed.insert(seat.categoryId);
                QVERIFY(seat.position.x() > 0 && seat.position.x() < map.width);
                QVERIFY(seat.position.y() > 0 && seat.position.y() < map.height);
            }
        }
    }
    QCOMPARE(ids.size(), seats);
    QVERIFY(map.categories.size() >= 4);
    if (seats >= 1000) {
        QVERIFY(categoriesUsed.size() >= 3);
        QVERIFY(map.sections.size() >= 12); // every side and every corner
    }
    QVERIFY(minimumDistance(seatPositions(map), kSeatSpacing) >= kSeatSpacing * 0.9);

    const Result<SeatMap> again = SeatMapFormat::read(SeatMapFormat::write(map));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->seatCount(), seats);
}

void TestGenerators::stadiumIsStable()
{
    const QByteArray first = SeatMapFormat::write(*stadium(4321));
    QCOMPARE(SeatMapFormat::write(*stadium(4321)), first);
    // One seat more changes the last row only: the seats before keep their ids.
    const Result<SeatMap> bigger = stadium(4322);
    const Result<SeatMap> smaller = stadium(4321);
    QSet<QString> biggerIds;
    for (const Section &section : bigger->sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats)
                biggerIds.insert(seat.id);
        }
    }
    int kept = 0;
    for (const Section &section : smaller->sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats)
                kept += biggerIds.contains(seat.id) ? 1 : 0;
        }
    }
    QVERIFY2(kept > 4321 * 9 / 10, qPrintable(QString::number(kept)));
}

void TestGenerators::stadiumRefusesImpossibleCounts()
{
    for (int n : {0, -5, kMaxStadiumSeats + 1}) {
        const Result<SeatMap> map = stadium(n);
        QVERIFY(!map.ok());
        QCOMPARE(map.error().code, Error::Code::InvalidInput);
    }
}

QTEST_GUILESS_MAIN(TestGenerators)
#include "tst_generators.moc"
