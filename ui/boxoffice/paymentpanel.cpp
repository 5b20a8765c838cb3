#include "paymentpanel.h"

#include "moneytext.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Parterre {

PaymentPanel::PaymentPanel(QWidget *parent)
    : QWidget(parent)
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("customerName"));
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    auto *customerBox = new QGroupBox(tr("Customer (optional, for will-call)"));
    auto *customerForm = new QFormLayout(customerBox);
    customerForm->addRow(tr("&Name:"), m_name);
    customerForm->addRow(tr("E&mail:"), m_email);
    customerForm->addRow(tr("P&hone:"), m_phone);

    m_methods = new QButtonGroup(this);
    m_methodLayout = new QVBoxLayout;
    addMethod(Payment::Method::Cash, tr("&Cash"));
    addMethod(Payment::Method::Comp, tr("Com&plimentary"));
    setMethod(Payment::Method::Cash);
    connect(m_methods, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateFields();
    });

    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("partAmount"));
    m_amount->setPlaceholderText(tr("all due (F6)"));
    m_amount->setAlignment(Qt::AlignRight);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentPanel::updateFields);
    connect(m_amount, &QLineEdit::returnPressed, this, &PaymentPanel::confirmRequested);
    auto *amountLabel = new QLabel(tr("Amo&unt:"));
    amountLabel->setBuddy(m_amount);

    m_tendered = new QLineEdit;
    m_tendered->setObjectName(QStringLiteral("tendered"));
    m_tendered->setPlaceholderText(tr("amount handed over (F2)"));
    m_tendered->setAlignment(Qt::AlignRight);
    connect(m_tendered, &QLineEdit::textChanged, this, &PaymentPanel::updateFields);
    connect(m_tendered, &QLineEdit::returnPressed, this, &PaymentPanel::confirmRequested);
    m_tenderedLabel = new QLabel(tr("&Tendered:"));
    m_tenderedLabel->setBuddy(m_tendered);

    m_change = new QLabel;
    m_change->setObjectName(QStringLiteral("change"));
    QFont bold = m_change->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_change->setFont(bold);

    m_exact = new QPushButton(tr("E&xact cash (F8)"));
    m_exact->setObjectName(QStringLiteral("exactCash"));
    connect(m_exact, &QPushButton::clicked, this, &PaymentPanel::exactCashRequested);

    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("compReason"));
    m_reason->setPlaceholderText(tr("required: why it is free"));
    connect(m_reason, &QLineEdit::returnPressed, this, &PaymentPanel::confirmRequested);
    m_reasonLabel = new QLabel(tr("&Reason:"));
    m_reasonLabel->setBuddy(m_reason);

    m_confirm = new QPushButton(tr("Confirm &sale (F12)"));
    m_confirm->setObjectName(QStringLiteral("confirmSale"));
    m_confirm->setDefault(false);
    connect(m_confirm, &QPushButton::clicked, this, &PaymentPanel::confirmRequested);

    auto *paymentBox = new QGroupBox(tr("Payment"));
    auto *paymentOuter = new QVBoxLayout(paymentBox);
    auto *paymentLayout = new QHBoxLayout;
    paymentOuter->addLayout(paymentLayout);
    paymentLayout->addLayout(m_methodLayout);
    auto *fields = new QFormLayout;
    fields->addRow(amountLabel, m_amount);
    fields->addRow(m_tenderedLabel, m_tendered);
    fields->addRow(tr("Change:"), m_change);
    fields->addRow(m_reasonLabel, m_reason);
    paymentLayout->addLayout(fields, 1);

    // Split tender: the parts taken so far, and what is still due.
    m_parts = new QTreeWidget;
    m_parts->setObjectName(QStringLiteral("tenderParts"));
    m_parts->setRootIsDecorated(false);
    m_parts->setFocusPolicy(Qt::NoFocus);
    m_parts->setColumnCount(3);
    m_parts->setHeaderLabels({tr("Payment"), tr("Amount"), tr("State")});
    m_parts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_parts->header()->setStretchLastSection(false);
    m_parts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_parts->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_parts->setMaximumHeight(110);
    m_tenderDue = new QLabel;
    m_tenderDue->setObjectName(QStringLiteral("tenderDue"));
    QFont dueFont = m_tenderDue->font();
    dueFont.setBold(true);
    m_tenderDue->setFont(dueFont);
    m_tenderDue->setWordWrap(true);
    auto *partsBox = new QWidget;
    auto *partsLayout = new QVBoxLayout(partsBox);
    partsLayout->setContentsMargins(0, 0, 0, 0);
    partsLayout->addWidget(m_parts);
    partsLayout->addWidget(m_tenderDue);
    paymentOuter->addWidget(partsBox);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exact);
    buttons->addWidget(m_confirm, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(customerBox);
    layout->addWidget(paymentBox);
    layout->addLayout(buttons);
    updateTender();
    updateFields();
}

