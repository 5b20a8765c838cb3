#include "resolvepanel.h"

#include "boxoffice/moneytext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Parterre {

namespace {

constexpr int MaxListed = 500;

QString ageText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms) / 60'000;
    if (minutes < 1)
        return ResolvePanel::tr("under a minute");
    if (minutes < 120)
        return ResolvePanel::tr("%n min", nullptr, int(minutes));
    return ResolvePanel::tr("%n h", nullptr, int(minutes / 60));
}

QString methodText(const Payment &payment)
{
    const QString method = payment.method == Payment::Method::Card   ? ResolvePanel::tr("card")
                           : payment.method == Payment::Method::Cash ? ResolvePanel::tr("cash")
                                                                     : ResolvePanel::tr("complimentary");
    return payment.kind == Payment::Kind::Refund ? ResolvePanel::tr("%1 refund").arg(method) : method;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int column = 0; column + 1 < headers.size(); ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    return table;
}

QTableWidgetItem *rightAligned(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ResolvePanel::ResolvePanel(InventoryService *service, QWidget *parent)
    : EndOfDayPanel(service, parent)
{
    auto *intro = new QLabel(tr("Card payments the terminal never answered for. Their seats stay held until "
                                "reconciliation asks the terminal what happened."),
                             this);
    intro->setWordWrap(true);
    m_waitingTable = makeTable({tr("Order"), tr("Amount"), tr("Method"), tr("Age"), tr("Order status")},
                               QStringLiteral("waitingPayments"), this);
    m_outcomeTable = makeTable({tr("Order"), tr("Amount"), tr("Became"), tr("Details")},
                               QStringLiteral("reconcileOutcomes"), this);
    m_nothingWaits = new QLabel(tr("No card payment waits to be resolved."), this);
    m_nothingWaits->setObjectName(QStringLiteral("nothingWaits"));
    m_nothingWaits->hide();
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshPayments"));
    m_reconcile = new QPushButton(tr("Re&concile"), this);
    m_reconcile->setObjectName(QStringLiteral("reconcile"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_reconcile);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(messageLabel());
    layout->addWidget(m_nothingWaits);
    layout->addWidget(m_waitingTable, 2);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("What the last reconciliation did:"), this));
    layout->addWidget(m_outcomeTable, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ResolvePanel::refresh);
    connect(m_reconcile, &QPushButton::clicked, this, &ResolvePanel::reconcile);
    connect(this, &EndOfDayPanel::busyChanged, this, [this](bool busy) {
        m_refresh->setEnabled(!busy);
        m_reconcile->setEnabled(!busy);
    });
}

QString ResolvePanel::outcomeText(ReconcileEntry::Outcome outcome)
{
    switch (outcome) {
    case ReconcileEntry::Outcome::Confirmed:
        return tr("Paid: order confirmed");
    case ReconcileEntry::Outcome::Paid:
        return tr("Paid: order waits for its other payments");
    case ReconcileEntry::Outcome::Released:
        return tr("Never charged: order cancelled, seats free");
    case ReconcileEntry::Outcome::Failed:
        return tr("Never charged: order waits for another payment");
    case ReconcileEntry::Outcome::RefundedLate:
        return tr("Charged after its seats were lost: refunded");
    case ReconcileEntry::Outcome::RefundCompleted:
        return tr("Refund went through");
    case ReconcileEntry::Outcome::Unresolved:
        return tr("Still unknown: asked again next time");
    }
    return {};
}

void ResolvePanel::refresh()
{
    runJob([](InventoryEngine &engine) { return engine.store().paymentsToResolve(MaxListed); },
           [this](const Result<QList<PaymentToResolve>> &waiting) {
               if (!waiting) {
                   showError(waiting.error());
                   return;
               }
               m_waiting = *waiting;
               fillWaiting();
               emit listed();
           });
}

void ResolvePanel::reconcile()
{
    const qint64 minAge = m_minAgeMs;
    runJob([minAge](InventoryEngine &engine) { return engine.reconcile(minAge); },
           [this](const Result<QList<ReconcileEntry>> &outcomes) {
               if (!outcomes) {
                   showError(outcomes.error());
                   return;
               }
               m_outcomes = *outcomes;
               fillOutcomes();
               int settled = 0;
               for (const ReconcileEntry &e : m_outcomes)
                   settled += e.outcome != ReconcileEntry::Outcome::Unresolved ? 1 : 0;
               if (m_outcomes.isEmpty())
                   showMessage(tr("Nothing old enough to ask about: payments younger than %1 may still be in "
                                  "a terminal's hands.")
                                   .arg(ageText(m_minAgeMs)),
                               false);
               else
                   showMessage(
                       tr("%1 of %n payment(s) settled.", nullptr, int(m_outcomes.size())).arg(settled),
                       settled < m_outcomes.size());
               emit reconciled();
               refresh();
           });
}

void ResolvePanel::fillWaiting()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_waitingTable->setRowCount(int(m_waiting.size()));
    for (int r = 0; r < m_waiting.size(); ++r) {
        const PaymentToResolve &item = m_waiting.at(r);
        const Payment &p = item.payment;
        m_waitingTable->setItem(r, 0, new QTableWidgetItem(item.orderNumber));
        m_waitingTable->setItem(r, 1, rightAligned(MoneyText::format({p.amountMinor, p.currency})));
        m_waitingTable->setItem(r, 2, new QTableWidgetItem(methodText(p)));
        m_waitingTable->setItem(r, 3, rightAligned(ageText(now - p.createdAtMs)));
        m_waitingTable->setItem(r, 4, new QTableWidgetItem(Order::statusName(item.orderStatus)));
    }
    m_nothingWaits->setVisible(m_waiting.isEmpty());
}

void ResolvePanel::fillOutcomes()
{
    m_outcomeTable->setRowCount(int(m_outcomes.size()));
    for (int r = 0; r < m_outcomes.size(); ++r) {
        const ReconcileEntry &e = m_outcomes.at(r);
        m_outcomeTable->setItem(r, 0, new QTableWidgetItem(e.orderNumber));
        m_outcomeTable->setItem(r, 1, rightAligned(MoneyText::format({e.amountMinor, e.currency})));
        m_outcomeTable->setItem(r, 2, new QTableWidgetItem(outcomeText(e.outcome)));
        m_outcomeTable->setItem(r, 3, new QTableWidgetItem(e.message));
    }
}

} // namespace Parterre
