#include "salesreport.h"

#include "model/money.h"
#include "report/csv.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Parterre {

QString SalesReport::byName(By by)
{
    switch (by) {
    case By::Show:
        return u"show"_s;
    case By::Category:
        return u"category"_s;
    case By::Method:
        return u"method"_s;
    case By::Clerk:
        return u"clerk"_s;
    }
    return u"show"_s;
}

bool SalesReport::byFromName(const QString &name, By *by)
{
    for (By b : {By::Show, By::Category, By::Method, By::Clerk}) {
        if (byName(b) == name) {
            *by = b;
            return true;
        }
    }
    return false;
}

QList<SalesReport::Row> SalesReport::build(By by, const QList<LedgerEntry> &ledger,
                                           const QList<TicketEntry> &tickets)
{
    // Keyed by (sort key, currency); shows sort by id.
    QMap<std::pair<QString, QString>, Row> rows;
    const auto rowFor = [&rows](const QString &sortKey, const QString &key, const QString &label,
                                const QString &currency) -> Row & {
        Row &row = rows[{sortKey, currency}];
        row.key = key;
        row.label = label;
        row.currency = currency;
        return row;
    };
    const auto showSort = [](qint64 id) { return QString::number(id).rightJustified(12, u'0'); };

    if (by == By::Category) {
        for (const TicketEntry &t : tickets) {
            Row &row = rowFor(t.categoryId, t.categoryId, t.categoryId, t.currency);
            ++row.tickets;
            row.grossMinor += t.priceMinor;
            if (t.refunded)
                row.refundsMinor += t.priceMinor;
        }
        return rows.values();
    }
    for (const TicketEntry &t : tickets) {
        if (by == By::Show)
            ++rowFor(showSort(t.showId), QString::number(t.showId), t.showLabel, t.currency).tickets;
        else if (by == By::Clerk)
            ++rowFor(t.actor, t.actor, t.actor, t.currency).tickets;
    }
    for (const LedgerEntry &e : ledger) {
        if (by != By::Method && e.method == Payment::Method::Comp)
            continue;
        Row *row = nullptr;
        switch (by) {
        case By::Show:
            row = &rowFor(showSort(e.showId), QString::number(e.showId), e.showLabel, e.currency);
            break;
        case By::Clerk:
            row = &rowFor(e.actor, e.actor, e.actor, e.currency);
            break;
        case By::Method: {
            const QString method = Payment::methodName(e.method);
            row = &rowFor(method, method, method, e.currency);
            if (e.kind == Payment::Kind::Payment)
                ++row->tickets;
            break;
        }
        case By::Category:
            break;
        }
        if (!row)
            continue;
        if (e.kind == Payment::Kind::Payment)
            row->grossMinor += e.amountMinor;
        else
            row->refundsMinor += e.amountMinor;
    }
    return rows.values();
}

QString SalesReport::countHeader(By by)
{
    return by == By::Method ? tr("payments") : tr("tickets");
}

QString SalesReport::toCsv(By by, const QList<Row> &rows)
{
    // Column names stay as they are in every language: scripts read them. Labels are the data's own.
    QString out = Csv::record({byName(by), u"label"_s, by == By::Method ? u"payments"_s : u"tickets"_s,
                               u"gross"_s, u"refunds"_s, u"net"_s, u"currency"_s});
    for (const Row &r : rows) {
        out += Csv::record({r.key, r.label, QString::number(r.tickets), Csv::amount(r.grossMinor),
                            Csv::amount(r.refundsMinor), Csv::amount(r.netMinor()), r.currency});
    }
    return out;
}

QString SalesReport::toText(By by, const QList<Row> &rows)
{
    QString out = tr("Sales by %1\n").arg(byName(by));
    for (const Row &r : rows) {
        out += tr("%1  %2 %3  gross %4  refunds %5  net %6\n")
                   .arg(r.label, -32)
                   .arg(r.tickets, 5)
                   .arg(countHeader(by), Money{r.grossMinor, r.currency}.toString(),
                        Money{r.refundsMinor, r.currency}.toString(),
                        Money{r.netMinor(), r.currency}.toString());
    }
    if (rows.isEmpty())
        out += tr("No sales in this period.\n");
    return out;
}

} // namespace Parterre
