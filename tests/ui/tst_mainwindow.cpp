#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "mainwindow/mainwindow.h"
#include "seatmap/demoseeder.h"
#include "seatmap/seatmapview.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QApplication>
#include <QDebug>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTemporaryDir>

#include "testsupport.h"
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

#include <memory>

using namespace Parterre;
using namespace Parterre::Test;

namespace {

QList<QTreeWidgetItem *> showItems(const QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            items.append(tree->topLevelItem(i)->child(j));
    }
    return items;
}

SeatMapView::Counts countsOf(const QList<SeatState> &seats, const QList<GaAreaState> &gaAreas)
{
    SeatMapView::Counts counts;
    for (const SeatState &seat : seats) {
        switch (seat.status) {
        case SeatState::Status::Available:
            ++counts.available;
            break;
        case SeatState::Status::Held:
            ++counts.held;
            break;
        case SeatState::Status::Sold:
            ++counts.sold;
            break;
        case SeatState::Status::Blocked:
            ++counts.blocked;
            break;
        }
    }
    for (const GaAreaState &area : gaAreas) {
        counts.gaAvailable += area.available;
        counts.gaCapacity += area.capacity;
    }
    return counts;
}

} // namespace

// The main window against a real store (SQLite, and PostgreSQL in the _postgres run): it lists the shows,
// draws the selected one and follows sales made by another terminal.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsSeatsAndFollowsSales();
    void reportsAStoreThatCannotOpen();

private:
    QTemporaryDir m_dir;
    TestDatabase m_database;
    StoreLocation m_location;
    SystemClock m_clock;
    std::unique_ptr<Store> m_store; // the other terminal: its own connection on the test's thread
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
    m_location = m_database.location();
    auto store = m_location.open();
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_store = std::move(store).value();

    const CallContext ctx{QStringLiteral("demo-seed-test"), QStringLiteral("demo"), QStringLiteral("test"),
                          m_clock.nowMs()};
    const auto seeded = DemoSeeder::seed(*m_store, ctx, QDate::currentDate());
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    QVERIFY(!seeded->isEmpty());
}

