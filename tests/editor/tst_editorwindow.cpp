#include "editor/editorautosave.h"
#include "editor/editorcanvas.h"
#include "editor/editorpropertiespanel.h"
#include "editor/editorwindow.h"
#include "editor/seatmapdocument.h"
#include "mainwindow/mainwindow.h"
#include "seatmap/pretiximport.h"
#include "seatmap/seatmapformat.h"
#include "seatmap/seatmapview.h"
#include "store/storelocation.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Parterre;
using namespace Qt::StringLiterals;

namespace {

// Answers the next message box with button. The box runs an event loop of its own, so a timer looks for
// it; the answerer records the box's text for the test to check.
class MessageBoxAnswerer final : public QObject
{
public:
    explicit MessageBoxAnswerer(QMessageBox::StandardButton button)
        : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            text = box->text();
            ++answered;
            if (QAbstractButton *choice = box->button(m_button))
                choice->click();
            else
                box->reject();
        });
        m_timer.start(10);
    }

    int answered = 0;
    QString text;

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
};

QByteArray demoTheatreJson()
{
    QFile file(u":/parterre/demo/theatre.seatmap.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the demo theatre is not in the resources");
    return file.readAll();
}

QString writeDemoTheatre(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"theatre.seatmap.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(demoTheatreJson()) < 0)
        qFatal("cannot write the demo theatre");
    return path;
}

// A window whose autosave goes to a folder of the test's own.
std::unique_ptr<EditorWindow> makeWindow(const QTemporaryDir &dir)
{
    auto window = std::make_unique<EditorWindow>();
    window->autosave()->setDirectory(dir.filePath(u"recovery"_s));
    window->resize(1280, 800);
    return window;
}

bool waitForBackground(EditorWindow &window, bool *ok = nullptr)
{
    QSignalSpy finished(&window, &EditorWindow::backgroundFinished);
    if (!window.isBusy())
        return false;
    if (!finished.wait(120'000))
        return false;
    if (ok)
        *ok = finished.first().at(0).toBool();
    return true;
}

// How many different colours an image holds, up to limit.
int colourCount(const QImage &image, int limit)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            colours.insert(image.pixel(x, y));
            if (colours.size() >= limit)
                return limit;
        }
    }
    return int(colours.size());
}

} // namespace

class TestEditorWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dragAddsRowsAndMovesSeats();
    void toolsAddAreasDecorationAndOutline();
    void copyPasteAndDeleteThroughActions();
    void propertiesPanelEditsSelection();
    void doubleClickSelectsRowAndRotateToolTurns();
    void autosaveRecoversAfterCrash();
    void declinedRecoveryIsRemoved();
    void autosaveTimerWritesRecoveryCopy();
    void backgroundAutosaveDroppedAfterSave();
    void unsavedChangesPrompt();
    void importAndGenerationRunInBackground();
    void brokenImportChangesNothing();
    void opensInWindowOfItsOwn();
    void mainWindowOpensEditor();
    void screenshot();
};

void TestEditorWindow::initTestCase()
{
    // Windows that keep the default recovery folder write under the test's own paths, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QDir(EditorAutosave::defaultDirectory()).removeRecursively();
}

