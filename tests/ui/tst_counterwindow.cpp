// The counter window driven like a clerk drives it, against a real store (SQLite in a temporary folder, and
// PostgreSQL in the _postgres run): seats by click and by best available, cash with change and exact, comps,
// removing lines, cancelling, closing, the hold running out, and tickets whose QR codes scan.

#include "boxoffice/cartpanel.h"
#include "boxoffice/counterwindow.h"
#include "boxoffice/moneytext.h"
#include "boxoffice/paymentpanel.h"
#include "boxoffice/showpicker.h"
#include "boxoffice/tendersummary.h"
#include "boxoffice/ticketprinting.h"
#include "houseseats/holdcodeselector.h"
#include "inventory/inventoryservice.h"
#include "orders/ordertext.h"
#include "payment/simulatedcardterminal.h"
#include "seatmap/demoseeder.h"
#include "seatmap/seatmapview.h"
#include "staff/staffservice.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

#include "testsupport.h"
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Parterre;
using namespace Parterre::Test;
using namespace Qt::StringLiterals;

namespace {} // namespace

class TestCounterWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void moneyIsReadAndWrittenInMinorUnits();
    void pickerSearchesAndPutsTodayFirst();
    void sellsClickedSeatsForCashWithChange();
    void sellsBestAvailableForExactCashInFewKeystrokes();
    void paysByCardAndFallsBackToCashAfterADecline();
    void splitsTheTenderBetweenACardPartAndCash();
    void keepsTheCashPartWhenTheCardPartIsDeclined();
    void cancellingAPartlyPaidSaleGivesTheMoneyBack();
    void takesAPartFromTheOrdersOfTwoLinesInTurn();
    void refusesAPartThatIsNotAnAmountDue();
    void anUnansweredCardPartKeepsTheSaleWaiting();
    void clerksLogInWithAPinAndTheirRoleIsChecked();
    void sellsSeatsKeptUnderAHoldCodeTheClerkMaySellFrom();
    void aClerkTheCodeDoesNotNameNeitherSeesNorSellsIt();
    void extendsTheHoldOnce();
    void removingALineReleasesItsSeats();
    void cancellingReleasesEverything();
    void cancellingBeforeTheSeatsArriveGivesThemBack();
    void closingReleasesEverything();
    void countdownWarnsAndEmptiesTheCart();
    void compNeedsAReason();
    void followsOtherTerminalsAndSellsWheelchairPairs();
    void printsTicketsOnTheConfiguredStock();
    void screenshotOnTheDemoStore();
    void screenshotOfSplitTenderOnTheDemoStore();

private:
    // The window over the fixture's store, on its show, ready for keys.
    std::unique_ptr<CounterWindow> openWindow();
    // The window over a store seeded with the demo venues and shows, on today's next show.
    std::unique_ptr<CounterWindow> openDemoWindow(const TestDatabase &database);
    // One keystroke to whatever has the focus, counted.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString status(const QString &seatId) { return m_fixture->seatStatus(seatId); }
    QStringList heldOrSold(const QString &which);

    std::unique_ptr<Fixture> m_fixture;
    CounterWindow *m_window = nullptr;
    int m_keystrokes = 0;
};

void TestCounterWindow::init()
{
    m_fixture = std::make_unique<Fixture>(10, 20, 50);
    QVERIFY(m_fixture->isValid());
    // The window's store thread runs on the system clock: read states on the same one.
    m_fixture->clock().setNowMs(QDateTime::currentMSecsSinceEpoch());
    m_keystrokes = 0;
}

void TestCounterWindow::cleanup()
{
    m_window = nullptr;
    m_fixture.reset();
}

