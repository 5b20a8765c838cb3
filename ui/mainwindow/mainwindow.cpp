#include "mainwindow.h"

#include "editor/editorwindow.h"

#include "inventory/inventoryservice.h"
#include "seatmap/seatmapview.h"
#include "store/store.h"

#include "settings/connectiondialog.h"
#include "store/changefeed.h"
#include "store/showstate.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDebug>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Parterre {

struct MainWindow::Catalogue
{
    QList<Event> events;
    QList<Show> shows;
    qint64 lastSeq = 0; // read before the rest, so that nothing written meanwhile is missed
};

struct MainWindow::ShowSnapshot : ShowState
{
    quint64 request = 0;
};

struct MainWindow::PollResult
{
    qint64 lastSeq = 0;
    std::optional<Catalogue> catalogue;   // when anything changed
    std::optional<ShowSnapshot> snapshot; // when the selected show changed
};

namespace {

constexpr int PollIntervalMs = 1000;
constexpr int PollPageSize = 500;
constexpr int PollMaxPages = 20; // further behind than this: skip to the end and reload
// Every so many polls the selected show is read again even when the change log is quiet: an expired hold
// frees its seats before the sweeper logs it, and a writer may commit a lower seq after a higher one.
constexpr int ResyncEveryPolls = 10;
constexpr int ShowIdRole = Qt::UserRole;
constexpr int EventIdRole = Qt::UserRole + 1;
constexpr qint64 NoShow = std::numeric_limits<qint64>::max(); // sorts events without shows last

QString showTime(const Show &show)
{
    QTimeZone zone(show.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(show.startsAtMs, zone);
    //: When a show starts, in the show list and title (QDateTime format; the zone abbreviation follows)
    const QString format = MainWindow::tr("ddd d MMM yyyy, HH:mm");
    return QLocale().toString(at, format) + QLatin1Char(' ') + at.timeZoneAbbreviation();
}

QString showTitle(const Show &show)
{
    return MainWindow::tr("%1 — %2 · %3, %4").arg(show.eventName, showTime(show), show.venueName, show.city);
}

// The tree's shape as a flat list (events negative, shows positive), to tell a refresh from a rebuild.
QList<qint64> treeShape(const QTreeWidget *tree)
{
    QList<qint64> shape;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *event = tree->topLevelItem(i);
        shape.append(-event->data(0, EventIdRole).toLongLong());
        for (int j = 0; j < event->childCount(); ++j)
            shape.append(event->child(j)->data(0, ShowIdRole).toLongLong());
    }
    return shape;
}

QTreeWidgetItem *findShowItem(const QTreeWidget *tree, qint64 showId)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *event = tree->topLevelItem(i);
        for (int j = 0; j < event->childCount(); ++j) {
            if (event->child(j)->data(0, ShowIdRole).toLongLong() == showId)
                return event->child(j);
        }
    }
    return nullptr;
}

void fillEventItem(QTreeWidgetItem *item, const Event &event)
{
    item->setText(0, event.name);
    item->setData(0, EventIdRole, event.id);
    item->setData(0, ShowIdRole, qint64(0));
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setToolTip(0, event.performer.isEmpty() ? event.name
                                                  : event.name + QLatin1Char('\n') + event.performer);
}

void fillShowItem(QTreeWidgetItem *item, const Show &show)
{
    item->setText(0, showTime(show));
    item->setText(1, QLocale().toString(show.availableCount));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(0, ShowIdRole, show.id);
    item->setData(0, EventIdRole, show.eventId);
    const QString tip = MainWindow::tr("%1, %2 (%3)\n%L4 seats and places available")
                            .arg(show.venueName, show.city, show.timeZone)
                            .arg(show.availableCount);
    item->setToolTip(0, tip);
    item->setToolTip(1, tip);
}

} // namespace

