#pragma once

#include "model/inventory.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Parterre {

// What the card terminal said about a payment, written down by Store::settlePayment.
struct PaymentSettlement
{
    qint64 paymentId = 0;
    bool succeeded = false;
    QString providerReference;
    QString message; // the terminal's words on a decline, for the audit log
};

// A card payment or refund whose outcome is not known yet: the terminal timed out or its answer was lost.
struct PaymentToResolve
{
    Payment payment;
    QString orderNumber;
    Order::Status orderStatus = Order::Status::PendingPayment;
    qint64 showId = 0;

    QJsonObject toJson() const;
};

// One line of an order search: enough to pick the order, whose details Store::order() gives.
struct OrderSummary
{
    qint64 id = 0;
    QString number;
    qint64 showId = 0;
    Order::Status status = Order::Status::PendingPayment;
    Customer customer;
    qint64 totalMinor = 0;
    QString currency;
    int activeItems = 0;
    qint64 createdAtMs = 0;

    QJsonObject toJson() const;
};

// Moves chosen tickets of a confirmed order to other seats or places (of the same show or another one) in
// one transaction; the price difference is paid (cash or comp) or refunded to the original methods.
struct ExchangeRequest
{
    qint64 orderId = 0;
    QList<qint64> itemIds;                          // the active items to give back
    HoldRequest target;                             // the seats or places wanted instead, at target.showId
    Payment::Method method = Payment::Method::Cash; // for a difference to pay
    qint64 tenderedMinor = -1;                      // cash: -1 means exact
    QString reason;                                 // required for a comp
    // Set by InventoryEngine::exchange for a difference paid by card: the new seats are already held by
    // holdId and the difference was charged as differencePaymentId (processing until this exchange).
    qint64 holdId = 0;
    qint64 differencePaymentId = 0;
    QString differenceReference;
};

// What reconciliation did with one unresolved payment.
struct ReconcileEntry
{
    enum class Outcome
    {
        Confirmed,       // the charge went through; the order is confirmed
        Paid,            // the charge went through; the order still waits for the rest of its payments
        Released,        // the charge never happened; the order is cancelled and its seats are free
        Failed,          // the charge never happened; the order waits for another payment
        RefundedLate,    // the charge went through after the seats were lost: refunded automatically
        RefundCompleted, // a card refund that was waiting went through
        Unresolved       // the terminal cannot tell yet (or is unreachable); asked again next time
    };

    qint64 paymentId = 0;
    qint64 orderId = 0;
    QString orderNumber;
    Outcome outcome = Outcome::Unresolved;
    qint64 amountMinor = 0;
    QString currency;
    QString message;

    static QString outcomeName(Outcome outcome);
    QJsonObject toJson() const;
};

} // namespace Parterre
