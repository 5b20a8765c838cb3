// parterre-cli ticket: writes a confirmed order's tickets (and optionally its receipt) as PDF. A member of
// CliCommands kept in its own file because it alone needs QtGui (through parterre-tickets); without the GUI
// build it only says it is not available.

#include "clicommands.h"

#ifdef PARTERRE_HAS_TICKETS
#include "ticketpdf.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#endif

using namespace Qt::StringLiterals;

namespace Parterre {

int CliCommands::ticket(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(run, args,
                            {{u"order"_s, u"Order id, as sell reports it."_s, u"ID"_s},
                             {u"pdf"_s, u"Where to write the tickets."_s, u"OUT"_s},
                             {u"receipt"_s, u"Where to write the receipt (80 mm roll)."_s, u"OUT"_s}}))
        return *exit;
#ifndef PARTERRE_HAS_TICKETS
    m_err << "parterre-cli: this build has no tickets (configured with PARTERRE_BUILD_GUI=OFF)\n";
    return Failed;
#else
    const QCommandLineParser &parser = run.parser;
    bool ok = false;
    const qint64 orderId = parser.value(u"order"_s).toLongLong(&ok);
    if (!ok || orderId <= 0)
        return usage(u"--order needs an order id"_s);
    const QString pdf = parser.value(u"pdf"_s);
    if (pdf.isEmpty())
        return usage(u"--pdf needs a file to write"_s);
    if (auto exit = open(run))
        return *exit;
    Store &store = *run.store;

    auto order = store.order(orderId);
    if (!order)
        return fail(order.error(), run.json);
    auto show = store.show(order->showId, 0);
    if (!show)
        return fail(show.error(), run.json);
    // An exchange may have moved some tickets to another show: each is printed with its own.
    QHash<qint64, Show> shows{{show->id, *show}};
    for (const OrderItem &item : TicketPdf::ticketItems(*order)) {
        if (item.showId <= 0 || shows.contains(item.showId))
            continue;
        auto other = store.show(item.showId, 0);
        if (!other)
            return fail(other.error(), run.json);
        shows.insert(other->id, *other);
    }
    QHash<QString, QString> categoryNames;
    for (const Show &s : std::as_const(shows)) {
        if (auto map = store.seatMap(s.seatMapId)) {
            for (const Category &category : std::as_const(map->categories))
                categoryNames.insert(category.id, category.name);
        }
    }

    auto pages = TicketPdf::write(*order, shows, pdf, TicketStock::concert(), categoryNames);
    if (!pages)
        return fail(pages.error(), run.json);
    const QString receipt = parser.value(u"receipt"_s);
    if (!receipt.isEmpty()) {
        auto written = TicketPdf::writeReceipt(*order, *show, receipt);
        if (!written)
            return fail(written.error(), run.json);
    }
    if (run.json) {
        QJsonObject answer{{u"order_id"_s, order->id},
                           {u"order_number"_s, order->number},
                           {u"pages"_s, *pages},
                           {u"pdf"_s, QFileInfo(pdf).absoluteFilePath()}};
        if (!receipt.isEmpty())
            answer.insert(u"receipt"_s, QFileInfo(receipt).absoluteFilePath());
        m_out << QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Indented));
        return Ok;
    }
    m_out << *pages << " page(s) written to " << pdf << " for order " << order->number << '\n';
    if (!receipt.isEmpty())
        m_out << "Receipt written to " << receipt << '\n';
    return Ok;
#endif
}

} // namespace Parterre
