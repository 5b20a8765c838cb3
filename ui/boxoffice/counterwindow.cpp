#include "counterwindow.h"

#include "cartpanel.h"
#include "checkoutpanel.h"
#include "clerklogin.h"
#include "countermenus.h"
#include "endofday/drawerpanel.h"
#include "endofday/endofdaywindow.h"
#include "houseseats/holdcodeselector.h"
#include "houseseats/houseseatsoperations.h"
#include "houseseats/houseseatswindow.h"
#include "inventory/inventoryservice.h"
#include "mainwindow/mainwindow.h"
#include "moneytext.h"
#include "orders/orderswindow.h"
#include "payment/simulatedcardterminal.h"
#include "paymentpanel.h"
#include "roletext.h"
#include "salecompletepanel.h"
#include "saledocuments.h"
#include "saleshows.h"
#include "seatmap/seatmapview.h"
#include "settings/connectiondialog.h"
#include "settings/hosting.h"
#include "showfollower.h"
#include "showpanel.h"
#include "showpicker.h"
#include "staff/user.h"
#include "store/store.h"

#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace Parterre {

namespace {

constexpr int TickMs = 250;

QString newKey(const QString &what)
{
    return QStringLiteral("counter:%1:%2").arg(what, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

CounterWindow::CounterWindow(const StoreLocation &location, QWidget *parent)
    : QMainWindow(parent)
    , m_location(location)
    , m_service(std::make_unique<InventoryService>(location))
    , m_hosting(new Hosting(this))
{
    useCardTerminal();
    setWindowTitle(tr("Parterre — Counter"));
    m_elapsed.start();
    m_now = [this] { return m_elapsed.elapsed(); };
    const QSettings settings;
    m_holdMs =
        qint64(std::clamp(settings.value(QStringLiteral("counter/holdMinutes"), 10).toInt(), 1, 60)) * 60'000;
    m_clerk = settings.value(QStringLiteral("counter/clerk"), m_clerk).toString();
    // The terminal's name goes into the audit log and keys its cash drawers: one per machine, not one name
    // for every counter (settings "counter/terminal" overrides the computer's name).
    m_terminal = settings.value(QStringLiteral("counter/terminal"), QSysInfo::machineHostName()).toString();
    if (m_terminal.trimmed().isEmpty())
        m_terminal = QStringLiteral("counter");
    m_service->setActor(m_clerk, m_terminal);

    createWidgets();
    CounterMenus::create(this);
    m_storeLabel->setText(tr("Store: %1").arg(location.describe()));
    m_clerkLabel->setText(tr("Clerk: %1").arg(m_clerk));

    m_tick = new QTimer(this);
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &CounterWindow::tick);
    m_tick->start();
    m_login = new ClerkLogin(this);
    connect(m_login, &ClerkLogin::credentialsEntered, this, &CounterWindow::logIn);
    m_follower = new ShowFollower(this);
    // Hold codes defined at another terminal show up with the shows.
    connect(m_follower, &ShowFollower::readingCatalogue, this,
            [this] { m_sellFrom->reload(m_service.get()); });
    connect(m_follower, &ShowFollower::catalogueRead, this, &CounterWindow::applyCatalogue);
    connect(m_follower, &ShowFollower::showRead, this, [this](const Result<CounterShow> &data) {
        if (data)
            applyShow(*data);
        else
            reportError(tr("Could not load the show"), data.error());
    });
    connect(m_follower, &ShowFollower::connectionChanged, this,
            [this](bool connected, const QString &message) {
                if (connected)
                    statusBar()->showMessage(tr("Connected to the store again."), 5000);
                else
                    statusBar()->showMessage(tr("Store connection lost, retrying: %1").arg(message));
            });
    newSale();
}

CounterWindow::~CounterWindow()
{
    m_tick->stop();
    m_follower->stop();
    delete m_ordersWindow; // it runs its work on the service below
    m_service.reset();     // finishes queued jobs (the releases closeEvent queued); their answers are dropped
}

void CounterWindow::createWidgets()
{
    m_picker = new ShowPicker;
    m_picker->setObjectName(QStringLiteral("showPicker"));
    connect(m_picker, &ShowPicker::showChosen, this, [this](qint64 showId) {
        if (showId != currentShowId())
            loadShow(showId);
    });

    m_showPanel = new ShowPanel;
    m_seatView = m_showPanel->seatView();
    m_sellFrom = m_showPanel->sellFrom();
    connect(m_showPanel, &ShowPanel::bestAvailableRequested, this, &CounterWindow::holdBestAvailable);
    connect(m_showPanel, &ShowPanel::addSelectionRequested, this, &CounterWindow::holdSelection);
    connect(m_sellFrom, &HoldCodeSelector::currentCodeChanged, this, [this](const QString &code) {
        if (!code.isEmpty())
            statusBar()->showMessage(tr("Selling seats kept for %1: click them on the map, then A.")
                                         .arg(m_sellFrom->currentName()),
                                     8000);
    });

    m_checkout = new CheckoutPanel;
    m_cartPanel = m_checkout->cartPanel();
    m_payment = m_checkout->paymentPanel();
    connect(m_cartPanel, &CartPanel::removeRequested, this, &CounterWindow::removeLine);
    connect(m_payment, &PaymentPanel::exactCashRequested, this, [this] { checkout(true); });
    connect(m_payment, &PaymentPanel::confirmRequested, this, [this] { checkout(false); });
    SaleCompletePanel *complete = m_checkout->completePanel();
    connect(complete, &SaleCompletePanel::printTicketsRequested, this, &CounterWindow::printTickets);
    connect(complete, &SaleCompletePanel::saveTicketsRequested, this, &CounterWindow::saveTickets);
    connect(complete, &SaleCompletePanel::printReceiptRequested, this, &CounterWindow::printReceipt);
    connect(complete, &SaleCompletePanel::saveReceiptRequested, this, &CounterWindow::saveReceipt);
    connect(complete, &SaleCompletePanel::newSaleRequested, this, &CounterWindow::newSale);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_picker);
    splitter->addWidget(m_showPanel);
    splitter->addWidget(m_checkout);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    m_picker->setMinimumWidth(200);
    m_checkout->setMinimumWidth(330);
    splitter->setSizes({250, 680, 350});
    setCentralWidget(splitter);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0); // busy: the store's thread is working
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_clerkLabel = new QLabel;
    m_clerkLabel->setObjectName(QStringLiteral("clerkLabel"));
    m_clerkLabel->setObjectName(QStringLiteral("clerkLabel"));
    m_storeLabel = new QLabel;
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_clerkLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
}

