#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Parterre {

struct GaUnits
{
    QString areaId;
    QList<int> units;
};

struct Hold
{
    enum class Status
    {
        Active,
        Released,
        Expired,
        Ordered
    };

    qint64 id = 0;
    qint64 showId = 0;
    Status status = Status::Active;
    QStringList seatIds;
    QList<GaUnits> ga;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 serverTimeMs = 0; // the store's clock when this answer was made: countdowns start from it
    qint64 priceMinor = 0;
    QString currency;

    static QString statusName(Status status);
    static Status statusFromName(const QString &name);
    QJsonObject toJson() const;
    static Hold fromJson(const QJsonObject &o);
    // The seats and standing places it holds.
    qsizetype itemCount() const
    {
        qsizetype n = seatIds.size();
        for (const GaUnits &area : ga)
            n += area.units.size();
        return n;
    }
};

struct Customer
{
    QString name;
    QString email;
    QString phone;

    bool isEmpty() const { return name.isEmpty() && email.isEmpty() && phone.isEmpty(); }
};

struct OrderItem
{
    enum class Status
    {
        Active,
        Refunded,
        Void
    };

    qint64 id = 0;
    qint64 showId = 0; // the order's show, unless an exchange moved this item to another one
    QString seatId;    // empty for a GA place
    QString gaAreaId;
    int gaUnit = 0;
    QString label; // "Stalls · Row C · Seat 12" or "Standing"
    QString categoryId;
    qint64 priceMinor = 0;
    Status status = Status::Active;
    QString ticketCode; // set once the order is confirmed

    static QString statusName(Status status);
    static Status statusFromName(const QString &name);
};

struct Payment
{
    enum class Kind
    {
        Payment,
        Refund
    };
    enum class Method
    {
        Cash,
        Card,
        Comp
    };
    enum class Status
    {
        RequiresAction,
        Processing,
        Succeeded,
        Failed,
        Refunded
    };

    qint64 id = 0;
    qint64 orderId = 0;
    Kind kind = Kind::Payment;
    Method method = Method::Cash;
    Status status = Status::Succeeded;
    qint64 amountMinor = 0;
    QString currency;
    qint64 tenderedMinor = 0; // cash handed over
    qint64 changeMinor = 0;   // cash handed back
    QString reason;           // required for comps and refunds
    qint64 createdAtMs = 0;
    QString providerKey;       // card: the idempotency key the card terminal knows the charge or refund by
    QString providerReference; // card: the terminal's reference, once it answered
    qint64 refundOf = 0;       // a refund: the payment it gives money back from

    static QString kindName(Kind kind);
    static QString methodName(Method method);
    static bool methodFromName(const QString &name, Method *method);
    static QString statusName(Status status);
    static Kind kindFromName(const QString &name);
    static Status statusFromName(const QString &name);
    QJsonObject toJson() const;
    static Payment fromJson(const QJsonObject &o);
};

struct Order
{
    enum class Status
    {
        PendingPayment,
        Confirmed,
        Cancelled,
        Refunded,
        PartiallyRefunded
    };

    qint64 id = 0;
    QString number; // short, unambiguous, read over the phone
    qint64 showId = 0;
    qint64 holdId = 0;
    Status status = Status::PendingPayment;
    QString currency;
    qint64 totalMinor = 0; // sum of the active items
    qint64 paidMinor = 0;  // succeeded payments less refunds
    Customer customer;
    QList<OrderItem> items;
    QList<Payment> payments;
    qint64 createdAtMs = 0;
    qint64 confirmedAtMs = 0;

    qint64 balanceMinor() const { return totalMinor - paidMinor; }
    static QString statusName(Status status);
    static Status statusFromName(const QString &name);
    QJsonObject toJson() const;
    static Order fromJson(const QJsonObject &o);
};

// Requests: plain data, validated by the engine and again inside the store's transaction.
struct GaQuantity
{
    QString areaId;
    int quantity = 0;
};

struct HoldRequest
{
    qint64 showId = 0;
    QStringList seatIds;
    QList<GaQuantity> ga;
    qint64 durationMs = 0; // 0: the engine's default
    QString holdCode = {}; // claim seats kept under this hold code (only they); empty: seats on sale
};

struct OrderRequest
{
    qint64 holdId = 0;
    Customer customer;
};

struct PaymentRequest
{
    qint64 orderId = 0;
    Payment::Method method = Payment::Method::Cash;
    qint64 amountMinor = -1; // -1: the order's balance
    QString currency;
    qint64 tenderedMinor = -1; // cash: -1 means exact; a part that gives change is the last cash part
    QString reason;
    // A card charge for an exchange's price difference, taken on a confirmed order before the exchange
    // itself (InventoryEngine::exchange); the exchange's transaction marks it succeeded.
    bool exchangeDifference = false;
};

struct RefundRequest
{
    qint64 orderId = 0;
    QList<qint64> itemIds; // empty: every active item
    QString reason;
};

struct BlockRequest
{
    qint64 showId = 0;
    QStringList seatIds;
    bool block = true; // false: unblock
    QString reason;
};

// Who does a mutating call, from where, under which idempotency key, and when (the engine's clock).
struct CallContext
{
    QString idempotencyKey;
    QString actor;
    QString terminal;
    qint64 nowMs = 0;
};

struct SweepResult
{
    int seatsReleased = 0;
    int unitsReleased = 0;
    int holdsExpired = 0;

    QJsonObject toJson() const;
    static SweepResult fromJson(const QJsonObject &o);
};

} // namespace Parterre
