#include "editorwindow.h"

#include "editorautosave.h"
#include "editorpropertiespanel.h"
#include "seatmap/generators.h"
#include "seatmap/pretiximport.h"
#include "seatmap/seatmapformat.h"
#include "seatmap/seatmapview.h"
#include "seatmapclipboard.h"
#include "seatmapdocument.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QtConcurrent/QtConcurrentRun>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMessageMs = 8000;

QString seatMapFilter()
{
    return EditorWindow::tr("Parterre seat maps (*.json);;All files (*)");
}

} // namespace

EditorWindow::EditorWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new SeatMapView)
    , m_autosave(new EditorAutosave(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(u"seat-map-editor"_s);
    m_view->setPlaceholderText(tr("An empty seat map. Choose Add Row or Add Block and drag on the canvas to "
                                  "place seats, or import a pretix plan from the File menu."));
    m_view->setLegendShowsStates(false); // a map being edited has no sales
    setCentralWidget(m_view);

    m_properties = new EditorPropertiesPanel(&m_settings);
    auto *propertiesDock = new QDockWidget(tr("Properties"), this);
    propertiesDock->setObjectName(u"properties-dock"_s);
    propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(u"history-dock"_s);
    auto *history = new QUndoView(m_undoGroup);
    history->setEmptyLabel(tr("As opened"));
    historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);

    m_progressLabel = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // how long an import or a generation takes is not known: a busy bar
    m_progress->setMaximumWidth(160);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    m_progressLabel->hide();
    m_progress->hide();

    m_canvas = new EditorCanvas(nullptr, m_view, &m_settings, this);
    connect(m_canvas, &EditorCanvas::refused, this, &EditorWindow::showMessage);
    connect(m_properties, &EditorPropertiesPanel::refused, this, &EditorWindow::showMessage);
    connect(m_view, &SeatMapView::selectionChanged, this, &EditorWindow::syncSelectionFromView);
    connect(m_autosave, &EditorAutosave::failed, this, &EditorWindow::showMessage);

    createActions();
    createMenus();
    setDocument(new SeatMapDocument(SeatMapDocument::emptyMap(), {}, this));
    resize(1280, 800);
}

EditorWindow::~EditorWindow() = default;

EditorWindow *EditorWindow::openInNewWindow(const QString &fileName)
{
    auto *window = new EditorWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (fileName.isEmpty())
        window->newMap();
    else
        window->openFile(fileName);
    return window;
}

QAction *EditorWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

QAction *EditorWindow::addAction(QMenu *menu, const QString &name, const QString &text,
                                 const QKeySequence &shortcut, std::function<void()> slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [slot = std::move(slot)] { slot(); });
    if (menu)
        menu->addAction(action);
    return action;
}

QAction *EditorWindow::addAction(QMenu *menu, const QString &name, const QString &text,
                                 QKeySequence::StandardKey key, std::function<void()> slot)
{
    QAction *action = addAction(menu, name, text, QKeySequence(), std::move(slot));
    action->setShortcuts(key);
    return action;
}

QAction *EditorWindow::addToolAction(const QString &name, const QString &text, const QString &shortcut,
                                     EditorCanvas::Tool tool)
{
    auto *action = new QAction(text, m_tools);
    action->setObjectName(name);
    action->setCheckable(true);
    action->setShortcut(QKeySequence(shortcut));
    action->setToolTip(tr("%1 (%2)").arg(text, shortcut));
    action->setData(int(tool));
    connect(action, &QAction::triggered, this, [this, tool] { m_canvas->setTool(tool); });
    return action;
}