void CounterWindow::connectToStore()
{
    if (!m_cart.isEmpty()) {
        showNotice(tr("Finish or cancel the sale before switching stores."), true);
        return;
    }
    ConnectionDialog dialog(m_location, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StoreLocation remembered = dialog.locationWithoutPassword();
    QSettings settings;
    settings.setValue(QStringLiteral("store/kind"), remembered.kind == StoreLocation::Kind::Postgres
                                                        ? QStringLiteral("postgres")
                                                        : QStringLiteral("sqlite"));
    settings.setValue(QStringLiteral("store/location"), remembered.path);
    m_follower->stop();
    if (m_endOfDay)
        m_endOfDay->close(); // it works through the service about to be replaced
    delete m_endOfDay;
    delete m_houseSeats;
    delete m_ordersWindow; // it ran on the old store's service
    m_ordersWindow = nullptr;
    m_location = dialog.location();
    followWithHosting();
    m_service = std::make_unique<InventoryService>(m_location);
    useCardTerminal();
    m_service->setActor(m_clerk, m_terminal);
    m_storeLabel->setText(tr("Store: %1").arg(m_location.describe()));
    m_follower->forget();
    m_shows.clear();
    m_seatView->clear();
    start();
}

EndOfDayWindow *CounterWindow::openEndOfDay(int page)
{
    if (!m_endOfDay) {
        m_endOfDay = new EndOfDayWindow(m_service.get(), m_clerk, this);
        m_endOfDay->setWindowFlag(Qt::Window);
        m_endOfDay->setAttribute(Qt::WA_DeleteOnClose);
        m_endOfDay->resize(1000, 640);
        connect(this, &CounterWindow::clerkChanged, m_endOfDay, &EndOfDayWindow::setClerk);
        // A sale moves the drawer's expected cash.
        connect(this, &CounterWindow::saleCompleted, m_endOfDay, [this] { m_endOfDay->drawer()->refresh(); });
    }
    m_endOfDay->showPage(EndOfDayWindow::Page(page));
    m_endOfDay->show();
    m_endOfDay->raise();
    m_endOfDay->activateWindow();
    return m_endOfDay;
}

HouseSeatsWindow *CounterWindow::houseSeatsWindow() const
{
    return m_houseSeats;
}

void CounterWindow::openHouseSeats()
{
    if (currentShowId() == 0) {
        showNotice(tr("Pick a show first."), true);
        return;
    }
    runJob(
        tr("Checking who may keep house seats…"),
        [](InventoryEngine &engine) { return HouseSeatsOperations::mayOpen(engine); },
        [this](const Result<Done> &allowed) {
            if (!allowed) {
                reportError(tr("House seats are for supervisors"), allowed.error());
                return;
            }
            if (!m_houseSeats) {
                m_houseSeats = new HouseSeatsWindow(m_service.get(), this);
                m_houseSeats->setAttribute(Qt::WA_DeleteOnClose);
                m_houseSeats->resize(1200, 760);
                // A new code may be one this counter's clerk sells from.
                connect(m_houseSeats, &HouseSeatsWindow::holdCodeCreated, this,
                        [this] { m_sellFrom->reload(m_service.get()); });
            }
            m_houseSeats->setShow(currentShowId());
            m_houseSeats->show();
            m_houseSeats->raise();
            m_houseSeats->activateWindow();
            emit houseSeatsOpened();
        });
}

template<typename F, typename Done>
void CounterWindow::runJob(const QString &progress, F &&job, Done &&done)
{
    using R = std::invoke_result_t<F, InventoryEngine &>;
    ++m_jobs;
    m_progress->show();
    m_payment->setBusy(true);
    statusBar()->showMessage(progress);
    m_service->run(std::forward<F>(job))
        .then(this, [this, done = std::forward<Done>(done)](R result) mutable {
            jobFinished();
            done(std::move(result));
        });
}

void CounterWindow::jobFinished()
{
    if (--m_jobs > 0)
        return;
    m_progress->hide();
    m_payment->setBusy(false);
    statusBar()->clearMessage();
}

void CounterWindow::logIn(const QString &name, const QString &pin)
{
    runJob(
        tr("Checking the PIN…"),
        [name, pin](InventoryEngine &engine) { return ClerkLogin::logIn(engine, name, pin); },
        [this](const Result<User> &user) {
            if (!user) {
                showNotice(user.error().message, true);
                emit loginFailed(user.error().message);
                return;
            }
            m_clerk = user->name;
            m_clerkLabel->setText(tr("Clerk: %1 (%2)").arg(user->name, RoleText::title(user->role)));
            QSettings().setValue(QStringLiteral("counter/clerk"), user->name);
            if (m_houseSeats)
                m_houseSeats->close(); // opened with the rights of the one before
            m_sellFrom->reload(m_service.get());
            statusBar()->showMessage(tr("%1 is at the counter.").arg(user->name), 3000);
            emit clerkChanged(user->name);
        });
}

OrdersWindow *CounterWindow::openOrders()
{
    if (!m_ordersWindow)
        m_ordersWindow = new OrdersWindow(m_service.get(), this);
    m_ordersWindow->show();
    m_ordersWindow->raise();
    m_ordersWindow->activateWindow();
    return m_ordersWindow;
}

void CounterWindow::switchClerk()
{
    m_login->ask();
}

void CounterWindow::setClerk(const QString &name, const QString &terminal)
{
    m_clerk = name;
    m_service->setActor(name, terminal);
    m_clerkLabel->setText(tr("Clerk: %1").arg(name));
    if (m_endOfDay)
        m_endOfDay->setClerk(name);
}

void CounterWindow::setMonotonicClock(std::function<qint64()> nowMs)
{
    // Lines already in the cart keep their remaining time on the new clock.
    const qint64 shift = nowMs() - m_now();
    for (int i = 0; i < m_cart.size(); ++i)
        m_cart.line(i).receivedAtMs += shift;
    m_now = std::move(nowMs);
}

qint64 CounterWindow::currentShowId() const
{
    return m_follower->showId();
}

int CounterWindow::quantity() const
{
    return m_showPanel->quantity();
}

QString CounterWindow::notice() const
{
    return m_checkout->notice();
}

void CounterWindow::start()
{
    if (!m_hosting->isRunning())
        m_hosting->restore(m_location); // it served its store when it last quit: go on
    m_login->askIfTheStoreHasUsers(*m_service);
    m_follower->start(m_service.get(), m_location);
}

void CounterWindow::applyCatalogue(const Result<CounterCatalogue> &catalogue)
{
    if (!catalogue) {
        reportError(tr("Could not read the shows"), catalogue.error());
        return;
    }
    m_picker->setCatalogue(catalogue->events, catalogue->shows, QDate::currentDate());
    if (currentShowId() == 0) {
        if (const qint64 first = m_picker->firstShowId(); first > 0) {
            m_picker->setCurrentShow(first);
            loadShow(first);
        } else {
            showNotice(tr("The store has no shows yet."), false);
        }
    } else {
        m_picker->setCurrentShow(currentShowId());
    }
    emit catalogueLoaded();
}

void CounterWindow::loadShow(qint64 showId)
{
    m_showPanel->setLoading();
    m_follower->follow(showId);
}

void CounterWindow::scheduleRefresh(bool catalogue)
{
    m_follower->scheduleRefresh(catalogue);
}

void CounterWindow::applyShow(const CounterShow &data)
{
    const bool newShow = !m_shows.contains(data.show.id) || m_seatView->seatCount() == 0 || data.map;
    m_shows.update(data);
    m_showPanel->setShow(data, m_shows.categoryNames(data.show.id), newShow);
    emit showLoaded(data.show.id);
}

void CounterWindow::beginSaleIfComplete()
{
    if (m_phase == Phase::Complete)
        newSale();
}

void CounterWindow::setQuantity(int quantity)
{
    beginSaleIfComplete();
    m_showPanel->setQuantity(quantity);
    statusBar()->showMessage(tr("Quantity: %1").arg(quantity), 3000);
}

void CounterWindow::cycleCategory()
{
    beginSaleIfComplete();
    m_showPanel->nextChoice();
}

void CounterWindow::holdBestAvailable(bool wheelchair)
{
    beginSaleIfComplete();
    if (currentShowId() == 0 || !m_shows.contains(currentShowId())) {
        showNotice(tr("Pick a show first."), true);
        return;
    }
    const ShowPanel::Choice choice = m_showPanel->choice();
    const QString code = m_sellFrom->currentCode(); // empty: seats on sale
    if (!code.isEmpty() && !choice.gaAreaId.isEmpty() && !wheelchair) {
        showNotice(tr("Hold codes keep seats, not standing places: pick a seated category or \"Any\"."),
                   true);
        return;
    }
    const qint64 showId = currentShowId();
    const int count = m_showPanel->quantity();
    const qint64 holdMs = m_holdMs;
    const QString key = newKey(QStringLiteral("hold"));
    ++m_pendingHolds;
    const auto landed = [this, sale = m_saleKey](const Result<Hold> &held) { holdLanded(held, sale); };
    if (!choice.gaAreaId.isEmpty() && !wheelchair) {
        HoldRequest request;
        request.showId = showId;
        request.ga = {{choice.gaAreaId, count}};
        request.durationMs = holdMs;
        runJob(
            tr("Holding %n standing place(s)…", nullptr, count),
            [request, key](InventoryEngine &engine) {
                return SaleOperations::holdSeats(engine, request, key);
            },
            landed);
        return;
    }
    BestAvailableRequest request;
    request.categoryId = choice.categoryId;
    request.quantity = wheelchair ? 2 : count;
    request.wheelchair = wheelchair;
    if (!code.isEmpty()) {
        runJob(
            tr("Finding the best seats kept for %1…").arg(m_sellFrom->currentName()),
            [showId, request, code, holdMs, key](InventoryEngine &engine) {
                return engine.holdBestFromCode(showId, request, code, key, holdMs);
            },
            landed);
        return;
    }
    runJob(
        wheelchair ? tr("Finding a wheelchair space with its companion seat…")
                   : tr("Finding the best %n seat(s)…", nullptr, count),
        [showId, request, holdMs, key](InventoryEngine &engine) {
            return SaleOperations::holdBest(engine, showId, request, holdMs, key);
        },
        landed);
}

void CounterWindow::holdSelection()
{
    beginSaleIfComplete();
    const QStringList seats = m_seatView->selectedSeatIds();
    if (currentShowId() == 0 || seats.isEmpty()) {
        showNotice(tr("Select seats on the map first (click, Shift+click, or drag with Shift)."), true);
        return;
    }
    HoldRequest request;
    request.showId = currentShowId();
    request.seatIds = seats;
    request.durationMs = m_holdMs;
    request.holdCode = m_sellFrom->currentCode(); // empty: seats on sale
    const QString key = newKey(QStringLiteral("hold"));
    m_seatView->clearSelection();
    ++m_pendingHolds;
    runJob(
        tr("Holding %n seat(s)…", nullptr, int(seats.size())),
        [request, key](InventoryEngine &engine) { return SaleOperations::holdSeats(engine, request, key); },
        [this, sale = m_saleKey](const Result<Hold> &held) { holdLanded(held, sale); });
}

void CounterWindow::holdLanded(const Result<Hold> &held, const QString &saleKey)
{
    --m_pendingHolds;
    if (held && saleKey != m_saleKey) {
        // Asked for by a sale that was cancelled or finished meanwhile: give the seats straight back.
        releaseLines({CartLine{*held, {}, {}, 0, 0}}, QString());
    } else if (held) {
        addHold(*held);
    } else {
        m_queuedCheckout.reset(); // the clerk paid ahead for seats that could not be held
        reportError(tr("Could not hold the seats"), held.error());
    }
    if (m_pendingHolds == 0 && m_queuedCheckout) {
        const CartPayment payment = *m_queuedCheckout;
        m_queuedCheckout.reset();
        runCheckout(payment);
    }
}

void CounterWindow::addHold(const Hold &hold)
{
    if (!m_cart.canAdd(hold.currency)) {
        releaseLines({CartLine{hold, {}, {}, 0, 0}}, QString());
        showNotice(tr("One sale takes one currency: sell this show in a sale of its own."), true);
        return;
    }
    CartLine line;
    line.hold = hold;
    line.receivedAtMs = m_now();
    line.description = m_shows.describe(hold, currentShowId(), &line.categoryName);
    m_cart.add(line);
    showNotice(QString(), false);
    cartUpdated();
    m_cartPanel->setCurrentLine(m_cart.size() - 1);
    scheduleRefresh(false);
}

void CounterWindow::removeLine(int index)
{
    if (m_phase != Phase::Selling || m_checkingOut || index < 0 || index >= m_cart.size())
        return;
    if (m_payment->tender().hasMoney()) {
        showNotice(tr("Part of this sale is paid: take the rest, or cancel the whole sale (Esc) to give the "
                      "money back."),
                   true);
        return;
    }
    const CartLine line = m_cart.line(index);
    m_cart.removeAt(index);
    cartUpdated();
    releaseLines({line}, tr("Released %1.").arg(line.description));
}

void CounterWindow::releaseLines(const QList<CartLine> &lines, const QString &why)
{
    if (lines.isEmpty())
        return;
    QList<CheckoutLine> toRelease;
    for (const CartLine &line : lines)
        toRelease.append({line.hold.id, line.orderId});
    const QString key = newKey(QStringLiteral("release"));
    runJob(
        tr("Releasing seats…"),
        [toRelease, key](InventoryEngine &engine) {
            return SaleOperations::releaseLines(engine, toRelease, key);
        },
        [this, why](const Result<Done> &released) {
            if (!released)
                reportError(tr("Could not release every seat (they are freed when the hold runs out)"),
                            released.error());
            else if (!why.isEmpty())
                statusBar()->showMessage(why, 5000);
            scheduleRefresh(false);
        });
}

void CounterWindow::cancelSale()
{
    if (m_phase == Phase::Complete) {
        newSale();
        return;
    }
    if (m_checkingOut) {
        // The store is taking the payment: the outcome decides, not a key pressed meanwhile.
        showNotice(tr("The payment is being taken; wait for it to finish."), true);
        return;
    }
    if (m_cart.isEmpty()) {
        newSale(); // a hold still on its way is given back when it lands
        return;
    }
    if (m_payment->tender().hasMoney()) {
        cancelPaidSale();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel sale"),
                                tr("Cancel this sale and release %n seat(s)?", nullptr, m_cart.placeCount()),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelSaleBox"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes)
            return;
        const QList<CartLine> lines = m_cart.lines();
        m_cart.clear();
        m_queuedCheckout.reset();
        cartUpdated();
        releaseLines(lines, tr("Sale cancelled: the seats are free again."));
        newSale();
    });
    box->open();
}