MainWindow::MainWindow(const StoreLocation &location, QWidget *parent)
    : QMainWindow(parent)
    , m_location(location)
    , m_service(std::make_unique<InventoryService>(location))
{
    setWindowTitle(QStringLiteral("Parterre"));
    createActions();
    createWidgets();
    m_storeLabel->setText(tr("Store: %1").arg(location.describe()));

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(PollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &MainWindow::poll);
}

MainWindow::~MainWindow()
{
    m_pollTimer->stop();
    m_feed.reset();
    m_service.reset(); // waits for queued jobs; their answers are dropped with this window
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *connectStore = fileMenu->addAction(tr("&Connect to Store…"));
    connect(connectStore, &QAction::triggered, this, &MainWindow::connectToStore);
    QAction *reload = fileMenu->addAction(tr("&Reload"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::reloadCatalogue);
    fileMenu->addSeparator();
    // The seat-map editor opens in a window of its own and works on files, not on the store.
    QAction *newSeatMap = fileMenu->addAction(tr("&New Seat Map"));
    newSeatMap->setObjectName(QStringLiteral("newSeatMap"));
    connect(newSeatMap, &QAction::triggered, this, [] { EditorWindow::openInNewWindow(QString()); });
    QAction *editSeatMap = fileMenu->addAction(tr("&Edit Seat Map…"));
    editSeatMap->setObjectName(QStringLiteral("editSeatMap"));
    connect(editSeatMap, &QAction::triggered, this, [this] {
        const QString fileName = QFileDialog::getOpenFileName(
            this, tr("Edit Seat Map"), QString(), tr("Parterre seat maps (*.json);;All files (*)"));
        if (!fileName.isEmpty())
            EditorWindow::openInNewWindow(fileName);
    });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Parterre"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

void MainWindow::createWidgets()
{
    m_showTree = new QTreeWidget;
    m_showTree->setObjectName(QStringLiteral("showTree"));
    m_showTree->setColumnCount(2);
    m_showTree->setHeaderLabels({tr("Event / show"), tr("Available")});
    m_showTree->setUniformRowHeights(true);
    m_showTree->header()->setStretchLastSection(false);
    m_showTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_showTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_showTree, &QTreeWidget::currentItemChanged, this, &MainWindow::onCurrentItemChanged);

    m_showTitle = new QLabel(tr("No show selected"));
    m_showTitle->setObjectName(QStringLiteral("showTitle"));
    QFont titleFont = m_showTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_showTitle->setFont(titleFont);
    m_showTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_seatView = new SeatMapView;
    m_seatView->setObjectName(QStringLiteral("seatView"));
    m_seatView->setPlaceholderText(tr("Select a show on the left to see its seats."));

    auto *showPane = new QWidget;
    auto *layout = new QVBoxLayout(showPane);
    layout->addWidget(m_showTitle);
    layout->addWidget(m_summary);
    layout->addWidget(m_seatView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_showTree);
    splitter->addWidget(showPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    setCentralWidget(splitter);

    m_storeLabel = new QLabel;
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addPermanentWidget(m_storeLabel);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Parterre"),
                       tr("<h3>Parterre %1</h3>"
                          "<p>Box office and seat maps: sell seats at the counter, follow every show "
                          "live, keep selling at the door.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::start()
{
    reloadCatalogue();
    m_pollTimer->start();
    // The timer is the safety net; the feed (LISTEN/NOTIFY on PostgreSQL, a quick poll on SQLite) makes
    // another terminal's sale show here at once.
    m_feed = std::make_unique<ChangeFeed>(m_location);
    connect(m_feed.get(), &ChangeFeed::showsChanged, this, [this] { poll(); });
    connect(m_feed.get(), &ChangeFeed::started, this, [this] { poll(); });
    connect(m_feed.get(), &ChangeFeed::connectionChanged, this,
            [this](bool connected, const QString &message) {
                if (connected)
                    statusBar()->showMessage(tr("Connected to the store again."), 5000);
                else
                    statusBar()->showMessage(tr("Store connection lost, retrying: %1").arg(message));
            });
    m_feed->start();
}

quint64 MainWindow::feedNotifications() const
{
    return m_feed ? m_feed->notificationsReceived() : 0;
}

void MainWindow::connectToStore()
{
    ConnectionDialog dialog(m_location, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StoreLocation chosen = dialog.location();
    // Remembered for the next start without the password (libpq can read it from ~/.pgpass).
    const StoreLocation remembered = dialog.locationWithoutPassword();
    QSettings settings;
    settings.setValue(u"store/kind"_s,
                      remembered.kind == StoreLocation::Kind::Postgres ? u"postgres"_s : u"sqlite"_s);
    settings.setValue(u"store/location"_s, remembered.path);
    switchStore(chosen);
}

void MainWindow::switchStore(const StoreLocation &location)
{
    m_pollTimer->stop();
    m_feed.reset();
    m_service = std::make_unique<InventoryService>(location); // the old one finishes its jobs first
    ++m_storeGeneration; // ...and their answers, still on their way to this thread, are dropped
    m_pollPending = false;
    m_location = location;
    m_lastSeq = -1;
    m_selectedShowId = 0;
    m_loadedSeatMapId = 0;
    ++m_showRequest;
    m_showTree->clear();
    m_storeLabel->setText(tr("Store: %1").arg(location.describe()));
    start();
}

void MainWindow::selectShow(qint64 showId)
{
    if (QTreeWidgetItem *item = findShowItem(m_showTree, showId))
        m_showTree->setCurrentItem(item); // loads it through onCurrentItemChanged
    else
        loadShow(showId);
}

void MainWindow::reportError(const QString &what, const Error &error, bool interrupting)
{
    const QString text = tr("%1: %2").arg(what, error.message);
    qWarning().noquote() << text;
    statusBar()->showMessage(text, interrupting ? 0 : 15'000);
    if (!interrupting)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning, QStringLiteral("Parterre"), what, QMessageBox::Ok, this);
    box->setInformativeText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

Result<MainWindow::Catalogue> MainWindow::readCatalogue(Store &store, qint64 nowMs)
{
    Catalogue catalogue;
    auto lastSeq = store.lastSeq();
    if (!lastSeq)
        return lastSeq.error();
    catalogue.lastSeq = *lastSeq;
    auto events = store.events();
    if (!events)
        return events.error();
    catalogue.events = std::move(events).value();
    auto shows = store.shows(0, nowMs);
    if (!shows)
        return shows.error();
    catalogue.shows = std::move(shows).value();
    return catalogue;
}

Result<MainWindow::ShowSnapshot> MainWindow::readShow(Store &store, qint64 showId, qint64 knownSeatMapId,
                                                      qint64 nowMs)
{
    auto state = ShowState::read(store, showId, knownSeatMapId, nowMs);
    if (!state)
        return state.error();
    ShowSnapshot snapshot;
    static_cast<ShowState &>(snapshot) = std::move(state).value();
    return snapshot;
}

Result<MainWindow::PollResult> MainWindow::readChanges(Store &store, qint64 sinceSeq, qint64 showId,
                                                       qint64 knownSeatMapId, bool resync, qint64 nowMs)
{
    PollResult result;
    result.lastSeq = sinceSeq;
    bool anyChange = resync;
    bool showChanged = resync;
    for (int page = 0;; ++page) {
        if (page == PollMaxPages) {
            auto last = store.lastSeq();
            if (!last)
                return last.error();
            result.lastSeq = *last;
            anyChange = showChanged = true;
            break;
        }
        auto changes = store.changesSince(result.lastSeq, PollPageSize);
        if (!changes)
            return changes.error();
        for (const Change &change : *changes) {
            result.lastSeq = std::max(result.lastSeq, change.seq);
            anyChange = true;
            showChanged = showChanged || change.showId == showId;
        }
        if (changes->size() < PollPageSize)
            break;
    }
    if (anyChange) {
        auto catalogue = readCatalogue(store, nowMs);
        if (!catalogue)
            return catalogue.error();
        result.catalogue = std::move(catalogue).value();
    }
    if (showChanged && showId != 0) {
        auto snapshot = readShow(store, showId, knownSeatMapId, nowMs);
        if (!snapshot)
            return snapshot.error();
        result.snapshot = std::move(snapshot).value();
    }
    return result;
}

void MainWindow::reloadCatalogue()
{
    statusBar()->showMessage(tr("Loading shows…"));
    m_service
        ->run([](InventoryEngine &engine) { return readCatalogue(engine.store(), engine.clock().nowMs()); })
        .then(this, [this, generation = m_storeGeneration](const Result<Catalogue> &catalogue) {
            if (generation != m_storeGeneration)
                return; // an answer of the store this window used before a switch
            if (!catalogue) {
                reportError(tr("Could not open the store"), catalogue.error(), true);
                return;
            }
            statusBar()->clearMessage();
            applyCatalogue(*catalogue);
        });
}

// Opening the box office, the clerk wants tonight's show: the next one that has not long begun.
void MainWindow::selectNextShow(const QList<Show> &shows)
{
    constexpr qint64 stillSellingMs = 2 * 60 * 60 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Show *next = nullptr;
    for (const Show &show : shows) {
        if (show.startsAtMs + stillSellingMs >= now && (!next || show.startsAtMs < next->startsAtMs))
            next = &show;
    }
    if (next)
        selectShow(next->id);
}

void MainWindow::applyCatalogue(const Catalogue &catalogue)
{
    m_lastSeq = std::max(m_lastSeq, catalogue.lastSeq);

    QHash<qint64, QList<Show>> showsByEvent;
    for (const Show &show : catalogue.shows)
        showsByEvent[show.eventId].append(show);
    QHash<qint64, qint64> firstShowMs;
    for (auto it = showsByEvent.begin(); it != showsByEvent.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const Show &a, const Show &b) { return a.startsAtMs < b.startsAtMs; });
        firstShowMs.insert(it.key(), it->first().startsAtMs);
    }

    // Events in the order of their first show; events without shows last, by name.
    QList<Event> events = catalogue.events;
    std::stable_sort(events.begin(), events.end(), [&firstShowMs](const Event &a, const Event &b) {
        const qint64 firstA = firstShowMs.value(a.id, NoShow);
        const qint64 firstB = firstShowMs.value(b.id, NoShow);
        if (firstA != firstB)
            return firstA < firstB;
        return a.name.localeAwareCompare(b.name) < 0;
    });

    QList<qint64> shape;
    for (const Event &event : events) {
        shape.append(-event.id);
        for (const Show &show : showsByEvent.value(event.id))
            shape.append(show.id);
    }

    if (shape == treeShape(m_showTree)) {
        // Same events and shows: refresh the texts in place, keeping selection, scrolling and hover.
        for (int i = 0; i < events.size(); ++i) {
            QTreeWidgetItem *eventItem = m_showTree->topLevelItem(i);
            fillEventItem(eventItem, events.at(i));
            const QList<Show> shows = showsByEvent.value(events.at(i).id);
            for (int j = 0; j < shows.size(); ++j)
                fillShowItem(eventItem->child(j), shows.at(j));
        }
    } else {
        const QSignalBlocker blocker(m_showTree);
        m_showTree->clear();
        for (const Event &event : events) {
            auto *eventItem = new QTreeWidgetItem(m_showTree);
            fillEventItem(eventItem, event);
            eventItem->setFlags(eventItem->flags() & ~Qt::ItemIsSelectable);
            for (const Show &show : showsByEvent.value(event.id))
                fillShowItem(new QTreeWidgetItem(eventItem), show);
        }
        m_showTree->expandAll();
        if (QTreeWidgetItem *selected = findShowItem(m_showTree, m_selectedShowId))
            m_showTree->setCurrentItem(selected);
    }
    if (catalogue.events.isEmpty())
        statusBar()->showMessage(tr("The store has no events yet."));
    else if (m_selectedShowId == 0)
        selectNextShow(catalogue.shows);
    emit catalogueLoaded();
}

void MainWindow::onCurrentItemChanged(QTreeWidgetItem *current)
{
    const qint64 showId = current ? current->data(0, ShowIdRole).toLongLong() : 0;
    if (showId != 0 && showId != m_selectedShowId)
        loadShow(showId);
}

void MainWindow::loadShow(qint64 showId)
{
    const quint64 request = ++m_showRequest;
    m_selectedShowId = showId;
    m_summary->setText(tr("Loading…"));
    const qint64 knownSeatMapId = m_loadedSeatMapId;
    m_service
        ->run([showId, knownSeatMapId](InventoryEngine &engine) {
            return readShow(engine.store(), showId, knownSeatMapId, engine.clock().nowMs());
        })
        .then(this, [this, request](Result<ShowSnapshot> snapshot) {
            if (request != m_showRequest)
                return; // another show was picked meanwhile
            if (!snapshot) {
                m_seatView->clear();
                m_loadedSeatMapId = 0;
                m_summary->setText(tr("This show could not be loaded."));
                reportError(tr("Could not load the show"), snapshot.error(), false);
                return;
            }
            snapshot.value().request = request;
            applyShow(*snapshot);
        });
}

void MainWindow::applyShow(const ShowSnapshot &snapshot)
{
    if (snapshot.request != m_showRequest)
        return;
    if (snapshot.map) {
        m_seatView->setSeatMap(*snapshot.map);
        m_loadedSeatMapId = snapshot.show.seatMapId;
    }
    m_seatView->setPrices(snapshot.show.prices, snapshot.show.currency);
    m_seatView->setStates(snapshot.seats, snapshot.gaAreas);
    m_pollsSinceShowRead = 0;
    m_showTitle->setText(showTitle(snapshot.show));
    updateSummary();
    emit showLoaded(snapshot.show.id);
}

void MainWindow::poll()
{
    if (m_pollPending || m_lastSeq < 0)
        return;
    m_pollPending = true;
    const qint64 since = m_lastSeq;
    const qint64 showId = m_selectedShowId;
    const qint64 knownSeatMapId = m_loadedSeatMapId;
    const quint64 request = m_showRequest;
    const bool resync = ++m_pollsSinceShowRead >= ResyncEveryPolls;
    m_service
        ->run([since, showId, knownSeatMapId, resync](InventoryEngine &engine) {
            return readChanges(engine.store(), since, showId, knownSeatMapId, resync, engine.clock().nowMs());
        })
        .then(this, [this, request, generation = m_storeGeneration](Result<PollResult> result) {
            if (generation != m_storeGeneration)
                return; // the old store's answer: its seq means nothing in the new one
            m_pollPending = false;
            if (!result) {
                reportError(tr("Could not follow the store's changes"), result.error(), false);
                return;
            }
            if (result.value().snapshot)
                result.value().snapshot->request = request;
            applyPoll(*result);
        });
}

void MainWindow::applyPoll(const PollResult &result)
{
    m_lastSeq = std::max(m_lastSeq, result.lastSeq);
    if (result.catalogue)
        applyCatalogue(*result.catalogue);
    if (result.snapshot)
        applyShow(*result.snapshot);
}

void MainWindow::updateSummary()
{
    const SeatMapView::Counts counts = m_seatView->counts();
    QString text = tr("%L1 available · %L2 held · %L3 sold · %L4 blocked")
                       .arg(counts.available)
                       .arg(counts.held)
                       .arg(counts.sold)
                       .arg(counts.blocked);
    if (counts.gaCapacity > 0)
        text += QStringLiteral(" · ") + tr("General admission: %L1 of %L2 places available")
                                            .arg(counts.gaAvailable)
                                            .arg(counts.gaCapacity);
    m_summary->setText(text);
}

} // namespace Parterre