std::unique_ptr<CounterWindow> TestCounterWindow::openWindow()
{
    auto window = std::make_unique<CounterWindow>(m_fixture->database().location());
    m_window = window.get();
    window->resize(1280, 800);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning() << "window not active";
    window->start();
    auto *view = window->findChild<SeatMapView *>(u"seatView"_s);
    if (!QTest::qWaitFor(
            [&] { return window->currentShowId() == m_fixture->showId() && view->seatsWithState() > 0; },
            10'000))
        return nullptr;
    return window;
}

void TestCounterWindow::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    ++m_keystrokes;
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
    QTest::keyClick(target, key, modifiers);
}

QStringList TestCounterWindow::heldOrSold(const QString &which)
{
    QStringList seats;
    const auto states =
        m_fixture->store().seatStates(m_fixture->showId(), QDateTime::currentMSecsSinceEpoch());
    for (const SeatState &s : *states) {
        if (SeatState::statusName(s.status) == which)
            seats.append(s.seatId);
    }
    return seats;
}

void TestCounterWindow::moneyIsReadAndWrittenInMinorUnits()
{
    QCOMPARE(MoneyText::parse(u"50"_s, u"EUR"_s), std::optional<qint64>(5000));
    QCOMPARE(MoneyText::parse(u"50.5"_s, u"EUR"_s), std::optional<qint64>(5050));
    QCOMPARE(MoneyText::parse(u"50,50"_s, u"EUR"_s), std::optional<qint64>(5050));
    QCOMPARE(MoneyText::parse(u"1.234,56 EUR"_s, u"EUR"_s), std::optional<qint64>(123456));
    QCOMPARE(MoneyText::parse(u"1,234.56"_s, u"EUR"_s), std::optional<qint64>(123456));
    QCOMPARE(MoneyText::parse(u"1200"_s, u"JPY"_s), std::optional<qint64>(1200));
    QCOMPARE(MoneyText::parse(u""_s, u"EUR"_s), std::nullopt);
    QCOMPARE(MoneyText::parse(u"12x"_s, u"EUR"_s), std::nullopt);
    QCOMPARE(MoneyText::parse(u"-5"_s, u"EUR"_s), std::nullopt);
    QCOMPARE(CartPanel::formatRemaining(600'000), u"10:00"_s);
    QCOMPARE(CartPanel::formatRemaining(59'001), u"1:00"_s);
    QCOMPARE(CartPanel::formatRemaining(500), u"0:01"_s);
}

void TestCounterWindow::pickerSearchesAndPutsTodayFirst()
{
    const QDate today(2030, 3, 14);
    const qint64 todayLate = QDateTime(today, QTime(20, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    Show past{1,
              1,
              u"Requiem"_s,
              1,
              u"Gewandhaus"_s,
              u"Leipzig"_s,
              u"UTC"_s,
              1,
              todayLate - 7 * 86'400'000,
              u"EUR"_s,
              {},
              0,
              0};
    Show later = past;
    later.id = 2;
    later.startsAtMs = todayLate + 2 * 86'400'000;
    later.venueName = u"Philharmonie"_s;
    later.city = u"Berlin"_s;
    Show tonight = past;
    tonight.id = 3;
    tonight.startsAtMs = todayLate;
    tonight.eventId = 2;
    tonight.eventName = u"Goldberg Variations"_s;
    const Event requiem{1, u"Requiem"_s, u"Thomanerchor"_s, {}};
    const Event goldberg{2, u"Goldberg Variations"_s, u"Angela Hewitt"_s, {}};

    ShowPicker picker;
    picker.setCatalogue({requiem, goldberg}, {past, later, tonight}, today);
    QCOMPARE(picker.visibleShowIds(), (QList<qint64>{3, 2, 1}));
    QCOMPARE(picker.firstShowId(), 3);
    picker.setFilterText(u"hewitt"_s); // performer
    QCOMPARE(picker.visibleShowIds(), QList<qint64>{3});
    picker.setFilterText(u"berlin"_s); // city
    QCOMPARE(picker.visibleShowIds(), QList<qint64>{2});
    picker.setFilterText(u"gewandhaus requiem"_s); // venue and event, every word
    QCOMPARE(picker.visibleShowIds(), QList<qint64>{1});
    picker.setFilterText(u"2030-03-16"_s); // date
    QCOMPARE(picker.visibleShowIds(), QList<qint64>{2});
    picker.setFilterText(u"nothing like it"_s);
    QVERIFY(picker.visibleShowIds().isEmpty());
}

void TestCounterWindow::sellsClickedSeatsForCashWithChange()
{
    auto window = openWindow();
    QVERIFY(window);
    auto *view = window->findChild<SeatMapView *>(u"seatView"_s);
    const QStringList seats{seatId(2, 9), seatId(2, 10)};
    for (int i = 0; i < seats.size(); ++i) {
        const auto centre = view->seatCentre(seats.at(i));
        QVERIFY(centre);
        QTest::mouseClick(view, Qt::LeftButton, i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                          centre->toPoint());
    }
    QCOMPARE(view->selectedSeatIds(), seats);
    press(Qt::Key_A); // add the selection to the cart: held at once
    QTRY_COMPARE(window->cart().size(), 1);
    QStringList held = window->cart().line(0).hold.seatIds;
    held.sort();
    QCOMPARE(held, QStringList({seats.at(1), seats.at(0)})); // "r2-10" sorts before "r2-9"
    QCOMPARE(status(seats.at(0)), u"held"_s);
    QCOMPARE(status(seats.at(1)), u"held"_s);
    QCOMPARE(window->cart().total().minor, 2 * priceOf(u"a"_s));

    press(Qt::Key_F2); // to the tendered field
    auto *tendered = window->findChild<QLineEdit *>(u"tendered"_s);
    QCOMPARE(QApplication::focusWidget(), tendered);
    QTest::keyClicks(tendered, u"150"_s);
    auto *change = window->findChild<QLabel *>(u"change"_s);
    QVERIFY2(change->text().contains(MoneyText::format({5000, u"EUR"_s})), qPrintable(change->text()));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);
    // The keys stay on the sale screen: the next digit is a quantity, not text in some field.
    QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));

    QCOMPARE(window->completedOrders().size(), 1);
    const Order shown = window->completedOrders().first();
    const auto order = m_fixture->store().order(shown.id);
    QVERIFY(order);
    QCOMPARE(order->status, Order::Status::Confirmed);
    QCOMPARE(order->payments.size(), 1);
    QCOMPARE(order->payments.first().method, Payment::Method::Cash);
    QCOMPARE(order->payments.first().tenderedMinor, 15000);
    QCOMPARE(order->payments.first().changeMinor, 5000);
    QCOMPARE(status(seats.at(0)), u"sold"_s);
    QCOMPARE(status(seats.at(1)), u"sold"_s);
    auto *summary = window->findChild<QLabel *>(u"saleChange"_s);
    QVERIFY2(summary->text().contains(MoneyText::format({5000, u"EUR"_s})), qPrintable(summary->text()));

    // Save the tickets through the button and its file dialog, then scan them.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"tickets.pdf"_s);
    bool answered = false;
    auto *poke = new QTimer(window.get());
    connect(poke, &QTimer::timeout, poke, [&] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            poke->stop();
            // As a clerk would: the full path into the file name field, then Enter.
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(pdf);
            QTest::keyClick(name, Qt::Key_Return);
            answered = true;
        }
    });
    poke->start(50);
    QTest::mouseClick(window->findChild<QPushButton *>(u"saveTickets"_s), Qt::LeftButton);
    QTRY_VERIFY(answered);
    QTRY_VERIFY2(QFile::exists(pdf),
                 qPrintable(window->notice() + u" | "_s + window->statusBar()->currentMessage()));
    QStringList expected;
    for (const OrderItem &item : order->items)
        expected.append(item.ticketCode);
    QCOMPARE(expected.size(), 2);
    QCOMPARE(decodePdfQrCodes(pdf, dir.path()), expected);
    // For people: the first ticket as the counter printed it.
    QProcess::execute(u"pdftoppm"_s, {u"-r"_s, u"110"_s, u"-png"_s, u"-singlefile"_s, pdf,
                                      QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter-ticket")});

    const QString receipt = dir.filePath(u"receipt.pdf"_s);
    const auto written = window->saveReceiptPdf(receipt);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QVERIFY(QFileInfo(receipt).size() > 0);
    QVERIFY(m_fixture->violations().isEmpty());

    const QString screenshot = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter-complete.png");
    QVERIFY(window->grab().save(screenshot));
    qInfo().noquote() << "screenshot:" << screenshot;
}

void TestCounterWindow::sellsBestAvailableForExactCashInFewKeystrokes()
{
    auto window = openWindow();
    QVERIFY(window);
    const int ordersBefore = int(heldOrSold(u"sold"_s).size());
    QCOMPARE(ordersBefore, 0);
    QElapsedTimer clock;
    qint64 elapsedMs = -1;
    // Stamped when the window says so, not when the polling below notices.
    connect(window.get(), &CounterWindow::saleCompleted, this, [&] { elapsedMs = clock.elapsed(); });
    clock.start();
    // From the idle sale screen: two seats, best available, exact cash. No waiting between keys: the
    // window holds first and takes the payment once the seats are held.
    press(Qt::Key_2);
    press(Qt::Key_B);
    press(Qt::Key_F8);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);
    qInfo().noquote() << u"keystroke sale: %1 keystrokes, %2 ms from the first key to tickets issued"_s
                             .arg(m_keystrokes)
                             .arg(elapsedMs);
    QVERIFY2(m_keystrokes <= 8, qPrintable(QString::number(m_keystrokes)));

    QCOMPARE(window->completedOrders().size(), 1);
    const auto order = m_fixture->store().order(window->completedOrders().first().id);
    QVERIFY(order);
    QCOMPARE(order->status, Order::Status::Confirmed);
    QCOMPARE(order->items.size(), 2);
    QCOMPARE(order->payments.size(), 1);
    QCOMPARE(order->payments.first().method, Payment::Method::Cash);
    QCOMPARE(order->payments.first().changeMinor, 0);
    QCOMPARE(order->paidMinor, order->totalMinor);
    const QStringList sold = heldOrSold(u"sold"_s);
    QCOMPARE(sold.size(), 2);
    // Side by side in one row.
    const QStringList a = sold.at(0).mid(1).split(u'-');
    const QStringList b = sold.at(1).mid(1).split(u'-');
    QCOMPARE(a.at(0), b.at(0));
    QCOMPARE(qAbs(a.at(1).toInt() - b.at(1).toInt()), 1);

    // The next sale starts from the same keys: the finished sale gives way to it.
    press(Qt::Key_1);
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    QCOMPARE(window->quantity(), 1);
}

void TestCounterWindow::paysByCardAndFallsBackToCashAfterADecline()
{
    auto window = openWindow();
    QVERIFY(window);
    // Declined first: the sale stays open with its seats, and the clerk takes cash instead.
    window->cardTerminal()->script({SimulatedCardTerminal::Step::Decline});
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    press(Qt::Key_F5);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"declined"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut(), 10'000);
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    QCOMPARE(heldOrSold(u"held"_s).size(), 2);
    press(Qt::Key_F8);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);
    auto order = m_fixture->store().order(window->completedOrders().first().id);
    QVERIFY(order);
    QCOMPARE(order->status, Order::Status::Confirmed);
    QList<Payment::Method> methods;
    for (const Payment &p : order->payments)
        methods.append(p.method);
    QVERIFY(methods.contains(Payment::Method::Card));
    QCOMPARE(methods.last(), Payment::Method::Cash);

    // Approved: one key pays the whole cart by card.
    press(Qt::Key_1);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    press(Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);
    auto byCard = m_fixture->store().order(window->completedOrders().first().id);
    QVERIFY(byCard);
    QCOMPARE(byCard->status, Order::Status::Confirmed);
    QCOMPARE(byCard->payments.size(), 1);
    QCOMPARE(byCard->payments.first().method, Payment::Method::Card);
    QCOMPARE(byCard->payments.first().status, Payment::Status::Succeeded);
}

void TestCounterWindow::splitsTheTenderBetweenACardPartAndCash()
{
    auto window = openWindow();
    QVERIFY(window);
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    QTRY_VERIFY(!window->isBusy());
    const Money total = window->cart().total();
    QVERIFY(total.minor > 3000);

    // 30.00 by card: an amount, then F5.
    press(Qt::Key_F6);
    auto *amount = window->findChild<QLineEdit *>(u"partAmount"_s);
    QCOMPARE(QApplication::focusWidget(), amount);
    QTest::keyClicks(amount, u"30"_s);
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    QCOMPARE(window->cart().size(), 1);
    const qint64 orderId = window->cart().line(0).orderId;
    QVERIFY(orderId > 0);
    auto pending = m_fixture->store().order(orderId);
    QVERIFY(pending);
    QCOMPARE(pending->status, Order::Status::PendingPayment);
    QCOMPARE(pending->paidMinor, 3000);
    QCOMPARE(heldOrSold(u"held"_s).size(), 2);
    // The panel lists the part and what is still due; the amount field is empty for the next part.
    auto *parts = window->findChild<QTreeWidget *>(u"tenderParts"_s);
    QCOMPARE(parts->topLevelItemCount(), 1);
    QCOMPARE(parts->topLevelItem(0)->text(1), MoneyText::format({3000, total.currency}));
    auto *due = window->findChild<QLabel *>(u"tenderDue"_s);
    QVERIFY2(due->text().contains(MoneyText::format({total.minor - 3000, total.currency})),
             qPrintable(due->text()));
    QVERIFY(amount->text().isEmpty());
    QVERIFY2(window->notice().contains(u"still due"_s), qPrintable(window->notice()));
    // The map shows the seats still held for the sale before the picture is taken.
    auto *summary = window->findChild<QLabel *>(u"summary"_s);
    QTRY_VERIFY2(summary->text().contains(u"2 held"_s), qPrintable(summary->text()));
    const QString screenshot = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter-split-tender.png");
    QVERIFY(window->grab().save(screenshot));
    qInfo().noquote() << "screenshot:" << screenshot;

    // F8: the rest in exact cash, and the tickets are issued.
    press(Qt::Key_F8);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);
    const auto order = m_fixture->store().order(orderId);
    QVERIFY(order);
    QCOMPARE(order->status, Order::Status::Confirmed);
    QCOMPARE(order->payments.size(), 2);
    QCOMPARE(order->payments.at(0).method, Payment::Method::Card);
    QCOMPARE(order->payments.at(0).status, Payment::Status::Succeeded);
    QCOMPARE(order->payments.at(0).amountMinor, 3000);
    QCOMPARE(order->payments.at(1).method, Payment::Method::Cash);
    QCOMPARE(order->payments.at(1).amountMinor, total.minor - 3000);
    QCOMPARE(order->paidMinor, total.minor);
    for (const OrderItem &item : order->items)
        QVERIFY(!item.ticketCode.isEmpty());
    QCOMPARE(heldOrSold(u"sold"_s).size(), 2);
    QCOMPARE(window->cardTerminal()->chargedMinor(order->payments.at(0).providerKey), 3000);
    // The sale-complete panel lists both payments.
    const QString paid = window->findChild<QLabel *>(u"salePayments"_s)->text();
    QVERIFY2(paid.contains(MoneyText::format({3000, total.currency})) &&
                 paid.contains(MoneyText::format({total.minor - 3000, total.currency})),
             qPrintable(paid));
    QVERIFY(window->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter-split-complete.png")));
    // The receipt lists both payments too.
    QTemporaryDir dir;
    const QString receipt = dir.filePath(u"receipt.pdf"_s);
    QVERIFY(window->saveReceiptPdf(receipt));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, receipt, u"-"_s});
    QVERIFY(text.waitForFinished(30'000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(u"Card"_s) && printed.contains(u"Cash"_s), qPrintable(printed));
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestCounterWindow::keepsTheCashPartWhenTheCardPartIsDeclined()
{
    auto window = openWindow();
    QVERIFY(window);
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    QTRY_VERIFY(!window->isBusy());
    const Money total = window->cart().total();

    // 40.00 in cash, tendered 50.00: Enter takes the part, 10.00 change.
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"40"_s);
    press(Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), u"50"_s);
    QVERIFY2(
        window->findChild<QLabel *>(u"change"_s)->text().contains(MoneyText::format({1000, total.currency})),
        qPrintable(window->findChild<QLabel *>(u"change"_s)->text()));
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    const qint64 orderId = window->cart().line(0).orderId;
    QVERIFY(orderId > 0);

    // The card for the rest is declined: the cash part stays, the seats stay held.
    window->cardTerminal()->script({SimulatedCardTerminal::Step::Decline});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"declined"_s));
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    auto pending = m_fixture->store().order(orderId);
    QVERIFY(pending);
    QCOMPARE(pending->status, Order::Status::PendingPayment);
    QCOMPARE(pending->paidMinor, 4000);
    QCOMPARE(pending->payments.size(), 2);
    QCOMPARE(pending->payments.at(0).method, Payment::Method::Cash);
    QCOMPARE(pending->payments.at(0).status, Payment::Status::Succeeded);
    QCOMPARE(pending->payments.at(0).changeMinor, 1000);
    QCOMPARE(pending->payments.at(1).method, Payment::Method::Card);
    QCOMPARE(pending->payments.at(1).status, Payment::Status::Failed);
    QCOMPARE(heldOrSold(u"held"_s).size(), 2);
    auto *parts = window->findChild<QTreeWidget *>(u"tenderParts"_s);
    QCOMPARE(parts->topLevelItemCount(), 2);
    QVERIFY2(window->notice().contains(u"declined"_s), qPrintable(window->notice()));

    // Another card for the rest: confirmed, tickets issued.
    press(Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);
    const auto order = m_fixture->store().order(orderId);
    QVERIFY(order);
    QCOMPARE(order->status, Order::Status::Confirmed);
    QCOMPARE(order->payments.size(), 3);
    QCOMPARE(order->payments.at(2).method, Payment::Method::Card);
    QCOMPARE(order->payments.at(2).status, Payment::Status::Succeeded);
    QCOMPARE(order->payments.at(2).amountMinor, total.minor - 4000);
    QCOMPARE(order->paidMinor, total.minor);
    QCOMPARE(heldOrSold(u"sold"_s).size(), 2);
    auto *change = window->findChild<QLabel *>(u"saleChange"_s);
    QVERIFY2(change->text().contains(MoneyText::format({1000, total.currency})), qPrintable(change->text()));
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestCounterWindow::cancellingAPartlyPaidSaleGivesTheMoneyBack()
{
    auto window = openWindow();
    QVERIFY(window);
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    QTRY_VERIFY(!window->isBusy());
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"30"_s);
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"20"_s);
    press(Qt::Key_Return); // exact cash
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    const qint64 orderId = window->cart().line(0).orderId;
    auto paid = m_fixture->store().order(orderId);
    QVERIFY(paid);
    QCOMPARE(paid->paidMinor, 5000);
    const QString cardKey = paid->payments.at(0).providerKey;
    QCOMPARE(window->cardTerminal()->chargedMinor(cardKey), 3000);

    // A line of a partly paid sale is not dropped on its own.
    const QByteArray before = m_fixture->snapshot();
    press(Qt::Key_Delete);
    QCOMPARE(window->cart().size(), 1);
    QVERIFY2(window->notice().contains(u"Esc"_s), qPrintable(window->notice()));
    QTest::qWait(200); // give a wrongly started release the time to write
    QCOMPARE(m_fixture->snapshot(), before);

    // Nor is the window closed under it: closing would give the money back without the clerk.
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QCOMPARE(m_fixture->snapshot(), before);

    // Esc: the sale is cancelled and both parts go back, through the engine.
    press(Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"cancelSaleBox"_s)) != nullptr);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->cart().isEmpty() && !window->isBusy(), 10'000);
    const auto order = m_fixture->store().order(orderId);
    QVERIFY(order);
    QCOMPARE(order->status, Order::Status::Cancelled);
    QCOMPARE(order->paidMinor, 0);
    qint64 cashBack = 0;
    qint64 cardBack = 0;
    for (const Payment &p : order->payments) {
        if (p.kind != Payment::Kind::Refund)
            continue;
        QCOMPARE(p.status, Payment::Status::Succeeded);
        (p.method == Payment::Method::Cash ? cashBack : cardBack) += p.amountMinor;
    }
    QCOMPARE(cashBack, 2000);
    QCOMPARE(cardBack, 3000);
    QCOMPARE(window->cardTerminal()->refundedMinor(cardKey), 3000);
    QVERIFY(heldOrSold(u"held"_s).isEmpty());
    QVERIFY(heldOrSold(u"sold"_s).isEmpty());
    QVERIFY2(window->notice().contains(MoneyText::format({2000, u"EUR"_s})), qPrintable(window->notice()));
    QVERIFY(window->findChild<QTreeWidget *>(u"tenderParts"_s)->topLevelItemCount() == 0);
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestCounterWindow::takesAPartFromTheOrdersOfTwoLinesInTurn()
{
    auto window = openWindow();
    QVERIFY(window);
    // Two seats, then three standing places: two lines, two orders.
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    auto *category = window->findChild<QComboBox *>(u"category"_s);
    while (!category->currentText().contains(u"Floor"_s))
        press(Qt::Key_C);
    press(Qt::Key_3);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 2);
    QTRY_VERIFY(!window->isBusy());
    const qint64 first = window->cart().line(0).price().minor;
    const qint64 second = window->cart().line(1).price().minor;
    QCOMPARE(second, 3 * priceOf(u"c"_s));

    // A card part of the first line's price and 10.00 more: the first order in full, 10.00 of the second.
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), MoneyText::amount(first + 1000, u"EUR"_s));
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    const auto a = m_fixture->store().order(window->cart().line(0).orderId);
    const auto b = m_fixture->store().order(window->cart().line(1).orderId);
    QVERIFY(a && b);
    QCOMPARE(a->paidMinor, first);
    QCOMPARE(a->status, Order::Status::PendingPayment); // confirmed only with the whole sale
    QCOMPARE(b->paidMinor, 1000);
    QCOMPARE(window->findChild<PaymentPanel *>()->due().minor, second - 1000);

    // The rest with 100.00 tendered: the change comes back on the last order.
    press(Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), u"100"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);
    QCOMPARE(window->completedOrders().size(), 2);
    const auto paidB = m_fixture->store().order(b->id);
    QCOMPARE(paidB->status, Order::Status::Confirmed);
    QCOMPARE(paidB->payments.last().method, Payment::Method::Cash);
    QCOMPARE(paidB->payments.last().changeMinor, 10000 - (second - 1000));
    QCOMPARE(m_fixture->store().order(a->id)->status, Order::Status::Confirmed);
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestCounterWindow::anUnansweredCardPartKeepsTheSaleWaiting()
{
    auto window = openWindow();
    QVERIFY(window);
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    QTRY_VERIFY(!window->isBusy());
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"25"_s);
    press(Qt::Key_Return); // 25.00 cash
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);

    window->cardTerminal()->script({SimulatedCardTerminal::Step::Timeout});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not answered"_s));
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    const qint64 orderId = window->cart().line(0).orderId;
    auto order = m_fixture->store().order(orderId);
    QVERIFY(order);
    QCOMPARE(order->status, Order::Status::PendingPayment);
    QCOMPARE(order->paidMinor, 2500);
    QCOMPARE(order->payments.last().status, Payment::Status::Processing);
    QCOMPARE(heldOrSold(u"held"_s).size(), 2);
    auto *parts = window->findChild<QTreeWidget *>(u"tenderParts"_s);
    QCOMPARE(parts->topLevelItemCount(), 2);
    QCOMPARE(parts->topLevelItem(1)->text(2), TenderSummary::stateText(Payment::Status::Processing));

    // Nothing more is taken while the terminal's answer is open: the store refuses, and writes nothing.
    const QByteArray before = m_fixture->snapshot();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"still being processed"_s));
    press(Qt::Key_F8);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    QVERIFY2(window->notice().contains(u"still being processed"_s), qPrintable(window->notice()));
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    QCOMPARE(m_fixture->snapshot(), before);

    // Cancelled: the cash part goes back now; the open card part is left to reconciliation.
    press(Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"cancelSaleBox"_s)) != nullptr);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->cart().isEmpty() && !window->isBusy(), 10'000);
    order = m_fixture->store().order(orderId);
    QCOMPARE(order->status, Order::Status::Cancelled);
    QCOMPARE(order->paidMinor, 0);
    QVERIFY(heldOrSold(u"held"_s).isEmpty());
    QVERIFY2(window->notice().contains(MoneyText::format({2500, u"EUR"_s})) &&
                 window->notice().contains(u"Payments to Resolve"_s),
             qPrintable(window->notice()));
    // Reconciliation finds the charge never happened and leaves nothing owed.
    auto settled = m_fixture->store().paymentsToResolve(100);
    QVERIFY(settled);
    QCOMPARE(settled->size(), 1);
    m_fixture->engine().setPaymentProvider(window->cardTerminal());
    m_fixture->clock().setNowMs(QDateTime::currentMSecsSinceEpoch());
    auto reconciled = m_fixture->engine().reconcile(0);
    QVERIFY(reconciled);
    QCOMPARE(reconciled->size(), 1);
    m_fixture->engine().setPaymentProvider(nullptr); // the window's terminal goes with the window
    QCOMPARE(reconciled->first().outcome, ReconcileEntry::Outcome::Failed);
    QCOMPARE(m_fixture->store().order(orderId)->paidMinor, 0);
}

