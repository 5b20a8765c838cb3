// The House Seats window driven as a supervisor drives it, from the counter, against a real store (SQLite in
// a temporary folder, and PostgreSQL in the _postgres run): block and unblock, keep seats under a hold code
// and release them, refusals in words that change nothing, a clerk refused the window, an organizer
// defining a code, and the map following another terminal.

#include "boxoffice/counterwindow.h"
#include "houseseats/holdcodedialog.h"
#include "houseseats/houseseatswindow.h"
#include "inventory/inventoryservice.h"
#include "seatmap/demoseeder.h"
#include "seatmap/seatmapview.h"
#include "staff/staffservice.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include "testsupport.h"
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Parterre;
using namespace Parterre::Test;
using namespace Qt::StringLiterals;

namespace {

// A signal that came, or comes within ten seconds. QSignalSpy::wait() alone misses one that came already,
// while QTest's clicks and keys ran the event loop.
bool arrived(QSignalSpy &spy)
{
    return QTest::qWaitFor([&] { return spy.count() > 0; }, 10'000);
}

} // namespace

class TestHouseSeats final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void supervisorBlocksAndUnblocks();
    void supervisorKeepsSeatsUnderACodeAndReleasesThem();
    void aSoldSeatCannotBeBlockedAndNothingChanges();
    void aClerkIsRefusedTheWindow();
    void organizersDefineHoldCodesSupervisorsDoNot();
    void theMapFollowsOtherTerminals();
    void screenshotOnTheDemoStore();

private:
    std::unique_ptr<CounterWindow> openCounter(const StoreLocation &location, qint64 showId);
    void logIn(const QString &name, const QString &pin);
    HouseSeatsWindow *openHouseSeats();
    // Shortcuts go to the active window; offscreen, it does not come back by itself after another one.
    void activateCounter();
    void select(HouseSeatsWindow *window, const QStringList &seatIds);
    void click(HouseSeatsWindow *window, const QString &button);
    SeatState state(const QString &seatId);

    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<CounterWindow> m_counter;
};

void TestHouseSeats::init()
{
    m_fixture = std::make_unique<Fixture>(10, 20, 0);
    QVERIFY(m_fixture->isValid());
    // The window's store thread runs on the system clock: read states on the same one.
    m_fixture->clock().setNowMs(QDateTime::currentMSecsSinceEpoch());
    m_counter = openCounter(m_fixture->database().location(), m_fixture->showId());
    QVERIFY(m_counter);
    // Users come after the counter opened, so it does not ask who is there; each test logs in.
    StaffService staff(m_fixture->store(), m_fixture->clock());
    staff.setPinIterations(1000);
    QVERIFY(staff.createUser(u"Sam"_s, Role::Supervisor, u"2345"_s, u"sam"_s));
    QVERIFY(staff.createUser(u"Chris"_s, Role::Clerk, u"1111"_s, u"chris"_s));
    QVERIFY(staff.createUser(u"Olga"_s, Role::Organizer, u"3456"_s, u"olga"_s));
    QVERIFY(staff.createHoldCode({u"press"_s, u"Press"_s, {Role::Clerk, Role::Supervisor}, 0}, u"press"_s));
}

void TestHouseSeats::cleanup()
{
    m_counter.reset();
    m_fixture.reset();
}