void EditorWindow::createActions()
{
    m_tools = new QActionGroup(this);
    m_tools->setExclusive(true);
    using Tool = EditorCanvas::Tool;
    addToolAction(u"tool-select"_s, tr("Select and Move"), tr("S"), Tool::Select)->setChecked(true);
    addToolAction(u"tool-rotate"_s, tr("Rotate"), tr("R"), Tool::Rotate);
    addToolAction(u"tool-section-outline"_s, tr("Section Outline"), tr("O"), Tool::SectionOutline);
    addToolAction(u"tool-add-row"_s, tr("Add Row"), tr("W"), Tool::AddRow);
    addToolAction(u"tool-add-block"_s, tr("Add Block"), tr("B"), Tool::AddBlock);
    addToolAction(u"tool-ga-area"_s, tr("GA Area"), tr("G"), Tool::GaArea);
    addToolAction(u"tool-text"_s, tr("Text"), tr("T"), Tool::Text);
    addToolAction(u"tool-shape"_s, tr("Shape"), tr("H"), Tool::Shape);
    connect(m_canvas, &EditorCanvas::toolChanged, this, [this](EditorCanvas::Tool tool) {
        for (QAction *action : m_tools->actions()) {
            if (action->data().toInt() == int(tool))
                action->setChecked(true);
        }
    });
}

void EditorWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addAction(file, u"editor-new"_s, tr("&New Seat Map"), QKeySequence::New, [this] { newMap(); });
    addAction(file, u"editor-open"_s, tr("&Open…"), QKeySequence::Open, [this] { open(); });
    addAction(file, u"editor-save"_s, tr("&Save"), QKeySequence::Save, [this] { save(); });
    QAction *saveAsAction =
        addAction(file, u"editor-save-as"_s, tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    if (saveAsAction->shortcuts().isEmpty()) // some platforms have no binding for it
        saveAsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    file->addSeparator();
    addAction(file, u"editor-import-pretix"_s, tr("&Import pretix Plan…"), {},
              [this] { importPretixDialog(); });
    addAction(file, u"editor-generate-stadium"_s, tr("&Generate Stadium…"), {},
              [this] { generateStadiumDialog(); });
    file->addSeparator();
    addAction(file, u"editor-close"_s, tr("&Close"), QKeySequence::Close, [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"editor-undo"_s);
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"editor-redo"_s);
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    addAction(edit, u"editor-copy"_s, tr("&Copy"), QKeySequence::Copy, [this] { copy(); });
    addAction(edit, u"editor-paste"_s, tr("&Paste"), QKeySequence::Paste, [this] { paste(); });
    addAction(edit, u"editor-delete"_s, tr("&Delete"), QKeySequence::Delete,
              [this] { showResult(m_document->deleteSelection()); });
    addAction(edit, u"editor-select-all"_s, tr("Select &All"), QKeySequence::SelectAll,
              [this] { m_document->selectAll(); });
    edit->addSeparator();
    addAction(edit, u"editor-link-companions"_s, tr("&Link Companion Seats"), QKeySequence(tr("Ctrl+L")),
              [this] { showResult(m_document->linkCompanions()); });
    addAction(edit, u"editor-unlink-companions"_s, tr("U&nlink Companion Seats"),
              QKeySequence(tr("Ctrl+Shift+L")), [this] { showResult(m_document->unlinkCompanions()); });

    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    using MapEdits::Alignment;
    const std::pair<const char *, Alignment> alignments[] = {{"align-left", Alignment::Left},
                                                             {"align-hcentre", Alignment::HorizontalCentre},
                                                             {"align-right", Alignment::Right},
                                                             {"align-top", Alignment::Top},
                                                             {"align-vcentre", Alignment::VerticalCentre},
                                                             {"align-bottom", Alignment::Bottom}};
    const QString alignTexts[] = {tr("Align &Left"), tr("Align &Centres Horizontally"), tr("Align &Right"),
                                  tr("Align &Top"),  tr("Align Centres &Vertically"),   tr("Align &Bottom")};
    for (std::size_t i = 0; i < std::size(alignments); ++i) {
        const Alignment alignment = alignments[i].second;
        addAction(arrange, QLatin1StringView(alignments[i].first), alignTexts[i], {},
                  [this, alignment] { showResult(m_document->align(alignment)); });
    }
    arrange->addSeparator();
    addAction(arrange, u"distribute-horizontally"_s, tr("Distribute &Horizontally"), {},
              [this] { showResult(m_document->distribute(Qt::Horizontal)); });
    addAction(arrange, u"distribute-vertically"_s, tr("Distribute V&ertically"), {},
              [this] { showResult(m_document->distribute(Qt::Vertical)); });
    arrange->addSeparator();
    addAction(arrange, u"rotate-left"_s, tr("Rotate 90° &Anticlockwise"), QKeySequence(tr("Ctrl+[")),
              [this] { showResult(m_document->rotateSelection(-90)); });
    addAction(arrange, u"rotate-right"_s, tr("Rotate 90° &Clockwise"), QKeySequence(tr("Ctrl+]")),
              [this] { showResult(m_document->rotateSelection(90)); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    addAction(view, u"zoom-in"_s, tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomBy(2); });
    addAction(view, u"zoom-out"_s, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomBy(-2); });
    addAction(view, u"zoom-fit"_s, tr("&Fit Map"), QKeySequence(tr("Ctrl+0")),
              [this] { m_view->fitToView(); });
    addAction(view, u"zoom-selection"_s, tr("Zoom to &Selection"), QKeySequence(tr("Ctrl+2")),
              [this] { zoomToSelection(); });
    view->addSeparator();
    QAction *snap =
        addAction(view, u"snap-to-grid"_s, tr("&Snap to Grid"), QKeySequence(tr("Ctrl+G")), [] {});
    snap->setCheckable(true);
    connect(snap, &QAction::toggled, this, [this](bool on) { m_settings.snapToGrid = on; });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(m_tools->actions());

    QToolBar *toolBar = addToolBar(tr("Tools"));
    toolBar->setObjectName(u"editor-tools"_s);
    toolBar->addActions(m_tools->actions());
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(snap);
    toolBar->addAction(action(u"zoom-selection"_s));
}