void TestCounterWindow::refusesAPartThatIsNotAnAmountDue()
{
    auto window = openWindow();
    QVERIFY(window);
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    QTRY_VERIFY(!window->isBusy());
    const QByteArray before = m_fixture->snapshot();
    const Money total = window->cart().total();

    // More than is due, by card: refused before the terminal is asked.
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), MoneyText::amount(total.minor + 100, total.currency));
    press(Qt::Key_F5);
    QVERIFY2(window->notice().contains(u"more than"_s), qPrintable(window->notice()));
    // Not an amount, in cash.
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"ten"_s);
    press(Qt::Key_Return);
    QVERIFY2(window->notice().contains(u"not an amount"_s), qPrintable(window->notice()));
    // A part with too little cash tendered for it.
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"40"_s);
    press(Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), u"30"_s);
    QVERIFY2(window->findChild<QLabel *>(u"change"_s)->text().contains(u"short"_s),
             qPrintable(window->findChild<QLabel *>(u"change"_s)->text()));
    press(Qt::Key_Return);
    QVERIFY2(window->notice().contains(u"less than"_s), qPrintable(window->notice()));

    QVERIFY(!window->isCheckingOut());
    QTest::qWait(200); // give a wrongly started checkout the time to write
    QCOMPARE(window->cardTerminal()->chargeCalls(), 0);
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    QCOMPARE(m_fixture->snapshot(), before);
}

