#include "orderswindow.h"

#include "boxoffice/moneytext.h"
#include "boxoffice/showpicker.h"
#include "exchangedialog.h"
#include "inventory/inventoryservice.h"
#include "ordertext.h"
#include "refunddialog.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace Parterre {

namespace {

QString newKey(const QString &what)
{
    return QStringLiteral("orders-%1-%2").arg(what, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

OrdersWindow::OrdersWindow(InventoryService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("ordersWindow"));
    setWindowTitle(tr("Parterre — Orders"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1180, 680);
    createWidgets();
    createActions();
    updateButtons();
    m_search->setFocus();
}

void OrdersWindow::createWidgets()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Order number, customer name or email, or ticket code"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &OrdersWindow::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_resultsList->topLevelItemCount() > 0) {
            m_resultsList->setFocus(Qt::ShortcutFocusReason);
            if (!m_resultsList->currentItem())
                m_resultsList->setCurrentItem(m_resultsList->topLevelItem(0));
        }
    });

    m_resultsList = new QTreeWidget(this);
    m_resultsList->setObjectName(QStringLiteral("orderResults"));
    m_resultsList->setHeaderLabels({tr("Number"), tr("Customer"), tr("Show"), tr("Status"), tr("Total")});
    m_resultsList->setRootIsDecorated(false);
    m_resultsList->setUniformRowHeights(true);
    m_resultsList->setAlternatingRowColors(true);
    m_resultsList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Enter on an order moves on to its tickets, where Space ticks them.
    connect(m_resultsList, &QTreeWidget::itemActivated, this, [this] {
        m_items->setFocus(Qt::ShortcutFocusReason);
        if (!m_items->currentItem() && m_items->topLevelItemCount() > 0)
            m_items->setCurrentItem(m_items->topLevelItem(0));
    });
    connect(m_resultsList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            loadDetails(current->data(0, Qt::UserRole).toLongLong());
    });

    m_header = new QLabel(tr("Find an order to see its tickets and payments."), this);
    m_header->setObjectName(QStringLiteral("orderHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_header->setFont(headerFont);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("orderMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_items = new QTreeWidget(this);
    m_items->setObjectName(QStringLiteral("orderItems"));
    m_items->setHeaderLabels({tr("Ticket"), tr("Show"), tr("Code"), tr("Status"), tr("Price")});
    m_items->setRootIsDecorated(false);
    m_items->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_items, &QTreeWidget::itemChanged, this, [this] { updateButtons(); });

    m_payments = new QTreeWidget(this);
    m_payments->setObjectName(QStringLiteral("orderPayments"));
    m_payments->setHeaderLabels({tr("Payment"), tr("Method"), tr("Amount"), tr("Status"), tr("Note")});
    m_payments->setRootIsDecorated(false);
    m_payments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const auto button = [this](const QString &text, const QString &name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_print = button(tr("&Reprint Tickets…"), QStringLiteral("reprintTickets"), &OrdersWindow::printTickets);
    m_savePdf = button(tr("Save &PDF…"), QStringLiteral("saveTicketsPdf"), &OrdersWindow::saveTickets);
    m_receipt = button(tr("Recei&pt…"), QStringLiteral("printReceipt"), &OrdersWindow::printReceipt);
    m_refund = button(tr("Re&fund…"), QStringLiteral("refundOrder"), &OrdersWindow::askRefund);
    m_exchange = button(tr("E&xchange…"), QStringLiteral("exchangeTickets"), &OrdersWindow::askExchange);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_receipt);
    buttons->addStretch();
    buttons->addWidget(m_refund);
    buttons->addWidget(m_exchange);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_header);
    detailsLayout->addWidget(m_message);
    auto *ticketsLabel = new QLabel(tr("&Tickets (tick the ones to refund or exchange):"), this);
    ticketsLabel->setBuddy(m_items);
    detailsLayout->addWidget(ticketsLabel);
    detailsLayout->addWidget(m_items, 3);
    auto *paymentsLabel = new QLabel(tr("Pa&yments:"), this);
    paymentsLabel->setBuddy(m_payments);
    detailsLayout->addWidget(paymentsLabel);
    detailsLayout->addWidget(m_payments, 2);
    detailsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_resultsList);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 580});

    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
}

