#pragma once

#include "model/inventory.h"

#include <QString>

namespace Parterre {

// Orders, tickets and payments in the words the counter uses ("Paid", "Partly refunded", "Cash").
class OrderText final
{
public:
    OrderText() = delete;

    static QString orderStatus(Order::Status status);
    static QString itemStatus(OrderItem::Status status);
    static QString paymentStatus(Payment::Status status);
    static QString paymentMethod(Payment::Method method);
    // "Ada Lovelace · ada@example.org · +44 …", or "(no name)".
    static QString customer(const Customer &customer);
};

} // namespace Parterre
