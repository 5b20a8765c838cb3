#include "inventory.h"

#include <QJsonArray>

namespace Parterre {

namespace {

template<typename Enum, std::size_t N>
Enum enumFromName(const QString &name, const Enum (&values)[N], QString (*toName)(Enum), Enum fallback)
{
    for (Enum value : values) {
        if (toName(value) == name)
            return value;
    }
    return fallback;
}

constexpr Hold::Status kHoldStatuses[] = {Hold::Status::Active, Hold::Status::Released, Hold::Status::Expired,
                                          Hold::Status::Ordered};
constexpr Order::Status kOrderStatuses[] = {Order::Status::PendingPayment, Order::Status::Confirmed,
                                            Order::Status::Cancelled, Order::Status::Refunded,
                                            Order::Status::PartiallyRefunded};
constexpr OrderItem::Status kItemStatuses[] = {OrderItem::Status::Active, OrderItem::Status::Refunded,
                                               OrderItem::Status::Void};
constexpr Payment::Kind kPaymentKinds[] = {Payment::Kind::Payment, Payment::Kind::Refund};
constexpr Payment::Method kPaymentMethods[] = {Payment::Method::Cash, Payment::Method::Card,
                                               Payment::Method::Comp};
constexpr Payment::Status kPaymentStatuses[] = {Payment::Status::RequiresAction, Payment::Status::Processing,
                                                Payment::Status::Succeeded, Payment::Status::Failed,
                                                Payment::Status::Refunded};

qint64 i64(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toInteger();
}

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

} // namespace

using namespace Qt::StringLiterals;

QString Hold::statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return u"active"_s;
    case Status::Released:
        return u"released"_s;
    case Status::Expired:
        return u"expired"_s;
    case Status::Ordered:
        return u"ordered"_s;
    }
    return {};
}

Hold::Status Hold::statusFromName(const QString &name)
{
    return enumFromName(name, kHoldStatuses, &Hold::statusName, Status::Active);
}

OrderItem::Status OrderItem::statusFromName(const QString &name)
{
    return enumFromName(name, kItemStatuses, &OrderItem::statusName, Status::Void);
}

Order::Status Order::statusFromName(const QString &name)
{
    return enumFromName(name, kOrderStatuses, &Order::statusName, Status::PendingPayment);
}

Payment::Kind Payment::kindFromName(const QString &name)
{
    return enumFromName(name, kPaymentKinds, &Payment::kindName, Kind::Payment);
}

Payment::Status Payment::statusFromName(const QString &name)
{
    return enumFromName(name, kPaymentStatuses, &Payment::statusName, Status::Failed);
}

QJsonObject SweepResult::toJson() const
{
    return {{u"seats_released"_s, seatsReleased},
            {u"units_released"_s, unitsReleased},
            {u"holds_expired"_s, holdsExpired}};
}

SweepResult SweepResult::fromJson(const QJsonObject &o)
{
    return {o.value("seats_released"_L1).toInt(), o.value("units_released"_L1).toInt(),
            o.value("holds_expired"_L1).toInt()};
}

QJsonObject Hold::toJson() const
{
    QJsonArray gaArray;
    for (const GaUnits &g : ga) {
        QJsonArray units;
        for (int u : g.units)
            units.append(u);
        gaArray.append(QJsonObject{{u"area"_s, g.areaId}, {u"units"_s, units}});
    }
    return {{u"hold_id"_s, id},
            {u"show_id"_s, showId},
            {u"status"_s, statusName(status)},
            {u"seat_ids"_s, QJsonArray::fromStringList(seatIds)},
            {u"ga"_s, gaArray},
            {u"created_at_ms"_s, createdAtMs},
            {u"expires_at_ms"_s, expiresAtMs},
            {u"server_time_ms"_s, serverTimeMs},
            {u"price_minor"_s, priceMinor},
            {u"currency"_s, currency}};
}

Hold Hold::fromJson(const QJsonObject &o)
{
    Hold h;
    h.id = i64(o, "hold_id"_L1);
    h.showId = i64(o, "show_id"_L1);
    h.status = statusFromName(str(o, "status"_L1));
    for (const QJsonValue &v : o.value("seat_ids"_L1).toArray())
        h.seatIds.append(v.toString());
    for (const QJsonValue &v : o.value("ga"_L1).toArray()) {
        GaUnits g;
        g.areaId = v.toObject().value("area"_L1).toString();
        for (const QJsonValue &u : v.toObject().value("units"_L1).toArray())
            g.units.append(u.toInt());
        h.ga.append(g);
    }
    h.createdAtMs = i64(o, "created_at_ms"_L1);
    h.expiresAtMs = i64(o, "expires_at_ms"_L1);
    h.serverTimeMs = i64(o, "server_time_ms"_L1);
    h.priceMinor = i64(o, "price_minor"_L1);
    h.currency = str(o, "currency"_L1);
    return h;
}

QString OrderItem::statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return u"active"_s;
    case Status::Refunded:
        return u"refunded"_s;
    case Status::Void:
        return u"void"_s;
    }
    return {};
}

QString Payment::kindName(Kind kind)
{
    return kind == Kind::Payment ? u"payment"_s : u"refund"_s;
}

QString Payment::methodName(Method method)
{
    switch (method) {
    case Method::Cash:
        return u"cash"_s;
    case Method::Card:
        return u"card"_s;
    case Method::Comp:
        return u"comp"_s;
    }
    return {};
}

bool Payment::methodFromName(const QString &name, Method *method)
{
    for (Method m : kPaymentMethods) {
        if (methodName(m) == name) {
            *method = m;
            return true;
        }
    }
    return false;
}