void EditorWindow::setDocument(SeatMapDocument *document)
{
    SeatMapDocument *old = m_document;
    m_document = document;
    document->setParent(this);
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());
    m_canvas->setDocument(document);
    m_properties->setDocument(document);
    m_autosave->setDocument(document);
    connect(document, &SeatMapDocument::mapChanged, this, &EditorWindow::reloadView);
    connect(document, &SeatMapDocument::selectionChanged, this, &EditorWindow::syncSelectionToView);
    connect(document, &SeatMapDocument::modifiedChanged, this, &EditorWindow::updateTitle);
    connect(document, &SeatMapDocument::fileNameChanged, this, &EditorWindow::updateTitle);
    m_pasteCount = 0;
    reloadView();
    m_view->fitToView();
    updateTitle();
    if (old) {
        m_undoGroup->removeStack(old->undoStack());
        delete old;
    }
}

void EditorWindow::updateTitle()
{
    const QString name =
        m_document->fileName().isEmpty() ? tr("Untitled") : QFileInfo(m_document->fileName()).fileName();
    setWindowTitle(tr("%1[*] — Parterre Seat Map Editor").arg(name));
    setWindowModified(m_document->isModified());
}

void EditorWindow::reloadView()
{
    {
        const QScopedValueRollback guard(m_syncingSelection, true);
        m_view->replaceSeatMap(m_document->map());
        // The editor has no show: draw every seat as available, in its category's colour.
        QList<SeatState> states;
        states.reserve(m_document->map().seatCount());
        for (const Section &section : m_document->map().sections) {
            for (const Row &row : section.rows) {
                for (const Seat &seat : row.seats) {
                    SeatState state;
                    state.seatId = seat.id;
                    state.status = SeatState::Status::Available;
                    states.append(state);
                }
            }
        }
        // And every GA area at its capacity, so that it reads "300/300" rather than an unknown state.
        QList<GaAreaState> areas;
        for (const GaArea &area : m_document->map().gaAreas) {
            GaAreaState state;
            state.areaId = area.id;
            state.name = area.name;
            state.categoryId = area.categoryId;
            state.capacity = area.capacity;
            state.available = area.capacity;
            areas.append(state);
        }
        m_view->setStates(states, areas);
    }
    syncSelectionToView();
}

void EditorWindow::syncSelectionToView()
{
    const QScopedValueRollback guard(m_syncingSelection, true);
    const SeatMapGeometry &geometry = m_view->renderer().geometry();
    QList<int> seats;
    for (const QString &id : m_document->selection().seats) {
        if (const int seat = geometry.indexOf(id); seat >= 0)
            seats.append(seat);
    }
    std::sort(seats.begin(), seats.end());
    if (seats != m_view->selectedSeats())
        m_view->setSelectedSeats(seats);
    m_view->update();
}