void TestEditorWindow::dragAddsRowsAndMovesSeats()
{
    QTemporaryDir dir;
    auto window = makeWindow(dir);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    SeatMapDocument *document = window->document();
    SeatMapView *view = window->view();
    QCOMPARE(document->map().seatCount(), 0);
    QVERIFY(window->windowTitle().contains(u"[*]"_s));
    QVERIFY(!window->isWindowModified());

    // One straight row, dragged with the mouse on the canvas.
    window->action(u"tool-add-row"_s)->trigger();
    QCOMPARE(window->canvas()->tool(), EditorCanvas::Tool::AddRow);
    const QPoint from(150, 200);
    const QPoint to(450, 200);
    const auto expected = EditorCanvas::rowsForDrag(view->mapFromWidget(from), view->mapFromWidget(to),
                                                    window->toolSettings(), false);
    QCOMPARE(expected.size(), 1);
    QVERIFY(expected.first().size() >= 5);
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, QPoint(300, 200));
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    QCOMPARE(document->map().seatCount(), int(expected.first().size()));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), u"Add Row"_s);
    QCOMPARE(document->selection().seats.size(), expected.first().size());
    QVERIFY(window->isWindowModified());
    QCOMPARE(view->seatCount(), document->map().seatCount());
    const QByteArray withRow = document->json();
    window->action(u"editor-undo"_s)->trigger();
    QCOMPARE(document->map().seatCount(), 0);
    QVERIFY(!window->isWindowModified());
    window->action(u"editor-redo"_s)->trigger();
    QCOMPARE(document->json(), withRow);

    // The middle button pans in a drawing tool too, and adds nothing.
    const QPointF anchor = view->mapToWidget({0, 0});
    QTest::mousePress(view, Qt::MiddleButton, {}, QPoint(300, 300));
    QTest::mouseMove(view, QPoint(340, 320));
    QTest::mouseMove(view, QPoint(380, 340));
    QTest::mouseRelease(view, Qt::MiddleButton, {}, QPoint(380, 340));
    QCOMPARE(view->mapToWidget({0, 0}) - anchor, QPointF(80, 40));
    QCOMPARE(document->undoStack()->count(), 1);

    // With the grid on, the drag's ends land on it.
    window->action(u"snap-to-grid"_s)->trigger();
    QVERIFY(window->toolSettings().snapToGrid);
    window->toolSettings().gridSize = 25;
    const QPoint offGrid = view->mapToWidget({313.7, 411.2}).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, offGrid);
    QTest::mouseMove(view, offGrid + QPoint(200, 3));
    QTest::mouseRelease(view, Qt::LeftButton, {}, offGrid + QPoint(200, 3));
    QCOMPARE(document->undoStack()->count(), 2);
    const Seat snappedSeat = document->map().sections.last().rows.first().seats.first();
    QCOMPARE(snappedSeat.position, QPointF(325, 400));
    window->action(u"editor-undo"_s)->trigger();
    window->action(u"snap-to-grid"_s)->trigger();
    QVERIFY(!window->toolSettings().snapToGrid);

    // A curved block of three rows beside it.
    window->toolSettings().curve = 40;
    window->toolSettings().blockRows = 3;
    window->action(u"tool-add-block"_s)->trigger();
    const QPoint blockFrom = view->mapToWidget({100, 600}).toPoint();
    const QPoint blockTo = view->mapToWidget({500, 600}).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, blockFrom);
    QTest::mouseMove(view, blockTo);
    QTest::mouseRelease(view, Qt::LeftButton, {}, blockTo);
    QCOMPARE(document->undoStack()->count(), 2);
    QCOMPARE(document->undoStack()->undoText(), u"Add Block of Rows"_s);
    QCOMPARE(document->map().sections.size(), 2);
    QCOMPARE(document->map().sections.last().rows.size(), 3);
    // Curved: the middle seat of the first row is not on the line between its ends.
    const QList<Seat> &front = document->map().sections.last().rows.first().seats;
    QVERIFY(front.size() >= 5);
    const double middleY = front.at(front.size() / 2).position.y();
    QVERIFY(std::abs(middleY - front.first().position.y()) > 5);

    // Click a seat, then drag it: one Move command, however many mouse moves.
    window->action(u"tool-select"_s)->trigger();
    const Seat seat = document->map().sections.first().rows.first().seats.at(2);
    const QPoint seatPoint = view->mapToWidget(seat.position).toPoint();
    QTest::mouseClick(view, Qt::LeftButton, {}, seatPoint);
    QCOMPARE(document->selection().seats, QSet<QString>{seat.id});
    const QByteArray beforeMove = document->json();
    QTest::mousePress(view, Qt::LeftButton, {}, seatPoint);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(view, seatPoint + QPoint(10 * step, 5 * step));
    QTest::mouseRelease(view, Qt::LeftButton, {}, seatPoint + QPoint(40, 20));
    QCOMPARE(document->undoStack()->count(), 3);
    QCOMPARE(document->undoStack()->undoText(), u"Move"_s);
    const Seat moved = document->map().sections.first().rows.first().seats.at(2);
    const QPointF expectedShift =
        view->mapFromWidget(seatPoint + QPoint(40, 20)) - view->mapFromWidget(seatPoint);
    QVERIFY(std::abs(moved.position.x() - seat.position.x() - expectedShift.x()) < 0.02);
    QVERIFY(std::abs(moved.position.y() - seat.position.y() - expectedShift.y()) < 0.02);
    window->action(u"editor-undo"_s)->trigger();
    QCOMPARE(document->json(), beforeMove);

    // A click (no drag) on one of several selected seats selects just that one and moves nothing.
    window->action(u"editor-select-all"_s)->trigger();
    QVERIFY(document->selection().seats.size() > 1);
    QTest::mouseClick(view, Qt::LeftButton, {}, seatPoint);
    QCOMPARE(document->selection().seats, QSet<QString>{seat.id});
    QCOMPARE(view->selectedSeatIds(), QStringList{seat.id});
    QCOMPARE(document->json(), beforeMove);

    MessageBoxAnswerer discard(QMessageBox::Discard);
    QVERIFY(window->close());
    QCOMPARE(discard.answered, 1);
}

