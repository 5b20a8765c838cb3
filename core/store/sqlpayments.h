#pragma once

#include "model/payments.h"
#include "store/store.h"

namespace Parterre {

class SqlInventory;
class SqlSession;

// Card payments' second half (what the terminal answered), the payments still to resolve, order search and
// exchanges, in SQL. Shares the inventory's session and its order and payment rules.
class SqlPayments final
{
public:
    SqlPayments(SqlSession &session, SqlInventory &inventory)
        : m_session(session)
        , m_inventory(inventory)
    {}

    Result<Payment> settle(const PaymentSettlement &settlement, const CallContext &ctx);
    Result<QList<PaymentToResolve>> toResolve(int limit);
    Result<Payment> payment(qint64 paymentId);
    Result<QList<OrderSummary>> findOrders(const QString &query, int limit);
    Result<Order> exchange(const ExchangeRequest &request, const CallContext &ctx);

private:
    SqlSession &m_session;
    SqlInventory &m_inventory;
};

} // namespace Parterre