void CounterWindow::cancelPaidSale()
{
    // Parts already paid: the orders are cancelled through the engine, which gives every part back to the
    // payment it came from (cash out of the drawer, card through the terminal). Money never stays taken
    // without tickets.
    const TenderSummary &tender = m_payment->tender();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Cancel sale"),
        tr("%1 of this sale is paid. Cancel it, give the money back to the payments it came from and "
           "release %n seat(s)?",
           nullptr, m_cart.placeCount())
            .arg(MoneyText::format({tender.paidMinor(), m_cart.total().currency})),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelSaleBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes || m_checkingOut)
            return;
        QList<CheckoutLine> lines;
        for (const CartLine &line : m_cart.lines())
            lines.append({line.hold.id, line.orderId});
        const QString key = newKey(QStringLiteral("cancel"));
        m_checkingOut = true;
        runJob(
            tr("Cancelling the sale and giving the money back…"),
            [lines, key](InventoryEngine &engine) { return SaleOperations::cancelSale(engine, lines, key); },
            [this](const Result<QList<Order>> &cancelled) {
                m_checkingOut = false;
                scheduleRefresh(false);
                if (!cancelled) {
                    reportError(tr("The sale could not be cancelled"), cancelled.error());
                    return;
                }
                m_cart.clear();
                m_queuedCheckout.reset();
                newSale();
                showNotice(tr("Sale cancelled: the seats are free again.") + QLatin1Char(' ') +
                               TenderSummary::moneyBackText(*cancelled),
                           true);
                emit saleCompleted(); // the drawer's expected cash moved
            });
    });
    box->open();
}

