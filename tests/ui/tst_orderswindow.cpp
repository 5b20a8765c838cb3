// The orders window driven as a clerk drives it, against a real store (SQLite in a temporary folder, and
// PostgreSQL in the _postgres run): finding orders, refunding chosen tickets as a supervisor, a clerk's
// refused refund that writes nothing, an exchange paid in cash, and reprinted tickets whose QR codes scan.

#include "boxoffice/counterwindow.h"
#include "boxoffice/moneytext.h"
#include "inventory/inventoryservice.h"
#include "orders/exchangedialog.h"
#include "orders/orderoperations.h"
#include "orders/orderswindow.h"
#include "orders/ordertext.h"
#include "orders/refunddialog.h"
#include "seatmap/demoseeder.h"
#include "staff/staffservice.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "testsupport.h"

#include <algorithm>
#include <functional>
#include <memory>

using namespace Parterre;
using namespace Parterre::Test;
using namespace Qt::StringLiterals;

namespace {

// Answers the next modal dialog that has a child of this name, once it is up.
class DialogAnswer final
{
public:
    DialogAnswer(const QString &childName, std::function<void(QWidget *)> answer)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, childName, answer] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || !dialog->findChild<QWidget *>(childName))
                return;
            m_timer.stop();
            answer(dialog);
            m_answered = true;
            // A check that failed inside the answer left the dialog up: close it so the test ends now.
            if (QTest::currentTestFailed())
                QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        });
        m_timer.start();
    }
    bool answered() const { return m_answered; }

private:
    QTimer m_timer;
    bool m_answered = false;
};

} // namespace

class TestOrdersWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsOrdersByNumberNameAndTicketCode();
    void refundsChosenTicketsAsASupervisor();
    void refusesAClerksRefundAndWritesNothing();
    void exchangesForDearerSeatsPayingTheDifferenceInCash();
    void exchangesToACheaperSeatAtAnotherShowRefundingTheDifference();
    void exchangeDialogPicksTheBestSeatsOfACategoryWithoutHoldingThem();
    void exchangesForStandingPlacesAtAnotherShowWithCashChange();
    void refusedExchangeForStandingPlacesWritesNothing();
    void refundPreviewMatchesWhatTheStoreRefunds();
    void reprintsTicketsWhoseQrCodesScan();
    void opensFromTheCounterOnItsServiceAndChargesItsCardTerminal();
    void screenshot();

private:
    Order sellTo(const QString &name, const QString &email, const QStringList &seats);
    // A user of this role, set on the service's engine as a login would.
    void actAs(Role role);
    std::unique_ptr<OrdersWindow> openWindow();
    // Searches and shows the order's details.
    void showOrder(OrdersWindow &window, const Order &order);

    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<InventoryService> m_service;
};

void TestOrdersWindow::init()
{
    m_fixture = std::make_unique<Fixture>(10, 20, 50);
    QVERIFY(m_fixture->isValid());
    // The service runs on the system clock: sell on the same one.
    m_fixture->clock().setNowMs(QDateTime::currentMSecsSinceEpoch());
    m_service = std::make_unique<InventoryService>(m_fixture->database().location());
}

void TestOrdersWindow::cleanup()
{
    m_service.reset();
    m_fixture.reset();
}

Order TestOrdersWindow::sellTo(const QString &name, const QString &email, const QStringList &seats)
{
    SaleRequest sale;
    sale.hold.showId = m_fixture->showId();
    sale.hold.seatIds = seats;
    sale.customer = {name, email, {}};
    auto order = m_fixture->engine().sell(sale, m_fixture->newKey());
    if (!order) {
        qWarning() << "sale failed:" << order.error().message;
        return {};
    }
    return *order;
}

void TestOrdersWindow::actAs(Role role)
{
    StaffService staff(m_fixture->store(), m_fixture->clock());
    staff.setPinIterations(1000);
    const QString name = role == Role::Supervisor ? u"Sam"_s : u"Chris"_s;
    auto user = staff.createUser(name, role, u"2345"_s, u"user-"_s + name);
    QVERIFY2(user, qPrintable(user ? QString() : user.error().message));
    const User who = *user;
    auto set = m_service->run([who](InventoryEngine &engine) -> Result<Done> {
        engine.setUser(who);
        return Done{};
    });
    set.waitForFinished();
    QVERIFY(set.result());
}