void EditorWindow::syncSelectionFromView()
{
    if (m_syncingSelection)
        return;
    MapSelection selection;
    const QStringList ids = m_view->selectedSeatIds();
    selection.seats = QSet<QString>(ids.cbegin(), ids.cend());
    // Shift or Ctrl adds seats to what was selected; a plain click or band starts afresh.
    if (QGuiApplication::keyboardModifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) {
        selection.gaAreas = m_document->selection().gaAreas;
        selection.decorations = m_document->selection().decorations;
    }
    m_document->setSelection(selection);
}

void EditorWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, kMessageMs);
}

void EditorWindow::showResult(const Result<Done> &result)
{
    if (!result)
        showMessage(result.error().message);
}

bool EditorWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("The seat map \"%1\" has changes that are not saved. Save them?").arg(m_document->map().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_autosave->discard();
        return true;
    }
    return false;
}

bool EditorWindow::newMap()
{
    if (m_busy || !maybeSave())
        return false;
    setDocument(new SeatMapDocument(SeatMapDocument::emptyMap(), {}, this));
    offerRecovery();
    return true;
}

void EditorWindow::open()
{
    if (m_busy || !maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Seat Map"), {}, seatMapFilter());
    if (!fileName.isEmpty())
        openFile(fileName);
}

bool EditorWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveTo(m_document->fileName()).ok();
}

bool EditorWindow::saveAs()
{
    QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save Seat Map"), m_document->fileName(), seatMapFilter());
    if (fileName.isEmpty())
        return false;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += u".json"_s;
    return saveTo(fileName).ok();
}

Result<Done> EditorWindow::saveTo(const QString &fileName)
{
    const QString previous = m_autosave->recoveryPath(m_document->fileName());
    const Result<Done> saved = m_document->save(fileName);
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot Save"), saved.error().message);
        return saved;
    }
    QFile::remove(previous);
    m_autosave->discard();
    showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(fileName)));
    return saved;
}

EditorWindow::Loaded EditorWindow::checked(Result<SeatMap> map)
{
    Loaded loaded;
    if (!map) {
        loaded.error = map.error().message;
        return loaded;
    }
    loaded.map = std::move(map).value();
    loaded.json = SeatMapFormat::write(loaded.map);
    if (const Result<SeatMap> check = SeatMapFormat::read(loaded.json); !check)
        loaded.error = check.error().message;
    return loaded;
}

