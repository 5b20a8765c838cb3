#pragma once

#include "store/store.h"

namespace Parterre {

class SqlSession;

// Cash drawer sessions and the reads behind sales reports, in SQL.
class SqlCloseOut final
{
public:
    explicit SqlCloseOut(SqlSession &session)
        : m_session(session)
    {}

    Result<DrawerSession> openDrawer(const DrawerSession &session, const CallContext &ctx);
    Result<DrawerSession> closeDrawer(qint64 sessionId, qint64 countedMinor, const CallContext &ctx);
    Result<DrawerSession> drawerSession(qint64 sessionId);
    Result<QList<DrawerSession>> drawerSessions(bool openOnly);
    Result<QList<LedgerEntry>> ledger(const LedgerFilter &filter);
    Result<QList<TicketEntry>> ticketSales(const LedgerFilter &filter);

private:
    Result<QList<DrawerSession>> sessionsWhere(const QString &condition, const QVariantList &args);

    SqlSession &m_session;
};

} // namespace Parterre
