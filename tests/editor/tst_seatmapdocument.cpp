#include "editor/seatmapdocument.h"
#include "seatmap/pretiximport.h"
#include "seatmap/seatmapformat.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Parterre;
using namespace Qt::StringLiterals;

namespace {

using Edit = std::function<Result<Done>(SeatMapDocument &)>;

SeatMap demoTheatre()
{
    QFile file(u":/parterre/demo/theatre.seatmap.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the demo theatre is not in the resources");
    Result<SeatMap> map = SeatMapFormat::read(file.readAll());
    if (!map)
        qFatal("the demo theatre does not read: %s", qPrintable(map.error().message));
    return *map;
}

QSet<QString> rowSeats(const SeatMap &map, const QString &section, const QString &row)
{
    QSet<QString> ids;
    for (const Section &s : map.sections) {
        if (s.id != section)
            continue;
        for (const Row &r : s.rows) {
            if (r.label != row)
                continue;
            for (const Seat &seat : r.seats)
                ids.insert(seat.id);
        }
    }
    return ids;
}

const Seat *findSeat(const SeatMap &map, const QString &id)
{
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats) {
                if (seat.id == id)
                    return &seat;
            }
        }
    }
    return nullptr;
}

// Selects and then edits: the selection is part of the state the command starts from.
Edit withSeats(QSet<QString> seats, Edit edit)
{
    return [seats = std::move(seats), edit = std::move(edit)](SeatMapDocument &document) {
        MapSelection selection;
        selection.seats = seats;
        document.setSelection(selection);
        return edit(document);
    };
}

Edit withSelection(MapSelection selection, Edit edit)
{
    return [selection = std::move(selection), edit = std::move(edit)](SeatMapDocument &document) {
        document.setSelection(selection);
        return edit(document);
    };
}

QSet<QString> stallsA()
{
    return rowSeats(demoTheatre(), u"stalls"_s, u"A"_s);
}

