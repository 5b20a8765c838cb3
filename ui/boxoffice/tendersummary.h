#pragma once

#include "model/inventory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Parterre {

// The payments of one counter sale across its orders (one per cart line): each part as the clerk sees it
// (method, amount, state), what is paid and what is still due, the change, and what a cancelled sale gave
// back. Plain data read from the orders the store answered.
class TenderSummary final
{
    Q_DECLARE_TR_FUNCTIONS(TenderSummary)

public:
    struct Part
    {
        Payment::Method method = Payment::Method::Cash;
        Payment::Status status = Payment::Status::Succeeded;
        qint64 amountMinor = 0;
        qint64 tenderedMinor = 0;
        qint64 changeMinor = 0;
    };

    TenderSummary() = default;
    explicit TenderSummary(const QList<Order> &orders);

    const QList<Part> &parts() const { return m_parts; }
    QString currency() const { return m_currency; }
    qint64 totalMinor() const { return m_totalMinor; }
    qint64 paidMinor() const { return m_paidMinor; } // succeeded payments less refunds
    qint64 dueMinor() const { return m_totalMinor - m_paidMinor; }
    qint64 changeMinor() const { return m_changeMinor; }
    // Money was taken, or may have been (a card part the terminal has not answered): cancelling the sale
    // then means giving it back.
    bool hasMoney() const;
    bool isWaitingForTerminal() const;

    // The method of a part as its line shows it: "Card", or "Cash (tendered 100.00 EUR, change 30.00 EUR)".
    static QString partText(const Part &part, const QString &currency);
    // The same, short enough for the counter's narrow list of parts: "Cash (change 30.00 EUR)".
    static QString shortPartText(const Part &part, const QString &currency);
    // The state of a part in the counter's words: "Paid", "Declined", "Waiting for the terminal".
    static QString stateText(Payment::Status status);
    // What cancelling gave back, by method: "Hand back 20.00 EUR in cash. 30.00 EUR goes back to the card."
    // Empty when nothing had been paid.
    static QString moneyBackText(const QList<Order> &cancelled);

private:
    QList<Part> m_parts;
    QString m_currency;
    qint64 m_totalMinor = 0;
    qint64 m_paidMinor = 0;
    qint64 m_changeMinor = 0;
};

} // namespace Parterre