void OrdersWindow::createActions()
{
    const auto shortcut = [this](const QKeySequence &key, const QString &name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence::Find, QStringLiteral("focusSearch"), [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    shortcut(QKeySequence::Print, QStringLiteral("printAction"), [this] {
        if (m_print->isEnabled())
            printTickets();
    });
    shortcut(QKeySequence::Save, QStringLiteral("saveAction"), [this] {
        if (m_savePdf->isEnabled())
            saveTickets();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("refundAction"), [this] {
        if (m_refund->isEnabled())
            askRefund();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("exchangeAction"), [this] {
        if (m_exchange->isEnabled())
            askExchange();
    });
}

template<typename F, typename Done>
void OrdersWindow::runJob(F &&job, Done &&done)
{
    using R = std::invoke_result_t<F, InventoryEngine &>;
    ++m_jobs;
    updateButtons();
    m_service->run(std::forward<F>(job))
        .then(this, [this, done = std::forward<Done>(done)](R result) mutable {
            --m_jobs;
            done(std::move(result));
            updateButtons();
        });
}

void OrdersWindow::setQuery(const QString &query)
{
    m_search->setText(query);
}

QString OrdersWindow::query() const
{
    return m_search->text();
}

void OrdersWindow::search()
{
    const QString query = m_search->text().trimmed();
    const quint64 request = ++m_searchRequest;
    if (query.isEmpty()) {
        showResults({});
        return;
    }
    ++m_searchesSent;
    runJob(
        [query](InventoryEngine &engine) {
            return OrderOperations::search(engine.store(), query, engine.clock().nowMs());
        },
        [this, request](const Result<OrderSearch> &found) {
            if (request != m_searchRequest)
                return; // the clerk typed on: a newer search is on its way
            if (!found) {
                showMessage(tr("Could not search the orders: %1").arg(found.error().message), true);
                return;
            }
            showResults(*found);
        });
}

void OrdersWindow::showResults(const OrderSearch &found)
{
    const qint64 selected = m_details ? m_details->order.id : 0;
    m_results = found.orders;
    m_shows.insert(found.shows);
    const QSignalBlocker blocker(m_resultsList);
    m_resultsList->clear();
    QTreeWidgetItem *current = nullptr;
    for (const OrderSummary &summary : std::as_const(m_results)) {
        auto *item = new QTreeWidgetItem(m_resultsList);
        item->setText(0, summary.number);
        item->setText(1, summary.customer.name.isEmpty() ? OrderText::customer(summary.customer)
                                                         : summary.customer.name);
        item->setToolTip(1, OrderText::customer(summary.customer));
        item->setText(2, showTitle(summary.showId));
        item->setText(3, OrderText::orderStatus(summary.status));
        item->setText(4, MoneyText::format({summary.totalMinor, summary.currency}));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, summary.id);
        if (summary.id == selected)
            current = item;
    }
    if (current)
        m_resultsList->setCurrentItem(current);
    emit resultsChanged();
}

bool OrdersWindow::selectOrder(qint64 orderId)
{
    for (int i = 0; i < m_resultsList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_resultsList->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() != orderId)
            continue;
        if (m_resultsList->currentItem() == item)
            loadDetails(orderId);
        else
            m_resultsList->setCurrentItem(item);
        return true;
    }
    return false;
}

void OrdersWindow::loadDetails(qint64 orderId)
{
    const quint64 request = ++m_detailsRequest;
    runJob(
        [orderId](InventoryEngine &engine) {
            return OrderOperations::details(engine.store(), orderId, engine.clock().nowMs());
        },
        [this, request](const Result<OrderDetails> &details) {
            if (request != m_detailsRequest)
                return;
            if (!details) {
                showMessage(tr("Could not read the order: %1").arg(details.error().message), true);
                return;
            }
            const bool sameOrder = m_details && m_details->order.id == details->order.id;
            m_details = *details;
            m_shows.insert(details->shows);
            if (!sameOrder)
                m_message->hide();
            showDetails();
        });
}

QString OrdersWindow::showTitle(qint64 showId) const
{
    const auto it = m_shows.constFind(showId);
    if (it == m_shows.cend())
        return tr("Show %1").arg(showId);
    return tr("%1 — %2").arg(it->eventName, ShowPicker::whenText(*it));
}

void OrdersWindow::showDetails()
{
    const QSignalBlocker itemsBlocker(m_items);
    m_items->clear();
    m_payments->clear();
    if (!m_details) {
        updateButtons();
        emit detailsChanged();
        return;
    }
    const Order &order = m_details->order;
    m_header->setText(tr("Order %1 · %2 · %3 · total %4, paid %5")
                          .arg(order.number, OrderText::customer(order.customer),
                               OrderText::orderStatus(order.status),
                               MoneyText::format({order.totalMinor, order.currency}),
                               MoneyText::format({order.paidMinor, order.currency})));
    for (const OrderItem &orderItem : order.items) {
        auto *item = new QTreeWidgetItem(m_items);
        item->setText(0, orderItem.label);
        item->setText(1, showTitle(orderItem.showId > 0 ? orderItem.showId : order.showId));
        item->setText(2, orderItem.ticketCode);
        item->setText(3, OrderText::itemStatus(orderItem.status));
        item->setText(4, MoneyText::format({orderItem.priceMinor, order.currency}));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, orderItem.id);
        if (orderItem.status == OrderItem::Status::Active) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            for (int column = 0; column < m_items->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    // The show column only matters once an exchange moved a ticket to another show.
    const bool otherShows = std::any_of(order.items.cbegin(), order.items.cend(), [&](const OrderItem &i) {
        return i.showId > 0 && i.showId != order.showId;
    });
    m_items->setColumnHidden(1, !otherShows);
    for (const Payment &payment : order.payments) {
        auto *item = new QTreeWidgetItem(m_payments);
        item->setText(0, payment.kind == Payment::Kind::Refund ? tr("Refund") : tr("Payment"));
        item->setText(1, OrderText::paymentMethod(payment.method));
        const qint64 signedAmount =
            payment.kind == Payment::Kind::Refund ? -payment.amountMinor : payment.amountMinor;
        item->setText(2, MoneyText::format({signedAmount, payment.currency}));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, OrderText::paymentStatus(payment.status));
        item->setText(4, payment.reason);
    }
    updateButtons();
    emit detailsChanged();
}

bool OrdersWindow::setItemChecked(qint64 itemId, bool checked)
{
    for (int i = 0; i < m_items->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_items->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == itemId && (item->flags() & Qt::ItemIsUserCheckable)) {
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QList<qint64> OrdersWindow::checkedItems() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_items->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_items->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(0) == Qt::Checked)
            ids << item->data(0, Qt::UserRole).toLongLong();
    }
    return ids;
}

QList<qint64> OrdersWindow::chosenOrActiveItems() const
{
    QList<qint64> ids = checkedItems();
    if (!ids.isEmpty() || !m_details)
        return ids;
    for (const OrderItem &item : m_details->order.items) {
        if (item.status == OrderItem::Status::Active)
            ids << item.id;
    }
    return ids;
}

void OrdersWindow::updateButtons()
{
    const bool confirmed = m_details && (m_details->order.status == Order::Status::Confirmed ||
                                         m_details->order.status == Order::Status::PartiallyRefunded);
    bool hasTickets = false;
    if (m_details) {
        for (const OrderItem &item : m_details->order.items)
            hasTickets =
                hasTickets || (item.status == OrderItem::Status::Active && !item.ticketCode.isEmpty());
    }
    m_print->setEnabled(hasTickets);
    m_savePdf->setEnabled(hasTickets);
    m_receipt->setEnabled(m_details.has_value());
    m_refund->setEnabled(confirmed && !m_operating);
    m_exchange->setEnabled(confirmed && !m_operating);
}

void OrdersWindow::showMessage(const QString &text, bool warning)
{
    m_message->setText(text);
    m_message->setStyleSheet(warning ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }")
                                     : QStringLiteral("QLabel { color: #1b5e20; }"));
    m_message->show();
}