void CounterWindow::checkout(bool exactCash)
{
    if (m_phase != Phase::Selling || m_checkingOut)
        return;
    if (m_cart.isEmpty() && m_pendingHolds == 0) {
        showNotice(tr("The cart is empty: add seats first."), true);
        return;
    }
    auto payment = m_payment->payment(exactCash);
    if (!payment) {
        showNotice(payment.error().message, true);
        return;
    }
    if (m_pendingHolds > 0) {
        // The clerk typed ahead: pay as soon as the seats are held.
        m_queuedCheckout = *payment;
        statusBar()->showMessage(tr("Taking the payment once the seats are held…"));
        return;
    }
    runCheckout(*payment);
}

void CounterWindow::runCheckout(const CartPayment &payment)
{
    if (m_cart.isEmpty())
        return;
    const Money part =
        payment.amountMinor >= 0 ? Money{payment.amountMinor, m_cart.total().currency} : m_payment->due();
    if (payment.tenderedMinor >= 0 && payment.tenderedMinor < part.minor) {
        showNotice(
            tr("%1 tendered is less than the %2 due.")
                .arg(MoneyText::format({payment.tenderedMinor, part.currency}), MoneyText::format(part)),
            true);
        return;
    }
    QList<CheckoutLine> lines;
    for (const CartLine &line : m_cart.lines())
        lines.append({line.hold.id, line.orderId});
    const QString saleKey = m_saleKey;
    m_checkingOut = true;
    runJob(
        tr("Taking payment and issuing tickets…"),
        [lines, payment, saleKey](InventoryEngine &engine) {
            return SaleOperations::checkout(engine, lines, payment, saleKey);
        },
        [this, lines, method = payment.method](const CheckoutOutcome &outcome) {
            m_checkingOut = false;
            for (int i = 0; i < lines.size() && i < outcome.orderIds.size(); ++i) {
                if (const int index = m_cart.indexOfHold(lines.at(i).holdId); index >= 0)
                    m_cart.line(index).orderId = outcome.orderIds.at(i);
            }
            m_payment->setTender(TenderSummary(outcome.standing));
            if (outcome.error) {
                // Another card is F5 again; Enter stays cash, as it is for every new part.
                if (method == Payment::Method::Card)
                    m_payment->setMethod(Payment::Method::Cash);
                if (outcome.failedLine >= 0 && outcome.error->code == Error::Code::HoldExpired) {
                    if (const int index = m_cart.indexOfHold(lines.at(outcome.failedLine).holdId); index >= 0)
                        m_cart.removeAt(index);
                    cartUpdated();
                }
                reportError(tr("The sale is not complete"), *outcome.error);
                return;
            }
            if (outcome.orders.isEmpty()) {
                // A part was paid: the sale waits for the rest, its seats kept by its orders.
                m_payment->clearEntry();
                m_seatView->setFocus(Qt::OtherFocusReason);
                showNotice(
                    tr("Paid %1 so far; %2 still due. Take the rest: F8 exact cash, F2 cash tendered, "
                       "F5 card, F6 another part.")
                        .arg(MoneyText::format({m_payment->tender().paidMinor(), m_cart.total().currency}),
                             MoneyText::format(m_payment->due())),
                    false);
                return;
            }
            finishSale(outcome.orders);
        });
}