void PaymentPanel::addMethod(Payment::Method method, const QString &label)
{
    auto *button = new QRadioButton(label);
    button->setObjectName(Payment::methodName(method) + QStringLiteral("Method"));
    m_methods->addButton(button, int(method));
    m_methodLayout->addWidget(button);
}

Payment::Method PaymentPanel::method() const
{
    return Payment::Method(m_methods->checkedId());
}

void PaymentPanel::setMethod(Payment::Method method)
{
    if (auto *button = m_methods->button(int(method)))
        button->setChecked(true);
}

void PaymentPanel::setDue(const Money &total)
{
    m_total = total;
    updateTender();
    updateFields();
}

Money PaymentPanel::due() const
{
    return {std::max<qint64>(0, m_total.minor - m_tender.paidMinor()), m_total.currency};
}

void PaymentPanel::setTender(const TenderSummary &tender)
{
    m_tender = tender;
    updateTender();
    updateFields();
}

void PaymentPanel::clearEntry()
{
    // Each part picks its method: F5 is card for this part only, the next starts from cash again.
    setMethod(Payment::Method::Cash);
    m_amount->clear();
    m_tendered->clear();
    updateFields();
}

std::optional<qint64> PaymentPanel::partMinor() const
{
    if (m_amount->text().trimmed().isEmpty())
        return due().minor;
    return MoneyText::parse(m_amount->text(), m_total.currency);
}

void PaymentPanel::updateTender()
{
    m_parts->clear();
    const QString currency = m_tender.currency().isEmpty() ? m_total.currency : m_tender.currency();
    for (const TenderSummary::Part &part : m_tender.parts()) {
        auto *row = new QTreeWidgetItem(m_parts);
        // The list is narrow: the cell says the change, the tool tip also what was handed over.
        row->setText(0, TenderSummary::shortPartText(part, currency));
        row->setToolTip(0, TenderSummary::partText(part, currency));
        row->setText(1, MoneyText::format({part.amountMinor, currency}));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(2, TenderSummary::stateText(part.status));
        if (part.status == Payment::Status::Failed)
            row->setForeground(2, QColor(0xc6, 0x28, 0x28));
        else if (part.status == Payment::Status::Processing)
            row->setForeground(2, QColor(0x8a, 0x3b, 0x00));
    }
    const bool split = !m_tender.parts().isEmpty();
    m_parts->parentWidget()->setVisible(split);
    if (split) {
        m_tenderDue->setText(
            tr("Paid %1 · still due %2")
                .arg(MoneyText::format({m_tender.paidMinor(), m_total.currency}), MoneyText::format(due())));
    }
}

void PaymentPanel::setTendered(const QString &text)
{
    m_tendered->setText(text);
}

void PaymentPanel::setReason(const QString &text)
{
    m_reason->setText(text);
}

Customer PaymentPanel::customer() const
{
    return {m_name->text().trimmed(), m_email->text().trimmed(), m_phone->text().trimmed()};
}

std::optional<Money> PaymentPanel::change() const
{
    const auto tendered = MoneyText::parse(m_tendered->text(), m_total.currency);
    const auto part = partMinor();
    if (!tendered || !part || *tendered < *part)
        return std::nullopt;
    return Money{*tendered - *part, m_total.currency};
}

