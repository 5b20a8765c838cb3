#include "payments.h"

using namespace Qt::StringLiterals;

namespace Parterre {

QJsonObject PaymentToResolve::toJson() const
{
    QJsonObject o = payment.toJson();
    o.insert(u"order_number"_s, orderNumber);
    o.insert(u"order_status"_s, Order::statusName(orderStatus));
    o.insert(u"show_id"_s, showId);
    return o;
}

QJsonObject OrderSummary::toJson() const
{
    return {
        {u"order_id"_s, id},
        {u"order_number"_s, number},
        {u"show_id"_s, showId},
        {u"status"_s, Order::statusName(status)},
        {u"customer"_s,
         QJsonObject{{u"name"_s, customer.name}, {u"email"_s, customer.email}, {u"phone"_s, customer.phone}}},
        {u"total_minor"_s, totalMinor},
        {u"currency"_s, currency},
        {u"active_items"_s, activeItems},
        {u"created_at_ms"_s, createdAtMs}};
}

QString ReconcileEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Confirmed:
        return u"confirmed"_s;
    case Outcome::Paid:
        return u"paid"_s;
    case Outcome::Released:
        return u"released"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::RefundedLate:
        return u"refunded_late"_s;
    case Outcome::RefundCompleted:
        return u"refund_completed"_s;
    case Outcome::Unresolved:
        return u"unresolved"_s;
    }
    return {};
}

QJsonObject ReconcileEntry::toJson() const
{
    return {{u"payment_id"_s, paymentId},     {u"order_id"_s, orderId},
            {u"order_number"_s, orderNumber}, {u"outcome"_s, outcomeName(outcome)},
            {u"amount_minor"_s, amountMinor}, {u"currency"_s, currency},
            {u"message"_s, message}};
}

} // namespace Parterre