void EditorWindow::runInBackground(const QString &what, std::function<Loaded()> job,
                                   std::function<void(Loaded)> apply)
{
    m_busy = true;
    m_progressLabel->setText(what);
    m_progressLabel->show();
    m_progress->show();
    m_view->setEnabled(false);
    m_properties->setEnabled(false);
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, apply = std::move(apply)] {
        watcher->deleteLater();
        Loaded loaded = watcher->result();
        m_busy = false;
        m_progressLabel->hide();
        m_progress->hide();
        m_view->setEnabled(true);
        m_properties->setEnabled(true);
        const bool ok = loaded.error.isEmpty();
        const QString error = loaded.error;
        if (ok)
            apply(std::move(loaded));
        else
            QMessageBox::warning(this, tr("Seat Map Editor"), error);
        emit backgroundFinished(ok, error);
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

void EditorWindow::openFile(const QString &fileName)
{
    if (m_busy)
        return;
    runInBackground(
        tr("Opening %1…").arg(QFileInfo(fileName).fileName()),
        [fileName] { return checked(SeatMapDocument::readFile(fileName)); },
        [this, fileName](Loaded loaded) {
            setDocument(new SeatMapDocument(loaded.map, QFileInfo(fileName).absoluteFilePath(), this));
            offerRecovery();
        });
}

void EditorWindow::offerRecovery()
{
    const QString recovery = m_autosave->recoveryFileFor(m_document->fileName());
    if (recovery.isEmpty())
        return;
    const QString when = QLocale().toString(QFileInfo(recovery).lastModified(), QLocale::ShortFormat);
    const QString question =
        m_document->fileName().isEmpty()
            ? tr("Parterre kept a copy of a new seat map that was never saved, from %1. Restore it?")
                  .arg(when)
            : tr("Parterre kept a copy of unsaved changes to this seat map from %1, newer than the saved "
                 "file. "
                 "Restore the changes?")
                  .arg(when);
    const auto answer = QMessageBox::question(this, tr("Recover Unsaved Changes"), question,
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        QFile::remove(recovery);
        return;
    }
    const Result<SeatMap> recovered = SeatMapDocument::readFile(recovery);
    if (!recovered) {
        showMessage(tr("The recovery copy cannot be read: %1").arg(recovered.error().message));
        return;
    }
    const Result<Done> restored = m_document->replaceMap(
        *recovered, QCoreApplication::translate("UndoCommands", "Restore Autosaved Changes"));
    if (!restored) {
        showResult(restored);
        return;
    }
    // From here the changes are this editor's: its own copy replaces the one they came from.
    if (const Result<Done> kept = m_autosave->saveNow(); !kept) {
        showResult(kept);
        return;
    }
    if (QFileInfo(recovery) != QFileInfo(m_autosave->recoveryPath(m_document->fileName())))
        QFile::remove(recovery);
}

void EditorWindow::importPretixDialog()
{
    if (m_busy)
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import pretix Seating Plan"), {},
                                                          tr("pretix seating plans (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        importPretix(fileName);
}

void EditorWindow::importPretix(const QString &fileName)
{
    if (m_busy)
        return;
    runInBackground(
        tr("Importing %1…").arg(QFileInfo(fileName).fileName()),
        [fileName] {
            QFile file(fileName);
            if (!file.open(QIODevice::ReadOnly)) {
                Loaded failed;
                failed.error = tr("Cannot open %1: %2").arg(fileName, file.errorString());
                return failed;
            }
            return checked(PretixImport::read(file.readAll()));
        },
        [this](Loaded loaded) {
            showResult(m_document->replaceMap(
                loaded.map, QCoreApplication::translate("UndoCommands", "Import pretix Plan"), loaded.json));
            m_view->fitToView();
        });
}

void EditorWindow::generateStadiumDialog()
{
    if (m_busy)
        return;
    bool ok = false;
    const int seats = QInputDialog::getInt(this, tr("Generate Stadium"), tr("Seats:"), 20000, 1,
                                           Generators::kMaxStadiumSeats, 1000, &ok);
    if (ok)
        generateStadium(seats);
}

void EditorWindow::generateStadium(int seats)
{
    if (m_busy)
        return;
    runInBackground(
        tr("Generating a stadium of %L1 seats…").arg(seats),
        [seats] { return checked(Generators::stadium(seats)); },
        [this](Loaded loaded) {
            showResult(m_document->replaceMap(
                loaded.map, QCoreApplication::translate("UndoCommands", "Generate Stadium"), loaded.json));
            m_view->fitToView();
        });
}

void EditorWindow::copy()
{
    const Result<Done> copied = SeatMapClipboard::copy(m_document->map(), m_document->selection());
    if (!copied) {
        showMessage(copied.error().message);
        return;
    }
    m_pasteCount = 0;
    showMessage(tr("Copied %n element(s).", nullptr, m_document->selection().size()));
}

void EditorWindow::paste()
{
    const Result<SeatMap> fragment = SeatMapClipboard::read();
    if (!fragment) {
        showMessage(fragment.error().message);
        return;
    }
    // Each paste lands a little further on, so copies do not hide each other.
    ++m_pasteCount;
    const double step = std::max(20.0, m_settings.gridSize * 2);
    showResult(m_document->paste(*fragment, QPointF(step, step) * m_pasteCount));
}

void EditorWindow::zoomToSelection()
{
    const QRectF bounds = MapEdits::selectionBounds(m_document->map(), m_document->selection());
    if (m_document->selection().isEmpty()) {
        showMessage(tr("Nothing is selected."));
        return;
    }
    m_view->zoomToMapRect(bounds);
}

void EditorWindow::closeEvent(QCloseEvent *event)
{
    if (m_busy) {
        showMessage(tr("%1 Wait for it to finish before closing.").arg(m_progressLabel->text()));
        event->ignore();
        return;
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->discard();
    event->accept();
}

} // namespace Parterre