QSet<QString> someSeats()
{
    return {u"stalls-B-3"_s, u"stalls-B-4"_s, u"stalls-C-7"_s, u"stalls-D-2"_s};
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestSeatMapDocument final : public QObject
{
    Q_OBJECT

private slots:
    void undoRedoEveryCommand_data();
    void undoRedoEveryCommand();
    void refusedEditsChangeNothing_data();
    void refusedEditsChangeNothing();
    void movesOfOneDragMerge();
    void editThatChangesNothingIsNotPushed();
    void addedRowsAreNumberedAndSelected();
    void pasteGivesNewIdsAndKeepsLinksInside();
    void deletingWheelchairSpaceUnlinksCompanions();
    void saveMarksCleanAndRefusesInvalidMaps();
    void newCategoryGetsIdFromName();
};

void TestSeatMapDocument::undoRedoEveryCommand_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("undoText");

    const SeatMap map = demoTheatre();
    QTest::newRow("move") << withSeats(stallsA(), [](SeatMapDocument &d) {
        return d.moveSelection({12.5, -4});
    }) << u"Move"_s;
    MapSelection everything;
    everything.seats = rowSeats(map, u"box-left"_s, u"A"_s) + rowSeats(map, u"box-left"_s, u"B"_s);
    everything.gaAreas = {u"standing"_s};
    everything.decorations = {1, 3};
    QTest::newRow("move section, area and decoration") << withSelection(everything, [](SeatMapDocument &d) {
        return d.moveSelection({-30, 15});
    }) << u"Move"_s;
    QTest::newRow("rotate") << withSelection(everything, [](SeatMapDocument &d) {
        return d.rotateSelection(33);
    }) << u"Rotate"_s;
    QTest::newRow("delete") << withSelection(everything, [](SeatMapDocument &d) {
        return d.deleteSelection();
    }) << u"Delete"_s;
    QTest::newRow("category") << withSeats(someSeats(), [](SeatMapDocument &d) {
        return d.setCategory(u"cat3"_s);
    }) << u"Set Category"_s;
    QTest::newRow("GA capacity") << withSelection(everything, [](SeatMapDocument &d) {
        return d.setGaCapacity(450);
    }) << u"Set GA Capacity"_s;
    QTest::newRow("add category") << Edit([](SeatMapDocument &d) {
        return d.addCategory(u"Balcony, rear"_s, u"#CC79A7"_s);
    }) << u"Add Category"_s;
    QTest::newRow("flags") << withSeats(someSeats(), [](SeatMapDocument &d) {
        return d.setFlags(Seat::Aisle | Seat::RestrictedView, Seat::Aisle | Seat::RestrictedView);
    }) << u"Set Seat Flags"_s;
    QTest::newRow("link companions") << withSeats({u"stalls-T-1"_s, u"stalls-B-3"_s, u"stalls-B-4"_s},
                                                  [](SeatMapDocument &d) { return d.linkCompanions(); })
                                     << u"Link Companion Seats"_s;
    QTest::newRow("unlink companions") << withSeats({u"stalls-A-2"_s, u"stalls-A-23"_s},
                                                    [](SeatMapDocument &d) { return d.unlinkCompanions(); })
                                       << u"Unlink Companion Seats"_s;
    QTest::newRow("renumber seats") << withSeats(stallsA(), [](SeatMapDocument &d) {
        return d.renumber(Generators::Numbering::CentreOddLeft, 1);
    }) << u"Renumber Seats"_s;
    QTest::newRow("renumber seats and rows")
        << withSeats(stallsA() + rowSeats(map, u"stalls"_s, u"B"_s),
                     [](SeatMapDocument &d) {
                         return d.renumber(Generators::Numbering::RightToLeft, 101,
                                           Generators::RowNaming::Numbers, 0);
                     })
        << u"Renumber Seats"_s;
    QTest::newRow("rename row") << withSeats(stallsA(), [](SeatMapDocument &d) {
        return d.renameRow(u"AA"_s);
    }) << u"Rename Row"_s;
    QTest::newRow("section outline") << Edit([](SeatMapDocument &d) {
        return d.setSectionOutline(u"box-right"_s, {{1100, 300}, {1200, 300}, {1200, 420}, {1090, 430}});
    }) << u"Change Section Outline"_s;
    QTest::newRow("add row to new section") << Edit([](SeatMapDocument &d) {
        MapEdits::RowOptions options;
        options.categoryId = u"cat2"_s;
        return d.addRows({Generators::straightRow({100, 1000}, 0, 12, 20)}, options);
    }) << u"Add Row"_s;
    QTest::newRow("add block to existing section") << Edit([](SeatMapDocument &d) {
        MapEdits::RowOptions options;
        options.sectionId = u"stalls"_s;
        options.categoryId = u"cat1"_s;
        return d.addRows(Generators::curvedBlock({700, 100}, 900, 60, 120, 3, 20, 26), options, true);
    }) << u"Add Block of Rows"_s;
    QTest::newRow("GA area") << Edit([](SeatMapDocument &d) {
        GaArea area;
        area.id = u"standing"_s; // taken: the area gets a free id
        area.capacity = 150;
        area.categoryId = u"cat3"_s;
        area.outline = {{10, 10}, {110, 10}, {110, 80}, {10, 80}};
        return d.addGaArea(area);
    }) << u"Add GA Area"_s;
    QTest::newRow("text decoration") << Edit([](SeatMapDocument &d) {
        Decoration text;
        text.kind = u"text"_s;
        text.text = u"Bar"_s;
        text.position = {50, 1050};
        return d.addDecoration(text);
    }) << u"Add Decoration"_s;
    QTest::newRow("shape decoration") << Edit([](SeatMapDocument &d) {
        Decoration shape;
        shape.kind = u"shape"_s;
        shape.outline = {{20, 20}, {60, 20}, {60, 60}, {20, 60}};
        return d.addDecoration(shape);
    }) << u"Add Decoration"_s;
    for (const auto &[name, alignment] :
         {std::pair{"left", MapEdits::Alignment::Left},
          std::pair{"hcentre", MapEdits::Alignment::HorizontalCentre},
          std::pair{"right", MapEdits::Alignment::Right}, std::pair{"top", MapEdits::Alignment::Top},
          std::pair{"vcentre", MapEdits::Alignment::VerticalCentre},
          std::pair{"bottom", MapEdits::Alignment::Bottom}}) {
        QTest::addRow("align %s", name)
            << withSeats(someSeats(), [alignment](SeatMapDocument &d) { return d.align(alignment); })
            << u"Align Seats"_s;
    }
    QTest::newRow("distribute horizontally")
        << withSeats(someSeats(), [](SeatMapDocument &d) { return d.distribute(Qt::Horizontal); })
        << u"Distribute Seats"_s;
    QTest::newRow("distribute vertically")
        << withSeats(someSeats(), [](SeatMapDocument &d) { return d.distribute(Qt::Vertical); })
        << u"Distribute Seats"_s;
    QTest::newRow("paste") << Edit([](SeatMapDocument &d) {
        MapSelection copied;
        copied.seats = stallsA();
        copied.gaAreas = {u"standing"_s};
        return d.paste(MapEdits::fragment(d.map(), copied), {40, 40});
    }) << u"Paste"_s;
    QTest::newRow("replace map") << Edit([](SeatMapDocument &d) {
        QFile plan(QStringLiteral(PARTERRE_TEST_DATA_DIR) + u"/seatmap/pretix/current.json"_s);
        if (!plan.open(QIODevice::ReadOnly))
            return Result<Done>(Error::notFound(u"no pretix plan"_s));
        const Result<SeatMap> imported = PretixImport::read(plan.readAll());
        if (!imported)
            return Result<Done>(imported.error());
        return d.replaceMap(*imported, u"Import pretix Plan"_s);
    }) << u"Import pretix Plan"_s;
}

