#include "zreport.h"

#include "model/money.h"
#include "report/csv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

// The method's word on the report: in English its stable name (the CSV's key column), translated for people.
QString methodLabel(Payment::Method method)
{
    switch (method) {
    case Payment::Method::Cash:
        return ZReport::tr("cash");
    case Payment::Method::Card:
        return ZReport::tr("card");
    case Payment::Method::Comp:
        return ZReport::tr("comp");
    }
    return Payment::methodName(method);
}

} // namespace

ZReport ZReport::build(const DrawerSession &session, const QList<LedgerEntry> &ledger,
                       const QList<TicketEntry> &tickets)
{
    ZReport z;
    z.session = session;
    QMap<QString, Line> methods;
    QMap<qint64, Line> shows;
    for (const LedgerEntry &e : ledger) {
        const QString method = Payment::methodName(e.method);
        Line &m = methods[method];
        m.key = method;
        m.label = methodLabel(e.method);
        Line &s = shows[e.showId];
        s.key = QString::number(e.showId);
        s.label = e.showLabel;
        const qint64 signedAmount = e.kind == Payment::Kind::Payment ? e.amountMinor : -e.amountMinor;
        if (e.kind == Payment::Kind::Payment)
            ++m.count;
        m.amountMinor += signedAmount;
        if (e.kind == Payment::Kind::Refund) {
            ++z.refunds;
            z.refundsMinor += e.amountMinor;
        }
        if (e.method == Payment::Method::Comp) {
            if (e.kind == Payment::Kind::Payment)
                ++z.comps;
            z.compsMinor += signedAmount;
        } else {
            s.amountMinor += signedAmount;
        }
    }
    for (const TicketEntry &t : tickets) {
        ++z.tickets;
        Line &s = shows[t.showId];
        s.key = QString::number(t.showId);
        s.label = t.showLabel;
        ++s.count;
    }
    z.byMethod = methods.values();
    z.byShow = shows.values();
    return z;
}

QString ZReport::toText() const
{
    const QString cur = session.currency;
    // For people, in the default locale's way ("230,00 EUR" in German); the CSV keeps its plain amounts.
    const auto money = [&cur](qint64 minor) { return Money{minor, cur}.toString(QLocale()); };
    QString out;
    out += tr("Z-REPORT  drawer session %1\n").arg(session.id);
    out += tr("Terminal: %1   Clerk: %2\n").arg(session.terminal, session.clerk);
    out += tr("Opened:   %1 by %2\n").arg(when(session.openedAtMs), session.openedBy);
    if (session.closed)
        out += tr("Closed:   %1 by %2\n").arg(when(session.closedAtMs), session.closedBy);
    else
        out += tr("Still open\n");
    out += u"\n"_s;
    out += tr("Float                 %1\n").arg(money(session.floatMinor), 14);
    out += tr("+ Cash sales          %1\n").arg(money(session.cashSalesMinor), 14);
    out += tr("- Cash refunds        %1\n").arg(money(session.cashRefundsMinor), 14);
    out += tr("= Expected            %1\n").arg(money(session.expectedMinor), 14);
    if (session.closed) {
        out += tr("Counted               %1\n").arg(money(session.countedMinor), 14);
        out += tr("Variance              %1  %2\n")
                   .arg(money(session.varianceMinor), 14)
                   .arg(session.varianceMinor == 0  ? tr("(balanced)")
                        : session.varianceMinor < 0 ? tr("(short)")
                                                    : tr("(over)"));
    }
    out += u"\n"_s + tr("By payment method (net of refunds)\n");
    for (const Line &l : byMethod)
        out += u"  %1 %2  %3\n"_s.arg(l.label, -10).arg(l.count, 4).arg(money(l.amountMinor), 14);
    out += u"\n"_s + tr("By show (tickets, money taken)\n");
    for (const Line &l : byShow)
        out += u"  %1 %2  %3\n"_s.arg(l.label, -40).arg(l.count, 4).arg(money(l.amountMinor), 14);
    out += u"\n"_s;
    out += tr("Tickets: %1   Refunds: %2 (%3)   Comps: %4 (%5)\n")
               .arg(tickets)
               .arg(refunds)
               .arg(money(refundsMinor))
               .arg(comps)
               .arg(money(compsMinor));
    return out;
}

QString ZReport::toCsv() const
{
    QString out = Csv::record({u"section"_s, u"key"_s, u"label"_s, u"count"_s, u"amount"_s, u"currency"_s});
    const QString cur = session.currency;
    const auto line = [&](const QString &section, const QString &key, const QString &label, int count,
                          qint64 minor) {
        out += Csv::record({section, key, label, QString::number(count), Csv::amount(minor), cur});
    };
    line(u"session"_s, QString::number(session.id), session.terminal + u" / "_s + session.clerk, 0, 0);
    line(u"cash"_s, u"float"_s, tr("Float"), 0, session.floatMinor);
    line(u"cash"_s, u"sales"_s, tr("Cash sales"), 0, session.cashSalesMinor);
    line(u"cash"_s, u"refunds"_s, tr("Cash refunds"), 0, session.cashRefundsMinor);
    line(u"cash"_s, u"expected"_s, tr("Expected"), 0, session.expectedMinor);
    if (session.closed) {
        line(u"cash"_s, u"counted"_s, tr("Counted"), 0, session.countedMinor);
        line(u"cash"_s, u"variance"_s, tr("Variance"), 0, session.varianceMinor);
    }
    for (const Line &l : byMethod)
        line(u"method"_s, l.key, l.label, l.count, l.amountMinor);
    for (const Line &l : byShow)
        line(u"show"_s, l.key, l.label, l.count, l.amountMinor);
    line(u"total"_s, u"tickets"_s, tr("Tickets"), tickets, 0);
    line(u"total"_s, u"refunds"_s, tr("Refunds"), refunds, refundsMinor);
    line(u"total"_s, u"comps"_s, tr("Comps"), comps, compsMinor);
    return out;
}

} // namespace Parterre
