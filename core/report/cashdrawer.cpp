#include "cashdrawer.h"

#include "model/money.h"

using namespace Qt::StringLiterals;

namespace Parterre {

CashDrawer::CashDrawer(Store &store, const Clock &clock, const QString &terminal)
    : m_store(store)
    , m_clock(clock)
    , m_terminal(terminal)
{}

std::optional<Error> CashDrawer::permitFor(const QString &clerk, Permission permission) const
{
    if (!m_user)
        return std::nullopt;
    if (auto refused = Permissions::check(*m_user, permission))
        return refused;
    if (clerk != m_user->name && !Permissions::allows(m_user->role, Permission::Reports))
        return Error::forbidden(
            u"%1 (%2) may only use their own cash drawer"_s.arg(m_user->name, roleName(m_user->role)));
    return std::nullopt;
}

CallContext CashDrawer::context(const QString &key) const
{
    return CallContext{key, m_user ? m_user->name : u"system"_s, m_terminal, m_clock.nowMs()};
}

Result<DrawerSession> CashDrawer::open(const QString &clerk, const Money &floatAmount, const QString &key)
{
    const QString who = clerk.trimmed().isEmpty() && m_user ? m_user->name : clerk.trimmed();
    if (auto refused = permitFor(who, Permission::CloseOut))
        return *refused;
    if (who.isEmpty())
        return Error::invalidInput(u"whose drawer? name the clerk"_s);
    if (m_terminal.trimmed().isEmpty())
        return Error::invalidInput(u"a drawer belongs to a terminal; this one has no name"_s);
    if (!Money::isValidCurrency(floatAmount.currency))
        return Error::invalidInput(u"\"%1\" is not a currency code"_s.arg(floatAmount.currency));
    if (floatAmount.minor < 0)
        return Error::invalidInput(u"a float cannot be negative"_s);
    if (key.trimmed().isEmpty())
        return Error::invalidInput(u"every change needs an idempotency key"_s);
    DrawerSession session;
    session.terminal = m_terminal;
    session.clerk = who;
    session.currency = floatAmount.currency;
    session.floatMinor = floatAmount.minor;
    return m_store.openDrawer(session, context(key));
}

Result<DrawerSession> CashDrawer::close(qint64 sessionId, qint64 countedMinor, const QString &key)
{
    if (m_user) {
        if (auto refused = Permissions::check(*m_user, Permission::CloseOut))
            return *refused;
    }
    if (sessionId <= 0)
        return Error::invalidInput(u"no drawer session given"_s);
    if (countedMinor < 0)
        return Error::invalidInput(u"counted cash cannot be negative"_s);
    if (key.trimmed().isEmpty())
        return Error::invalidInput(u"every change needs an idempotency key"_s);
    auto session = m_store.drawerSession(sessionId);
    if (!session)
        return session.error();
    if (auto refused = permitFor(session->clerk, Permission::CloseOut))
        return *refused;
    return m_store.closeDrawer(sessionId, countedMinor, context(key));
}

Result<ZReport> CashDrawer::zReport(qint64 sessionId)
{
    auto session = m_store.drawerSession(sessionId);
    if (!session)
        return session.error();
    if (auto refused = permitFor(session->clerk, Permission::CloseOut)) {
        // Supervisors, organizers and admins read anyone's Z-report.
        if (!m_user || !Permissions::allows(m_user->role, Permission::Reports))
            return *refused;
    }
    LedgerFilter filter;
    filter.fromMs = session->openedAtMs;
    filter.toMs = (session->closed ? session->closedAtMs : m_clock.nowMs()) + 1;
    filter.terminal = session->terminal;
    filter.actor = session->clerk;
    auto ledger = m_store.ledger(filter);
    if (!ledger)
        return ledger.error();
    auto tickets = m_store.ticketSales(filter);
    if (!tickets)
        return tickets.error();
    return ZReport::build(*session, *ledger, *tickets);
}

Result<QList<SalesReport::Row>> CashDrawer::salesReport(SalesReport::By by, qint64 fromMs, qint64 toMs)
{
    if (m_user) {
        if (auto refused = Permissions::check(*m_user, Permission::Reports))
            return *refused;
    }
    if (fromMs < 0 || (toMs != 0 && toMs <= fromMs))
        return Error::invalidInput(u"a report's period ends after it starts"_s);
    LedgerFilter filter;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    auto ledger = m_store.ledger(filter);
    if (!ledger)
        return ledger.error();
    auto tickets = m_store.ticketSales(filter);
    if (!tickets)
        return tickets.error();
    return SalesReport::build(by, *ledger, *tickets);
}

} // namespace Parterre