void CounterWindow::finishSale(const QList<Order> &orders)
{
    m_orders = orders;
    m_cart.clear();
    m_phase = Phase::Complete;
    m_checkout->showComplete(orders);
    // The payment field that confirmed is hidden now: keep the keys on the sale screen, not in a text field.
    m_seatView->setFocus(Qt::OtherFocusReason);
    cartUpdated();
    showNotice(QString(), false);
    statusBar()->showMessage(tr("Tickets issued."), 5000);
    scheduleRefresh(true);
    emit saleCompleted();
}

void CounterWindow::newSale()
{
    m_phase = Phase::Selling;
    m_orders.clear();
    m_saleKey = newKey(QStringLiteral("sale"));
    m_payment->reset();
    m_checkout->showSelling();
    m_showPanel->reset();
    cartUpdated();
}

void CounterWindow::extendHolds()
{
    // Once per hold, with a supervisor's rights (the engine checks the person logged in): every line of
    // the cart gets one more hold time.
    if (m_phase != Phase::Selling || m_cart.isEmpty() || m_checkingOut)
        return;
    QList<qint64> holds;
    for (const CartLine &line : m_cart.lines()) {
        if (line.orderId == 0)
            holds.append(line.hold.id);
    }
    // A new key per press: pressing again is a second request (which the store refuses), not a replay.
    const QString saleKey = m_saleKey + QStringLiteral(":extend") + QString::number(++m_extensionsAsked);
    runJob(
        tr("Extending the hold…"),
        [holds, saleKey](InventoryEngine &engine) {
            return SaleOperations::extendHolds(engine, holds, saleKey);
        },
        [this](const Result<QList<Hold>> &extended) {
            if (!extended) {
                showNotice(extended.error().message, true);
                return;
            }
            const qint64 now = m_now();
            for (const Hold &hold : *extended) {
                const int index = m_cart.indexOfHold(hold.id);
                if (index < 0)
                    continue;
                m_cart.line(index).hold.expiresAtMs = hold.expiresAtMs;
                m_cart.line(index).hold.serverTimeMs = hold.serverTimeMs;
                m_cart.line(index).receivedAtMs = now;
            }
            showNotice(tr("The seats are held longer."), false);
            cartUpdated();
        });
}