void TestSeatMapDocument::undoRedoEveryCommand()
{
    QFETCH(Edit, edit);
    QFETCH(QString, undoText);

    SeatMapDocument document(demoTheatre());
    const QByteArray before = document.json();
    QCOMPARE(before, SeatMapFormat::write(demoTheatre()));
    const Result<Done> done = edit(document);
    QVERIFY2(done.ok(), done ? "" : qPrintable(done.error().message));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), undoText);
    QVERIFY(document.isModified());
    const QByteArray after = document.json();
    QVERIFY(after != before);
    QCOMPARE(after, SeatMapFormat::write(document.map()));
    QVERIFY(SeatMapFormat::read(after).ok());

    const MapSelection selectionAfter = document.selection();

    document.undoStack()->undo();
    QCOMPARE(SeatMapFormat::write(document.map()), before);
    QVERIFY(!document.isModified());
    const MapSelection selectionBefore = document.selection();
    document.undoStack()->redo();
    QCOMPARE(SeatMapFormat::write(document.map()), after);
    QCOMPARE(document.selection(), selectionAfter);
    document.undoStack()->undo();
    QCOMPARE(SeatMapFormat::write(document.map()), before);
    QCOMPARE(document.selection(), selectionBefore);
}

void TestSeatMapDocument::refusedEditsChangeNothing_data()
{
    QTest::addColumn<Edit>("edit");

    QTest::newRow("move nothing") << Edit([](SeatMapDocument &d) { return d.moveSelection({5, 5}); });
    QTest::newRow("move out of range") << withSeats(stallsA(), [](SeatMapDocument &d) {
        return d.moveSelection({2e7, 0});
    });
    QTest::newRow("delete everything") << Edit([](SeatMapDocument &d) {
        d.selectAll();
        return d.deleteSelection();
    });
    QTest::newRow("unknown category")
        << withSeats(someSeats(), [](SeatMapDocument &d) { return d.setCategory(u"nope"_s); });
    QTest::newRow("capacity without an area")
        << withSeats(someSeats(), [](SeatMapDocument &d) { return d.setGaCapacity(100); });
    QTest::newRow("capacity 0") << withSelection(MapSelection{{}, {u"standing"_s}, {}},
                                                 [](SeatMapDocument &d) { return d.setGaCapacity(0); });
    QTest::newRow("category without a name")
        << Edit([](SeatMapDocument &d) { return d.addCategory(u"  "_s, u"#123456"_s); });
    QTest::newRow("category named twice")
        << Edit([](SeatMapDocument &d) { return d.addCategory(u"category 2"_s, u"#123456"_s); });
    QTest::newRow("category with a bad colour")
        << Edit([](SeatMapDocument &d) { return d.addCategory(u"Gallery"_s, u"blue"_s); });
    QTest::newRow("companion flag by hand") << withSeats(
        someSeats(), [](SeatMapDocument &d) { return d.setFlags(Seat::Companion, Seat::Companion); });
    QTest::newRow("wheelchair on a companion seat") << withSeats(
        {u"stalls-A-2"_s}, [](SeatMapDocument &d) { return d.setFlags(Seat::Wheelchair, Seat::Wheelchair); });
    QTest::newRow("wheelchair space with companions loses its flag")
        << withSeats({u"stalls-A-1"_s}, [](SeatMapDocument &d) { return d.setFlags(0, Seat::Wheelchair); });
    QTest::newRow("link without a wheelchair space")
        << withSeats(someSeats(), [](SeatMapDocument &d) { return d.linkCompanions(); });
    QTest::newRow("link two wheelchair spaces")
        << withSeats({u"stalls-A-1"_s, u"stalls-A-24"_s, u"stalls-A-5"_s},
                     [](SeatMapDocument &d) { return d.linkCompanions(); });
    QTest::newRow("unlink ordinary seats")
        << withSeats(someSeats(), [](SeatMapDocument &d) { return d.unlinkCompanions(); });
    QTest::newRow("rename rows across rows")
        << withSeats(someSeats(), [](SeatMapDocument &d) { return d.renameRow(u"Z"_s); });
    QTest::newRow("rename row to a taken label")
        << withSeats(stallsA(), [](SeatMapDocument &d) { return d.renameRow(u"B"_s); });
    QTest::newRow("rename row to nothing")
        << withSeats(stallsA(), [](SeatMapDocument &d) { return d.renameRow(u"  "_s); });
    QTest::newRow("renumber into duplicates")
        << withSeats(stallsA() + rowSeats(demoTheatre(), u"stalls"_s, u"B"_s), [](SeatMapDocument &d) {
               return d.renumber(Generators::Numbering::LeftToRight, 1, Generators::RowNaming::Letters, 1);
           });
    QTest::newRow("outline of two points") << Edit([](SeatMapDocument &d) {
        return d.setSectionOutline(u"stalls"_s, {{0, 0}, {10, 10}});
    });
    QTest::newRow("outline of an unknown section") << Edit([](SeatMapDocument &d) {
        return d.setSectionOutline(u"gallery"_s, {{0, 0}, {10, 10}, {0, 10}});
    });
    QTest::newRow("row without seats") << Edit([](SeatMapDocument &d) {
        MapEdits::RowOptions options;
        options.categoryId = u"cat1"_s;
        return d.addRows({{}}, options);
    });
    QTest::newRow("row in an unknown category") << Edit([](SeatMapDocument &d) {
        MapEdits::RowOptions options;
        options.categoryId = u"vip"_s;
        return d.addRows({Generators::straightRow({0, 0}, 0, 3, 20)}, options);
    });
    QTest::newRow("GA area with too few points") << Edit([](SeatMapDocument &d) {
        GaArea area;
        area.capacity = 10;
        area.categoryId = u"cat1"_s;
        area.outline = {{0, 0}, {10, 0}};
        return d.addGaArea(area);
    });
    QTest::newRow("GA area over capacity") << Edit([](SeatMapDocument &d) {
        GaArea area;
        area.capacity = SeatMapFormat::kMaxGaCapacity + 1;
        area.categoryId = u"cat1"_s;
        area.outline = {{0, 0}, {10, 0}, {10, 10}};
        return d.addGaArea(area);
    });
    QTest::newRow("text without text") << Edit([](SeatMapDocument &d) {
        Decoration text;
        text.kind = u"text"_s;
        text.position = {1, 1};
        return d.addDecoration(text);
    });
    QTest::newRow("align one seat") << withSeats(
        {u"stalls-B-3"_s}, [](SeatMapDocument &d) { return d.align(MapEdits::Alignment::Left); });
    QTest::newRow("distribute two seats") << withSeats(
        {u"stalls-B-3"_s, u"stalls-B-9"_s}, [](SeatMapDocument &d) { return d.distribute(Qt::Horizontal); });
    QTest::newRow("paste nothing") << Edit([](SeatMapDocument &d) { return d.paste(SeatMap{}, {10, 10}); });
    QTest::newRow("replace with an invalid map")
        << Edit([](SeatMapDocument &d) { return d.replaceMap(SeatMapDocument::emptyMap(), u"Nothing"_s); });
}