QString OrdersWindow::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OrdersWindow::askRefund()
{
    if (!m_details)
        return;
    RefundDialog dialog(m_details->order, checkedItems(), this);
    if (dialog.exec() == QDialog::Accepted)
        refund(dialog.request());
}

void OrdersWindow::askExchange()
{
    if (!m_details)
        return;
    const QList<qint64> items = chosenOrActiveItems();
    if (items.isEmpty())
        return;
    // The shows to choose from are read first, on the service's thread; the dialog opens when they land.
    const Order order = m_details->order;
    runJob(
        [](InventoryEngine &engine) {
            return OrderOperations::shows(engine.store(), engine.clock().nowMs());
        },
        [this, order, items](const Result<QList<Show>> &shows) {
            if (!shows) {
                showMessage(tr("Could not read the shows: %1").arg(shows.error().message), true);
                return;
            }
            ExchangeDialog dialog(m_service, order, items, *shows, this);
            if (dialog.exec() == QDialog::Accepted)
                exchange(dialog.request());
        });
}

void OrdersWindow::refund(const RefundRequest &request)
{
    m_operating = true;
    const QString key = newKey(QStringLiteral("refund"));
    runJob([request, key](InventoryEngine &engine) { return engine.refund(request, key); },
           [this, orderId = request.orderId](const Result<Order> &order) {
               m_operating = false;
               QString text;
               if (!order) {
                   text = order.error().code == Error::Code::Forbidden
                              ? tr("Refund refused: %1. A supervisor has to log in (Ctrl+L at the counter).")
                                    .arg(order.error().message)
                              : tr("Refund failed: %1. Nothing was changed.").arg(order.error().message);
               } else {
                   text = tr("Refunded. Order %1 is now %2; its seats are back on sale.")
                              .arg(order->number, OrderText::orderStatus(order->status).toLower());
               }
               showMessage(text, !order);
               loadDetails(orderId);
               search();
               emit operationFinished(order.ok(), text);
           });
}

