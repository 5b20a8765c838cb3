#include "sqlcloseout.h"

#include "store/sqlsession.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

QString showLabel(const QString &eventName, qint64 startsAtMs)
{
    return eventName + u" · "_s +
           QDateTime::fromMSecsSinceEpoch(startsAtMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s);
}

// The period, terminal and actor conditions of a ledger read, on the given columns; binds six values.
QString filterSql(const QString &time, const QString &terminal, const QString &actor)
{
    return time + u" >= ? AND (? = 0 OR "_s + time + u" < ?) AND (? = '' OR "_s + terminal +
           u" = ?) AND (? = '' OR "_s + actor + u" = ?)"_s;
}

QVariantList filterArgs(const LedgerFilter &f)
{
    return {f.fromMs, f.toMs, f.toMs, f.terminal, f.terminal, f.actor, f.actor};
}

} // namespace

Result<QList<DrawerSession>> SqlCloseOut::sessionsWhere(const QString &condition, const QVariantList &args)
{
    auto q =
        m_session.exec(u"SELECT id, terminal, clerk, currency, float_minor, opened_at_ms, opened_by, "
                       u"closed_at_ms, closed_by, "
                       "cash_sales_minor, cash_refunds_minor, expected_minor, counted_minor, variance_minor "
                       "FROM drawer_sessions WHERE "_s +
                           condition + u" ORDER BY id"_s,
                       args);
    if (!q)
        return q.error();
    QList<DrawerSession> list;
    while (q->next()) {
        DrawerSession s;
        s.id = q->value(0).toLongLong();
        s.terminal = q->value(1).toString();
        s.clerk = q->value(2).toString();
        s.currency = q->value(3).toString();
        s.floatMinor = q->value(4).toLongLong();
        s.openedAtMs = q->value(5).toLongLong();
        s.openedBy = q->value(6).toString();
        s.closed = !q->value(7).isNull();
        s.closedAtMs = q->value(7).toLongLong();
        s.closedBy = q->value(8).toString();
        s.cashSalesMinor = q->value(9).toLongLong();
        s.cashRefundsMinor = q->value(10).toLongLong();
        s.expectedMinor = q->value(11).toLongLong();
        s.countedMinor = q->value(12).toLongLong();
        s.varianceMinor = q->value(13).toLongLong();
        list.append(s);
    }
    return list;
}