void TestCounterWindow::extendsTheHoldOnce()
{
    auto window = openWindow();
    QVERIFY(window);
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    QTRY_VERIFY(!window->isBusy());
    const qint64 before = window->cart().line(0).hold.expiresAtMs;
    press(Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->cart().line(0).hold.expiresAtMs > before, 10'000);
    const qint64 extended = window->cart().line(0).hold.expiresAtMs;
    const auto stored = m_fixture->database().query(
        u"SELECT expires_at_ms FROM holds WHERE id = %1"_s.arg(window->cart().line(0).hold.id));
    QCOMPARE(stored.value(0).value(0).toLongLong(), extended);
    // Only once: the second asks and is refused, and the deadline stays.
    const QString extendedNotice = window->notice();
    press(Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->notice() != extendedNotice, 10'000);
    QVERIFY2(window->notice().contains(u"once"_s) || window->notice().contains(u"already"_s),
             qPrintable(window->notice()));
    QCOMPARE(window->cart().line(0).hold.expiresAtMs, extended);
}

void TestCounterWindow::removingALineReleasesItsSeats()
{
    auto window = openWindow();
    QVERIFY(window);
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    // Standing places by quantity: the category key cycles to the standing area.
    auto *category = window->findChild<QComboBox *>(u"category"_s);
    while (!category->currentText().contains(u"Floor"_s)) {
        const int before = category->currentIndex();
        press(Qt::Key_C);
        QVERIFY(category->currentIndex() != before);
    }
    press(Qt::Key_3);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 2);
    QCOMPARE(window->cart().line(1).placeCount(), 3);
    QCOMPARE(window->cart().total().minor, 2 * priceOf(u"a"_s) + 3 * priceOf(u"c"_s));
    QStringList seats = window->cart().line(0).hold.seatIds;
    seats.sort();
    QStringList held = heldOrSold(u"held"_s);
    held.sort();
    QCOMPARE(held, seats);
    auto areas = m_fixture->store().gaStates(m_fixture->showId(), QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(areas->first().held, 3);

    // The seats' line, then Delete: those seats go back, the standing places stay held.
    window->findChild<CartPanel *>()->setCurrentLine(0);
    press(Qt::Key_Delete);
    QCOMPARE(window->cart().size(), 1);
    QTRY_VERIFY(heldOrSold(u"held"_s).isEmpty());
    for (const QString &seat : seats)
        QCOMPARE(status(seat), u"available"_s);
    areas = m_fixture->store().gaStates(m_fixture->showId(), QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(areas->first().held, 3);
}

void TestCounterWindow::cancellingReleasesEverything()
{
    auto window = openWindow();
    QVERIFY(window);
    press(Qt::Key_4);
    press(Qt::Key_B);
    press(Qt::Key_W); // no wheelchair spaces here: refused, nothing held, the rest stays
    QTRY_VERIFY(!window->isBusy() && window->cart().size() == 1);
    QVERIFY2(window->notice().contains(u"wheelchair"_s, Qt::CaseInsensitive) || !window->notice().isEmpty(),
             qPrintable(window->notice()));
    QCOMPARE(heldOrSold(u"held"_s).size(), 4);

    press(Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"cancelSaleBox"_s)) != nullptr);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(window->cart().isEmpty());
    QTRY_VERIFY(heldOrSold(u"held"_s).isEmpty());

    QVERIFY(m_fixture->violations().isEmpty());
}

void TestCounterWindow::cancellingBeforeTheSeatsArriveGivesThemBack()
{
    // Esc before the seats asked for are even held: they are given back when the hold lands. The store's
    // thread is kept busy until Esc is in, so the hold is surely still on its way. (The gate outlives the
    // window, whose store thread waits on it.)
    QSemaphore gate;
    bool opened = false;
    const auto open = [&] {
        if (!opened)
            gate.release();
        opened = true;
    };
    auto window = openWindow();
    QVERIFY(window);
    const auto openOnExit = qScopeGuard(open); // whatever fails below, the window can still close
    (void)window->service()->run([&gate](InventoryEngine &) -> Result<Done> {
        gate.acquire();
        return Done{};
    });
    press(Qt::Key_2);
    press(Qt::Key_B);
    QVERIFY(window->isBusy());
    press(Qt::Key_Escape);
    QVERIFY(window->cart().isEmpty());
    open();
    QTRY_VERIFY(!window->isBusy());
    QVERIFY(window->cart().isEmpty());
    QTRY_VERIFY(heldOrSold(u"held"_s).isEmpty());
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestCounterWindow::closingReleasesEverything()
{
    {
        auto window = openWindow();
        QVERIFY(window);
        press(Qt::Key_3);
        press(Qt::Key_B);
        QTRY_COMPARE(window->cart().size(), 1);
        QCOMPARE(heldOrSold(u"held"_s).size(), 3);
        QVERIFY(window->close());
    } // the window's store thread finishes the releases before it goes
    QCOMPARE(heldOrSold(u"held"_s).size(), 0);
}

void TestCounterWindow::countdownWarnsAndEmptiesTheCart()
{
    auto window = openWindow();
    QVERIFY(window);
    qint64 now = 1'000'000;
    window->setMonotonicClock([&now] { return now; });
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    const CartLine line = window->cart().line(0);
    QCOMPARE(line.hold.expiresAtMs - line.hold.serverTimeMs, window->holdDurationMs());
    auto *panel = window->findChild<CartPanel *>();
    QTRY_VERIFY(panel->countdownText().contains(u"10:00"_s) || panel->countdownText().contains(u"9:59"_s));
    QVERIFY(!panel->isWarning());

    now += window->holdDurationMs() - 61'000; // a minute and a second left
    QTRY_VERIFY(panel->countdownText().contains(u"1:01"_s));
    QVERIFY(!panel->isWarning());
    now += 2'000;
    QTRY_VERIFY(panel->isWarning());
    QVERIFY2(panel->countdownText().contains(u"0:59"_s), qPrintable(panel->countdownText()));
    QCOMPARE(heldOrSold(u"held"_s).size(), 2);

    now += 60'000;
    QTRY_VERIFY(window->cart().isEmpty());
    QVERIFY2(window->notice().contains(u"ran out"_s), qPrintable(window->notice()));
    QVERIFY(!panel->isWarning());
    QTRY_VERIFY(heldOrSold(u"held"_s).isEmpty()); // released at once, not only when the store's clock says
}

void TestCounterWindow::compNeedsAReason()
{
    auto window = openWindow();
    QVERIFY(window);
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    QTRY_VERIFY(!window->isBusy());
    const QByteArray before = m_fixture->snapshot();

    press(Qt::Key_F3); // complimentary: the reason field
    QCOMPARE(QApplication::focusWidget(), window->findChild<QLineEdit *>(u"compReason"_s));
    press(Qt::Key_F12);
    QVERIFY2(window->notice().contains(u"reason"_s), qPrintable(window->notice()));
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    QTest::qWait(200); // give a wrongly started checkout the time to write
    QCOMPARE(m_fixture->snapshot(), before);

    QTest::keyClicks(QApplication::focusWidget(), u"Press"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);
    const auto order = m_fixture->store().order(window->completedOrders().first().id);
    QCOMPARE(order->status, Order::Status::Confirmed);
    QCOMPARE(order->payments.first().method, Payment::Method::Comp);
    QCOMPARE(order->payments.first().reason, u"Press"_s);
}

void TestCounterWindow::clerksLogInWithAPinAndTheirRoleIsChecked()
{
    // Users exist before the window opens, as on a store that was set up: it asks who is at the counter.
    StaffService staff(m_fixture->store(), m_fixture->clock());
    staff.setPinIterations(1000);
    QVERIFY(staff.createUser(u"Chris"_s, Role::Clerk, u"1111"_s, u"chris"_s));
    QVERIFY(staff.createUser(u"Sam"_s, Role::Supervisor, u"2345"_s, u"sam"_s));
    bool asked = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        // The login dialog, once it is up: answer it as Chris would.
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->findChild<QLineEdit *>(u"clerkName"_s))
            return;
        answer.stop();
        dialog->findChild<QLineEdit *>(u"clerkName"_s)->setText(u"Chris"_s);
        dialog->findChild<QLineEdit *>(u"clerkPin"_s)->setText(u"1111"_s);
        asked = true;
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    answer.start();
    auto window = openWindow();
    QVERIFY(window);
    QTRY_VERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(window->clerk(), u"Chris"_s, 10'000);
    // Offscreen, the window does not get its activation back from the closed dialog by itself.
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    // A wrong PIN changes nobody.
    QSignalSpy failed(window.get(), &CounterWindow::loginFailed);
    window->logIn(u"Sam"_s, u"0000"_s);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(window->clerk(), u"Chris"_s);

    // A clerk may not give tickets away; the sale stays open and nothing is written.
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_COMPARE(window->cart().size(), 1);
    QTRY_VERIFY(!window->isBusy());
    press(Qt::Key_F3);
    QTest::keyClicks(QApplication::focusWidget(), u"Press"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window->notice().contains(u"Chris"_s), 10'000);
    QTRY_VERIFY(!window->isBusy());
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    QCOMPARE(heldOrSold(u"sold"_s).size(), 0);

    // The supervisor steps in (Ctrl+L or this), and the comp goes through under their name.
    QSignalSpy changed(window.get(), &CounterWindow::clerkChanged);
    window->logIn(u"Sam"_s, u"2345"_s);
    QVERIFY(changed.wait(10'000));
    // The role as people read it, not its stored key.
    QCOMPARE(window->findChild<QLabel *>(u"clerkLabel"_s)->text(), u"Clerk: Sam (Supervisor)"_s);
    press(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);
    const auto order = m_fixture->store().order(window->completedOrders().first().id);
    QVERIFY(order);
    QCOMPARE(order->payments.first().method, Payment::Method::Comp);
    const auto who = m_fixture->database().query(
        u"SELECT actor FROM audit_log WHERE action = 'pay' ORDER BY id DESC LIMIT 1"_s);
    QCOMPARE(who.value(0).value(0).toString(), u"Sam"_s);
}

void TestCounterWindow::sellsSeatsKeptUnderAHoldCodeTheClerkMaySellFrom()
{
    auto window = openWindow();
    QVERIFY(window);
    // Set up after the window opened (it would ask who is there otherwise): a press code clerks may sell
    // from, with two front-row seats kept under it.
    StaffService staff(m_fixture->store(), m_fixture->clock());
    staff.setPinIterations(1000);
    QVERIFY(staff.createUser(u"Chris"_s, Role::Clerk, u"1111"_s, u"chris"_s));
    QVERIFY(staff.createHoldCode({u"press"_s, u"Press"_s, {Role::Clerk}, 0}, u"press"_s));
    const QStringList kept{seatId(1, 10), seatId(1, 11)};
    QVERIFY(m_fixture->engine().setSeatsHoldCode(m_fixture->showId(), kept, u"press"_s, u"keep"_s));
    QSignalSpy changed(window.get(), &CounterWindow::clerkChanged);
    window->logIn(u"Chris"_s, u"1111"_s);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10'000);

    HoldCodeSelector *selector = window->holdCodeSelector();
    QTRY_COMPARE_WITH_TIMEOUT(selector->codes().size(), 1, 10'000);
    QVERIFY(selector->isVisible());
    QCOMPARE(selector->currentCode(), QString()); // on sale, until the clerk says otherwise
    auto *view = window->findChild<SeatMapView *>(u"seatView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view->holdCode(kept.at(0)), u"press"_s, 10'000);
    QCOMPARE(view->seatStatus(kept.at(0)), SeatState::Status::Blocked);
    const auto clickSeat = [&](const QString &id) {
        const auto centre = view->seatCentre(id);
        QVERIFY(centre);
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, centre->toPoint());
    };

    // On sale, a kept seat cannot be held.
    const QByteArray before = m_fixture->snapshot();
    clickSeat(kept.at(0));
    press(Qt::Key_A);
    QTRY_VERIFY_WITH_TIMEOUT(window->notice().contains(u"Could not hold"_s), 10'000);
    QTRY_VERIFY(!window->isBusy());
    QVERIFY(window->cart().isEmpty());
    QCOMPARE(m_fixture->snapshot(), before);

    // Sell from: Press, chosen from the keyboard in the selector.
    auto *combo = selector->findChild<QComboBox *>(u"sellFrom"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(selector->currentCode(), u"press"_s);
    view->setFocus();
    clickSeat(kept.at(0));
    press(Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(window->cart().size(), 1, 10'000);
    QCOMPARE(window->cart().line(0).hold.seatIds, QStringList{kept.at(0)});
    QCOMPARE(status(kept.at(0)), u"held"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view->seatStatus(kept.at(0)), SeatState::Status::Held, 10'000);
    QVERIFY(window->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter-sell-from.png")));
    press(Qt::Key_F8);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);
    const auto order = m_fixture->store().order(window->completedOrders().first().id);
    QVERIFY(order);
    QCOMPARE(order->status, Order::Status::Confirmed);
    QCOMPARE(status(kept.at(0)), u"sold"_s);
    QCOMPARE(status(kept.at(1)), u"blocked"_s); // the other stays kept
    const auto who = m_fixture->database().query(
        u"SELECT actor FROM audit_log WHERE action = 'hold' ORDER BY id DESC LIMIT 1"_s);
    QCOMPARE(who.value(0).value(0).toString(), u"Chris"_s);
    // The next sale starts on sale again.
    press(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(selector->currentCode(), QString());

    // Best available from the code picks among the seats it still keeps: one is left, so two are refused
    // (nothing written) and one is held.
    QVERIFY(selector->setCurrentCode(u"press"_s));
    view->setFocus();
    const QByteArray oneLeft = m_fixture->snapshot();
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_VERIFY_WITH_TIMEOUT(window->notice().contains(u"Could not hold"_s), 10'000);
    QTRY_VERIFY(!window->isBusy());
    QVERIFY(window->cart().isEmpty());
    QCOMPARE(m_fixture->snapshot(), oneLeft);
    press(Qt::Key_1);
    press(Qt::Key_B);
    QTRY_COMPARE_WITH_TIMEOUT(window->cart().size(), 1, 10'000);
    QCOMPARE(window->cart().line(0).hold.seatIds, QStringList{kept.at(1)});
    QCOMPARE(status(kept.at(1)), u"held"_s);
    // Given back, it goes back under the code, not on sale.
    press(Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(window->cart().isEmpty(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy() && status(kept.at(1)) == u"blocked"_s, 10'000);
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestCounterWindow::aClerkTheCodeDoesNotNameNeitherSeesNorSellsIt()
{
    auto window = openWindow();
    QVERIFY(window);
    StaffService staff(m_fixture->store(), m_fixture->clock());
    staff.setPinIterations(1000);
    QVERIFY(staff.createUser(u"Chris"_s, Role::Clerk, u"1111"_s, u"chris"_s));
    QVERIFY(staff.createUser(u"Sam"_s, Role::Supervisor, u"2345"_s, u"sam"_s));
    QVERIFY(staff.createHoldCode({u"wheelchair"_s, u"Wheelchair reserve"_s, {Role::Supervisor}, 0}, u"w"_s));
    const QString seat = seatId(1, 1);
    QVERIFY(m_fixture->engine().setSeatsHoldCode(m_fixture->showId(), {seat}, u"wheelchair"_s, u"keep"_s));

    QSignalSpy changed(window.get(), &CounterWindow::clerkChanged);
    HoldCodeSelector *selector = window->holdCodeSelector();
    QSignalSpy loaded(selector, &HoldCodeSelector::codesLoaded);
    window->logIn(u"Chris"_s, u"1111"_s);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10'000);
    QVERIFY(selector->codes().isEmpty());
    QVERIFY(!selector->isVisible()); // nothing to choose: no selector at all
    QVERIFY(!selector->setCurrentCode(u"wheelchair"_s));

    // Asked for anyway (a hand-made request on the counter's own store thread), the engine refuses it and
    // writes nothing.
    const QByteArray before = m_fixture->snapshot();
    HoldRequest request{m_fixture->showId(), {seat}, {}, 0};
    request.holdCode = u"wheelchair"_s;
    auto future = window->service()->run(
        [request](InventoryEngine &engine) { return engine.hold(request, u"direct"_s); });
    // Not result() at once: waiting may run a job that has not started on this thread, away from the store's.
    QVERIFY(QTest::qWaitFor([&future] { return future.isFinished(); }, 10'000));
    const Result<Hold> refused = future.result();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY2(refused.error().message.contains(u"Wheelchair reserve"_s), qPrintable(refused.error().message));
    QCOMPARE(m_fixture->snapshot(), before);
    QCOMPARE(status(seat), u"blocked"_s);
    // Best available from the code is refused the same way, before anything is read or written.
    const qint64 showId = m_fixture->showId();
    auto best = window->service()->run([showId](InventoryEngine &engine) {
        return engine.holdBestFromCode(showId, {{}, 1, false}, u"wheelchair"_s, u"direct-best"_s);
    });
    QVERIFY(QTest::qWaitFor([&best] { return best.isFinished(); }, 10'000));
    QCOMPARE(best.result().error().code, Error::Code::Forbidden);
    QVERIFY2(best.result().error().message.contains(u"Chris (clerk)"_s),
             qPrintable(best.result().error().message));
    QCOMPARE(m_fixture->snapshot(), before);

    // A supervisor, whom the code names, sees it.
    loaded.clear();
    window->logIn(u"Sam"_s, u"2345"_s);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10'000);
    QCOMPARE(selector->codes().size(), 1);
    QVERIFY(selector->isVisible());
    QVERIFY(selector->setCurrentCode(u"wheelchair"_s));
}

void TestCounterWindow::followsOtherTerminalsAndSellsWheelchairPairs()
{
    TestDatabase database;
    QVERIFY(database.isValid());
    auto store = database.location().open();
    QVERIFY(store);
    const CallContext ctx{u"demo-seed"_s, u"demo"_s, u"test"_s, QDateTime::currentMSecsSinceEpoch()};
    const auto shows = DemoSeeder::seed(**store, ctx, QDate::currentDate());
    QVERIFY(shows);
    CounterWindow window(database.location());
    m_window = &window;
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.start();
    auto *view = window.findChild<SeatMapView *>(u"seatView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentShowId() > 0 && view->seatsWithState() > 0, 10'000);
    const qint64 showId = window.currentShowId();

    // Another terminal sells a seat: the map shows it sold without anyone asking.
    const auto states = (*store)->seatStates(showId, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(states);
    QString seat;
    for (const SeatState &s : *states) {
        if (s.status == SeatState::Status::Available) {
            seat = s.seatId;
            break;
        }
    }
    SystemClock clock;
    InventoryEngine other(**store, clock);
    SaleRequest sale;
    sale.hold.showId = showId;
    sale.hold.seatIds = {seat};
    QVERIFY(other.sell(sale, u"other-terminal-sale"_s));
    QTRY_VERIFY_WITH_TIMEOUT(view->seatStatus(seat) == SeatState::Status::Sold, 10'000);

    // W: a wheelchair space and its companion seat, together in one line.
    press(Qt::Key_W);
    QTRY_VERIFY_WITH_TIMEOUT(window.cart().size() == 1, 10'000);
    const auto map = DemoSeeder::demoSeatMap();
    QVERIFY(map);
    QHash<QString, Seat> seats;
    for (const Section &section : map->sections) {
        for (const Row &row : section.rows) {
            for (const Seat &s : row.seats)
                seats.insert(s.id, s);
        }
    }
    const QStringList held = window.cart().line(0).hold.seatIds;
    QCOMPARE(held.size(), 2);
    const Seat a = seats.value(held.at(0));
    const Seat b = seats.value(held.at(1));
    const Seat &space = (a.flags & Seat::Wheelchair) ? a : b;
    const Seat &companion = (a.flags & Seat::Wheelchair) ? b : a;
    QVERIFY(space.flags & Seat::Wheelchair);
    QVERIFY(companion.flags & Seat::Companion);
    QCOMPARE(companion.companionOf, space.id);
}

void TestCounterWindow::printsTicketsOnTheConfiguredStock()
{
    auto window = openWindow();
    QVERIFY(window);
    press(Qt::Key_3);
    press(Qt::Key_B);
    press(Qt::Key_F8);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), CounterWindow::Phase::Complete, 10'000);

    // The stock size is a setting; printing puts each ticket on a page of that size.
    QSettings settings;
    const QVariant oldWidth = settings.value(u"tickets/stockWidthMm"_s);
    const QVariant oldHeight = settings.value(u"tickets/stockHeightMm"_s);
    TicketPrinting::setStock({QString(), QSizeF(150, 60)});
    const TicketStock stock = TicketPrinting::stock();
    if (oldWidth.isValid()) {
        settings.setValue(u"tickets/stockWidthMm"_s, oldWidth);
        settings.setValue(u"tickets/stockHeightMm"_s, oldHeight);
    } else {
        settings.remove(u"tickets/stockWidthMm"_s);
        settings.remove(u"tickets/stockHeightMm"_s);
    }
    QCOMPARE(stock.sizeMm, QSizeF(150, 60));

    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    QHash<qint64, Show> shows;
    const auto show = m_fixture->store().show(m_fixture->showId(), QDateTime::currentMSecsSinceEpoch());
    QVERIFY(show);
    shows.insert(show->id, *show);
    const auto printed = TicketPrinting::printTickets(printer, window->completedOrders(), shows, stock, {});
    QVERIFY2(printed, qPrintable(printed ? QString() : printed.error().message));
    QCOMPARE(*printed, 3);
    QCOMPARE(printer.pageLayout().pageSize().size(QPageSize::Millimeter).toSize(), QSize(150, 60));
    QStringList expected;
    for (const Order &order : window->completedOrders()) {
        for (const OrderItem &item : order.items)
            expected.append(item.ticketCode);
    }
    QCOMPARE(decodePdfQrCodes(dir.filePath(u"printed.pdf"_s), dir.path()), expected);
}

std::unique_ptr<CounterWindow> TestCounterWindow::openDemoWindow(const TestDatabase &database)
{
    {
        auto store = database.location().open();
        if (!store)
            return nullptr;
        const CallContext ctx{u"demo-seed"_s, u"demo"_s, u"test"_s, QDateTime::currentMSecsSinceEpoch()};
        if (!DemoSeeder::seed(**store, ctx, QDate::currentDate()))
            return nullptr;
    }
    auto window = std::make_unique<CounterWindow>(database.location());
    m_window = window.get();
    window->resize(1280, 800);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning() << "window not active";
    window->start();
    if (!QTest::qWaitFor(
            [&] {
                return window->currentShowId() > 0 &&
                       window->findChild<SeatMapView *>(u"seatView"_s)->seatsWithState() > 0;
            },
            10'000))
        return nullptr;
    return window;
}

void TestCounterWindow::screenshotOnTheDemoStore()
{
    TestDatabase database;
    QVERIFY(database.isValid());
    auto window = openDemoWindow(database);
    QVERIFY(window);
    press(Qt::Key_4);
    press(Qt::Key_B);
    press(Qt::Key_C);
    press(Qt::Key_C);
    press(Qt::Key_2);
    press(Qt::Key_B);
    QTRY_VERIFY_WITH_TIMEOUT(window->cart().size() == 2 && !window->isBusy(), 10'000);
    press(Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), u"400"_s);
    QTest::qWait(300); // a countdown tick
    const QString screenshot = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter.png");
    QVERIFY(window->grab().save(screenshot));
    qInfo().noquote() << "screenshot:" << screenshot;
}

void TestCounterWindow::screenshotOfSplitTenderOnTheDemoStore()
{
    TestDatabase database;
    QVERIFY(database.isValid());
    auto window = openDemoWindow(database);
    QVERIFY(window);
    press(Qt::Key_3);
    press(Qt::Key_B);
    QTRY_VERIFY_WITH_TIMEOUT(window->cart().size() == 1 && !window->isBusy(), 10'000);
    // 50 by card, then a second card for 20 that is declined, then 20 in cash: the rest is still due.
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"50"_s);
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    window->cardTerminal()->script({SimulatedCardTerminal::Step::Decline});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"declined"_s));
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"20"_s);
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"20"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isCheckingOut() && !window->isBusy(), 10'000);
    auto *parts = window->findChild<QTreeWidget *>(u"tenderParts"_s);
    QCOMPARE(parts->topLevelItemCount(), 3);
    // Enter after a declined card takes cash: a card is always F5.
    QCOMPARE(parts->topLevelItem(2)->text(0), OrderText::paymentMethod(Payment::Method::Cash));
    QCOMPARE(window->phase(), CounterWindow::Phase::Selling);
    const QString screenshot = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter-split-tender-demo.png");
    QVERIFY(window->grab().save(screenshot));
    qInfo().noquote() << "screenshot:" << screenshot;
}

QTEST_MAIN(TestCounterWindow)
#include "tst_counterwindow.moc"
