#include "ordertext.h"

#include <QCoreApplication>
#include <QStringList>

namespace Parterre {

QString OrderText::orderStatus(Order::Status status)
{
    switch (status) {
    case Order::Status::PendingPayment:
        return QCoreApplication::translate("OrderText", "Awaiting payment");
    case Order::Status::Confirmed:
        return QCoreApplication::translate("OrderText", "Paid");
    case Order::Status::Cancelled:
        return QCoreApplication::translate("OrderText", "Cancelled");
    case Order::Status::Refunded:
        return QCoreApplication::translate("OrderText", "Refunded");
    case Order::Status::PartiallyRefunded:
        return QCoreApplication::translate("OrderText", "Partly refunded");
    }
    return {};
}

QString OrderText::itemStatus(OrderItem::Status status)
{
    switch (status) {
    case OrderItem::Status::Active:
        return QCoreApplication::translate("OrderText", "Valid");
    case OrderItem::Status::Refunded:
        return QCoreApplication::translate("OrderText", "Refunded");
    case OrderItem::Status::Void:
        return QCoreApplication::translate("OrderText", "Exchanged or void");
    }
    return {};
}

QString OrderText::paymentStatus(Payment::Status status)
{
    switch (status) {
    case Payment::Status::RequiresAction:
        return QCoreApplication::translate("OrderText", "Needs action");
    case Payment::Status::Processing:
        return QCoreApplication::translate("OrderText", "Processing");
    case Payment::Status::Succeeded:
        return QCoreApplication::translate("OrderText", "Done");
    case Payment::Status::Failed:
        return QCoreApplication::translate("OrderText", "Failed");
    case Payment::Status::Refunded:
        return QCoreApplication::translate("OrderText", "Refunded");
    }
    return {};
}

QString OrderText::customer(const Customer &customer)
{
    if (customer.isEmpty())
        return QCoreApplication::translate("OrderText", "(no name)");
    QStringList parts;
    for (const QString &part : {customer.name, customer.email, customer.phone}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

QString OrderText::paymentMethod(Payment::Method method)
{
    switch (method) {
    case Payment::Method::Cash:
        return QCoreApplication::translate("OrderText", "Cash");
    case Payment::Method::Card:
        return QCoreApplication::translate("OrderText", "Card");
    case Payment::Method::Comp:
        return QCoreApplication::translate("OrderText", "Complimentary");
    }
    return {};
}

} // namespace Parterre