void TestEditorWindow::toolsAddAreasDecorationAndOutline()
{
    QTemporaryDir dir;
    auto window = makeWindow(dir);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->openFile(writeDemoTheatre(dir));
    QVERIFY(waitForBackground(*window));
    SeatMapDocument *document = window->document();
    SeatMapView *view = window->view();
    const int areas = int(document->map().gaAreas.size());
    const int decorations = int(document->map().decorations.size());

    window->action(u"tool-ga-area"_s)->trigger();
    const QPoint a = view->mapToWidget({40, 900}).toPoint();
    const QPoint b = view->mapToWidget({200, 1040}).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, a);
    QTest::mouseMove(view, b);
    QTest::mouseRelease(view, Qt::LeftButton, {}, b);
    QCOMPARE(document->map().gaAreas.size(), areas + 1);
    QCOMPARE(document->map().gaAreas.last().capacity, window->toolSettings().gaCapacity);
    QCOMPARE(document->undoStack()->undoText(), u"Add GA Area"_s);

    // A click that is no drag adds no area, and says why.
    QTest::mouseClick(view, Qt::LeftButton, {}, a);
    QCOMPARE(document->map().gaAreas.size(), areas + 1);
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());

    window->toolSettings().decorationText = u"Foyer"_s;
    window->action(u"tool-text"_s)->trigger();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->mapToWidget({1250, 1000}).toPoint());
    QCOMPARE(document->map().decorations.size(), decorations + 1);
    QCOMPARE(document->map().decorations.last().text, u"Foyer"_s);

    window->action(u"tool-shape"_s)->trigger();
    QTest::mousePress(view, Qt::LeftButton, {}, view->mapToWidget({1200, 900}).toPoint());
    QTest::mouseMove(view, view->mapToWidget({1300, 960}).toPoint());
    QTest::mouseRelease(view, Qt::LeftButton, {}, view->mapToWidget({1300, 960}).toPoint());
    QCOMPARE(document->map().decorations.size(), decorations + 2);
    QCOMPARE(document->map().decorations.last().kind, u"shape"_s);

    // A new outline for the right-hand box, clicked point by point and finished with Enter.
    window->action(u"tool-section-outline"_s)->trigger();
    const QList<QPointF> outline{{1100, 300}, {1220, 300}, {1220, 450}, {1100, 450}};
    MapSelection box;
    for (const Row &row : document->map().sections.last().rows) {
        for (const Seat &seat : row.seats)
            box.seats.insert(seat.id);
    }
    document->setSelection(box);
    const QString sectionId = document->map().sections.last().id;
    for (const QPointF &p : outline)
        QTest::mouseClick(view, Qt::LeftButton, {}, view->mapToWidget(p).toPoint());
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(document->undoStack()->undoText(), u"Change Section Outline"_s);
    const QList<QPointF> drawn = document->map().sections.last().outline;
    QCOMPARE(drawn.size(), outline.size());
    QCOMPARE(document->map().sections.last().id, sectionId);
    for (qsizetype i = 0; i < drawn.size(); ++i)
        QVERIFY(QLineF(drawn.at(i), outline.at(i)).length() < 2.0 / view->scale() + 0.01);

    // Rotating with the keyboard shortcut's action, and zooming to the selection.
    const QByteArray beforeTurn = document->json();
    window->action(u"rotate-right"_s)->trigger();
    QCOMPARE(document->undoStack()->undoText(), u"Rotate"_s);
    QVERIFY(document->json() != beforeTurn);
    const int level = view->zoomLevel();
    window->action(u"zoom-selection"_s)->trigger();
    QVERIFY(view->zoomLevel() > level);
    QCOMPARE(document->undoStack()->count(), 5);
    for (int i = 0; i < 5; ++i)
        window->action(u"editor-undo"_s)->trigger();
    QCOMPARE(document->json(), SeatMapFormat::write(*SeatMapFormat::read(demoTheatreJson())));
    QVERIFY(!window->isWindowModified());
}

