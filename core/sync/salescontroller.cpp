#include "salescontroller.h"

#include "inventory/inventoryengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

HttpReply badRequest(const QString &detail)
{
    return HttpReply::problem(400, u"invalid-request"_s, u"The request is not valid"_s, detail);
}

// Ids are JSON integers (or strings of digits, for clients that keep ids as strings).
bool readId(const QJsonValue &value, qint64 *id)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 1 || d > 9.0e15 || d != static_cast<double>(static_cast<qint64>(d)))
            return false;
        *id = static_cast<qint64>(d);
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        *id = value.toString().toLongLong(&ok);
        return ok && *id > 0;
    }
    return false;
}

QJsonObject holdJson(const Hold &hold)
{
    QJsonArray ga;
    for (const GaUnits &units : hold.ga) {
        QJsonArray list;
        for (int unit : units.units)
            list.append(unit);
        ga.append(QJsonObject{{u"area"_s, units.areaId}, {u"units"_s, list}});
    }
    return {{u"hold_id"_s, hold.id},
            {u"show_id"_s, hold.showId},
            {u"status"_s, Hold::statusName(hold.status)},
            {u"seat_ids"_s, QJsonArray::fromStringList(hold.seatIds)},
            {u"ga"_s, ga},
            {u"expires_at_ms"_s, hold.expiresAtMs},
            {u"server_time_ms"_s, hold.serverTimeMs},
            {u"price_cents"_s, hold.priceMinor},
            {u"currency"_s, hold.currency},
            // A hold is never changed once made; the version is there for clients that compare it.
            {u"version"_s, 1}};
}

} // namespace