void TestSeatMapDocument::refusedEditsChangeNothing()
{
    QFETCH(Edit, edit);

    SeatMapDocument document(demoTheatre());
    const QByteArray before = SeatMapFormat::write(document.map());
    const Result<Done> done = edit(document);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, Error::Code::InvalidInput);
    QVERIFY(!done.error().message.isEmpty());
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    QCOMPARE(SeatMapFormat::write(document.map()), before);
    QCOMPARE(document.json(), before);
}

void TestSeatMapDocument::movesOfOneDragMerge()
{
    SeatMapDocument document(demoTheatre());
    const QByteArray before = document.json();
    MapSelection selection;
    selection.seats = stallsA();
    document.setSelection(selection);
    QVERIFY(document.moveSelection({5, 0}, 1).ok());
    QVERIFY(document.moveSelection({5, 2}, 1).ok());
    QVERIFY(document.moveSelection({0, 3}, 1).ok());
    QCOMPARE(document.undoStack()->count(), 1);
    const QByteArray dragged = document.json();
    QCOMPARE(findSeat(document.map(), u"stalls-A-5"_s)->position,
             findSeat(demoTheatre(), u"stalls-A-5"_s)->position + QPointF(10, 5));

    // The next drag is a step of its own.
    QVERIFY(document.moveSelection({1, 1}, 2).ok());
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.json(), dragged);
    document.undoStack()->undo();
    QCOMPARE(document.json(), before);

    // Turns merge the same way and never with moves.
    QVERIFY(document.rotateSelection(10, 3).ok());
    QVERIFY(document.rotateSelection(5, 3).ok());
    QVERIFY(document.moveSelection({1, 0}, 3).ok());
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(document.undoStack()->text(0), u"Rotate"_s);
}