void TestEditorWindow::copyPasteAndDeleteThroughActions()
{
    QTemporaryDir dir;
    auto window = makeWindow(dir);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->openFile(writeDemoTheatre(dir));
    QVERIFY(waitForBackground(*window));
    SeatMapDocument *document = window->document();
    const int seats = document->map().seatCount();

    // A rubber band over part of the stalls.
    SeatMapView *view = window->view();
    const QPoint from = view->mapToWidget({480, 180}).toPoint();
    const QPoint to = view->mapToWidget({720, 260}).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, (from + to) / 2);
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    const int selected = int(document->selection().seats.size());
    QVERIFY(selected > 3);

    window->action(u"editor-copy"_s)->trigger();
    window->action(u"editor-paste"_s)->trigger();
    QCOMPARE(document->map().seatCount(), seats + selected);
    QCOMPARE(document->undoStack()->undoText(), u"Paste"_s);
    QCOMPARE(int(document->selection().seats.size()), selected);
    window->action(u"editor-delete"_s)->trigger();
    QCOMPARE(document->map().seatCount(), seats);
    QCOMPARE(document->undoStack()->count(), 2);

    // A seat map as plain text (from a text editor, say) pastes too; other text does not.
    QFile small(QStringLiteral(PARTERRE_TEST_DATA_DIR) + u"/seatmap/small.seatmap.json"_s);
    QVERIFY(small.open(QIODevice::ReadOnly));
    const Result<SeatMap> smallMap = SeatMapFormat::read(small.readAll());
    QVERIFY(smallMap.ok());
    QGuiApplication::clipboard()->setText(QString::fromUtf8(SeatMapFormat::write(*smallMap)));
    window->action(u"editor-paste"_s)->trigger();
    QCOMPARE(document->map().seatCount(), seats + smallMap->seatCount());
    QGuiApplication::clipboard()->setText(u"not a seat map"_s);
    window->action(u"editor-paste"_s)->trigger();
    QCOMPARE(document->undoStack()->count(), 3);
    QVERIFY(window->statusBar()->currentMessage().contains(u"clipboard"_s));
    window->action(u"editor-undo"_s)->trigger();
    QCOMPARE(document->map().seatCount(), seats);

    window->action(u"editor-select-all"_s)->trigger();
    QCOMPARE(document->selection().seats.size(), seats);
    // Deleting everything would leave a map the format refuses: refused, with a message.
    window->action(u"editor-delete"_s)->trigger();
    QCOMPARE(document->map().seatCount(), seats);
    QCOMPARE(document->undoStack()->index(), 2);
    QVERIFY(document->undoStack()->canRedo()); // a refused edit does not even drop the redo step
    QVERIFY(window->statusBar()->currentMessage().contains(u"neither seats nor GA areas"_s));
}

void TestEditorWindow::propertiesPanelEditsSelection()
{
    QTemporaryDir dir;
    auto window = makeWindow(dir);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->openFile(writeDemoTheatre(dir));
    QVERIFY(waitForBackground(*window));
    SeatMapDocument *document = window->document();
    EditorPropertiesPanel *panel = window->properties();
    const auto seatOf = [document](const QString &id) -> Seat {
        for (const Section &section : document->map().sections) {
            for (const Row &row : section.rows) {
                for (const Seat &seat : row.seats) {
                    if (seat.id == id)
                        return seat;
                }
            }
        }
        return {};
    };

    // Row B of the stalls.
    MapSelection rowB;
    for (const Row &row : document->map().sections.first().rows) {
        if (row.label == u"B"_s) {
            for (const Seat &seat : row.seats)
                rowB.seats.insert(seat.id);
        }
    }
    document->setSelection(rowB);
    QCOMPARE(panel->rowLabelEdit()->text(), u"B"_s);
    QVERIFY(panel->renumberButton()->isEnabled());

    panel->categoryBox()->setCurrentIndex(panel->categoryBox()->findData(u"cat2"_s));
    QTest::mouseClick(panel->applyCategoryButton(), Qt::LeftButton);
    QCOMPARE(document->undoStack()->undoText(), u"Set Category"_s);
    QCOMPARE(seatOf(u"stalls-B-1"_s).categoryId, u"cat2"_s);

    QCheckBox *aisle = panel->flagBox(Seat::Aisle);
    QVERIFY(aisle->isEnabled());
    aisle->click();
    QCOMPARE(document->undoStack()->undoText(), u"Set Seat Flags"_s);
    QVERIFY(seatOf(u"stalls-B-7"_s).flags & Seat::Aisle);
    QCOMPARE(aisle->checkState(), Qt::Checked);

    panel->rowLabelEdit()->setText(u"BB"_s);
    QTest::keyClick(panel->rowLabelEdit(), Qt::Key_Return);
    QCOMPARE(document->undoStack()->undoText(), u"Rename Row"_s);
    QCOMPARE(panel->rowLabelEdit()->text(), u"BB"_s);

    panel->numberingBox()->setCurrentIndex(
        panel->numberingBox()->findData(int(Generators::Numbering::RightToLeft)));
    panel->firstNumberBox()->setValue(101);
    panel->renumberButton()->click();
    QCOMPARE(document->undoStack()->undoText(), u"Renumber Seats"_s);
    QCOMPARE(seatOf(u"stalls-B-1"_s).label, QString::number(100 + int(rowB.seats.size())));

    // A refused edit from the panel shows why and changes nothing.
    const int steps = document->undoStack()->count();
    panel->rowLabelEdit()->setText(u"C"_s); // row C exists
    panel->renameRowButton()->click();
    QCOMPARE(document->undoStack()->count(), steps);
    QVERIFY(window->statusBar()->currentMessage().contains(u"duplicate row label"_s));
    QCOMPARE(steps, 4);

    // A new category through its two dialogs, answered as a person would.
    int dialogs = 0;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&dialogs] {
        if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            input->setTextValue(u"Gallery"_s);
            input->accept();
            ++dialogs;
        } else if (auto *colour = qobject_cast<QColorDialog *>(QApplication::activeModalWidget())) {
            colour->setCurrentColor(QColor(0x12, 0x34, 0x56));
            colour->accept();
            ++dialogs;
        }
    });
    answer.start(10);
    const int categories = panel->categoryBox()->count();
    panel->newCategory();
    answer.stop();
    QCOMPARE(dialogs, 2);
    QCOMPARE(document->undoStack()->undoText(), u"Add Category"_s);
    QCOMPARE(panel->categoryBox()->count(), categories + 1);
    QCOMPARE(panel->categoryBox()->currentText(), u"Gallery"_s);
    QCOMPARE(window->toolSettings().categoryId, u"gallery"_s);
    QCOMPARE(document->map().categories.last().color, u"#123456"_s);

    // A selected standing area takes the capacity from the panel.
    MapSelection area;
    area.gaAreas.insert(u"standing"_s);
    document->setSelection(area);
    QVERIFY(panel->applyCapacityButton()->isEnabled());
    QVERIFY(!panel->renumberButton()->isEnabled());
    panel->gaCapacityBox()->setValue(350);
    panel->applyCapacityButton()->click();
    QCOMPARE(document->undoStack()->undoText(), u"Set GA Capacity"_s);
    QCOMPARE(document->map().gaAreas.first().capacity, 350);
}