Result<DrawerSession> SqlCloseOut::drawerSession(qint64 sessionId)
{
    auto list = sessionsWhere(u"id = ?"_s, {sessionId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(u"no drawer session %1"_s.arg(sessionId));
    return list->first();
}

Result<QList<DrawerSession>> SqlCloseOut::drawerSessions(bool openOnly)
{
    return sessionsWhere(openOnly ? u"closed_at_ms IS NULL"_s : u"1 = 1"_s, {});
}

Result<DrawerSession> SqlCloseOut::openDrawer(const DrawerSession &session, const CallContext &ctx)
{
    const QJsonObject json{{u"terminal"_s, session.terminal},
                           {u"clerk"_s, session.clerk},
                           {u"currency"_s, session.currency},
                           {u"float_minor"_s, session.floatMinor}};
    return m_session.mutate<DrawerSession>(u"open_drawer"_s, json, ctx, [&]() -> Result<DrawerSession> {
        auto open =
            m_session.scalar(u"SELECT COALESCE(MAX(id), 0) FROM drawer_sessions WHERE terminal = ? AND "
                             "clerk = ? AND closed_at_ms IS NULL"_s,
                             {session.terminal, session.clerk});
        if (!open)
            return open.error();
        if (*open > 0)
            return Error::invalidState(u"%1 already has drawer session %2 open at %3; close it first"_s.arg(
                session.clerk, QString::number(*open), session.terminal));
        auto id = m_session.scalar(
            u"INSERT INTO drawer_sessions (terminal, clerk, currency, float_minor, "
            "opened_at_ms, opened_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {session.terminal, session.clerk, session.currency, session.floatMinor, ctx.nowMs, ctx.actor});
        if (!id)
            return id.error();
        QJsonObject details = json;
        details.insert(u"session_id"_s, *id);
        if (auto a = m_session.audit(ctx, u"open_drawer"_s, 0, details); !a)
            return a.error();
        return drawerSession(*id);
    });
}

Result<DrawerSession> SqlCloseOut::closeDrawer(qint64 sessionId, qint64 countedMinor, const CallContext &ctx)
{
    const QJsonObject json{{u"session_id"_s, sessionId}, {u"counted_minor"_s, countedMinor}};
    return m_session.mutate<DrawerSession>(u"close_drawer"_s, json, ctx, [&]() -> Result<DrawerSession> {
        if (!m_session.dialect().forUpdate.isEmpty()) {
            if (auto lock = m_session.exec(u"SELECT id FROM drawer_sessions WHERE id = ?"_s +
                                               m_session.dialect().forUpdate,
                                           {sessionId});
                !lock)
                return lock.error();
        }
        auto session = drawerSession(sessionId);
        if (!session)
            return session.error();
        if (session->closed)
            return Error::invalidState(u"drawer session %1 was closed already"_s.arg(sessionId));
        // The cash this clerk took in and paid out at this terminal while the drawer was open. Change handed
        // back is not in amount_minor (tendered = amount + change), so the amounts are what stays in the
        // till.
        auto q = m_session.exec(
            u"SELECT COALESCE(SUM(CASE WHEN kind = 'payment' THEN amount_minor ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN kind = 'refund' THEN amount_minor ELSE 0 END), 0) FROM payments "
            "WHERE method = 'cash' AND status = 'succeeded' AND terminal = ? AND actor = ? AND currency = ? "
            "AND created_at_ms >= ? AND created_at_ms <= ?"_s,
            {session->terminal, session->clerk, session->currency, session->openedAtMs, ctx.nowMs});
        if (!q)
            return q.error();
        q->next();
        const qint64 sales = q->value(0).toLongLong();
        const qint64 refunds = q->value(1).toLongLong();
        q->finish();
        const qint64 expected = session->floatMinor + sales - refunds;
        const qint64 variance = countedMinor - expected;
        auto updated = m_session.exec(
            u"UPDATE drawer_sessions SET closed_at_ms = ?, closed_by = ?, cash_sales_minor = ?, "
            "cash_refunds_minor = ?, expected_minor = ?, counted_minor = ?, variance_minor = ? "
            "WHERE id = ? AND closed_at_ms IS NULL RETURNING id"_s,
            {ctx.nowMs, ctx.actor, sales, refunds, expected, countedMinor, variance, sessionId});
        if (!updated)
            return updated.error();
        if (!updated->next())
            return Error::invalidState(u"drawer session %1 was closed already"_s.arg(sessionId));
        updated->finish();
        if (auto a = m_session.audit(ctx, u"close_drawer"_s, 0,
                                     {{u"session_id"_s, sessionId},
                                      {u"expected_minor"_s, expected},
                                      {u"counted_minor"_s, countedMinor},
                                      {u"variance_minor"_s, variance}});
            !a)
            return a.error();
        return drawerSession(sessionId);
    });
}

Result<QList<LedgerEntry>> SqlCloseOut::ledger(const LedgerFilter &filter)
{
    auto q = m_session.exec(
        u"SELECT p.id, p.order_id, o.number, o.show_id, e.name, sh.starts_at_ms, p.kind, p.method, "
        "p.amount_minor, p.currency, p.actor, p.terminal, p.created_at_ms FROM payments p "
        "JOIN orders o ON o.id = p.order_id JOIN shows sh ON sh.id = o.show_id JOIN events e ON e.id = "
        "sh.event_id WHERE p.status = 'succeeded' AND "_s +
            filterSql(u"p.created_at_ms"_s, u"p.terminal"_s, u"p.actor"_s) + u" ORDER BY p.id"_s,
        filterArgs(filter));
    if (!q)
        return q.error();
    QList<LedgerEntry> list;
    while (q->next()) {
        LedgerEntry e;
        e.paymentId = q->value(0).toLongLong();
        e.orderId = q->value(1).toLongLong();
        e.orderNumber = q->value(2).toString();
        e.showId = q->value(3).toLongLong();
        e.showLabel = showLabel(q->value(4).toString(), q->value(5).toLongLong());
        e.kind = Payment::kindFromName(q->value(6).toString());
        Payment::methodFromName(q->value(7).toString(), &e.method);
        e.amountMinor = q->value(8).toLongLong();
        e.currency = q->value(9).toString();
        e.actor = q->value(10).toString();
        e.terminal = q->value(11).toString();
        e.atMs = q->value(12).toLongLong();
        list.append(e);
    }
    return list;
}

Result<QList<TicketEntry>> SqlCloseOut::ticketSales(const LedgerFilter &filter)
{
    auto q = m_session.exec(
        u"SELECT o.id, o.show_id, e.name, sh.starts_at_ms, i.category_id, i.price_minor, sh.currency, "
        "i.status, o.actor, o.confirmed_at_ms FROM order_items i JOIN orders o ON o.id = i.order_id "
        "JOIN shows sh ON sh.id = o.show_id JOIN events e ON e.id = sh.event_id "
        "WHERE o.confirmed_at_ms IS NOT NULL AND i.status IN ('active', 'refunded') AND "_s +
            filterSql(u"o.confirmed_at_ms"_s, u"o.terminal"_s, u"o.actor"_s) + u" ORDER BY i.id"_s,
        filterArgs(filter));
    if (!q)
        return q.error();
    QList<TicketEntry> list;
    while (q->next()) {
        TicketEntry t;
        t.orderId = q->value(0).toLongLong();
        t.showId = q->value(1).toLongLong();
        t.showLabel = showLabel(q->value(2).toString(), q->value(3).toLongLong());
        t.categoryId = q->value(4).toString();
        t.priceMinor = q->value(5).toLongLong();
        t.currency = q->value(6).toString();
        t.refunded = q->value(7).toString() == "refunded"_L1;
        t.actor = q->value(8).toString();
        t.confirmedAtMs = q->value(9).toLongLong();
        list.append(t);
    }
    return list;
}

} // namespace Parterre
