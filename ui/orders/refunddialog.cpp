#include "refunddialog.h"

#include "boxoffice/moneytext.h"
#include "orderoperations.h"
#include "ordertext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Parterre {

RefundDialog::RefundDialog(const Order &order, const QList<qint64> &checkedItems, QWidget *parent)
    : QDialog(parent)
    , m_order(order)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund Order %1").arg(order.number));
    setMinimumWidth(400);
    int active = 0;
    for (const OrderItem &item : order.items) {
        if (item.status != OrderItem::Status::Active)
            continue;
        ++active;
        if (checkedItems.contains(item.id))
            m_checked.append(item.id);
    }
    m_whole = new QRadioButton(tr("&Whole order (%n ticket(s))", nullptr, active), this);
    m_whole->setObjectName(QStringLiteral("refundWhole"));
    m_chosen = new QRadioButton(tr("C&hecked tickets only (%n)", nullptr, int(m_checked.size())), this);
    m_chosen->setObjectName(QStringLiteral("refundChecked"));
    m_chosen->setEnabled(!m_checked.isEmpty());
    (m_checked.isEmpty() ? m_whole : m_chosen)->setChecked(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setPlaceholderText(tr("Required: why the money goes back"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("refundPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Refund"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_whole);
    form->addRow(m_chosen);
    form->addRow(tr("R&eason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    connect(m_whole, &QRadioButton::toggled, this, &RefundDialog::update);
    connect(m_reason, &QLineEdit::textChanged, this, &RefundDialog::update);
    m_reason->setFocus();
    update();
}

QList<qint64> RefundDialog::chosenItems() const
{
    if (m_chosen->isChecked())
        return m_checked;
    QList<qint64> all;
    for (const OrderItem &item : m_order.items) {
        if (item.status == OrderItem::Status::Active)
            all.append(item.id);
    }
    return all;
}

qint64 RefundDialog::amountMinor() const
{
    return OrderOperations::itemsPrice(m_order, chosenItems());
}

RefundRequest RefundDialog::request() const
{
    RefundRequest request;
    request.orderId = m_order.id;
    if (m_chosen->isChecked())
        request.itemIds = m_checked;
    request.reason = m_reason->text().trimmed();
    return request;
}

QString RefundDialog::preview() const
{
    return m_preview->text();
}

void RefundDialog::update()
{
    const qint64 amount = amountMinor();
    QStringList lines;
    lines << tr("%n ticket(s), %1 back to the customer:", nullptr, int(chosenItems().size()))
                 .arg(MoneyText::format({amount, m_order.currency}));
    const auto shares = OrderOperations::refundShares(m_order, amount);
    qint64 covered = 0;
    for (const RefundShare &share : shares) {
        covered += share.amountMinor;
        lines << tr("• %1: %2")
                     .arg(OrderText::paymentMethod(share.method),
                          MoneyText::format({share.amountMinor, share.currency}));
    }
    if (covered < amount)
        lines << tr("Only %1 was paid: the rest is not refunded.")
                     .arg(MoneyText::format({covered, m_order.currency}));
    lines << tr("The seats go back on sale at once.");
    m_preview->setText(lines.join(QLatin1Char('\n')));
    const bool ready = !m_reason->text().trimmed().isEmpty() && !chosenItems().isEmpty();
    m_ok->setEnabled(ready);
}

} // namespace Parterre