void TestEditorWindow::doubleClickSelectsRowAndRotateToolTurns()
{
    QTemporaryDir dir;
    auto window = makeWindow(dir);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->openFile(writeDemoTheatre(dir));
    QVERIFY(waitForBackground(*window));
    SeatMapDocument *document = window->document();
    SeatMapView *view = window->view();
    const Section &stalls = document->map().sections.first();
    const Row rowC = stalls.rows.at(2);
    view->zoomToMapRect(QRectF(rowC.seats.first().position, rowC.seats.last().position));
    const QPoint seatPoint = view->mapToWidget(rowC.seats.at(5).position).toPoint();

    QTest::mouseDClick(view, Qt::LeftButton, {}, seatPoint);
    QSet<QString> expected;
    for (const Seat &seat : rowC.seats)
        expected.insert(seat.id);
    QCOMPARE(document->selection().seats, expected);
    QTest::mouseDClick(view, Qt::LeftButton, Qt::ShiftModifier, seatPoint);
    qsizetype stallsSeats = 0;
    for (const Row &row : stalls.rows)
        stallsSeats += row.seats.size();
    QCOMPARE(document->selection().seats.size(), stallsSeats);

    // Turning the row by dragging around it: one Rotate step however many moves.
    QTest::mouseDClick(view, Qt::LeftButton, {}, seatPoint);
    const QByteArray before = document->json();
    window->action(u"tool-rotate"_s)->trigger();
    const QPointF centre =
        view->mapToWidget(MapEdits::selectionBounds(document->map(), document->selection()).center());
    const QPoint start = (centre + QPointF(200, 0)).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, start);
    QTest::mouseMove(view, (centre + QPointF(190, 40)).toPoint());
    QTest::mouseMove(view, (centre + QPointF(170, 100)).toPoint());
    QTest::mouseRelease(view, Qt::LeftButton, {}, (centre + QPointF(170, 100)).toPoint());
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), u"Rotate"_s);
    QVERIFY(document->json() != before);
    // The row turned about its centre: the centre stayed put, the ends moved.
    const Row turned = document->map().sections.first().rows.at(2);
    QVERIFY(QLineF(turned.seats.first().position, rowC.seats.first().position).length() > 20);
    MapSelection all;
    for (const Seat &seat : rowC.seats)
        all.seats.insert(seat.id);
    // Turned about the middle of the row's bounds at the start: the middle seat's distance from it is kept.
    const QPointF centre0 = MapEdits::selectionBounds(*SeatMapFormat::read(before), all).center();
    const QPointF middleBefore = rowC.seats.at(rowC.seats.size() / 2).position;
    const QPointF middleAfter = turned.seats.at(turned.seats.size() / 2).position;
    QVERIFY(std::abs(QLineF(centre0, middleBefore).length() - QLineF(centre0, middleAfter).length()) < 0.05);
    const QPointF endBefore = rowC.seats.first().position;
    const QPointF endAfter = turned.seats.first().position;
    QVERIFY(std::abs(QLineF(centre0, endBefore).length() - QLineF(centre0, endAfter).length()) < 0.05);
    window->action(u"editor-undo"_s)->trigger();
    QCOMPARE(document->json(), before);
}