void OrdersWindow::exchange(const ExchangeRequest &request)
{
    m_operating = true;
    const QString key = newKey(QStringLiteral("exchange"));
    // The payments the order had before, so the answer tells what this exchange paid or gave back.
    qint64 lastPaymentId = 0;
    if (m_details && m_details->order.id == request.orderId) {
        for (const Payment &p : std::as_const(m_details->order.payments))
            lastPaymentId = std::max(lastPaymentId, p.id);
    }
    runJob([request, key](InventoryEngine &engine) { return engine.exchange(request, key); },
           [this, orderId = request.orderId, lastPaymentId](const Result<Order> &order) {
               m_operating = false;
               QString text;
               if (!order) {
                   text =
                       order.error().code == Error::Code::Forbidden
                           ? tr("Exchange refused: %1. A supervisor has to log in (Ctrl+L at the counter).")
                                 .arg(order.error().message)
                           : tr("Exchange failed: %1. Nothing was changed.").arg(order.error().message);
               } else {
                   text = tr("Exchanged. The old seats are back on sale; print the new tickets (Ctrl+P).");
                   if (const QString settled = OrderOperations::settlementText(*order, lastPaymentId);
                       !settled.isEmpty())
                       text += QLatin1Char(' ') + settled;
               }
               showMessage(text, !order);
               loadDetails(orderId);
               search();
               emit operationFinished(order.ok(), text);
           });
}

SaleDocuments OrdersWindow::documents() const
{
    if (!m_details)
        return SaleDocuments({}, {}, {});
    return SaleDocuments({m_details->order}, m_details->shows, m_details->categoryNames);
}

Result<int> OrdersWindow::saveTicketsPdf(const QString &path) const
{
    if (!m_details)
        return Error::invalidInput(tr("No order is selected."));
    return documents().saveTickets(path);
}

Result<int> OrdersWindow::saveReceiptPdf(const QString &path) const
{
    if (!m_details)
        return Error::invalidInput(tr("No order is selected."));
    return documents().saveReceipts(path);
}

void OrdersWindow::printTickets()
{
    const auto printed = documents().printTickets(this);
    if (!printed)
        showMessage(tr("Could not print the tickets: %1").arg(printed.error().message), true);
    else if (*printed > 0)
        showMessage(tr("%n ticket(s) sent to the printer.", nullptr, *printed), false);
}

void OrdersWindow::saveTickets()
{
    if (!m_details)
        return;
    const QString path = SaleDocuments::askPdfPath(this, tr("Save Tickets"),
                                                   tr("tickets-%1.pdf").arg(m_details->order.number));
    if (path.isEmpty())
        return;
    const auto written = saveTicketsPdf(path);
    if (!written)
        showMessage(tr("Could not save the tickets: %1").arg(written.error().message), true);
    else
        showMessage(tr("%n ticket(s) saved to %1.", nullptr, *written).arg(path), false);
}

void OrdersWindow::printReceipt()
{
    if (const auto printed = documents().printReceipts(this); !printed)
        showMessage(tr("Could not print the receipt: %1").arg(printed.error().message), true);
}

} // namespace Parterre