void TestSeatMapDocument::editThatChangesNothingIsNotPushed()
{
    SeatMapDocument document(demoTheatre());
    MapSelection selection;
    selection.seats = stallsA();
    document.setSelection(selection);
    QVERIFY(document.setCategory(u"cat1"_s).ok()); // row A is in cat1 already
    QVERIFY(document.moveSelection({0, 0}).ok());
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

void TestSeatMapDocument::addedRowsAreNumberedAndSelected()
{
    SeatMapDocument document(SeatMapDocument::emptyMap());
    MapEdits::RowOptions options;
    options.categoryId = u"standard"_s;
    options.rowNaming = Generators::RowNaming::LettersSkippingIO;
    options.numbering = Generators::Numbering::CentreOddLeft;
    QVERIFY(document.addRows(Generators::straightBlock({100, 100}, 0, 10, 5, 20, 26), options, true).ok());
    QCOMPARE(document.map().sections.size(), 1);
    const Section &section = document.map().sections.first();
    QCOMPARE(section.rows.size(), 10);
    QStringList labels;
    for (const Row &row : section.rows)
        labels.append(row.label);
    QCOMPARE(labels.join(u' '), u"A B C D E F G H J K"_s);
    QStringList numbers;
    for (const Seat &seat : section.rows.first().seats)
        numbers.append(seat.label);
    QCOMPARE(numbers.join(u' '), u"5 3 1 2 4"_s);
    QCOMPARE(document.selection().seats.size(), 50);

    // More rows dragged into the section continue its lettering.
    options.sectionId = section.id;
    QVERIFY(document.addRows({Generators::straightRow({100, 400}, 0, 5, 20)}, options).ok());
    QCOMPARE(document.map().sections.size(), 1);
    QCOMPARE(document.map().sections.first().rows.last().label, u"L"_s);
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestSeatMapDocument::pasteGivesNewIdsAndKeepsLinksInside()
{
    SeatMapDocument document(demoTheatre());
    MapSelection copied;
    copied.seats = {u"stalls-A-1"_s, u"stalls-A-2"_s, u"stalls-A-23"_s};
    const SeatMap fragment = MapEdits::fragment(document.map(), copied);
    // A-23's wheelchair space stays behind: in the copy it is an ordinary seat.
    QVERIFY(SeatMapFormat::read(SeatMapFormat::write(fragment)).ok());
    const int seatsBefore = document.map().seatCount();
    QVERIFY(document.paste(fragment, {0, 300}).ok());
    QCOMPARE(document.map().seatCount(), seatsBefore + 3);
    QCOMPARE(document.selection().seats.size(), 3);
    for (const QString &id : document.selection().seats) {
        QVERIFY(!copied.seats.contains(id));
        const Seat *seat = findSeat(document.map(), id);
        QVERIFY(seat);
        if (seat->flags & Seat::Companion)
            QVERIFY(document.selection().seats.contains(seat->companionOf));
    }
}

void TestSeatMapDocument::deletingWheelchairSpaceUnlinksCompanions()
{
    SeatMapDocument document(demoTheatre());
    MapSelection selection;
    selection.seats = {u"stalls-A-1"_s};
    document.setSelection(selection);
    QVERIFY(document.deleteSelection().ok());
    QVERIFY(!findSeat(document.map(), u"stalls-A-1"_s));
    const Seat *companion = findSeat(document.map(), u"stalls-A-2"_s);
    QVERIFY(companion);
    QCOMPARE(companion->flags & Seat::Companion, 0);
    QVERIFY(companion->companionOf.isEmpty());
    QVERIFY(document.selection().isEmpty());
}

void TestSeatMapDocument::saveMarksCleanAndRefusesInvalidMaps()
{
    QTemporaryDir dir;
    SeatMapDocument empty(SeatMapDocument::emptyMap());
    const QString refusedPath = dir.filePath(u"empty.json"_s);
    QVERIFY(!empty.save(refusedPath).ok());
    QVERIFY(!QFile::exists(refusedPath));

    SeatMapDocument document(demoTheatre());
    MapSelection selection;
    selection.seats = stallsA();
    document.setSelection(selection);
    QVERIFY(document.moveSelection({3, 3}).ok());
    QVERIFY(document.isModified());
    const QString path = dir.filePath(u"theatre.json"_s);
    QVERIFY(document.save(path).ok());
    QVERIFY(!document.isModified());
    QCOMPARE(document.fileName(), path);
    const Result<SeatMap> reread = SeatMapDocument::readFile(path);
    QVERIFY(reread.ok());
    QCOMPARE(SeatMapFormat::write(*reread), document.json());
    document.undoStack()->undo();
    QVERIFY(document.isModified());
}

void TestSeatMapDocument::newCategoryGetsIdFromName()
{
    SeatMapDocument document(demoTheatre());
    QVERIFY(document.addCategory(u"  Balcony, Rear "_s, u"#CC79A7"_s).ok());
    const Category added = document.map().categories.last();
    QCOMPARE(added.id, u"balcony-rear"_s);
    QCOMPARE(added.name, u"Balcony, Rear"_s);
    QCOMPARE(added.color, u"#cc79a7"_s);
    // New seats can go in it at once.
    MapSelection selection;
    selection.seats = someSeats();
    document.setSelection(selection);
    QVERIFY(document.setCategory(added.id).ok());
    QCOMPARE(findSeat(document.map(), u"stalls-B-3"_s)->categoryId, added.id);
}

QTEST_MAIN(TestSeatMapDocument)
#include "tst_seatmapdocument.moc"
