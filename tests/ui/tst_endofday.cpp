// The end-of-day window opened from the counter, against a real store (SQLite in a temporary folder, and
// PostgreSQL in the _postgres run): a drawer opened, sold from in cash, closed short and its Z-report saved;
// a sales report by method against the sales; a clerk refused reports; and a card payment whose answer was
// lost, listed and reconciled.

#include "boxoffice/counterwindow.h"
#include "endofday/denominationdialog.h"
#include "endofday/drawerpanel.h"
#include "endofday/endofdaywindow.h"
#include "endofday/reportspanel.h"
#include "endofday/resolvepanel.h"
#include "inventory/inventoryservice.h"
#include "payment/simulatedcardterminal.h"
#include "report/cashdrawer.h"
#include "staff/staffservice.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

#include <memory>

using namespace Parterre;
using namespace Parterre::Test;
using namespace Qt::StringLiterals;

namespace {

// A store job that finishes before its answer is awaited may land at once, inside the call that started
// it: count what the spy saw already, then wait.
bool arrived(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(20'000);
}

} // namespace

class TestEndOfDay final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void denominationsAddUp();
    void closingShortShowsAndStoresTheVariance();
    void reportByMethodMatchesTheSales();
    void aClerkMayNotReadReports();
    void aClerkMayNotCloseAnotherClerksDrawer();
    void aLostCardAnswerIsListedAndReconciled();
    void aClerkMayNotReconcile();

private:
    // The counter over the fixture's store (not shown: nobody is asked to log in) and its end-of-day window.
    EndOfDayWindow *openEndOfDay(int page);
    // A whole sale through the counter's own store thread, so it is stamped with the counter's clerk and
    // terminal as a sale at the counter is.
    Result<Order> sellAtCounter(const QStringList &seats, Payment::Method method);
    // Waits until no job of the window runs any more.
    bool settle(EndOfDayWindow *window);

    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<CounterWindow> m_counter;
    int m_sales = 0;
};

