#include "ledger.h"

using namespace Qt::StringLiterals;

namespace Parterre {

QJsonObject DrawerSession::toJson() const
{
    return {{u"id"_s, id},
            {u"terminal"_s, terminal},
            {u"clerk"_s, clerk},
            {u"currency"_s, currency},
            {u"float_minor"_s, floatMinor},
            {u"opened_at_ms"_s, openedAtMs},
            {u"opened_by"_s, openedBy},
            {u"closed"_s, closed},
            {u"closed_at_ms"_s, closedAtMs},
            {u"closed_by"_s, closedBy},
            {u"cash_sales_minor"_s, cashSalesMinor},
            {u"cash_refunds_minor"_s, cashRefundsMinor},
            {u"expected_minor"_s, expectedMinor},
            {u"counted_minor"_s, countedMinor},
            {u"variance_minor"_s, varianceMinor}};
}

DrawerSession DrawerSession::fromJson(const QJsonObject &o)
{
    DrawerSession s;
    s.id = o.value(u"id"_s).toInteger();
    s.terminal = o.value(u"terminal"_s).toString();
    s.clerk = o.value(u"clerk"_s).toString();
    s.currency = o.value(u"currency"_s).toString();
    s.floatMinor = o.value(u"float_minor"_s).toInteger();
    s.openedAtMs = o.value(u"opened_at_ms"_s).toInteger();
    s.openedBy = o.value(u"opened_by"_s).toString();
    s.closed = o.value(u"closed"_s).toBool();
    s.closedAtMs = o.value(u"closed_at_ms"_s).toInteger();
    s.closedBy = o.value(u"closed_by"_s).toString();
    s.cashSalesMinor = o.value(u"cash_sales_minor"_s).toInteger();
    s.cashRefundsMinor = o.value(u"cash_refunds_minor"_s).toInteger();
    s.expectedMinor = o.value(u"expected_minor"_s).toInteger();
    s.countedMinor = o.value(u"counted_minor"_s).toInteger();
    s.varianceMinor = o.value(u"variance_minor"_s).toInteger();
    return s;
}

} // namespace Parterre