void CounterWindow::cartUpdated()
{
    m_cartPanel->setCart(m_cart);
    m_payment->setDue(m_cart.total());
    m_cartPanel->setRemaining(m_cart.remainingMs(m_now()));
    emit cartChanged();
}

void CounterWindow::tick()
{
    if (m_cart.isEmpty()) {
        m_cartPanel->setRemaining(-1);
        return;
    }
    const qint64 now = m_now();
    const QList<int> expired = m_cart.expiredLines(now);
    // Once a part is paid, the orders keep their seats (the store does not expire them) until the sale is
    // paid in full or cancelled with its money given back.
    if (!expired.isEmpty() && !m_checkingOut && !m_payment->tender().hasMoney()) {
        QList<CartLine> lines;
        for (auto it = expired.crbegin(); it != expired.crend(); ++it) {
            lines.prepend(m_cart.line(*it));
            m_cart.removeAt(*it);
        }
        m_queuedCheckout.reset();
        cartUpdated();
        int places = 0;
        for (const CartLine &line : std::as_const(lines))
            places += line.placeCount();
        showNotice(tr("The hold ran out: %n seat(s) went back on sale. Add them again if the customer "
                      "still wants them.",
                      nullptr, places),
                   true);
        // The store frees them by itself; releasing says so at once to every terminal.
        releaseLines(lines, QString());
    }
    m_cartPanel->setRemaining(m_cart.remainingMs(now));
}