void TestEndOfDay::initTestCase()
{
    // The counter remembers its clerk in the settings: keep this suite's away from a person's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestEndOfDay::init()
{
    QSettings().clear();
    // The terminal's name keys its drawers; by default it is the computer's name.
    QSettings().setValue(u"counter/terminal"_s, u"counter"_s);
    m_fixture = std::make_unique<Fixture>(10, 20, 50);
    QVERIFY(m_fixture->isValid());
    // The counter's store thread runs on the system clock: report periods are in today's dates.
    m_fixture->clock().setNowMs(QDateTime::currentMSecsSinceEpoch());
    m_counter = std::make_unique<CounterWindow>(m_fixture->database().location());
    m_sales = 0;
}

void TestEndOfDay::cleanup()
{
    m_counter.reset();
    m_fixture.reset();
}

EndOfDayWindow *TestEndOfDay::openEndOfDay(int page)
{
    EndOfDayWindow *window = m_counter->openEndOfDay(page);
    window->resize(1100, 680);
    if (!QTest::qWaitForWindowExposed(window))
        qWarning() << "end-of-day window not exposed";
    return window;
}

Result<Order> TestEndOfDay::sellAtCounter(const QStringList &seats, Payment::Method method)
{
    const qint64 showId = m_fixture->showId();
    const QString key = u"test-sale-%1"_s.arg(++m_sales);
    auto future = m_counter->service()->run([showId, seats, method, key](InventoryEngine &engine) {
        SaleRequest sale;
        sale.hold = {showId, seats, {}, 0};
        sale.method = method;
        return engine.sell(sale, key);
    });
    // Not waitForFinished(): it may run a job that has not started on this thread, away from the store's.
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 20'000))
        return Error::storage(u"the sale did not finish"_s);
    return future.result();
}

bool TestEndOfDay::settle(EndOfDayWindow *window)
{
    return QTest::qWaitFor([window] { return !window->isBusy(); }, 20'000);
}

void TestEndOfDay::denominationsAddUp()
{
    DenominationDialog dialog(u"EUR"_s);
    dialog.setCount(5000, 3);
    dialog.setCount(2000, 2);
    dialog.setCount(50, 3);
    dialog.setCount(1, 4);
    dialog.setCount(7, 9); // no 0.07 coin: nothing changes
    QCOMPARE(dialog.totalMinor(), 15000 + 4000 + 150 + 4);
    QVERIFY(dialog.findChild<QLabel *>(u"countTotal"_s)->text().contains(u"191.54"_s));
}

void TestEndOfDay::closingShortShowsAndStoresTheVariance()
{
    EndOfDayWindow *window = openEndOfDay(EndOfDayWindow::DrawerPage);
    DrawerPanel *drawer = window->drawer();
    QVERIFY(settle(window));
    QVERIFY(!drawer->openSession());
    QVERIFY(drawer->findChild<QLabel *>(u"drawerStatus"_s)->text().contains(u"No drawer is open"_s));

    // Opened through its field and button: 100.00 float.
    drawer->findChild<QLineEdit *>(u"floatAmount"_s)->setText(u"100"_s);
    QTest::mouseClick(drawer->findChild<QPushButton *>(u"openDrawer"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(drawer->openSession().has_value(), 20'000);
    QVERIFY(settle(window));
    QCOMPARE(drawer->openSession()->floatMinor, 10'000);
    QCOMPARE(drawer->openSession()->terminal, u"counter"_s);

    // Two front seats (2 x 50.00) and one behind (30.00) for cash, a comp is no cash.
    QVERIFY(sellAtCounter({seatId(1, 1), seatId(1, 2)}, Payment::Method::Cash).ok());
    QVERIFY(sellAtCounter({seatId(6, 1)}, Payment::Method::Cash).ok());
    window->refresh();
    QVERIFY(settle(window));
    QCOMPARE(drawer->expectedMinor().value_or(-1), qint64(10'000 + 13'000));

    // 5.00 short: the figures say so before anything is written.
    const QByteArray beforeClose = m_fixture->snapshot();
    drawer->findChild<QLineEdit *>(u"countedAmount"_s)->setText(u"225.00"_s);
    QVERIFY(drawer->findChild<QLabel *>(u"expectedFigure"_s)->text().contains(u"230.00"_s));
    QVERIFY(drawer->findChild<QLabel *>(u"countedFigure"_s)->text().contains(u"225.00"_s));
    const QString variance = drawer->findChild<QLabel *>(u"varianceFigure"_s)->text();
    QVERIFY2(variance.contains(u"-5.00"_s) && variance.contains(u"short"_s), qPrintable(variance));
    QCOMPARE(m_fixture->snapshot(), beforeClose);

    QSignalSpy zReady(drawer, &DrawerPanel::zReportReady);
    drawer->closeDrawer(22'500);
    QVERIFY(arrived(zReady));
    QVERIFY(settle(window));
    QVERIFY(drawer->message().contains(u"-5.00"_s));
    QVERIFY(!drawer->openSession());
    QVERIFY(drawer->zReport().has_value());
    QCOMPARE(drawer->zReport()->session.varianceMinor, -500);
    QVERIFY(drawer->zReportText().contains(u"(short)"_s));
    const auto stored = m_fixture->database().query(
        u"SELECT expected_minor, counted_minor, variance_minor, closed_by FROM drawer_sessions"_s);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).at(0).toLongLong(), 23'000);
    QCOMPARE(stored.at(0).at(1).toLongLong(), 22'500);
    QCOMPARE(stored.at(0).at(2).toLongLong(), -500);

    // The Z-report as PDF (one 80 mm page) and CSV.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"z.pdf"_s);
    const QString csv = dir.filePath(u"z.csv"_s);
    QVERIFY(drawer->saveZReportPdf(pdf).ok());
    QVERIFY(drawer->saveZReportCsv(csv).ok());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QCOMPARE(pdfBytes.count("/Type /Page\n") + pdfBytes.count("/Type /Page\r") +
                 pdfBytes.count("/Type /Page "),
             1);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csvFile.readAll());
    QVERIFY(csvText.startsWith(u"section,key,label,count,amount,currency\r\n"_s));
    QVERIFY(csvText.contains(u"cash,float,Float,0,100.00,EUR\r\n"_s));
    QVERIFY(csvText.contains(u"cash,sales,Cash sales,0,130.00,EUR\r\n"_s));
    QVERIFY(csvText.contains(u"cash,expected,Expected,0,230.00,EUR\r\n"_s));
    QVERIFY(csvText.contains(u"cash,counted,Counted,0,225.00,EUR\r\n"_s));
    QVERIFY(csvText.contains(u"cash,variance,Variance,0,-5.00,EUR\r\n"_s));
    QVERIFY(csvText.contains(u"method,cash,cash,2,130.00,EUR\r\n"_s));
    QVERIFY(csvText.contains(u"total,tickets,Tickets,3,0.00,EUR\r\n"_s));

    // What people see after a close (docs/images/end-of-day.png).
#ifdef PARTERRE_SCREENSHOT_DIR
    window->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/end-of-day.png"));
    QVERIFY(drawer->saveZReportPdf(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/end-of-day-z-report.pdf")).ok());
#endif

    // Reprinted later from the list of closed drawers: the same report.
    QTRY_COMPARE_WITH_TIMEOUT(drawer->closedDrawers().size(), 1, 20'000);
    QVERIFY(settle(window));
    const QString firstText = drawer->zReportText();
    const qint64 closedId = drawer->closedDrawers().first().id;
    QSignalSpy again(drawer, &DrawerPanel::zReportReady);
    drawer->showClosedZReport(closedId);
    QVERIFY(arrived(again));
    QCOMPARE(drawer->zReportText(), firstText);

    // A second close of the same drawer: there is none open to close, nothing is written.
    const QByteArray closed = m_fixture->snapshot();
    drawer->closeDrawer(22'500);
    QVERIFY(drawer->message().contains(u"No drawer is open"_s));
    QCOMPARE(m_fixture->snapshot(), closed);

    QCOMPARE(m_fixture->violations(), QStringList());
}

void TestEndOfDay::reportByMethodMatchesTheSales()
{
    QVERIFY(sellAtCounter({seatId(1, 1), seatId(1, 2)}, Payment::Method::Cash).ok()); // 100.00
    QVERIFY(sellAtCounter({seatId(7, 1)}, Payment::Method::Card).ok());               // 30.00
    QVERIFY(sellAtCounter({seatId(7, 2)}, Payment::Method::Card).ok());               // 30.00
    EndOfDayWindow *window = openEndOfDay(EndOfDayWindow::ReportsPage);
    ReportsPanel *reports = window->reports();
    QSignalSpy ready(reports, &ReportsPanel::reportReady);
    const QDate today = QDate::currentDate();
    reports->runReport(SalesReport::By::Method, today, today);
    QVERIFY(arrived(ready));
    QVERIFY(settle(window));

    // What the engine's ledger says, read here through the store.
    CashDrawer direct(m_fixture->store(), m_fixture->clock());
    const auto expected = direct.salesReport(SalesReport::By::Method, today.startOfDay().toMSecsSinceEpoch(),
                                             today.addDays(1).startOfDay().toMSecsSinceEpoch());
    QVERIFY(expected.ok());
    QCOMPARE(reports->rows().size(), expected->size());
    QCOMPARE(reports->rows().size(), 2);
    const auto rowOf = [&](const QString &key) -> const SalesReport::Row * {
        for (const SalesReport::Row &row : reports->rows()) {
            if (row.key == key)
                return &row;
        }
        return nullptr;
    };
    QVERIFY(rowOf(u"cash"_s) && rowOf(u"card"_s));
    QCOMPARE(rowOf(u"cash"_s)->tickets, 1);
    QCOMPARE(rowOf(u"cash"_s)->grossMinor, 10'000);
    QCOMPARE(rowOf(u"card"_s)->tickets, 2);
    QCOMPARE(rowOf(u"card"_s)->grossMinor, 6'000);
    auto *table = reports->findChild<QTableWidget *>(u"reportTable"_s);
    QCOMPARE(table->rowCount(), 2);
#ifdef PARTERRE_SCREENSHOT_DIR
    window->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/end-of-day-reports.png"));
#endif

    QTemporaryDir dir;
    const QString path = dir.filePath(u"by-method.csv"_s);
    QVERIFY(reports->exportCsv(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), SalesReport::toCsv(SalesReport::By::Method, *expected));

    // A period that ends before it starts is refused on the spot.
    reports->runReport(SalesReport::By::Method, today, today.addDays(-1));
    QVERIFY(reports->message().contains(u"ends before it starts"_s));
}

void TestEndOfDay::aClerkMayNotReadReports()
{
    StaffService staff(m_fixture->store(), m_fixture->clock());
    staff.setPinIterations(1000);
    QVERIFY(staff.createUser(u"Chris"_s, Role::Clerk, u"1111"_s, u"chris"_s));
    QVERIFY(staff.createUser(u"Sam"_s, Role::Supervisor, u"2345"_s, u"sam"_s));
    QSignalSpy changed(m_counter.get(), &CounterWindow::clerkChanged);
    m_counter->logIn(u"Chris"_s, u"1111"_s);
    QVERIFY(arrived(changed));
    QVERIFY(sellAtCounter({seatId(1, 1)}, Payment::Method::Cash).ok());

    EndOfDayWindow *window = openEndOfDay(EndOfDayWindow::ReportsPage);
    QVERIFY(settle(window));
    ReportsPanel *reports = window->reports();
    const QByteArray before = m_fixture->snapshot();
    QSignalSpy failed(reports, &EndOfDayPanel::failed);
    QTest::mouseClick(reports->findChild<QPushButton *>(u"runReport"_s), Qt::LeftButton);
    QVERIFY(arrived(failed));
    QVERIFY(settle(window));
    QVERIFY2(reports->message().startsWith(u"Not allowed"_s), qPrintable(reports->message()));
    QVERIFY(reports->message().contains(u"Chris"_s));
    QVERIFY(!reports->hasReport());
    QCOMPARE(reports->findChild<QTableWidget *>(u"reportTable"_s)->rowCount(), 0);
    QVERIFY(!reports->findChild<QPushButton *>(u"exportReport"_s)->isEnabled());
    QTemporaryDir dir;
    QVERIFY(!reports->exportCsv(dir.filePath(u"refused.csv"_s)).ok());
    QVERIFY(!QFile::exists(dir.filePath(u"refused.csv"_s)));
    QCOMPARE(m_fixture->snapshot(), before);

    // Her own drawer she may open; the supervisor who steps in (Ctrl+L) reads the report.
    window->drawer()->openDrawer(5'000);
    QTRY_VERIFY_WITH_TIMEOUT(window->drawer()->openSession().has_value(), 20'000);
    QCOMPARE(window->drawer()->openSession()->clerk, u"Chris"_s);
    changed.clear();
    m_counter->logIn(u"Sam"_s, u"2345"_s);
    QVERIFY(arrived(changed));
    QVERIFY(settle(window));
    // Sam has no drawer open: the page shows Chris's, the one open here, whose figures Sam may see.
    QVERIFY(!window->drawer()->ownDrawerIsOpen());
    QCOMPARE(window->drawer()->openSession()->clerk, u"Chris"_s);
    // Her float only: her one sale came before the drawer opened.
    QCOMPARE(window->drawer()->expectedMinor().value_or(-1), qint64(5'000));
    QSignalSpy ready(reports, &ReportsPanel::reportReady);
    reports->refresh();
    QVERIFY2(arrived(ready), qPrintable(reports->message()));
    QVERIFY(reports->message().isEmpty());
    QCOMPARE(reports->rows().size(), 1);
}

void TestEndOfDay::aClerkMayNotReconcile()
{
    // Reconciling confirms, cancels and refunds: a supervisor's job, not a clerk's.
    m_counter->cardTerminal()->script({SimulatedCardTerminal::Step::Lost});
    auto pending = sellAtCounter({seatId(3, 1)}, Payment::Method::Card);
    QVERIFY(pending.ok());
    QCOMPARE(pending->status, Order::Status::PendingPayment);
    StaffService staff(m_fixture->store(), m_fixture->clock());
    staff.setPinIterations(1000);
    QVERIFY(staff.createUser(u"Chris"_s, Role::Clerk, u"1111"_s, u"chris"_s));
    QSignalSpy changed(m_counter.get(), &CounterWindow::clerkChanged);
    m_counter->logIn(u"Chris"_s, u"1111"_s);
    QVERIFY(arrived(changed));

    EndOfDayWindow *window = openEndOfDay(EndOfDayWindow::PaymentsPage);
    ResolvePanel *payments = window->payments();
    QVERIFY(settle(window));
    payments->setMinimumAgeMs(0);
    const QByteArray before = m_fixture->snapshot();
    QSignalSpy failed(payments, &EndOfDayPanel::failed);
    QTest::mouseClick(payments->findChild<QPushButton *>(u"reconcile"_s), Qt::LeftButton);
    QVERIFY(arrived(failed));
    QVERIFY(settle(window));
    QVERIFY2(payments->message().startsWith(u"Not allowed"_s), qPrintable(payments->message()));
    QVERIFY2(payments->message().contains(u"Chris (clerk) may not refund"_s),
             qPrintable(payments->message()));
    QCOMPARE(m_fixture->snapshot(), before);
    QCOMPARE(m_fixture->store().order(pending->id)->status, Order::Status::PendingPayment);
}

void TestEndOfDay::aClerkMayNotCloseAnotherClerksDrawer()
{
    StaffService staff(m_fixture->store(), m_fixture->clock());
    staff.setPinIterations(1000);
    QVERIFY(staff.createUser(u"Chris"_s, Role::Clerk, u"1111"_s, u"chris"_s));
    QVERIFY(staff.createUser(u"Sam"_s, Role::Supervisor, u"2345"_s, u"sam"_s));
    // Sam's drawer is open at this counter; Chris takes over the counter.
    CashDrawer samsDrawer(m_fixture->store(), m_fixture->clock(), u"counter"_s);
    User sam;
    sam.name = u"Sam"_s;
    sam.role = Role::Supervisor;
    samsDrawer.setUser(sam);
    QVERIFY(samsDrawer.open({}, {20'000, u"EUR"_s}, u"sam-opens"_s).ok());
    QSignalSpy changed(m_counter.get(), &CounterWindow::clerkChanged);
    m_counter->logIn(u"Chris"_s, u"1111"_s);
    QVERIFY(arrived(changed));

    EndOfDayWindow *window = openEndOfDay(EndOfDayWindow::DrawerPage);
    DrawerPanel *drawer = window->drawer();
    QVERIFY(settle(window));
    QCOMPARE(drawer->openDrawers().size(), 1);
    QCOMPARE(drawer->openSession()->clerk, u"Sam"_s);
    QVERIFY(!drawer->ownDrawerIsOpen());
    // Its figures are not hers to read, and she is told so.
    QVERIFY(!drawer->expectedMinor());
    QVERIFY2(drawer->message().startsWith(u"Not allowed"_s), qPrintable(drawer->message()));

    const QByteArray before = m_fixture->snapshot();
    QSignalSpy failed(drawer, &EndOfDayPanel::failed);
    drawer->closeDrawer(20'000);
    QVERIFY(arrived(failed));
    QVERIFY(settle(window));
    QVERIFY2(drawer->message().startsWith(u"Not allowed"_s), qPrintable(drawer->message()));
    QVERIFY(drawer->message().contains(u"own cash drawer"_s));
    QVERIFY(!drawer->zReport());
    QCOMPARE(m_fixture->snapshot(), before);

    // Her own she may open beside it, and the page then shows hers.
    drawer->openDrawer(3'000);
    QTRY_VERIFY_WITH_TIMEOUT(drawer->ownDrawerIsOpen(), 20'000);
    QVERIFY(settle(window));
    QCOMPARE(drawer->openDrawers().size(), 2);
    QCOMPARE(drawer->openSession()->clerk, u"Chris"_s);
    QCOMPARE(drawer->expectedMinor().value_or(-1), qint64(3'000));

    // Sam closes his; its Z-report is not Chris's to reprint.
    const qint64 samsId = drawer->openDrawers().first().clerk == u"Sam"_s ? drawer->openDrawers().first().id
                                                                          : drawer->openDrawers().last().id;
    QVERIFY(samsDrawer.close(samsId, 20'000, u"sam-closes"_s).ok());
    window->refresh();
    QVERIFY(settle(window));
    QCOMPARE(drawer->closedDrawers().size(), 1);
    failed.clear();
    drawer->showClosedZReport(samsId);
    QVERIFY(arrived(failed));
    QVERIFY2(drawer->message().startsWith(u"Not allowed"_s), qPrintable(drawer->message()));
    QVERIFY(!drawer->zReport());
}

void TestEndOfDay::aLostCardAnswerIsListedAndReconciled()
{
    // The terminal charges the card but its answer never arrives: the order waits in pending_payment.
    m_counter->cardTerminal()->script({SimulatedCardTerminal::Step::Lost});
    auto pending = sellAtCounter({seatId(2, 1), seatId(2, 2)}, Payment::Method::Card);
    QVERIFY2(pending.ok(), pending.ok() ? "" : qPrintable(pending.error().message));
    QCOMPARE(pending->status, Order::Status::PendingPayment);

    EndOfDayWindow *window = openEndOfDay(EndOfDayWindow::PaymentsPage);
    ResolvePanel *payments = window->payments();
    QVERIFY(settle(window));
    QCOMPARE(payments->waiting().size(), 1);
    auto *table = payments->findChild<QTableWidget *>(u"waitingPayments"_s);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!payments->findChild<QLabel *>(u"nothingWaits"_s)->isVisible());
    QCOMPARE(table->item(0, 0)->text(), pending->number);
    QVERIFY(table->item(0, 1)->text().contains(u"100.00"_s));
    QCOMPARE(table->item(0, 2)->text(), u"card"_s);

    // Too young for the default age: left alone, and said so.
    QSignalSpy reconciled(payments, &ResolvePanel::reconciled);
    payments->reconcile();
    QVERIFY2(arrived(reconciled), qPrintable(payments->message()));
    QVERIFY(settle(window));
    QVERIFY(payments->lastOutcomes().isEmpty());
    QCOMPARE(m_fixture->store().order(pending->id)->status, Order::Status::PendingPayment);

    payments->setMinimumAgeMs(0);
    reconciled.clear();
    QTest::mouseClick(payments->findChild<QPushButton *>(u"reconcile"_s), Qt::LeftButton);
    QVERIFY2(arrived(reconciled), qPrintable(payments->message()));
    QVERIFY(settle(window));
    QCOMPARE(payments->lastOutcomes().size(), 1);
    QCOMPARE(payments->lastOutcomes().first().outcome, ReconcileEntry::Outcome::Confirmed);
    auto *outcomes = payments->findChild<QTableWidget *>(u"reconcileOutcomes"_s);
    QCOMPARE(outcomes->item(0, 0)->text(), pending->number);
    QVERIFY(outcomes->item(0, 2)->text().contains(u"confirmed"_s));
    QCOMPARE(m_fixture->store().order(pending->id)->status, Order::Status::Confirmed);
#ifdef PARTERRE_SCREENSHOT_DIR
    window->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/end-of-day-payments.png"));
#endif
    QCOMPARE(m_fixture->seatStatus(seatId(2, 1)), u"sold"_s);
    QCOMPARE(payments->waiting().size(), 0);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(payments->findChild<QLabel *>(u"nothingWaits"_s)->isVisible());
    QCOMPARE(m_fixture->violations(), QStringList());
}

QTEST_MAIN(TestEndOfDay)
#include "tst_endofday.moc"
