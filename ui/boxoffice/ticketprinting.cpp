#include "ticketprinting.h"

#include "receiptrenderer.h"
#include "ticketpdf.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QSettings>

namespace Parterre {

namespace {

bool setPage(QPrinter &printer, const QSizeF &sizeMm)
{
    const QPageLayout layout(QPageSize(sizeMm, QPageSize::Millimeter, {}, QPageSize::ExactMatch),
                             QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    return printer.setPageLayout(layout);
}

} // namespace

TicketStock TicketPrinting::stock()
{
    const QSettings settings;
    const TicketStock standard = TicketStock::concert();
    const double width =
        settings.value(QStringLiteral("tickets/stockWidthMm"), standard.sizeMm.width()).toDouble();
    const double height =
        settings.value(QStringLiteral("tickets/stockHeightMm"), standard.sizeMm.height()).toDouble();
    if (width < 40 || height < 30 || width > 400 || height > 400)
        return standard;
    if (QSizeF(width, height) == standard.sizeMm)
        return standard;
    return {QCoreApplication::translate("TicketPrinting", "Custom ticket stock"), QSizeF(width, height)};
}

void TicketPrinting::setStock(const TicketStock &stock)
{
    QSettings settings;
    settings.setValue(QStringLiteral("tickets/stockWidthMm"), stock.sizeMm.width());
    settings.setValue(QStringLiteral("tickets/stockHeightMm"), stock.sizeMm.height());
}

Result<int> TicketPrinting::printTickets(QPrinter &printer, const QList<Order> &orders,
                                         const QHash<qint64, Show> &shows, const TicketStock &stock,
                                         const QHash<QString, QString> &categoryNames)
{
    if (!setPage(printer, stock.sizeMm))
        return Error::invalidInput(QCoreApplication::translate(
            "TicketPrinting", "The printer does not take ticket stock of this size."));
    QPainter painter;
    int pages = 0;
    for (const Order &order : orders) {
        TicketRenderer renderer(shows.value(order.showId), stock);
        renderer.setCategoryNames(categoryNames);
        for (const OrderItem &item : TicketPdf::ticketItems(order)) {
            if (pages == 0 ? !painter.begin(&printer) : !printer.newPage())
                return Error::storage(
                    QCoreApplication::translate("TicketPrinting", "The printer could not start a page."));
            renderer.paint(painter, QRectF(0, 0, printer.width(), printer.height()), order, item);
            ++pages;
        }
    }
    if (pages == 0)
        return Error::invalidState(
            QCoreApplication::translate("TicketPrinting", "There are no tickets to print."));
    painter.end();
    return pages;
}

Result<int> TicketPrinting::printReceipts(QPrinter &printer, const QList<Order> &orders,
                                          const QHash<qint64, Show> &shows)
{
    QPainter painter;
    int pages = 0;
    for (const Order &order : orders) {
        const ReceiptRenderer renderer(shows.value(order.showId), order);
        if (!setPage(printer, QSizeF(ReceiptRenderer::PaperWidthMm, renderer.heightMm())))
            return Error::invalidInput(
                QCoreApplication::translate("TicketPrinting", "The printer does not take an 80 mm roll."));
        if (pages == 0 ? !painter.begin(&printer) : !printer.newPage())
            return Error::storage(
                QCoreApplication::translate("TicketPrinting", "The printer could not start a page."));
        renderer.paint(painter, QRectF(0, 0, printer.width(), printer.height()));
        ++pages;
    }
    if (pages == 0)
        return Error::invalidState(
            QCoreApplication::translate("TicketPrinting", "There is no receipt to print."));
    painter.end();
    return pages;
}

} // namespace Parterre