std::unique_ptr<OrdersWindow> TestOrdersWindow::openWindow()
{
    auto window = std::make_unique<OrdersWindow>(m_service.get());
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning() << "window not active";
    return window;
}

void TestOrdersWindow::showOrder(OrdersWindow &window, const Order &order)
{
    window.setQuery(order.number);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(window.results().cbegin(), window.results().cend(),
                                         [&](const OrderSummary &s) { return s.id == order.id; }),
                             10'000);
    QVERIFY(window.selectOrder(order.id));
    QTRY_VERIFY_WITH_TIMEOUT(window.details() && window.details()->order.id == order.id && !window.isBusy(),
                             10'000);
}

void TestOrdersWindow::findsOrdersByNumberNameAndTicketCode()
{
    const Order ada = sellTo(u"Ada Lovelace"_s, u"ada@example.org"_s, {seatId(1, 1), seatId(1, 2)});
    const Order grace = sellTo(u"Grace Hopper"_s, u"grace@navy.example"_s, {seatId(2, 1)});
    QVERIFY(ada.id > 0 && grace.id > 0);
    auto window = openWindow();

    const auto found = [&]() {
        QList<qint64> ids;
        for (const OrderSummary &s : window->results())
            ids << s.id;
        return ids;
    };
    // Typed into the field, as a clerk would: the search runs once typing pauses.
    QTest::keyClicks(window->findChild<QLineEdit *>(u"orderSearch"_s), ada.number);
    QTRY_COMPARE_WITH_TIMEOUT(found(), QList<qint64>{ada.id}, 10'000);
    QCOMPARE(window->searchesSent(), 1); // one search for the whole number, not one per key
    auto *list = window->findChild<QTreeWidget *>(u"orderResults"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), ada.number);
    QVERIFY(list->topLevelItem(0)->text(1).contains(u"Ada Lovelace"_s));

    window->setQuery(u"hopp"_s); // part of the name, any case
    QTRY_COMPARE_WITH_TIMEOUT(found(), QList<qint64>{grace.id}, 10'000);

    window->setQuery(ada.items.last().ticketCode);
    QTRY_COMPARE_WITH_TIMEOUT(found(), QList<qint64>{ada.id}, 10'000);

    window->setQuery(u"nobody-like-this"_s);
    QTRY_VERIFY_WITH_TIMEOUT(found().isEmpty() && !window->isBusy(), 10'000);
}

void TestOrdersWindow::refundsChosenTicketsAsASupervisor()
{
    const QStringList seats{seatId(3, 1), seatId(3, 2), seatId(3, 3)};
    const Order order = sellTo(u"Ada Lovelace"_s, {}, seats);
    QCOMPARE(order.status, Order::Status::Confirmed);
    actAs(Role::Supervisor);
    auto window = openWindow();
    showOrder(*window, order);
    // From the keyboard: Enter on the order moves to its tickets, Down and Space tick the second one.
    auto *results = window->findChild<QTreeWidget *>(u"orderResults"_s);
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Return);
    auto *items = window->findChild<QTreeWidget *>(u"orderItems"_s);
    QTRY_VERIFY(items->hasFocus());
    QTest::keyClick(items, Qt::Key_Down);
    QTest::keyClick(items, Qt::Key_Space);
    QCOMPARE(window->checkedItems(), QList<qint64>{order.items.at(1).id});

    // Through the dialog: it refunds only the checked ticket, says where the money goes, and wants a reason.
    QString preview;
    bool okWithoutReason = true;
    DialogAnswer answer(u"refundReason"_s, [&](QWidget *dialog) {
        auto *refund = qobject_cast<RefundDialog *>(dialog);
        QVERIFY(refund);
        QVERIFY(dialog->findChild<QRadioButton *>(u"refundChecked"_s)->isChecked());
        QPushButton *ok = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().contains(u"Refund"_s))
                ok = b;
        }
        QVERIFY(ok);
        okWithoutReason = ok->isEnabled();
        dialog->findChild<QLineEdit *>(u"refundReason"_s)->setText(u"Cannot come"_s);
        preview = refund->preview();
        refund->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/orders-refund.png"));
        QCOMPARE(refund->amountMinor(), order.items.at(1).priceMinor);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    QSignalSpy finished(window.get(), &OrdersWindow::operationFinished);
    QTest::mouseClick(window->findChild<QPushButton *>(u"refundOrder"_s), Qt::LeftButton);
    QTRY_VERIFY(answer.answered());
    QVERIFY(!okWithoutReason);
    QVERIFY2(preview.contains(OrderText::paymentMethod(Payment::Method::Cash)), qPrintable(preview));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    // The seat is on sale again at once; the others stay sold.
    QCOMPARE(m_fixture->seatStatus(seats.at(1)), u"available"_s);
    QCOMPARE(m_fixture->seatStatus(seats.at(0)), u"sold"_s);
    QCOMPARE(m_fixture->seatStatus(seats.at(2)), u"sold"_s);
    const auto stored = m_fixture->store().order(order.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, Order::Status::PartiallyRefunded);
    QCOMPARE(stored->totalMinor, order.totalMinor - order.items.at(1).priceMinor);
    const auto refund = std::find_if(stored->payments.cbegin(), stored->payments.cend(),
                                     [](const Payment &p) { return p.kind == Payment::Kind::Refund; });
    QVERIFY(refund != stored->payments.cend());
    QCOMPARE(refund->amountMinor, order.items.at(1).priceMinor);
    QCOMPARE(refund->reason, u"Cannot come"_s);
    // The details follow.
    QTRY_VERIFY_WITH_TIMEOUT(window->details()->order.status == Order::Status::PartiallyRefunded &&
                                 window->details()->order.items.at(1).status == OrderItem::Status::Refunded,
                             10'000);
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestOrdersWindow::refusesAClerksRefundAndWritesNothing()
{
    const Order order = sellTo(u"Grace Hopper"_s, {}, {seatId(4, 1), seatId(4, 2)});
    actAs(Role::Clerk);
    auto window = openWindow();
    showOrder(*window, order);
    const QByteArray before = m_fixture->snapshot();

    QSignalSpy finished(window.get(), &OrdersWindow::operationFinished);
    window->refund({order.id, {order.items.first().id}, u"Changed plans"_s});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(window->message().contains(u"refused"_s), qPrintable(window->message()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 10'000);
    QCOMPARE(m_fixture->snapshot(), before);
    QCOMPARE(m_fixture->seatStatus(seatId(4, 1)), u"sold"_s);
    QCOMPARE(window->details()->order.status, Order::Status::Confirmed);
    window->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/orders-refused.png"));

    // An exchange is a supervisor's too.
    ExchangeRequest exchange;
    exchange.orderId = order.id;
    exchange.itemIds = {order.items.first().id};
    exchange.target.showId = m_fixture->showId();
    exchange.target.seatIds = {seatId(4, 10)};
    window->exchange(exchange);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10'000);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY2(window->message().contains(u"refused"_s), qPrintable(window->message()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 10'000);
    QCOMPARE(m_fixture->snapshot(), before);
    QCOMPARE(m_fixture->seatStatus(seatId(4, 10)), u"available"_s);
}

void TestOrdersWindow::exchangesForDearerSeatsPayingTheDifferenceInCash()
{
    // Row 8 is category b (30.00), row 2 category a (50.00): 20.00 more per seat.
    const QString oldSeat = seatId(8, 5);
    const QString newSeat = seatId(2, 5);
    const Order order = sellTo(u"Ada Lovelace"_s, {}, {oldSeat});
    QCOMPARE(order.totalMinor, priceOf(u"b"_s));
    actAs(Role::Supervisor);
    auto window = openWindow();
    showOrder(*window, order);

    qint64 difference = 0;
    QString text;
    DialogAnswer answer(u"exchangeSeats"_s, [&](QWidget *dialog) {
        auto *exchange = qobject_cast<ExchangeDialog *>(dialog);
        QVERIFY(exchange);
        QTRY_VERIFY_WITH_TIMEOUT(!exchange->isLoading(), 10'000);
        QCOMPARE(exchange->targetShowId(), m_fixture->showId());
        QVERIFY(exchange->selectSeats({newSeat}));
        difference = exchange->differenceMinor();
        text = exchange->differenceText();
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    QSignalSpy finished(window.get(), &OrdersWindow::operationFinished);
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(answer.answered(), 10'000);
    QCOMPARE(difference, priceOf(u"a"_s) - priceOf(u"b"_s));
    QVERIFY2(text.contains(OrderText::paymentMethod(Payment::Method::Cash)), qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    QCOMPARE(m_fixture->seatStatus(oldSeat), u"available"_s);
    QCOMPARE(m_fixture->seatStatus(newSeat), u"sold"_s);
    const auto stored = m_fixture->store().order(order.id);
    QVERIFY(stored);
    QCOMPARE(stored->totalMinor, priceOf(u"a"_s));
    QCOMPARE(stored->paidMinor, priceOf(u"a"_s));
    const bool paidInCash =
        std::any_of(stored->payments.cbegin(), stored->payments.cend(), [&](const Payment &p) {
            return p.kind == Payment::Kind::Payment && p.method == Payment::Method::Cash &&
                   p.status == Payment::Status::Succeeded && p.amountMinor == difference;
        });
    QVERIFY(paidInCash);
    const bool newTicket = std::any_of(stored->items.cbegin(), stored->items.cend(), [&](const OrderItem &i) {
        return i.seatId == newSeat && i.status == OrderItem::Status::Active && !i.ticketCode.isEmpty();
    });
    QVERIFY(newTicket);
    QTRY_VERIFY_WITH_TIMEOUT(window->details()->order.items.size() == stored->items.size(), 10'000);
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestOrdersWindow::exchangesToACheaperSeatAtAnotherShowRefundingTheDifference()
{
    // Another show of the same event, a day later, on a smaller map: its row 5 is category b (30.00).
    const qint64 otherShow = createShow(m_fixture->store(), makeSeatMap(6, 10, 0),
                                        QDateTime::currentMSecsSinceEpoch() + 86'400'000);
    QVERIFY(otherShow > 0);
    const QString oldSeat = seatId(1, 4);
    const QString newSeat = seatId(5, 6);
    const Order order = sellTo(u"Grace Hopper"_s, {}, {oldSeat, seatId(1, 5)});
    QCOMPARE(order.totalMinor, 2 * priceOf(u"a"_s));
    actAs(Role::Supervisor);
    auto window = openWindow();
    showOrder(*window, order);
    QVERIFY(window->setItemChecked(order.items.first().id, true));

    qint64 difference = 0;
    QString text;
    DialogAnswer answer(u"exchangeSeats"_s, [&](QWidget *dialog) {
        auto *exchange = qobject_cast<ExchangeDialog *>(dialog);
        QVERIFY(exchange);
        auto *shows = dialog->findChild<QComboBox *>(u"exchangeShow"_s);
        QVERIFY(shows->findData(otherShow) >= 0);
        shows->setCurrentIndex(shows->findData(otherShow));
        QTRY_VERIFY_WITH_TIMEOUT(!exchange->isLoading(), 10'000);
        QCOMPARE(exchange->targetShowId(), otherShow);
        // A comp picked for a difference that then goes the other way asks for no reason.
        auto *method = dialog->findChild<QComboBox *>(u"exchangeMethod"_s);
        method->setCurrentIndex(method->findData(int(Payment::Method::Comp)));
        QVERIFY(exchange->selectSeats({newSeat}));
        QCOMPARE(exchange->request().method, Payment::Method::Cash);
        difference = exchange->differenceMinor();
        text = exchange->differenceText();
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    QSignalSpy finished(window.get(), &OrdersWindow::operationFinished);
    QTest::mouseClick(window->findChild<QPushButton *>(u"exchangeTickets"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(answer.answered(), 10'000);
    QCOMPARE(difference, priceOf(u"b"_s) - priceOf(u"a"_s));
    QVERIFY2(text.contains(u"back"_s), qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    // Said once done, by method: the cash comes out of the drawer.
    const QString moneyBack =
        OrderText::paymentMethod(Payment::Method::Cash) + u' ' + MoneyText::format({-difference, u"EUR"_s});
    QVERIFY2(window->message().contains(moneyBack), qPrintable(window->message()));

    QCOMPARE(m_fixture->seatStatus(oldSeat), u"available"_s);
    QCOMPARE(m_fixture->seatStatus(seatId(1, 5)), u"sold"_s);
    const auto states = m_fixture->store().seatStates(otherShow, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(states);
    const auto seat = std::find_if(states->cbegin(), states->cend(),
                                   [&](const SeatState &s) { return s.seatId == newSeat; });
    QVERIFY(seat != states->cend());
    QCOMPARE(seat->status, SeatState::Status::Sold);
    const auto stored = m_fixture->store().order(order.id);
    QVERIFY(stored);
    QCOMPARE(stored->totalMinor, priceOf(u"a"_s) + priceOf(u"b"_s));
    const bool refunded =
        std::any_of(stored->payments.cbegin(), stored->payments.cend(), [&](const Payment &p) {
            return p.kind == Payment::Kind::Refund && p.method == Payment::Method::Cash &&
                   p.amountMinor == -difference;
        });
    QVERIFY(refunded);
    const bool moved = std::any_of(stored->items.cbegin(), stored->items.cend(), [&](const OrderItem &i) {
        return i.showId == otherShow && i.seatId == newSeat && i.status == OrderItem::Status::Active;
    });
    QVERIFY(moved);
    // The details now name the show of each ticket.
    QTRY_VERIFY_WITH_TIMEOUT(window->details()->order.items.size() == stored->items.size(), 10'000);
    QVERIFY(!window->findChild<QTreeWidget *>(u"orderItems"_s)->isColumnHidden(1));
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestOrdersWindow::exchangeDialogPicksTheBestSeatsOfACategoryWithoutHoldingThem()
{
    const Order order = sellTo(u"Ada Lovelace"_s, {}, {seatId(9, 1), seatId(9, 2)});
    QCOMPARE(order.totalMinor, 2 * priceOf(u"b"_s));
    auto shows = m_fixture->store().shows(0, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(shows);
    const QByteArray before = m_fixture->snapshot();
    ExchangeDialog dialog(m_service.get(), order, {order.items.at(0).id, order.items.at(1).id}, *shows);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
    auto *category = dialog.findChild<QComboBox *>(u"exchangeCategory"_s);
    QVERIFY(category->findData(u"a"_s) > 0);
    category->setCurrentIndex(category->findData(u"a"_s));
    QSignalSpy picked(&dialog, &ExchangeDialog::bestAvailableSelected);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exchangeBest"_s), Qt::LeftButton);
    QVERIFY(picked.wait(10'000));
    QCOMPARE(picked.first().at(0).toBool(), true);
    const ExchangeRequest request = dialog.request();
    QCOMPARE(request.target.seatIds.size(), 2);
    // Side by side in one front row (category a), and 2 × 20.00 more.
    const QString row = request.target.seatIds.first().section(u'-', 0, 0);
    QCOMPARE(request.target.seatIds.last().section(u'-', 0, 0), row);
    QVERIFY(row.mid(1).toInt() <= 5);
    QCOMPARE(dialog.differenceMinor(), 2 * (priceOf(u"a"_s) - priceOf(u"b"_s)));
    // The list shows only that category now; nothing was held for the pick.
    const auto *seats = dialog.findChild<QListWidget *>(u"exchangeSeats"_s);
    for (int i = 0; i < seats->count(); ++i)
        QCOMPARE(seats->item(i)->isHidden(), seats->item(i)->data(Qt::UserRole + 1).toString() != u"a"_s);
    QCOMPARE(m_fixture->snapshot(), before);
    QCOMPARE(m_fixture->seatStatus(request.target.seatIds.first()), u"available"_s);
    const QString path = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/orders-exchange.png");
    QVERIFY(dialog.grab().save(path));
    qInfo().noquote() << "screenshot:" << path;
}

void TestOrdersWindow::exchangesForStandingPlacesAtAnotherShowWithCashChange()
{
    // Another show a day later with a standing area "floor" (category c, 20.00 a place). One back-row seat
    // (30.00) for two standing places (40.00): 10.00 more, paid with 20.00 cash, 10.00 change.
    const qint64 otherShow = createShow(m_fixture->store(), makeSeatMap(6, 10, 30),
                                        QDateTime::currentMSecsSinceEpoch() + 86'400'000);
    QVERIFY(otherShow > 0);
    const QString oldSeat = seatId(8, 3);
    const Order order = sellTo(u"Ada Lovelace"_s, {}, {oldSeat});
    QCOMPARE(order.totalMinor, priceOf(u"b"_s));
    actAs(Role::Supervisor);
    auto window = openWindow();
    showOrder(*window, order);

    qint64 difference = 0;
    std::optional<qint64> change;
    QString text;
    QString shortText;
    bool shortRefused = false;
    DialogAnswer answer(u"exchangeSeats"_s, [&](QWidget *dialog) {
        auto *exchange = qobject_cast<ExchangeDialog *>(dialog);
        QVERIFY(exchange);
        auto *shows = dialog->findChild<QComboBox *>(u"exchangeShow"_s);
        shows->setCurrentIndex(shows->findData(otherShow));
        QTRY_VERIFY_WITH_TIMEOUT(!exchange->isLoading(), 10'000);
        auto *area = dialog->findChild<QComboBox *>(u"exchangeArea"_s);
        QVERIFY(area->findData(u"floor"_s) > 0);
        area->setCurrentIndex(area->findData(u"floor"_s));
        auto *quantity = dialog->findChild<QSpinBox *>(u"exchangeQuantity"_s);
        QVERIFY(quantity->isEnabled());
        QVERIFY(!dialog->findChild<QListWidget *>(u"exchangeSeats"_s)->isEnabled());
        quantity->setFocus();
        QTest::keyClick(quantity, Qt::Key_Up); // 1 -> 2 places
        QCOMPARE(quantity->value(), 2);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // 5.00 handed over is short: the dialog says so and will not exchange.
        auto *tendered = dialog->findChild<QLineEdit *>(u"exchangeTendered"_s);
        QVERIFY(tendered->isEnabled());
        QTest::keyClicks(tendered, u"5"_s);
        shortText = exchange->differenceText();
        shortRefused = !ok->isEnabled();
        tendered->clear();
        QTest::keyClicks(tendered, u"20"_s);
        difference = exchange->differenceMinor();
        change = exchange->changeMinor();
        text = exchange->differenceText();
        const ExchangeRequest request = exchange->request();
        QCOMPARE(request.target.showId, otherShow);
        QVERIFY(request.target.seatIds.isEmpty());
        QCOMPARE(request.target.ga.size(), 1);
        QCOMPARE(request.target.ga.first().quantity, 2);
        QCOMPARE(request.tenderedMinor, 2000);
        QVERIFY(ok->isEnabled());
        const QString path = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/orders-exchange-standing.png");
        QVERIFY(dialog->grab().save(path));
        qInfo().noquote() << "screenshot:" << path;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QSignalSpy finished(window.get(), &OrdersWindow::operationFinished);
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(answer.answered(), 10'000);
    QVERIFY2(shortRefused && shortText.contains(u"short"_s), qPrintable(shortText));
    QCOMPARE(difference, 2 * priceOf(u"c"_s) - priceOf(u"b"_s));
    QCOMPARE(change.value_or(-1), 2000 - difference);
    QVERIFY2(text.contains(MoneyText::format({2000 - difference, u"EUR"_s})), qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(window->message().contains(MoneyText::format({2000 - difference, u"EUR"_s})),
             qPrintable(window->message()));

    QCOMPARE(m_fixture->seatStatus(oldSeat), u"available"_s);
    const auto areas = m_fixture->store().gaStates(otherShow, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(areas);
    QCOMPARE(areas->first().sold, 2);
    const auto stored = m_fixture->store().order(order.id);
    QVERIFY(stored);
    QCOMPARE(stored->totalMinor, 2 * priceOf(u"c"_s));
    QCOMPARE(stored->paidMinor, 2 * priceOf(u"c"_s));
    const auto cash = std::find_if(stored->payments.cbegin(), stored->payments.cend(), [&](const Payment &p) {
        return p.kind == Payment::Kind::Payment && p.amountMinor == difference;
    });
    QVERIFY(cash != stored->payments.cend());
    QCOMPARE(cash->method, Payment::Method::Cash);
    QCOMPARE(cash->tenderedMinor, 2000);
    QCOMPARE(cash->changeMinor, 2000 - difference);
    int standing = 0;
    for (const OrderItem &item : stored->items) {
        if (item.status == OrderItem::Status::Active) {
            QCOMPARE(item.showId, otherShow);
            QCOMPARE(item.gaAreaId, u"floor"_s);
            QVERIFY(!item.ticketCode.isEmpty());
            ++standing;
        }
    }
    QCOMPARE(standing, 2);
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestOrdersWindow::refusedExchangeForStandingPlacesWritesNothing()
{
    const Order order = sellTo(u"Grace Hopper"_s, {}, {seatId(8, 1)});
    actAs(Role::Supervisor);
    auto window = openWindow();
    showOrder(*window, order);
    const QByteArray before = m_fixture->snapshot();
    QSignalSpy finished(window.get(), &OrdersWindow::operationFinished);

    // More standing places than the area has.
    ExchangeRequest tooMany;
    tooMany.orderId = order.id;
    tooMany.itemIds = {order.items.first().id};
    tooMany.target.showId = m_fixture->showId();
    tooMany.target.ga = {{u"floor"_s, 51}};
    window->exchange(tooMany);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY2(window->message().contains(u"Nothing was changed"_s), qPrintable(window->message()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 10'000);
    QCOMPARE(m_fixture->snapshot(), before);

    // Cash tendered short of the difference (two places, 40.00, for a 30.00 seat: 10.00 more).
    ExchangeRequest shortCash = tooMany;
    shortCash.target.ga = {{u"floor"_s, 2}};
    shortCash.tenderedMinor = 500;
    window->exchange(shortCash);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10'000);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY2(window->message().contains(u"tendered"_s), qPrintable(window->message()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 10'000);
    QCOMPARE(m_fixture->snapshot(), before);
    QCOMPARE(m_fixture->seatStatus(seatId(8, 1)), u"sold"_s);
    const auto areas = m_fixture->store().gaStates(m_fixture->showId(), QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(areas->first().available, 50);
}

void TestOrdersWindow::refundPreviewMatchesWhatTheStoreRefunds()
{
    // Split tender: 30.00 cash, then the rest (50.00) as a comp. Refunding one 50.00 ticket takes the comp
    // first (the most recent payment) and nothing from the cash.
    InventoryEngine &engine = m_fixture->engine();
    auto hold = engine.hold({m_fixture->showId(), {seatId(3, 8), seatId(8, 8)}, {}}, m_fixture->newKey());
    QVERIFY(hold);
    auto order = engine.createOrder({hold->id, {u"Ada Lovelace"_s, {}, {}}}, m_fixture->newKey());
    QVERIFY(order);
    QCOMPARE(order->totalMinor, priceOf(u"a"_s) + priceOf(u"b"_s));
    PaymentRequest cash;
    cash.orderId = order->id;
    cash.amountMinor = priceOf(u"b"_s);
    cash.currency = u"EUR"_s;
    auto paidCash = engine.pay(cash, m_fixture->newKey());
    QVERIFY2(paidCash, qPrintable(paidCash ? QString() : paidCash.error().message));
    PaymentRequest comp;
    comp.orderId = order->id;
    comp.method = Payment::Method::Comp;
    comp.currency = u"EUR"_s;
    comp.reason = u"Friend of the house"_s;
    auto paidComp = engine.pay(comp, m_fixture->newKey());
    QVERIFY2(paidComp, qPrintable(paidComp ? QString() : paidComp.error().message));
    auto confirmed = engine.confirm(order->id, m_fixture->newKey());
    QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().message));

    const auto front = std::find_if(confirmed->items.cbegin(), confirmed->items.cend(),
                                    [](const OrderItem &i) { return i.seatId == seatId(3, 8); });
    QVERIFY(front != confirmed->items.cend());
    RefundDialog dialog(*confirmed, {front->id});
    QCOMPARE(dialog.amountMinor(), priceOf(u"a"_s));
    const QList<RefundShare> shares = OrderOperations::refundShares(*confirmed, dialog.amountMinor());
    QCOMPARE(shares.size(), 1);
    QCOMPARE(shares.first().method, Payment::Method::Comp);
    QVERIFY2(dialog.preview().contains(OrderText::paymentMethod(Payment::Method::Comp)),
             qPrintable(dialog.preview()));
    QVERIFY2(!dialog.preview().contains(OrderText::paymentMethod(Payment::Method::Cash)),
             qPrintable(dialog.preview()));

    dialog.findChild<QLineEdit *>(u"refundReason"_s)->setText(u"Changed seats"_s);
    auto refunded = engine.refund(dialog.request(), m_fixture->newKey());
    QVERIFY2(refunded, qPrintable(refunded ? QString() : refunded.error().message));
    QList<RefundShare> done;
    for (const Payment &p : refunded->payments) {
        if (p.kind == Payment::Kind::Refund)
            done.append({p.refundOf, p.method, p.amountMinor, p.currency});
    }
    QCOMPARE(done.size(), shares.size());
    for (int i = 0; i < done.size(); ++i) {
        QCOMPARE(done.at(i).paymentId, shares.at(i).paymentId);
        QCOMPARE(done.at(i).method, shares.at(i).method);
        QCOMPARE(done.at(i).amountMinor, shares.at(i).amountMinor);
    }
}

void TestOrdersWindow::reprintsTicketsWhoseQrCodesScan()
{
    const Order order = sellTo(u"Grace Hopper"_s, {}, {seatId(5, 7), seatId(5, 8)});
    auto window = openWindow();
    showOrder(*window, order);
    QVERIFY(window->findChild<QPushButton *>(u"reprintTickets"_s)->isEnabled());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"reprint.pdf"_s);
    const auto written = window->saveTicketsPdf(pdf);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(*written, 2);
    QStringList expected;
    for (const OrderItem &item : order.items)
        expected << item.ticketCode;
    QStringList decoded = decodePdfQrCodes(pdf, dir.path());
    expected.sort();
    decoded.sort();
    QCOMPARE(decoded, expected);
    const auto receipt = window->saveReceiptPdf(dir.filePath(u"receipt.pdf"_s));
    QVERIFY(receipt && *receipt >= 1);
}

void TestOrdersWindow::opensFromTheCounterOnItsServiceAndChargesItsCardTerminal()
{
    const Order order = sellTo(u"Ada Lovelace"_s, {}, {seatId(7, 3)});
    StaffService staff(m_fixture->store(), m_fixture->clock());
    staff.setPinIterations(1000);
    QVERIFY(staff.createUser(u"Sam"_s, Role::Supervisor, u"2345"_s, u"user-sam"_s));

    CounterWindow counter(m_fixture->database().location());
    counter.show();
    QSignalSpy loggedIn(&counter, &CounterWindow::clerkChanged);
    counter.logIn(u"Sam"_s, u"2345"_s);
    QVERIFY(loggedIn.wait(10'000));
    auto *action = counter.findChild<QAction *>(u"orders"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    action->trigger();
    auto *window = counter.findChild<OrdersWindow *>();
    QVERIFY(window);
    QTRY_VERIFY(window->isVisible());
    QCOMPARE(counter.openOrders(), window); // opened once, raised after
    showOrder(*window, order);

    // The counter's supervisor and its card terminal: a dearer seat, the difference charged by card.
    ExchangeRequest exchange;
    exchange.orderId = order.id;
    exchange.itemIds = {order.items.first().id};
    exchange.target.showId = m_fixture->showId();
    exchange.target.seatIds = {seatId(1, 3)};
    exchange.method = Payment::Method::Card;
    QSignalSpy finished(window, &OrdersWindow::operationFinished);
    window->exchange(exchange);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(m_fixture->seatStatus(seatId(7, 3)), u"available"_s);
    QCOMPARE(m_fixture->seatStatus(seatId(1, 3)), u"sold"_s);
    const auto stored = m_fixture->store().order(order.id);
    QVERIFY(stored);
    const bool byCard = std::any_of(stored->payments.cbegin(), stored->payments.cend(), [](const Payment &p) {
        return p.kind == Payment::Kind::Payment && p.method == Payment::Method::Card &&
               p.status == Payment::Status::Succeeded && p.amountMinor == priceOf(u"a"_s) - priceOf(u"b"_s);
    });
    QVERIFY(byCard);
    QVERIFY(m_fixture->violations().isEmpty());
}

void TestOrdersWindow::screenshot()
{
    const Order ada =
        sellTo(u"Ada Lovelace"_s, u"ada@example.org"_s, {seatId(2, 9), seatId(2, 10), seatId(2, 11)});
    sellTo(u"Ada Byron"_s, u"byron@example.org"_s, {seatId(6, 3)});
    sellTo(u"Adam Smith"_s, {}, {seatId(7, 1), seatId(7, 2)});
    QVERIFY(
        m_fixture->engine().refund({ada.id, {ada.items.last().id}, u"Cannot come"_s}, m_fixture->newKey()));
    auto window = openWindow();
    window->resize(1180, 620);
    window->setQuery(u"ada"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->results().size() == 3, 10'000);
    QVERIFY(window->selectOrder(ada.id));
    QTRY_VERIFY_WITH_TIMEOUT(window->details() && !window->isBusy(), 10'000);
    window->setItemChecked(ada.items.first().id, true);
    QTest::qWait(50);
    const QString path = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/orders.png");
    QVERIFY(window->grab().save(path));
    qInfo().noquote() << "screenshot:" << path;
}

QTEST_MAIN(TestOrdersWindow)
#include "tst_orderswindow.moc"