std::optional<QJsonObject> SalesController::parseBody(const QByteArray &body, HttpReply *problem)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(body);
    if (decoder.hasError()) {
        *problem = badRequest(u"the body is not valid UTF-8"_s);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = HttpReply::problem(400, u"malformed-json"_s, u"The body is not valid JSON"_s,
                                      error.errorString() + u" at offset "_s + QString::number(error.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = badRequest(u"the body must be a JSON object"_s);
        return std::nullopt;
    }
    return document.object();
}

HttpReply SalesController::hold(qint64 showId, const QJsonObject &body, const QString &key)
{
    HoldRequest request;
    request.showId = showId;
    const bool hasSeats = body.contains(u"seat_ids"_s);
    const bool hasGa = body.contains(u"ga"_s);
    if (hasSeats == hasGa)
        return badRequest(u"give either \"seat_ids\" or \"ga\""_s);
    if (hasSeats) {
        const QJsonValue seats = body.value(u"seat_ids"_s);
        if (!seats.isArray() || seats.toArray().isEmpty())
            return badRequest(u"\"seat_ids\" must be a non-empty array of strings"_s);
        for (const QJsonValue &seat : seats.toArray()) {
            if (!seat.isString() || seat.toString().isEmpty())
                return badRequest(u"\"seat_ids\" must be a non-empty array of strings"_s);
            request.seatIds.append(seat.toString());
        }
    } else {
        const QJsonValue ga = body.value(u"ga"_s);
        const QJsonValue area = ga.toObject().value(u"area"_s);
        const QJsonValue quantity = ga.toObject().value(u"quantity"_s);
        if (!ga.isObject() || !area.isString() || !quantity.isDouble() ||
            quantity.toDouble() != static_cast<double>(quantity.toInt()) || quantity.toInt() < 1)
            return badRequest(u"\"ga\" must be {\"area\": string, \"quantity\": positive integer}"_s);
        request.ga.append({area.toString(), quantity.toInt()});
    }
    auto hold = m_engine.hold(request, key);
    if (!hold)
        return HttpReply::fromError(hold.error());
    return HttpReply::json(holdJson(*hold), 201);
}

HttpReply SalesController::release(qint64 holdId, const QString &key)
{
    auto hold = m_engine.release(holdId, key);
    if (!hold)
        return HttpReply::fromError(hold.error());
    return HttpReply::json(holdJson(*hold));
}

HttpReply SalesController::createOrder(const QJsonObject &body, const QString &key)
{
    qint64 holdId = 0;
    if (!readId(body.value(u"hold_id"_s), &holdId))
        return badRequest(u"\"hold_id\" must be a hold id"_s);
    const QJsonValue payment = body.value(u"payment"_s);
    if (!payment.isObject())
        return badRequest(u"\"payment\" must be an object with a \"method\""_s);
    const QJsonObject pay = payment.toObject();
    PaymentRequest paymentRequest;
    if (!pay.value(u"method"_s).isString() ||
        !Payment::methodFromName(pay.value(u"method"_s).toString(), &paymentRequest.method))
        return badRequest(u"\"payment.method\" must be \"cash\", \"card\" or \"comp\""_s);
    if (pay.contains(u"tendered_cents"_s)) {
        const QJsonValue tendered = pay.value(u"tendered_cents"_s);
        if (!tendered.isDouble() || tendered.toDouble() < 0 ||
            tendered.toDouble() != static_cast<double>(tendered.toInteger()))
            return badRequest(u"\"payment.tendered_cents\" must be a non-negative integer"_s);
        paymentRequest.tenderedMinor = tendered.toInteger();
    }
    if (pay.contains(u"reason"_s) && !pay.value(u"reason"_s).isString())
        return badRequest(u"\"payment.reason\" must be a string"_s);
    paymentRequest.reason = pay.value(u"reason"_s).toString();
    if (paymentRequest.method == Payment::Method::Comp && paymentRequest.reason.trimmed().isEmpty())
        return badRequest(u"a comp needs a \"payment.reason\""_s);
    Customer customer;
    if (body.contains(u"customer"_s)) {
        const QJsonValue value = body.value(u"customer"_s);
        if (!value.isObject())
            return badRequest(u"\"customer\" must be an object"_s);
        const QJsonObject c = value.toObject();
        for (const QString &field : {u"name"_s, u"email"_s, u"phone"_s}) {
            if (c.contains(field) && !c.value(field).isString())
                return badRequest(u"\"customer.%1\" must be a string"_s.arg(field));
        }
        customer = {c.value(u"name"_s).toString(), c.value(u"email"_s).toString(),
                    c.value(u"phone"_s).toString()};
    }

    // The payment is checked against the hold before anything is written: an order is not left behind
    // by a payment that could never succeed.
    auto hold = m_engine.store().holdById(holdId, m_engine.clock().nowMs());
    if (!hold)
        return HttpReply::fromError(hold.error());
    if (paymentRequest.method == Payment::Method::Cash && paymentRequest.tenderedMinor >= 0 &&
        paymentRequest.tenderedMinor < hold->priceMinor)
        return badRequest(u"%1 tendered is less than the price %2"_s.arg(paymentRequest.tenderedMinor)
                              .arg(hold->priceMinor));

    auto order = m_engine.createOrder({holdId, customer}, key);
    if (!order)
        return HttpReply::fromError(order.error());
    paymentRequest.orderId = order->id;
    paymentRequest.currency = order->currency;
    auto paid = m_engine.pay(paymentRequest, key + u":pay"_s);
    if (!paid)
        return HttpReply::fromError(paid.error());
    return HttpReply::json({{u"order_id"_s, order->id},
                            {u"number"_s, order->number},
                            {u"status"_s, Payment::statusName(paid->status)},
                            {u"order_status"_s, Order::statusName(order->status)},
                            {u"payment_id"_s, paid->id},
                            {u"amount_cents"_s, paid->amountMinor},
                            {u"change_cents"_s, paid->changeMinor},
                            {u"currency"_s, paid->currency}},
                           201);
}

HttpReply SalesController::confirmPayment(qint64 paymentId, const QString &key)
{
    auto orderId = m_engine.store().orderOfPayment(paymentId);
    if (!orderId)
        return HttpReply::fromError(orderId.error());
    auto order = m_engine.confirm(*orderId, key);
    if (!order)
        return HttpReply::fromError(order.error());
    QJsonArray tickets;
    for (const OrderItem &item : order->items) {
        if (item.status != OrderItem::Status::Active)
            continue;
        QJsonObject ticket{{u"code"_s, item.ticketCode}, {u"label"_s, item.label}, {u"item_id"_s, item.id}};
        if (!item.seatId.isEmpty())
            ticket.insert(u"seat_id"_s, item.seatId);
        else
            ticket.insert(u"ga_area"_s, item.gaAreaId);
        tickets.append(ticket);
    }
    return HttpReply::json({{u"order_id"_s, order->id},
                            {u"number"_s, order->number},
                            {u"status"_s, Order::statusName(order->status)},
                            {u"tickets"_s, tickets}});
}

HttpReply SalesController::refund(qint64 orderId, const QJsonObject &body, const QString &key)
{
    RefundRequest request;
    request.orderId = orderId;
    if (!body.value(u"reason"_s).isString() || body.value(u"reason"_s).toString().trimmed().isEmpty())
        return badRequest(u"a refund needs a \"reason\""_s);
    request.reason = body.value(u"reason"_s).toString();
    if (body.contains(u"item_ids"_s)) {
        const QJsonValue items = body.value(u"item_ids"_s);
        if (!items.isArray())
            return badRequest(u"\"item_ids\" must be an array of item ids"_s);
        for (const QJsonValue &item : items.toArray()) {
            qint64 id = 0;
            if (!readId(item, &id))
                return badRequest(u"\"item_ids\" must be an array of item ids"_s);
            request.itemIds.append(id);
        }
    }
    auto order = m_engine.refund(request, key);
    if (!order)
        return HttpReply::fromError(order.error());
    return HttpReply::json({{u"order_id"_s, order->id},
                            {u"status"_s, Order::statusName(order->status)},
                            {u"order"_s, order->toJson()}});
}

} // namespace Parterre