std::unique_ptr<CounterWindow> TestHouseSeats::openCounter(const StoreLocation &location, qint64 showId)
{
    auto window = std::make_unique<CounterWindow>(location);
    window->resize(1280, 800);
    window->show();
    window->start();
    auto *view = window->findChild<SeatMapView *>(u"seatView"_s);
    if (!QTest::qWaitFor(
            [&] { return (showId == 0 || window->currentShowId() == showId) && view->seatsWithState() > 0; },
            10'000))
        return nullptr;
    return window;
}

void TestHouseSeats::logIn(const QString &name, const QString &pin)
{
    QSignalSpy changed(m_counter.get(), &CounterWindow::clerkChanged);
    m_counter->logIn(name, pin);
    QVERIFY2(arrived(changed), qPrintable(m_counter->notice()));
    QTRY_VERIFY(!m_counter->isBusy());
}

void TestHouseSeats::activateCounter()
{
    QApplication::setActiveWindow(m_counter.get());
    if (!QTest::qWaitForWindowActive(m_counter.get(), 10'000))
        qWarning() << "the counter is not active";
}

HouseSeatsWindow *TestHouseSeats::openHouseSeats()
{
    QSignalSpy opened(m_counter.get(), &CounterWindow::houseSeatsOpened);
    // As the supervisor does it: Ctrl+H on the counter.
    activateCounter();
    QTest::keyClick(m_counter.get(), Qt::Key_H, Qt::ControlModifier);
    if (!arrived(opened)) {
        qWarning() << "not opened:" << m_counter->notice();
        return nullptr;
    }
    HouseSeatsWindow *window = m_counter->houseSeatsWindow();
    if (!window || !QTest::qWaitFor([&] { return window->isLoaded(); }, 10'000)) {
        qWarning() << "not loaded:" << (window ? window->message() : u"no window"_s);
        return nullptr;
    }
    return window;
}

void TestHouseSeats::select(HouseSeatsWindow *window, const QStringList &seatIds)
{
    SeatMapView *view = window->seatView();
    view->clearSelection();
    for (const QString &id : seatIds) {
        const auto centre = view->seatCentre(id);
        QVERIFY(centre);
        QTest::mouseClick(view, Qt::LeftButton, Qt::ControlModifier, centre->toPoint());
    }
    QStringList expected = seatIds;
    QStringList selected = view->selectedSeatIds();
    expected.sort();
    selected.sort();
    QCOMPARE(selected, expected);
}

void TestHouseSeats::click(HouseSeatsWindow *window, const QString &button)
{
    auto *pushButton = window->findChild<QPushButton *>(button);
    QVERIFY(pushButton);
    QVERIFY2(pushButton->isEnabled(), qPrintable(button));
    QTest::mouseClick(pushButton, Qt::LeftButton);
}

SeatState TestHouseSeats::state(const QString &seatId)
{
    const auto states =
        m_fixture->store().seatStates(m_fixture->showId(), QDateTime::currentMSecsSinceEpoch());
    for (const SeatState &s : *states) {
        if (s.seatId == seatId)
            return s;
    }
    return {};
}

void TestHouseSeats::supervisorBlocksAndUnblocks()
{
    logIn(u"Sam"_s, u"2345"_s);
    HouseSeatsWindow *window = openHouseSeats();
    QVERIFY2(window, qPrintable(m_counter->notice()));
    QCOMPARE(window->showId(), m_fixture->showId());
    const QStringList seats{seatId(3, 4), seatId(3, 5)};
    select(window, seats);
    QTest::keyClicks(window->findChild<QLineEdit *>(u"blockReason"_s), u"sound desk"_s);
    QSignalSpy changed(window, &HouseSeatsWindow::changed);
    click(window, u"block"_s);
    QVERIFY2(arrived(changed), qPrintable(window->message()));
    QCOMPARE(state(seats.at(0)).status, SeatState::Status::Blocked);
    QCOMPARE(state(seats.at(1)).status, SeatState::Status::Blocked);
    QVERIFY(state(seats.at(0)).holdCode.isEmpty());
    QVERIFY2(window->message().contains(u"Blocked 2 seat"_s), qPrintable(window->message()));
    // The map shows it (the change feed or the window's own read, whichever lands first), and so does the
    // counter's, which follows the same feed.
    QTRY_COMPARE_WITH_TIMEOUT(window->seatView()->seatStatus(seats.at(0)), SeatState::Status::Blocked,
                              10'000);
    auto *counterView = m_counter->findChild<SeatMapView *>(u"seatView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(counterView->seatStatus(seats.at(1)), SeatState::Status::Blocked, 10'000);
    const auto who = m_fixture->database().query(
        u"SELECT actor, details FROM audit_log WHERE action = 'block' ORDER BY id DESC LIMIT 1"_s);
    QCOMPARE(who.value(0).value(0).toString(), u"Sam"_s);
    QVERIFY2(who.value(0).value(1).toString().contains(u"sound desk"_s),
             qPrintable(who.value(0).value(1).toString()));

    // A box dragged around them selects them (Drag selects is on by default).
    SeatMapView *view = window->seatView();
    view->clearSelection();
    const QPoint from = view->seatCentre(seats.at(0))->toPoint() - QPoint(6, 6);
    const QPoint to = view->seatCentre(seats.at(1))->toPoint() + QPoint(6, 6);
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(view, (from + to) / 2);
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(view->selectedSeatIds(), seats);
    changed.clear();
    click(window, u"unblock"_s);
    QVERIFY2(arrived(changed), qPrintable(window->message()));
    QCOMPARE(state(seats.at(0)).status, SeatState::Status::Available);
    QCOMPARE(state(seats.at(1)).status, SeatState::Status::Available);
    QTRY_COMPARE_WITH_TIMEOUT(window->seatView()->seatStatus(seats.at(0)), SeatState::Status::Available,
                              10'000);
    QCOMPARE(m_fixture->violations(), QStringList());
}

void TestHouseSeats::supervisorKeepsSeatsUnderACodeAndReleasesThem()
{
    logIn(u"Sam"_s, u"2345"_s);
    HouseSeatsWindow *window = openHouseSeats();
    QVERIFY2(window, qPrintable(m_counter->notice()));
    auto *codes = window->findChild<QTableWidget *>(u"holdCodes"_s);
    QCOMPARE(codes->rowCount(), 1);
    QCOMPARE(codes->item(0, 0)->text(), u"press"_s);
    QCOMPARE(codes->item(0, 2)->text(), u"Clerk, Supervisor, Admin"_s);
    QCOMPARE(codes->item(0, 3)->text(), u"0"_s);

    const QStringList seats{seatId(1, 10), seatId(1, 11), seatId(1, 12)};
    select(window, seats);
    auto *code = window->findChild<QComboBox *>(u"keepCode"_s);
    QCOMPARE(code->currentData().toString(), u"press"_s);
    QSignalSpy changed(window, &HouseSeatsWindow::changed);
    QApplication::setActiveWindow(window); // shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier); // the Keep button's shortcut
    QVERIFY2(arrived(changed), qPrintable(window->message()));
    for (const QString &id : seats) {
        QCOMPARE(state(id).status, SeatState::Status::Blocked);
        QCOMPARE(state(id).holdCode, u"press"_s);
    }
    QVERIFY2(window->message().contains(u"for Press"_s), qPrintable(window->message()));
    // The side list counts them, and the map knows which code keeps them.
    QTRY_COMPARE_WITH_TIMEOUT(codes->item(0, 3)->text(), u"3"_s, 10'000);
    QCOMPARE(window->count(u"press"_s).kept, 3);
    QCOMPARE(window->seatView()->holdCode(seats.at(0)), u"press"_s);
    QCOMPARE(window->seatView()->keptSeatCount(), 3);
    const int first = window->seatView()->renderer().geometry().indexOf(seats.at(0));
    QVERIFY2(window->seatView()->seatDescription(first).contains(u"kept for Press"_s),
             qPrintable(window->seatView()->seatDescription(first)));
    auto *summary = window->findChild<QLabel *>(u"houseSummary"_s);
    QVERIFY2(summary->text().contains(u"3 kept under hold codes"_s), qPrintable(summary->text()));

    // A kept seat is not unblocked by Unblock: the refusal says to release it, and nothing changes.
    select(window, {seats.at(0)});
    const QByteArray before = m_fixture->snapshot();
    QSignalSpy refused(window, &HouseSeatsWindow::refused);
    click(window, u"unblock"_s);
    QVERIFY(arrived(refused));
    QVERIFY2(window->message().contains(u"release those to sale"_s), qPrintable(window->message()));
    QVERIFY2(window->message().contains(u"Nothing was changed"_s), qPrintable(window->message()));
    QCOMPARE(m_fixture->snapshot(), before);

    // Double-clicking the code selects what it keeps; Release to Sale puts them on sale.
    const QRect cell = codes->visualItemRect(codes->item(0, 1));
    // Item views want the press of the first click before the double click, as a real mouse sends it.
    QTest::mouseClick(codes->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(codes->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QCOMPARE(window->seatView()->selectedSeatIds().size(), 3);
    changed.clear();
    click(window, u"release"_s);
    QVERIFY2(arrived(changed), qPrintable(window->message()));
    for (const QString &id : seats) {
        QCOMPARE(state(id).status, SeatState::Status::Available);
        QVERIFY(state(id).holdCode.isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(codes->item(0, 3)->text(), u"0"_s, 10'000);
    QCOMPARE(m_fixture->violations(), QStringList());
}

void TestHouseSeats::aSoldSeatCannotBeBlockedAndNothingChanges()
{
    const Order sold = m_fixture->sell({seatId(5, 5)});
    QVERIFY(sold.id > 0);
    logIn(u"Sam"_s, u"2345"_s);
    HouseSeatsWindow *window = openHouseSeats();
    QVERIFY2(window, qPrintable(m_counter->notice()));
    QTRY_COMPARE(window->seatView()->seatStatus(seatId(5, 5)), SeatState::Status::Sold);
    select(window, {seatId(5, 4), seatId(5, 5)});
    auto *selection = window->findChild<QLabel *>(u"houseSelection"_s);
    QCOMPARE(selection->text(), u"2 seat(s) selected: 1 on sale, 1 held or sold."_s);
    const QByteArray before = m_fixture->snapshot();
    QSignalSpy refused(window, &HouseSeatsWindow::refused);
    click(window, u"block"_s);
    QVERIFY(arrived(refused));
    // In words, naming the seat as people read it, and saying that nothing changed: all or nothing.
    const QString message = window->message();
    QVERIFY2(message.contains(u"Not blocked"_s), qPrintable(message));
    QVERIFY2(message.contains(u"row 5 seat 5"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"row 5 seat 4"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Nothing was changed"_s), qPrintable(message));
    QCOMPARE(m_fixture->snapshot(), before);
    QCOMPARE(state(seatId(5, 4)).status, SeatState::Status::Available);
    // Keeping it under a code is refused the same way.
    refused.clear();
    click(window, u"keep"_s);
    QVERIFY(arrived(refused));
    QVERIFY2(window->message().contains(u"Not kept"_s), qPrintable(window->message()));
    QCOMPARE(m_fixture->snapshot(), before);
}

void TestHouseSeats::aClerkIsRefusedTheWindow()
{
    logIn(u"Chris"_s, u"1111"_s);
    const QByteArray before = m_fixture->snapshot();
    activateCounter();
    QTest::keyClick(m_counter.get(), Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->notice().contains(u"may not block or unblock seats"_s), 10'000);
    QVERIFY2(m_counter->notice().contains(u"Chris (clerk)"_s), qPrintable(m_counter->notice()));
    QTRY_VERIFY(!m_counter->isBusy());
    QVERIFY(!m_counter->houseSeatsWindow());
    QCOMPARE(m_fixture->snapshot(), before);

    // A supervisor opens it; when a clerk takes over the counter, it closes.
    logIn(u"Sam"_s, u"2345"_s);
    QPointer<HouseSeatsWindow> window = openHouseSeats();
    QVERIFY(window);
    logIn(u"Chris"_s, u"1111"_s);
    QTRY_VERIFY(!window);
}

void TestHouseSeats::organizersDefineHoldCodesSupervisorsDoNot()
{
    logIn(u"Sam"_s, u"2345"_s);
    HouseSeatsWindow *window = openHouseSeats();
    QVERIFY(window);
    auto *newCode = window->findChild<QPushButton *>(u"newHoldCode"_s);
    QVERIFY(!newCode->isEnabled());
    // Even asked directly, the store refuses a supervisor and writes nothing.
    const QByteArray before = m_fixture->snapshot();
    QSignalSpy refused(window, &HouseSeatsWindow::refused);
    window->createHoldCode({u"promoter"_s, u"Promoter"_s, {Role::Supervisor}, 0});
    QVERIFY(arrived(refused));
    QVERIFY2(window->message().contains(u"may not manage hold codes"_s), qPrintable(window->message()));
    QCOMPARE(m_fixture->snapshot(), before);

    logIn(u"Olga"_s, u"3456"_s); // closes the supervisor's window
    window = openHouseSeats();
    QVERIFY2(window, qPrintable(m_counter->notice()));
    newCode = window->findChild<QPushButton *>(u"newHoldCode"_s);
    QVERIFY(newCode->isEnabled());
    QTest::mouseClick(newCode, Qt::LeftButton);
    auto *dialog = window->findChild<HoldCodeDialog *>();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing typed yet
    auto *codeField = dialog->findChild<QLineEdit *>(u"holdCodeCode"_s);
    QTest::keyClicks(codeField, u"Wheel chair"_s); // the validator keeps what a code may hold
    QCOMPARE(codeField->text(), u"heelchair"_s);
    codeField->clear();
    QTest::keyClicks(codeField, u"wheelchair"_s);
    QVERIFY(!ok->isEnabled()); // no name yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"holdCodeName"_s), u"Wheelchair reserve"_s);
    dialog->findChild<QCheckBox *>(u"role_clerk"_s)->setChecked(true);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/hold-code-dialog.png")));
    QSignalSpy created(window, &HouseSeatsWindow::holdCodeCreated);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY2(arrived(created), qPrintable(window->message()));
    const auto codes = m_fixture->store().holdCodes();
    QVERIFY(codes);
    QCOMPARE(codes->size(), 2);
    const HoldCode &wheelchair = codes->at(1).code == u"wheelchair"_s ? codes->at(1) : codes->at(0);
    QCOMPARE(wheelchair.code, u"wheelchair"_s);
    QCOMPARE(wheelchair.name, u"Wheelchair reserve"_s);
    QCOMPARE(wheelchair.roles, (QList<Role>{Role::Clerk, Role::Supervisor}));
    auto *table = window->findChild<QTableWidget *>(u"holdCodes"_s);
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(window->keepCode(), u"wheelchair"_s);
    // A code that exists already is refused by the store, in words, and nothing is written.
    const QByteArray withCodes = m_fixture->snapshot();
    QSignalSpy duplicate(window, &HouseSeatsWindow::refused);
    window->createHoldCode({u"press"_s, u"Press again"_s, {Role::Clerk}, 0});
    QVERIFY(arrived(duplicate));
    QVERIFY2(window->message().contains(u"exists already"_s), qPrintable(window->message()));
    QCOMPARE(m_fixture->snapshot(), withCodes);

    // Organizers block and keep seats too (they plan the house).
    select(window, {seatId(10, 1), seatId(10, 2)});
    QSignalSpy changed(window, &HouseSeatsWindow::changed);
    click(window, u"keep"_s);
    QVERIFY2(arrived(changed), qPrintable(window->message()));
    QCOMPARE(state(seatId(10, 1)).holdCode, u"wheelchair"_s);
}

void TestHouseSeats::theMapFollowsOtherTerminals()
{
    logIn(u"Sam"_s, u"2345"_s);
    HouseSeatsWindow *window = openHouseSeats();
    QVERIFY(window);
    // Another terminal keeps seats and sells one: the window shows both without being asked.
    auto other = m_fixture->openAnother();
    QVERIFY(other);
    InventoryEngine engine(*other, m_fixture->clock());
    QVERIFY(engine.setSeatsHoldCode(m_fixture->showId(), {seatId(2, 1), seatId(2, 2)}, u"press"_s, u"k"_s));
    SaleRequest sale;
    sale.hold = {m_fixture->showId(), {seatId(2, 1)}, {}, 0};
    sale.hold.holdCode = u"press"_s;
    QVERIFY(engine.sell(sale, u"s"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window->seatView()->seatStatus(seatId(2, 1)), SeatState::Status::Sold, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(window->count(u"press"_s).kept, 1, 10'000);
    QCOMPARE(window->count(u"press"_s).taken, 1);
    auto *codes = window->findChild<QTableWidget *>(u"holdCodes"_s);
    QCOMPARE(codes->item(0, 3)->text(), u"1"_s);
    QCOMPARE(codes->item(0, 4)->text(), u"1"_s);
}

void TestHouseSeats::screenshotOnTheDemoStore()
{
    m_counter.reset();
    TestDatabase database;
    QVERIFY(database.isValid());
    {
        auto store = database.location().open();
        QVERIFY(store);
        const CallContext ctx{u"demo-seed"_s, u"demo"_s, u"test"_s, QDateTime::currentMSecsSinceEpoch()};
        QVERIFY(DemoSeeder::seed(**store, ctx, QDate::currentDate()));
    }
    m_counter = openCounter(database.location(), 0);
    QVERIFY(m_counter);
    {
        // The demo's users and codes, after the counter opened (it would ask who is there otherwise).
        auto store = database.location().open();
        QVERIFY(store);
        const CallContext ctx{u"demo-staff"_s, u"demo"_s, u"test"_s, QDateTime::currentMSecsSinceEpoch()};
        QVERIFY(DemoSeeder::seedStaff(**store, ctx));
    }
    logIn(u"supervisor"_s, u"2345"_s);
    HouseSeatsWindow *window = openHouseSeats();
    QVERIFY2(window, qPrintable(m_counter->notice()));
    window->resize(1280, 800);
    window->seatView()->fitToView();
    // Keep the first six seats of the front row for the press and block two at the end of the next row.
    const SeatMapGeometry &geometry = window->seatView()->renderer().geometry();
    QVERIFY(geometry.rows().size() > 2);
    const auto rowSeats = [&](int row, int from, int count) {
        QStringList ids;
        const SeatMapGeometry::RowInfo &info = geometry.rows().at(std::size_t(row));
        for (int i = from; i < from + count && i < info.seatCount; ++i)
            ids.append(geometry.seatId(info.firstSeat + i).toString());
        return ids;
    };
    QSignalSpy changed(window, &HouseSeatsWindow::changed);
    select(window, rowSeats(0, 4, 6));
    QVERIFY(window->setKeepCode(u"press"_s));
    click(window, u"keep"_s);
    QVERIFY2(arrived(changed), qPrintable(window->message()));
    const int lastOfRow1 = geometry.rows().at(1).seatCount;
    select(window, rowSeats(1, lastOfRow1 - 2, 2));
    click(window, u"block"_s);
    QVERIFY2(arrived(changed), qPrintable(window->message()));
    QTRY_VERIFY_WITH_TIMEOUT(window->count(u"press"_s).kept == 6 && !window->isBusy(), 10'000);
    select(window, rowSeats(2, 6, 4));
    // Close enough to read the rings: the first rows of the stalls.
    QRectF front;
    for (int row = 0; row < 5; ++row) {
        const SeatMapGeometry::RowInfo &info = geometry.rows().at(std::size_t(row));
        for (int i = 0; i < info.seatCount; ++i) {
            const QPointF at = geometry.position(info.firstSeat + i);
            front |= QRectF(at, QSizeF(1, 1));
        }
    }
    window->seatView()->zoomToMapRect(front.adjusted(-3 * geometry.pitch(), -3 * geometry.pitch(),
                                                     3 * geometry.pitch(), 3 * geometry.pitch()));
    QTest::qWait(200);
    const QString screenshot = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/house-seats.png");
    QVERIFY(window->grab().save(screenshot));
    qInfo().noquote() << "screenshot:" << screenshot;
    // And close up, as the seat sprites draw kept, blocked and selected seats.
    QRectF kept;
    for (const QString &id : rowSeats(0, 3, 8)) {
        const QPointF at = geometry.position(geometry.indexOf(id));
        kept |= QRectF(at, QSizeF(1, 1));
    }
    window->seatView()->zoomToMapRect(
        kept.adjusted(-geometry.pitch(), -geometry.pitch(), geometry.pitch(), 3 * geometry.pitch()));
    QTest::qWait(100);
    QVERIFY(
        window->seatView()->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/house-seats-close.png")));
}

QTEST_MAIN(TestHouseSeats)
#include "tst_houseseats.moc"
