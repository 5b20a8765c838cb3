#include "tendersummary.h"

#include "moneytext.h"
#include "orders/ordertext.h"

#include <QStringList>

#include <algorithm>

namespace Parterre {

TenderSummary::TenderSummary(const QList<Order> &orders)
{
    QList<Payment> payments;
    for (const Order &order : orders) {
        m_currency = order.currency;
        m_totalMinor += order.totalMinor;
        m_paidMinor += order.paidMinor;
        for (const Payment &p : order.payments) {
            if (p.kind == Payment::Kind::Payment)
                payments.append(p);
        }
    }
    // In the order they were taken, whichever order of the sale each went to.
    std::stable_sort(payments.begin(), payments.end(),
                     [](const Payment &a, const Payment &b) { return a.id < b.id; });
    for (const Payment &p : std::as_const(payments)) {
        m_parts.append({p.method, p.status, p.amountMinor, p.tenderedMinor, p.changeMinor});
        if (p.status == Payment::Status::Succeeded)
            m_changeMinor += p.changeMinor;
    }
}

bool TenderSummary::hasMoney() const
{
    return m_paidMinor > 0 || isWaitingForTerminal();
}

bool TenderSummary::isWaitingForTerminal() const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(),
                       [](const Part &p) { return p.status == Payment::Status::Processing; });
}

QString TenderSummary::partText(const Part &part, const QString &currency)
{
    QString text = OrderText::paymentMethod(part.method);
    if (part.method == Payment::Method::Cash && part.changeMinor > 0) {
        text = tr("%1 (tendered %2, change %3)")
                   .arg(text, MoneyText::format({part.tenderedMinor, currency}),
                        MoneyText::format({part.changeMinor, currency}));
    }
    return text;
}

QString TenderSummary::shortPartText(const Part &part, const QString &currency)
{
    QString text = OrderText::paymentMethod(part.method);
    if (part.method == Payment::Method::Cash && part.changeMinor > 0)
        text = tr("%1 (change %2)").arg(text, MoneyText::format({part.changeMinor, currency}));
    return text;
}

QString TenderSummary::stateText(Payment::Status status)
{
    switch (status) {
    case Payment::Status::Succeeded:
        return tr("Paid");
    case Payment::Status::Failed:
        return tr("Declined");
    case Payment::Status::Processing:
    case Payment::Status::RequiresAction:
        return tr("Waiting for the terminal");
    case Payment::Status::Refunded:
        return tr("Refunded");
    }
    return {};
}

QString TenderSummary::moneyBackText(const QList<Order> &cancelled)
{
    qint64 cash = 0;
    qint64 card = 0;
    qint64 cardWaiting = 0;
    qint64 comp = 0;
    bool waitingCharge = false;
    QString currency;
    for (const Order &order : cancelled) {
        currency = order.currency;
        for (const Payment &p : order.payments) {
            if (p.kind == Payment::Kind::Payment) {
                waitingCharge = waitingCharge || p.status == Payment::Status::Processing;
                continue;
            }
            switch (p.method) {
            case Payment::Method::Cash:
                cash += p.amountMinor;
                break;
            case Payment::Method::Card:
                (p.status == Payment::Status::Succeeded ? card : cardWaiting) += p.amountMinor;
                break;
            case Payment::Method::Comp:
                comp += p.amountMinor;
                break;
            }
        }
    }
    QStringList parts;
    if (cash > 0)
        parts << tr("Hand back %1 in cash.").arg(MoneyText::format({cash, currency}));
    if (card > 0)
        parts << tr("%1 went back to the card.").arg(MoneyText::format({card, currency}));
    if (cardWaiting > 0)
        parts << tr("A card refund of %1 waits for the terminal (Payments to Resolve).")
                     .arg(MoneyText::format({cardWaiting, currency}));
    if (comp > 0)
        parts << tr("%1 complimentary was withdrawn.").arg(MoneyText::format({comp, currency}));
    if (waitingCharge)
        parts << tr("A card payment the terminal never answered is settled under Payments to Resolve: "
                    "if it went through, it is refunded.");
    return parts.join(QLatin1Char(' '));
}

} // namespace Parterre
