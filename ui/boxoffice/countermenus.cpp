#include "countermenus.h"

#include "cartpanel.h"
#include "counterwindow.h"
#include "paymentpanel.h"
#include "saledocuments.h"
#include "settings/hostingdialog.h"
#include "showpicker.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>

namespace Parterre {

QAction *CounterMenus::add(CounterWindow *window, QMenu *menu, const QString &text, const QKeySequence &key,
                           const QString &name, const std::function<void()> &slot)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, window, slot);
    return action;
}

void CounterMenus::create(CounterWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    add(window, file, tr("&Connect to Store…"), {}, QStringLiteral("connectStore"),
        [window] { window->connectToStore(); });
    add(window, file, tr("Switch &Clerk…"), QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("switchClerk"),
        [window] { window->switchClerk(); });
    add(window, file, tr("&Host This Store…"), {}, QStringLiteral("hostStore"), [window] {
        HostingDialog dialog(*window->m_hosting, window->m_location, window);
        dialog.exec();
    });
    add(window, file, tr("Shows &Overview…"), {}, QStringLiteral("overview"),
        [window] { window->openOverview(); });
    file->addSeparator();
    add(window, file, tr("&Hold Time…"), {}, QStringLiteral("holdTime"),
        [window] { window->chooseHoldTime(); });
    add(window, file, tr("Ticket &Stock…"), {}, QStringLiteral("ticketStock"),
        [window] { SaleDocuments::editTicketStock(window); });
    file->addSeparator();
    QAction *quit = add(window, file, tr("&Quit"), QKeySequence::Quit, QStringLiteral("quit"),
                        [window] { window->close(); });
    quit->setMenuRole(QAction::QuitRole);

    QMenu *sale = window->menuBar()->addMenu(tr("&Sale"));
    add(window, sale, tr("&Find Show"), QKeySequence::Find, QStringLiteral("findShow"), [window] {
        window->m_picker->searchField()->setFocus(Qt::ShortcutFocusReason);
        window->m_picker->searchField()->selectAll();
    });
    QMenu *quantity = sale->addMenu(tr("&Quantity"));
    for (int n = 1; n <= 9; ++n) {
        add(window, quantity, tr("%n seat(s)", nullptr, n), QKeySequence(Qt::Key_0 + n),
            QStringLiteral("quantity%1").arg(n), [window, n] { window->setQuantity(n); });
    }
    add(window, sale, tr("Next &Category"), QKeySequence(Qt::Key_C), QStringLiteral("nextCategory"),
        [window] { window->cycleCategory(); });
    add(window, sale, tr("&Best Available"), QKeySequence(Qt::Key_B), QStringLiteral("bestAvailable"),
        [window] { window->holdBestAvailable(false); });
    add(window, sale, tr("&Wheelchair Space with Companion"), QKeySequence(Qt::Key_W),
        QStringLiteral("wheelchairSeats"), [window] { window->holdBestAvailable(true); });
    add(window, sale, tr("&Add Selected Seats"), QKeySequence(Qt::Key_A), QStringLiteral("addSelected"),
        [window] { window->holdSelection(); });
    add(window, sale, tr("E&xtend Hold"), QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("extendHold"),
        [window] { window->extendHolds(); });
    add(window, sale, tr("&House Seats…"), QKeySequence(Qt::CTRL | Qt::Key_H), QStringLiteral("houseSeats"),
        [window] { window->openHouseSeats(); });
    add(window, sale, tr("&Remove Cart Line"), QKeySequence::Delete, QStringLiteral("removeLine"),
        [window] { window->removeLine(window->m_cartPanel->currentLine()); });
    sale->addSeparator();
    add(window, sale, tr("Pay &Exact Cash"), QKeySequence(Qt::Key_F8), QStringLiteral("payExact"),
        [window] { window->checkout(true); });
    add(window, sale, tr("Pay a Pa&rt…"), QKeySequence(Qt::Key_F6), QStringLiteral("partAmount"), [window] {
        window->beginSaleIfComplete();
        window->m_payment->focusAmount();
    });
    add(window, sale, tr("Cash &Tendered…"), QKeySequence(Qt::Key_F2), QStringLiteral("tendered"), [window] {
        window->beginSaleIfComplete();
        window->m_payment->focusTendered();
    });
    add(window, sale, tr("Pay by C&ard"), QKeySequence(Qt::Key_F5), QStringLiteral("payCard"), [window] {
        window->beginSaleIfComplete();
        window->m_payment->setMethod(Payment::Method::Card);
        window->checkout(false);
    });
    add(window, sale, tr("Com&plimentary…"), QKeySequence(Qt::Key_F3), QStringLiteral("comp"), [window] {
        window->beginSaleIfComplete();
        window->m_payment->focusReason();
    });
    add(window, sale, tr("C&ustomer Details…"), QKeySequence(Qt::Key_F4), QStringLiteral("customer"),
        [window] {
            window->beginSaleIfComplete();
            window->m_payment->focusCustomer();
        });
    add(window, sale, tr("C&onfirm Sale"), QKeySequence(Qt::Key_F12), QStringLiteral("confirm"),
        [window] { window->checkout(false); });
    sale->addSeparator();
    add(window, sale, tr("&Print Tickets…"), QKeySequence::Print, QStringLiteral("printTickets"),
        [window] { window->printTickets(); });
    add(window, sale, tr("Save Tickets as P&DF…"), QKeySequence::Save, QStringLiteral("saveTickets"),
        [window] { window->saveTickets(); });
    add(window, sale, tr("Print &Receipt…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        QStringLiteral("printReceipt"), [window] { window->printReceipt(); });
    add(window, sale, tr("Save Receipt as PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        QStringLiteral("saveReceipt"), [window] { window->saveReceipt(); });
    sale->addSeparator();
    add(window, sale, tr("&Orders…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        QStringLiteral("orders"), [window] { window->openOrders(); });
    sale->addSeparator();
    add(window, sale, tr("&New Sale"), QKeySequence::New, QStringLiteral("newSale"),
        [window] { window->newSale(); });
    add(window, sale, tr("&Cancel Sale"), QKeySequence(Qt::Key_Escape), QStringLiteral("cancelSale"),
        [window] { window->cancelSale(); });

    QMenu *endOfDay = window->menuBar()->addMenu(tr("&End of Day"));
    add(window, endOfDay, tr("Cash &Drawer…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        QStringLiteral("cashDrawer"), [window] { window->openEndOfDay(0); });
    add(window, endOfDay, tr("Sales &Reports…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        QStringLiteral("salesReports"), [window] { window->openEndOfDay(1); });
    add(window, endOfDay, tr("&Payments to Resolve…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
        QStringLiteral("paymentsToResolve"), [window] { window->openEndOfDay(2); });
}

} // namespace Parterre