void TestEditorWindow::autosaveRecoversAfterCrash()
{
    QTemporaryDir dir;
    const QString path = writeDemoTheatre(dir);
    QByteArray edited;
    QString recovery;
    {
        auto window = makeWindow(dir);
        window->openFile(path);
        QVERIFY(waitForBackground(*window));
        MapSelection selection;
        selection.seats = {u"stalls-B-3"_s, u"stalls-B-4"_s};
        window->document()->setSelection(selection);
        QVERIFY(window->document()->setCategory(u"cat3"_s).ok());
        QVERIFY(window->autosave()->saveNow().ok());
        edited = window->document()->json();
        recovery = window->autosave()->recoveryPath(path);
        QVERIFY(QFile::exists(recovery));
        // "Crash": the window goes without being closed, so nothing tidies up.
    }
    QVERIFY(QFile::exists(recovery));

    auto window = makeWindow(dir);
    QCOMPARE(window->autosave()->recoveryFileFor(path), QFileInfo(recovery).absoluteFilePath());
    MessageBoxAnswerer answerer(QMessageBox::Yes);
    window->openFile(path);
    QVERIFY(waitForBackground(*window));
    QCOMPARE(answerer.answered, 1);
    QCOMPARE(window->document()->json(), edited);
    QVERIFY(window->document()->isModified());
    QCOMPARE(window->document()->undoStack()->undoText(), u"Restore Autosaved Changes"_s);
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->json(), SeatMapFormat::write(*SeatMapFormat::read(demoTheatreJson())));
    window->document()->undoStack()->redo();

    // Saving cleanly removes the recovery copy.
    QVERIFY(window->saveTo(path).ok());
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(window->autosave()->recoveryFileFor(path).isEmpty());
}

void TestEditorWindow::declinedRecoveryIsRemoved()
{
    QTemporaryDir dir;
    const QString path = writeDemoTheatre(dir);
    QString recovery;
    {
        auto window = makeWindow(dir);
        window->openFile(path);
        QVERIFY(waitForBackground(*window));
        window->document()->selectAll();
        QVERIFY(window->document()->moveSelection({10, 10}).ok());
        QVERIFY(window->autosave()->saveNow().ok());
        recovery = window->autosave()->recoveryPath(path);
    }
    auto window = makeWindow(dir);
    MessageBoxAnswerer answerer(QMessageBox::No);
    window->openFile(path);
    QVERIFY(waitForBackground(*window));
    QCOMPARE(answerer.answered, 1);
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(!window->document()->isModified());
    QCOMPARE(window->document()->json(), SeatMapFormat::write(*SeatMapFormat::read(demoTheatreJson())));
}