QString Payment::statusName(Status status)
{
    switch (status) {
    case Status::RequiresAction:
        return u"requires_action"_s;
    case Status::Processing:
        return u"processing"_s;
    case Status::Succeeded:
        return u"succeeded"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Refunded:
        return u"refunded"_s;
    }
    return {};
}

QJsonObject Payment::toJson() const
{
    return {{u"payment_id"_s, id},
            {u"order_id"_s, orderId},
            {u"kind"_s, kindName(kind)},
            {u"method"_s, methodName(method)},
            {u"status"_s, statusName(status)},
            {u"amount_minor"_s, amountMinor},
            {u"currency"_s, currency},
            {u"tendered_minor"_s, tenderedMinor},
            {u"change_minor"_s, changeMinor},
            {u"reason"_s, reason},
            {u"created_at_ms"_s, createdAtMs},
            {u"provider_key"_s, providerKey},
            {u"provider_reference"_s, providerReference},
            {u"refund_of"_s, refundOf}};
}

Payment Payment::fromJson(const QJsonObject &o)
{
    Payment p;
    p.id = i64(o, "payment_id"_L1);
    p.orderId = i64(o, "order_id"_L1);
    p.kind = kindFromName(str(o, "kind"_L1));
    p.method = enumFromName(str(o, "method"_L1), kPaymentMethods, &Payment::methodName, Method::Cash);
    p.status = statusFromName(str(o, "status"_L1));
    p.amountMinor = i64(o, "amount_minor"_L1);
    p.currency = str(o, "currency"_L1);
    p.tenderedMinor = i64(o, "tendered_minor"_L1);
    p.changeMinor = i64(o, "change_minor"_L1);
    p.reason = str(o, "reason"_L1);
    p.createdAtMs = i64(o, "created_at_ms"_L1);
    p.providerKey = str(o, "provider_key"_L1);
    p.providerReference = str(o, "provider_reference"_L1);
    p.refundOf = i64(o, "refund_of"_L1);
    return p;
}

QString Order::statusName(Status status)
{
    switch (status) {
    case Status::PendingPayment:
        return u"pending_payment"_s;
    case Status::Confirmed:
        return u"confirmed"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    case Status::Refunded:
        return u"refunded"_s;
    case Status::PartiallyRefunded:
        return u"partially_refunded"_s;
    }
    return {};
}

QJsonObject Order::toJson() const
{
    QJsonArray itemArray;
    for (const OrderItem &item : items) {
        itemArray.append(QJsonObject{{u"item_id"_s, item.id},
                                     {u"show_id"_s, item.showId},
                                     {u"seat_id"_s, item.seatId},
                                     {u"ga_area"_s, item.gaAreaId},
                                     {u"ga_unit"_s, item.gaUnit},
                                     {u"label"_s, item.label},
                                     {u"category"_s, item.categoryId},
                                     {u"price_minor"_s, item.priceMinor},
                                     {u"status"_s, OrderItem::statusName(item.status)},
                                     {u"code"_s, item.ticketCode}});
    }
    QJsonArray paymentArray;
    for (const Payment &p : payments)
        paymentArray.append(p.toJson());
    return {
        {u"order_id"_s, id},
        {u"order_number"_s, number},
        {u"show_id"_s, showId},
        {u"hold_id"_s, holdId},
        {u"status"_s, statusName(status)},
        {u"currency"_s, currency},
        {u"total_minor"_s, totalMinor},
        {u"paid_minor"_s, paidMinor},
        {u"customer"_s,
         QJsonObject{{u"name"_s, customer.name}, {u"email"_s, customer.email}, {u"phone"_s, customer.phone}}},
        {u"items"_s, itemArray},
        {u"payments"_s, paymentArray},
        {u"created_at_ms"_s, createdAtMs},
        {u"confirmed_at_ms"_s, confirmedAtMs}};
}

Order Order::fromJson(const QJsonObject &o)
{
    Order order;
    order.id = i64(o, "order_id"_L1);
    order.number = str(o, "order_number"_L1);
    order.showId = i64(o, "show_id"_L1);
    order.holdId = i64(o, "hold_id"_L1);
    order.status = statusFromName(str(o, "status"_L1));
    order.currency = str(o, "currency"_L1);
    order.totalMinor = i64(o, "total_minor"_L1);
    order.paidMinor = i64(o, "paid_minor"_L1);
    const QJsonObject c = o.value("customer"_L1).toObject();
    order.customer = {str(c, "name"_L1), str(c, "email"_L1), str(c, "phone"_L1)};
    for (const QJsonValue &v : o.value("items"_L1).toArray()) {
        const QJsonObject io = v.toObject();
        OrderItem item;
        item.id = i64(io, "item_id"_L1);
        item.showId = i64(io, "show_id"_L1);
        item.seatId = str(io, "seat_id"_L1);
        item.gaAreaId = str(io, "ga_area"_L1);
        item.gaUnit = io.value("ga_unit"_L1).toInt();
        item.label = str(io, "label"_L1);
        item.categoryId = str(io, "category"_L1);
        item.priceMinor = i64(io, "price_minor"_L1);
        item.status = OrderItem::statusFromName(str(io, "status"_L1));
        item.ticketCode = str(io, "code"_L1);
        order.items.append(item);
    }
    for (const QJsonValue &v : o.value("payments"_L1).toArray())
        order.payments.append(Payment::fromJson(v.toObject()));
    order.createdAtMs = i64(o, "created_at_ms"_L1);
    order.confirmedAtMs = i64(o, "confirmed_at_ms"_L1);
    return order;
}

} // namespace Parterre