void CounterWindow::showNotice(const QString &text, bool warning)
{
    m_checkout->setNotice(text, warning);
}

void CounterWindow::reportError(const QString &what, const Error &error)
{
    const QString text = tr("%1: %2").arg(what, error.message);
    qWarning().noquote() << text;
    showNotice(text, true);
    statusBar()->showMessage(text, 15'000);
}

SaleDocuments CounterWindow::documents() const
{
    return m_shows.documents(m_orders);
}

Result<int> CounterWindow::saveTicketsPdf(const QString &path) const
{
    return documents().saveTickets(path);
}

Result<int> CounterWindow::saveReceiptPdf(const QString &path) const
{
    return documents().saveReceipts(path);
}

void CounterWindow::printTickets()
{
    const auto printed = documents().printTickets(this);
    if (!printed)
        reportError(tr("Could not print the tickets"), printed.error());
    else if (*printed > 0)
        statusBar()->showMessage(tr("%n ticket(s) sent to the printer.", nullptr, *printed), 5000);
}

void CounterWindow::printReceipt()
{
    if (const auto printed = documents().printReceipts(this); !printed)
        reportError(tr("Could not print the receipt"), printed.error());
}

void CounterWindow::saveTickets()
{
    if (m_orders.isEmpty())
        return;
    const QString path = SaleDocuments::askPdfPath(this, tr("Save Tickets"),
                                                   tr("tickets-%1.pdf").arg(m_orders.first().number));
    if (path.isEmpty())
        return;
    if (const auto written = saveTicketsPdf(path); !written)
        reportError(tr("Could not save the tickets"), written.error());
    else
        statusBar()->showMessage(tr("Saved %n ticket(s) to %1.", nullptr, *written).arg(path), 8000);
}

void CounterWindow::saveReceipt()
{
    if (m_orders.isEmpty())
        return;
    const QString path = SaleDocuments::askPdfPath(this, tr("Save Receipt"),
                                                   tr("receipt-%1.pdf").arg(m_orders.first().number));
    if (path.isEmpty())
        return;
    if (const auto written = saveReceiptPdf(path); !written)
        reportError(tr("Could not save the receipt"), written.error());
    else
        statusBar()->showMessage(tr("Saved the receipt to %1.").arg(path), 8000);
}

void CounterWindow::chooseHoldTime()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(this, tr("Hold Time"),
                                             tr("Minutes the seats in a cart stay held for the customer:"),
                                             int(m_holdMs / 60'000), 1, 60, 1, &ok);
    if (!ok)
        return;
    m_holdMs = qint64(minutes) * 60'000;
    QSettings().setValue(QStringLiteral("counter/holdMinutes"), minutes);
}

void CounterWindow::useCardTerminal()
{
    // The counter's card terminal. Parterre ships the simulated device (it approves; see
    // SimulatedCardTerminal); a real one is another PaymentProvider. Charges run on the store's thread,
    // never inside a transaction, and one the device does not answer waits under Payments to Resolve.
    if (!m_cardTerminal)
        m_cardTerminal = std::make_shared<SimulatedCardTerminal>();
    m_service->setPaymentProvider(m_cardTerminal);
}

void CounterWindow::followWithHosting()
{
    // Serve the store this window now uses, or none.
    if (!m_hosting->isRunning())
        return;
    const QHostAddress address = m_hosting->address();
    const quint16 port = m_hosting->port();
    m_hosting->stop();
    if (!Hosting::canServe(m_location))
        return;
    if (auto restarted = m_hosting->start(m_location, address, port); !restarted)
        showNotice(tr("Could not serve the new store: %1").arg(restarted.error().message), true);
}

void CounterWindow::openOverview()
{
    auto *overview = new MainWindow(m_location);
    overview->setAttribute(Qt::WA_DeleteOnClose);
    overview->resize(1100, 720);
    overview->show();
    overview->start();
}

void CounterWindow::closeEvent(QCloseEvent *event)
{
    // Money taken on a sale is given back only when the clerk cancels it (and hands the cash back).
    if (m_phase == Phase::Selling && m_payment->tender().hasMoney()) {
        showNotice(tr("Part of this sale is paid: take the rest, or cancel the sale (Esc) to give the money "
                      "back, before closing the counter."),
                   true);
        event->ignore();
        return;
    }
    // Whatever the cart still holds goes back on sale; the service finishes these releases before it closes.
    if (m_phase == Phase::Selling && !m_cart.isEmpty()) {
        QList<CheckoutLine> lines;
        for (const CartLine &line : m_cart.lines())
            lines.append({line.hold.id, line.orderId});
        const QString key = newKey(QStringLiteral("close"));
        (void)m_service->run([lines, key](InventoryEngine &engine) {
            return SaleOperations::releaseLines(engine, lines, key);
        });
        m_cart.clear();
        cartUpdated();
    }
    QMainWindow::closeEvent(event);
}

} // namespace Parterre
