#pragma once

#include "cart.h"
#include "model/catalog.h"
#include "model/result.h"
#include "saledocuments.h"
#include "saleoperations.h"
#include "saleshows.h"
#include "store/storelocation.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QTimer;

namespace Parterre {

class CartPanel;
class CheckoutPanel;
class ClerkLogin;
class EndOfDayWindow;
class HoldCodeSelector;
class Hosting;
class HouseSeatsWindow;
class SimulatedCardTerminal;
class InventoryService;
class OrdersWindow;
class PaymentPanel;
class SeatMapView;
class ShowFollower;
class ShowPanel;
class ShowPicker;

// The box-office counter: pick a show, put seats in the cart (click or lasso, best available, standing
// places by quantity, a wheelchair space with its companion), take the payment and issue the tickets, from
// the keyboard. Every cart line is a hold of its own, held the moment it is added and released when it is
// removed; checkout turns each hold into an order. Store work runs on the InventoryService's thread.
class CounterWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Phase
    {
        Selling,
        Complete,
    };

    explicit CounterWindow(const StoreLocation &location, QWidget *parent = nullptr);
    ~CounterWindow() override;

    InventoryService *service() const { return m_service.get(); }
    // The card terminal the counter charges (the simulated device; tests script its answers).
    SimulatedCardTerminal *cardTerminal() const { return m_cardTerminal.get(); }
    bool isCheckingOut() const { return m_checkingOut; }
    // PIN login of the person at the counter (on the store's thread); from then on their role is checked
    // for every sale, comp and refund. Emits clerkChanged on success.
    void logIn(const QString &name, const QString &pin);
    void switchClerk(); // asks for a name and PIN
    void extendHolds(); // once per hold, supervisor (Ctrl+T)
    // Sale ▸ Orders…: the orders window over this counter's service (the clerk's role applies), opened once
    // and raised again after.
    OrdersWindow *openOrders();
    QString clerk() const { return m_clerk; }
    // Loads the catalogue, picks today's next show and starts following the store.
    void start();

    // The clerk who sells: stamped on every store call (the staff module will set it at sign-in).
    void setClerk(const QString &name, const QString &terminal);
    // How long seats stay in the cart (default from the setting "counter/holdMinutes", 10 minutes).
    void setHoldDurationMs(qint64 ms) { m_holdMs = ms; }
    qint64 holdDurationMs() const { return m_holdMs; }
    // The local monotonic clock the countdown runs on (ms); tests put a hand-moved one here.
    void setMonotonicClock(std::function<qint64()> nowMs);

    Phase phase() const { return m_phase; }
    qint64 currentShowId() const;
    const Cart &cart() const { return m_cart; }
    const QList<Order> &completedOrders() const { return m_orders; }
    int quantity() const;
    bool isBusy() const { return m_jobs > 0; }
    QString notice() const;
    // A store failure in the notice above the cart and in the status bar.
    void reportError(const QString &what, const Error &error);

    // The end-of-day window on one of its pages (0 drawer, 1 reports, 2 payments to resolve), opened once
    // and shared with this counter's store thread and clerk.
    EndOfDayWindow *openEndOfDay(int page);
    // Sale ▸ House Seats… (Ctrl+H) for the current show, once the store has said the person at the counter
    // may block seats (supervisors and organizers); refused in the notice otherwise.
    void openHouseSeats();
    HouseSeatsWindow *houseSeatsWindow() const;
    // "Sell from": seats on sale, or seats kept under a hold code the clerk's role may sell from.
    HoldCodeSelector *holdCodeSelector() const { return m_sellFrom; }

    // The same as the Save buttons without their file dialog.
    Result<int> saveTicketsPdf(const QString &path) const;
    Result<int> saveReceiptPdf(const QString &path) const;

signals:
    void clerkChanged(const QString &name);
    void loginFailed(const QString &message);
    void catalogueLoaded();
    void showLoaded(qint64 showId);
    void cartChanged();
    void saleCompleted();
    void houseSeatsOpened();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    friend class CounterMenus; // connects its actions to the slots below

    void createWidgets();
    void connectToStore(); // File ▸ Connect to Store…

    // Store work: every job counts as busy until its answer lands.
    template<typename F, typename Done>
    void runJob(const QString &progress, F &&job, Done &&done);
    void jobFinished();

    void applyCatalogue(const Result<CounterCatalogue> &catalogue);
    void loadShow(qint64 showId);
    void applyShow(const CounterShow &data);
    void scheduleRefresh(bool catalogue);

    void beginSaleIfComplete();
    void setQuantity(int quantity);
    void cycleCategory();
    void holdBestAvailable(bool wheelchair);
    void holdSelection();
    // saleKey: the sale that asked for the hold.
    void holdLanded(const Result<Hold> &held, const QString &saleKey);
    void addHold(const Hold &hold);
    void removeLine(int line);
    void releaseLines(const QList<CartLine> &lines, const QString &why);
    void cancelSale();
    void cancelPaidSale();
    void checkout(bool exactCash);
    void runCheckout(const CartPayment &payment);
    void finishSale(const QList<Order> &orders);
    void newSale();
    void tick();
    void cartUpdated();
    void showNotice(const QString &text, bool warning);

    SaleDocuments documents() const;
    void printTickets();
    void saveTickets();
    void printReceipt();
    void saveReceipt();
    void chooseHoldTime();
    void openOverview();
    void followWithHosting();
    void useCardTerminal();

    StoreLocation m_location;
    std::unique_ptr<InventoryService> m_service;
    ShowFollower *m_follower = nullptr;
    ClerkLogin *m_login = nullptr;
    Hosting *m_hosting = nullptr; // this counter serving its store to other terminals
    int m_extensionsAsked = 0;
    QString m_terminal; // this machine's name in the audit log and on its cash drawers
    QPointer<EndOfDayWindow> m_endOfDay;
    QPointer<HouseSeatsWindow> m_houseSeats;
    OrdersWindow *m_ordersWindow = nullptr;
    std::shared_ptr<SimulatedCardTerminal> m_cardTerminal;

    ShowPicker *m_picker = nullptr;
    ShowPanel *m_showPanel = nullptr;
    SeatMapView *m_seatView = nullptr;      // the panel's
    HoldCodeSelector *m_sellFrom = nullptr; // the panel's
    CheckoutPanel *m_checkout = nullptr;
    CartPanel *m_cartPanel = nullptr;  // the checkout panel's
    PaymentPanel *m_payment = nullptr; // the checkout panel's
    QProgressBar *m_progress = nullptr;
    QLabel *m_clerkLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QTimer *m_tick = nullptr;

    SaleShows m_shows;

    Cart m_cart;
    QList<Order> m_orders;
    Phase m_phase = Phase::Selling;
    QString m_saleKey;
    int m_jobs = 0;
    int m_pendingHolds = 0;
    bool m_checkingOut = false;
    std::optional<CartPayment> m_queuedCheckout; // asked for while seats were still being held
    qint64 m_holdMs = 0;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_now;
    QString m_clerk = QStringLiteral("clerk");
};

} // namespace Parterre