void TestMainWindow::showsSeatsAndFollowsSales()
{
    const auto shows = m_store->shows(0, m_clock.nowMs());
    QVERIFY(shows);
    QVERIFY(!shows->isEmpty());

    MainWindow window(m_location);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    // Opening the window lands on the next show, so the clerk sees tonight's seats at once.
    QTRY_VERIFY_WITH_TIMEOUT(window.selectedShowId() > 0, 10'000);

    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("showTree"));
    auto *view = window.findChild<SeatMapView *>(QStringLiteral("seatView"));
    auto *summary = window.findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(tree && view && summary);

    QTRY_COMPARE(showItems(tree).size(), shows->size());

    // Pick the first show the way a clerk does.
    QTreeWidgetItem *first = showItems(tree).first();
    const qint64 showId = first->data(0, Qt::UserRole).toLongLong();
    QVERIFY(showId > 0);
    tree->setCurrentItem(first);
    QCOMPARE(window.selectedShowId(), showId);

    const auto show = m_store->show(showId, m_clock.nowMs());
    QVERIFY(show);
    const auto map = m_store->seatMap(show->seatMapId);
    QVERIFY(map);
    QVERIFY(map->seatCount() > 0);
    QCOMPARE(first->text(1), QLocale().toString(show->availableCount));

    const auto seats = m_store->seatStates(showId, m_clock.nowMs());
    const auto gaAreas = m_store->gaStates(showId, m_clock.nowMs());
    QVERIFY(seats && gaAreas);
    QTRY_COMPARE(view->seatsWithState(), map->seatCount());
    QCOMPARE(view->seatCount(), map->seatCount());

    const SeatMapView::Counts expected = countsOf(*seats, *gaAreas);
    const SeatMapView::Counts shown = view->counts();
    QCOMPARE(shown.available, expected.available);
    QCOMPARE(shown.held, expected.held);
    QCOMPARE(shown.sold, expected.sold);
    QCOMPARE(shown.blocked, expected.blocked);
    QCOMPARE(shown.gaAvailable, expected.gaAvailable);
    QCOMPARE(shown.gaCapacity, expected.gaCapacity);
    QVERIFY2(
        summary->text().contains(QStringLiteral("%1 available").arg(QLocale().toString(expected.available))),
        qPrintable(summary->text()));
    QVERIFY(window.statusBar()
                ->findChild<QLabel *>(QStringLiteral("storeLabel"))
                ->text()
                .contains(m_location.path));

    // Another terminal sells a seat: the window notices through the change log within a poll or two.
    QStringList available;
    for (const SeatState &seat : *seats) {
        if (seat.status == SeatState::Status::Available)
            available.append(seat.seatId);
    }
    QVERIFY(available.size() > 600);
    const QString seatId = available.at(500);
    InventoryEngine engine(*m_store, m_clock);
    engine.setActor(QStringLiteral("test"), QStringLiteral("other-terminal"));
    SaleRequest sale;
    sale.hold.showId = showId;
    sale.hold.seatIds = {seatId};
    sale.method = Payment::Method::Cash;
    const auto order = engine.sell(sale, QStringLiteral("tst-mainwindow-sale-1"));
    QVERIFY2(order, qPrintable(order ? QString() : order.error().message));

    QTRY_VERIFY_WITH_TIMEOUT(view->seatStatus(seatId) == SeatState::Status::Sold, 10'000);
    if (testingPostgres()) // told by the other terminal's batched NOTIFY, not only by polling
        QTRY_VERIFY_WITH_TIMEOUT(window.feedNotifications() > 0, 10'000);
    QCOMPARE(view->counts().sold, expected.sold + 1);
    QCOMPARE(view->counts().available, expected.available - 1);
    QTRY_COMPARE(first->text(1), QLocale().toString(show->availableCount - 1));
    QTRY_VERIFY2(
        summary->text().contains(QStringLiteral("%1 sold").arg(QLocale().toString(expected.sold + 1))),
        qPrintable(summary->text()));

    // Hovering a seat tells what it is.
    const auto centre = view->seatCentre(seatId);
    QVERIFY(centre);
    QHelpEvent help(QEvent::ToolTip, centre->toPoint(), view->mapToGlobal(centre->toPoint()));
    QApplication::sendEvent(view, &help);
    QTRY_VERIFY2(QToolTip::isVisible() && QToolTip::text().contains(QStringLiteral("Sold")),
                 qPrintable(QToolTip::text()));
    QToolTip::hideText();

    // Holds and blocks by the other terminal show up too.
    HoldRequest hold;
    hold.showId = showId;
    hold.seatIds = available.mid(200, 4);
    const auto held = engine.hold(hold, QStringLiteral("tst-mainwindow-hold-1"));
    QVERIFY2(held, qPrintable(held ? QString() : held.error().message));
    BlockRequest block;
    block.showId = showId;
    block.seatIds = available.mid(800, 3);
    block.reason = QStringLiteral("house seats");
    const auto blocked = engine.setBlocked(block, QStringLiteral("tst-mainwindow-block-1"));
    QVERIFY2(blocked, qPrintable(blocked ? QString() : blocked.error().message));

    const auto statesNow = m_store->seatStates(showId, m_clock.nowMs());
    QVERIFY(statesNow);
    const SeatMapView::Counts expectedNow = countsOf(*statesNow, *gaAreas);
    QCOMPARE(expectedNow.held, expected.held + 4);
    QCOMPARE(expectedNow.blocked, expected.blocked + 3);
    QTRY_COMPARE(view->counts().held, expectedNow.held);
    QTRY_COMPARE(view->counts().blocked, expectedNow.blocked);
    QCOMPARE(view->counts().available, expectedNow.available);
    QCOMPARE(view->counts().sold, expectedNow.sold);

    // For people: how the window looks at the size the docs show.
    const QString screenshot = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/mainwindow.png");
    QVERIFY(window.grab().save(screenshot));
    qInfo().noquote() << "screenshot:" << screenshot;
}

void TestMainWindow::reportsAStoreThatCannotOpen()
{
    // A folder is not a SQLite file: the window says so and keeps running.
    MainWindow window(StoreLocation::sqlite(m_dir.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY(!window.statusBar()->currentMessage().isEmpty() &&
                window.statusBar()->currentMessage() != QStringLiteral("Loading shows…"));
    QVERIFY(window.findChild<QTreeWidget *>(QStringLiteral("showTree"))->topLevelItemCount() == 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