void TestEditorWindow::autosaveTimerWritesRecoveryCopy()
{
    QTemporaryDir dir;
    auto window = makeWindow(dir);
    QSignalSpy saved(window->autosave(), &EditorAutosave::saved);
    window->autosave()->setIntervalMs(20);
    MapEdits::RowOptions options;
    options.categoryId = u"standard"_s;
    QVERIFY(window->document()->addRows({Generators::straightRow({50, 50}, 0, 8, 20)}, options).ok());
    QVERIFY(saved.wait(10'000));
    const QString copy = saved.first().at(0).toString();
    QCOMPARE(copy, window->autosave()->recoveryPath(QString()));
    const Result<SeatMap> recovered = SeatMapDocument::readFile(copy);
    QVERIFY(recovered.ok());
    QCOMPARE(SeatMapFormat::write(*recovered), window->document()->json());

    // Undoing back to the saved state drops the copy; the next change writes it again.
    window->document()->undoStack()->undo();
    QVERIFY(!QFile::exists(copy));
    window->document()->undoStack()->redo();
    QVERIFY(window->autosave()->saveNow().ok());
    QVERIFY(QFile::exists(copy));

    // Another new map while this editor is open gets a copy of its own, and is offered nothing.
    window->autosave()->setIntervalMs(600'000);
    auto other = makeWindow(dir);
    QVERIFY(other->autosave()->recoveryPath(QString()) != copy);
    QVERIFY(other->autosave()->recoveryFileFor(QString()).isEmpty());
    QVERIFY(other->newMap());
    QVERIFY(!other->document()->isModified());

    // Once the editor is gone without closing ("crash"), a new map offers its copy back.
    const QByteArray lost = window->document()->json();
    window.reset();
    QVERIFY(QFile::exists(copy));
    auto third = makeWindow(dir);
    MessageBoxAnswerer answerer(QMessageBox::Yes);
    QVERIFY(third->newMap());
    QCOMPARE(answerer.answered, 1);
    QVERIFY(answerer.text.contains(u"never saved"_s));
    QCOMPARE(third->document()->json(), lost);
    QVERIFY(third->document()->isModified());
    // The restored changes live on in the new editor's own copy; the old one is gone.
    QVERIFY(!QFile::exists(copy));
    QVERIFY(QFile::exists(third->autosave()->recoveryPath(QString())));
}

void TestEditorWindow::backgroundAutosaveDroppedAfterSave()
{
    QTemporaryDir dir;
    const QString path = writeDemoTheatre(dir);
    auto window = makeWindow(dir);
    window->openFile(path);
    QVERIFY(waitForBackground(*window));
    window->document()->selectAll();
    QVERIFY(window->document()->moveSelection({4, 4}).ok());
    const QString recovery = window->autosave()->recoveryPath(path);
    QSignalSpy finished(window->autosave(), &EditorAutosave::backgroundWriteFinished);

    window->autosave()->saveInBackground();
    QVERIFY(finished.wait(10'000));
    QVERIFY(QFile::exists(recovery));
    QCOMPARE(SeatMapFormat::write(*SeatMapDocument::readFile(recovery)), window->document()->json());

    // Saved while the worker writes JSON: its copy would be stale, and is not written.
    QVERIFY(window->document()->moveSelection({4, 4}).ok());
    window->autosave()->saveInBackground();
    QVERIFY(window->saveTo(path).ok());
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(finished.wait(10'000));
    QVERIFY(!QFile::exists(recovery));
}

void TestEditorWindow::unsavedChangesPrompt()
{
    QTemporaryDir dir;
    const QString path = writeDemoTheatre(dir);
    auto window = makeWindow(dir);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->openFile(path);
    QVERIFY(waitForBackground(*window));
    window->document()->selectAll();
    QVERIFY(window->document()->moveSelection({5, 0}).ok());
    QVERIFY(window->autosave()->saveNow().ok());
    const QString recovery = window->autosave()->recoveryPath(path);
    const QByteArray edited = window->document()->json();

    {
        MessageBoxAnswerer cancel(QMessageBox::Cancel);
        QVERIFY(!window->close());
        QCOMPARE(cancel.answered, 1);
        QVERIFY(cancel.text.contains(window->document()->map().name));
    }
    QVERIFY(window->isVisible());
    QCOMPARE(window->document()->json(), edited);
    {
        MessageBoxAnswerer cancel(QMessageBox::Cancel);
        QVERIFY(!window->newMap());
        QCOMPARE(cancel.answered, 1);
        QCOMPARE(window->document()->json(), edited);
    }
    {
        MessageBoxAnswerer save(QMessageBox::Save);
        QVERIFY(window->close());
        QCOMPARE(save.answered, 1);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), edited);
    QVERIFY(!QFile::exists(recovery));

    // Discarding closes without writing and drops the recovery copy.
    auto second = makeWindow(dir);
    second->show();
    second->openFile(path);
    QVERIFY(waitForBackground(*second));
    second->document()->selectAll();
    QVERIFY(second->document()->moveSelection({0, 7}).ok());
    QVERIFY(second->autosave()->saveNow().ok());
    {
        MessageBoxAnswerer discard(QMessageBox::Discard);
        QVERIFY(second->close());
        QCOMPARE(discard.answered, 1);
    }
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), edited);
    QVERIFY(!QFile::exists(recovery));
}

void TestEditorWindow::importAndGenerationRunInBackground()
{
    QTemporaryDir dir;
    auto window = makeWindow(dir);
    const QString plan = QStringLiteral(PARTERRE_TEST_DATA_DIR) + u"/seatmap/pretix/current.json"_s;
    QFile file(plan);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<SeatMap> expected = PretixImport::read(file.readAll());
    QVERIFY(expected.ok());

    window->importPretix(plan);
    QVERIFY(window->isBusy()); // the work is on another thread; the event loop is free
    QVERIFY(!window->close()); // not while it works
    QVERIFY(window->statusBar()->currentMessage().contains(u"finish"_s));
    bool ok = false;
    QVERIFY(waitForBackground(*window, &ok));
    QVERIFY(ok);
    QCOMPARE(window->document()->json(), SeatMapFormat::write(*expected));
    QCOMPARE(window->document()->undoStack()->count(), 1);
    QCOMPARE(window->document()->undoStack()->undoText(), u"Import pretix Plan"_s);
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->map().seatCount(), 0);
    window->document()->undoStack()->redo();

    window->generateStadium(3000);
    QVERIFY(window->isBusy());
    QVERIFY(waitForBackground(*window, &ok));
    QVERIFY(ok);
    QCOMPARE(window->document()->map().seatCount(), 3000);
    QCOMPARE(window->view()->seatCount(), 3000);
    QCOMPARE(window->document()->undoStack()->count(), 2);
    QCOMPARE(window->document()->undoStack()->undoText(), u"Generate Stadium"_s);
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->json(), SeatMapFormat::write(*expected));
}

void TestEditorWindow::brokenImportChangesNothing()
{
    QTemporaryDir dir;
    auto window = makeWindow(dir);
    const QString broken = dir.filePath(u"broken.json"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "x", "categories": [], "zones": [{"rows": 3}]})");
    file.close();
    const QByteArray before = window->document()->json();
    MessageBoxAnswerer ok(QMessageBox::Ok);
    window->importPretix(broken);
    bool succeeded = true;
    QVERIFY(waitForBackground(*window, &succeeded));
    QVERIFY(!succeeded);
    QCOMPARE(ok.answered, 1);
    QCOMPARE(window->document()->json(), before);
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void TestEditorWindow::opensInWindowOfItsOwn()
{
    QTemporaryDir dir;
    const QString path = writeDemoTheatre(dir);
    QPointer<EditorWindow> window = EditorWindow::openInNewWindow(path);
    QVERIFY(window);
    QVERIFY(window->testAttribute(Qt::WA_DeleteOnClose));
    QVERIFY(waitForBackground(*window));
    QCOMPARE(window->document()->fileName(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window->windowTitle().startsWith(u"theatre.seatmap.json"_s));
    QVERIFY(window->close());
    QTRY_VERIFY(!window); // deleted once closed
}

void TestEditorWindow::mainWindowOpensEditor()
{
    QTemporaryDir dir;
    MainWindow main(StoreLocation::sqlite(dir.filePath(u"store.sqlite"_s)));
    QAction *newSeatMap = main.findChild<QAction *>(u"newSeatMap"_s);
    QVERIFY(newSeatMap);
    QVERIFY(main.findChild<QAction *>(u"editSeatMap"_s));
    newSeatMap->trigger();
    QPointer<EditorWindow> editor;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *candidate = qobject_cast<EditorWindow *>(widget); candidate && candidate->isVisible())
            editor = candidate;
    }
    QVERIFY(editor);
    QCOMPARE(editor->document()->map().seatCount(), 0);
    QVERIFY(editor->document()->fileName().isEmpty());
    QVERIFY(editor->close());
    QTRY_VERIFY(!editor);
}

void TestEditorWindow::screenshot()
{
    QTemporaryDir dir;
    auto window = makeWindow(dir);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->openFile(writeDemoTheatre(dir));
    QVERIFY(waitForBackground(*window));
    MapSelection selection;
    for (const Row &row : window->document()->map().sections.first().rows.mid(3, 2)) {
        for (const Seat &seat : row.seats)
            selection.seats.insert(seat.id);
    }
    selection.gaAreas.insert(u"standing"_s);
    window->document()->setSelection(selection);
    // A few steps in the history, and a block of rows half dragged out: the preview shows in the picture.
    QVERIFY(window->document()->setFlags(Seat::Aisle, Seat::Aisle).ok());
    window->document()->setSelection(selection);
    // Through the panel, as a person would: the tool reads what it shows.
    window->properties()->curveBox()->setValue(30);
    window->properties()->blockRowsBox()->setValue(4);
    QCOMPARE(window->toolSettings().curve, 30.0);
    QCOMPARE(window->toolSettings().blockRows, 4);
    window->action(u"tool-add-block"_s)->trigger();
    SeatMapView *view = window->view();
    view->zoomBy(-4); // room beside the theatre for the new block
    const QPoint from = view->mapToWidget({1430, 380}).toPoint();
    const QPoint to = view->mapToWidget({1680, 380}).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, (from + to) / 2);
    QTest::mouseMove(view, to);
    QTest::qWait(50);
    const QImage image = window->grab().toImage();
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    QCOMPARE(window->document()->undoStack()->undoText(), u"Add Block of Rows"_s);
    QVERIFY(image.width() >= 1000);
    QVERIFY(colourCount(image, 64) >= 64);
    QVERIFY(image.save(QStringLiteral(PARTERRE_SCREENSHOT_DIR) + u"/editor.png"_s));
}

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