Result<CartPayment> PaymentPanel::payment(bool exactCash) const
{
    CartPayment payment;
    payment.customer = customer();
    payment.method = exactCash ? Payment::Method::Cash : method();
    const QString email = payment.customer.email;
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.startsWith(QLatin1Char('@')) ||
                             email.endsWith(QLatin1Char('@'))))
        return Error::invalidInput(tr("“%1” is not an email address.").arg(email));
    const Money due = this->due();
    Money part = due;
    if (!m_amount->text().trimmed().isEmpty()) {
        const auto amount = MoneyText::parse(m_amount->text(), m_total.currency);
        if (!amount || *amount <= 0)
            return Error::invalidInput(tr("“%1” is not an amount to pay.").arg(m_amount->text()));
        // While seats are still being held the total is not known yet: the store checks the part then.
        if (due.minor > 0 && *amount > due.minor)
            return Error::invalidInput(
                tr("%1 is more than the %2 still due.")
                    .arg(MoneyText::format({*amount, due.currency}), MoneyText::format(due)));
        payment.amountMinor = *amount;
        part.minor = *amount;
    }
    switch (payment.method) {
    case Payment::Method::Cash:
        if (exactCash || m_tendered->text().trimmed().isEmpty())
            break; // exact
        if (const auto tendered = MoneyText::parse(m_tendered->text(), m_total.currency)) {
            if (*tendered < part.minor)
                return Error::invalidInput(
                    tr("%1 tendered is less than the %2 due.")
                        .arg(MoneyText::format({*tendered, part.currency}), MoneyText::format(part)));
            payment.tenderedMinor = *tendered;
        } else {
            return Error::invalidInput(tr("“%1” is not an amount.").arg(m_tendered->text()));
        }
        break;
    case Payment::Method::Comp:
        payment.reason = m_reason->text().trimmed();
        if (payment.reason.isEmpty())
            return Error::invalidInput(tr("A complimentary sale needs a reason."));
        break;
    case Payment::Method::Card:
        if (!m_methods->button(int(Payment::Method::Card)))
            return Error::invalidInput(tr("Card payments need a card terminal, and none is set up."));
        break; // the card terminal charges the amount due
    }
    return payment;
}

void PaymentPanel::updateFields()
{
    const bool cash = method() == Payment::Method::Cash;
    m_tendered->setEnabled(cash);
    m_tenderedLabel->setEnabled(cash);
    m_exact->setEnabled(cash && m_confirm->isEnabled());
    m_reason->setEnabled(!cash);
    m_reasonLabel->setEnabled(!cash);
    if (!cash || m_tendered->text().trimmed().isEmpty()) {
        m_change->setText(cash ? tr("exact") : tr("—"));
        m_change->setStyleSheet(QString());
        return;
    }
    if (const auto change = this->change()) {
        m_change->setText(MoneyText::format(*change));
        m_change->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
    } else {
        const auto tendered = MoneyText::parse(m_tendered->text(), m_total.currency);
        const auto part = partMinor();
        m_change->setText(tendered && part
                              ? tr("%1 short").arg(MoneyText::format({*part - *tendered, m_total.currency}))
                              : tr("not an amount"));
        m_change->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    }
}

void PaymentPanel::focusAmount()
{
    m_amount->setFocus(Qt::ShortcutFocusReason);
    m_amount->selectAll();
}

void PaymentPanel::focusTendered()
{
    setMethod(Payment::Method::Cash);
    m_tendered->setFocus(Qt::ShortcutFocusReason);
    m_tendered->selectAll();
}

void PaymentPanel::focusReason()
{
    setMethod(Payment::Method::Comp);
    m_reason->setFocus(Qt::ShortcutFocusReason);
}

void PaymentPanel::focusCustomer()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
}

void PaymentPanel::reset()
{
    m_name->clear();
    m_email->clear();
    m_phone->clear();
    m_amount->clear();
    m_tendered->clear();
    m_reason->clear();
    m_tender = TenderSummary();
    setMethod(Payment::Method::Cash);
    updateTender();
    updateFields();
}

void PaymentPanel::setBusy(bool busy)
{
    m_confirm->setEnabled(!busy);
    updateFields();
}

} // namespace Parterre
