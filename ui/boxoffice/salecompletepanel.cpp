#include "salecompletepanel.h"

#include "moneytext.h"
#include "tendersummary.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Parterre {

SaleCompletePanel::SaleCompletePanel(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("saleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_summary->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_summary->setFont(big);

    m_payments = new QLabel;
    m_payments->setObjectName(QStringLiteral("salePayments"));
    m_payments->setWordWrap(true);
    m_payments->setTextFormat(Qt::PlainText);
    m_payments->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_change = new QLabel;
    m_change->setObjectName(QStringLiteral("saleChange"));
    QFont bigger = m_change->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6);
    m_change->setFont(bigger);
    m_change->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));

    m_tickets = new QTreeWidget;
    m_tickets->setObjectName(QStringLiteral("issuedTickets"));
    m_tickets->setRootIsDecorated(false);
    m_tickets->setColumnCount(2);
    m_tickets->setHeaderLabels({tr("Ticket"), tr("Code")});
    m_tickets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tickets->header()->setStretchLastSection(false);
    m_tickets->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    const auto button = [this](const QString &text, const QString &name,
                               void (SaleCompletePanel::*signal)()) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, signal);
        return b;
    };
    auto *buttons = new QGridLayout;
    buttons->addWidget(button(tr("&Print tickets (Ctrl+P)"), QStringLiteral("printTickets"),
                              &SaleCompletePanel::printTicketsRequested),
                       0, 0);
    buttons->addWidget(button(tr("Tickets P&DF (Ctrl+S)"), QStringLiteral("saveTickets"),
                              &SaleCompletePanel::saveTicketsRequested),
                       0, 1);
    buttons->addWidget(button(tr("Print &receipt"), QStringLiteral("printReceipt"),
                              &SaleCompletePanel::printReceiptRequested),
                       1, 0);
    buttons->addWidget(
        button(tr("Rec&eipt PDF"), QStringLiteral("saveReceipt"), &SaleCompletePanel::saveReceiptRequested),
        1, 1);
    auto *newSale =
        button(tr("&New sale (Ctrl+N)"), QStringLiteral("newSale"), &SaleCompletePanel::newSaleRequested);
    buttons->addWidget(newSale, 2, 0, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_payments);
    layout->addWidget(m_change);
    layout->addWidget(m_tickets, 1);
    layout->addLayout(buttons);
}

void SaleCompletePanel::setOrders(const QList<Order> &orders)
{
    QStringList numbers;
    qint64 change = 0;
    qint64 paid = 0;
    QString currency;
    bool comp = false;
    m_tickets->clear();
    for (const Order &order : orders) {
        numbers.append(order.number);
        currency = order.currency;
        paid += order.totalMinor;
        for (const Payment &payment : order.payments) {
            change += payment.changeMinor;
            comp = comp || payment.method == Payment::Method::Comp;
        }
        for (const OrderItem &item : order.items) {
            if (item.status != OrderItem::Status::Active || item.ticketCode.isEmpty())
                continue;
            auto *row = new QTreeWidgetItem(m_tickets);
            row->setText(0, item.label);
            row->setText(1, item.ticketCode);
        }
    }
    //: After a confirmed sale: the order number(s) and the amount
    m_summary->setText(tr("Sale complete — order %1 · %n ticket(s) · %2", nullptr, ticketCount())
                           .arg(numbers.join(QStringLiteral(", ")),
                                comp ? tr("complimentary") : MoneyText::format({paid, currency})));
    m_change->setText(comp ? QString() : tr("Change: %1").arg(MoneyText::format({change, currency})));
    // Every payment taken, one line each: split tender shows its parts.
    const TenderSummary tender(orders);
    QStringList lines;
    for (const TenderSummary::Part &part : tender.parts()) {
        if (part.status != Payment::Status::Succeeded)
            continue; // a declined card is not a payment of this sale
        //: One payment of a finished sale: method, then amount
        lines << tr("%1: %2").arg(TenderSummary::partText(part, currency),
                                  MoneyText::format({part.amountMinor, currency}));
    }
    m_payments->setText(tr("Paid by:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

QString SaleCompletePanel::paymentsText() const
{
    return m_payments->text();
}

QString SaleCompletePanel::summaryText() const
{
    return m_summary->text() + QLatin1Char('\n') + m_change->text();
}

int SaleCompletePanel::ticketCount() const
{
    return m_tickets->topLevelItemCount();
}

} // namespace Parterre
