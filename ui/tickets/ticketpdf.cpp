#include "ticketpdf.h"

#include "receiptrenderer.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>
#include <memory>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

// Pages are drawn into a QSaveFile, so a failure leaves no half-written PDF behind.
Result<int> writePdf(const QString &path, const QString &title, const QSizeF &pageMm, int pages,
                     const std::function<void(QPainter &, const QRectF &, int)> &paintPage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalidInput(u"cannot write "_s + path + u": "_s + file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setCreator(u"Parterre"_s);
        writer.setTitle(title);
        writer.setResolution(600);
        const QPageLayout layout(QPageSize(pageMm, QPageSize::Millimeter, {}, QPageSize::ExactMatch),
                                 QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
        if (!writer.setPageLayout(layout))
            return Error::invalidInput(u"the printer refused a page of this size"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::storage(u"cannot start the PDF "_s + path);
        const QRectF page(0, 0, writer.width(), writer.height());
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            paintPage(painter, page, i);
        }
        painter.end();
    }
    if (!file.commit())
        return Error::storage(u"cannot write "_s + path + u": "_s + file.errorString());
    return pages;
}

} // namespace

QList<OrderItem> TicketPdf::ticketItems(const Order &order)
{
    QList<OrderItem> items;
    for (const OrderItem &item : order.items) {
        if (item.status == OrderItem::Status::Active && !item.ticketCode.isEmpty())
            items.append(item);
    }
    return items;
}

Result<int> TicketPdf::write(const Order &order, const Show &show, const QString &path,
                             const TicketStock &stock, const QHash<QString, QString> &categoryNames)
{
    const QList<OrderItem> items = ticketItems(order);
    if (items.isEmpty()) {
        return Error::invalidState(u"order "_s + order.number + u" has no tickets (it is "_s +
                                   Order::statusName(order.status) + u')');
    }
    TicketRenderer renderer(show, stock);
    renderer.setCategoryNames(categoryNames);
    return writePdf(path, show.eventName + u" – order "_s + order.number, stock.sizeMm, int(items.size()),
                    [&](QPainter &painter, const QRectF &page, int i) {
                        renderer.paint(painter, page, order, items.at(i));
                    });
}

Result<int> TicketPdf::write(const Order &order, const QHash<qint64, Show> &shows, const QString &path,
                             const TicketStock &stock, const QHash<QString, QString> &categoryNames)
{
    const QList<OrderItem> items = ticketItems(order);
    if (items.isEmpty()) {
        return Error::invalidState(u"order "_s + order.number + u" has no tickets (it is "_s +
                                   Order::statusName(order.status) + u')');
    }
    std::unordered_map<qint64, std::unique_ptr<TicketRenderer>> renderers;
    QList<TicketRenderer *> perItem;
    for (const OrderItem &item : items) {
        const qint64 showId = item.showId > 0 ? item.showId : order.showId;
        if (!shows.contains(showId))
            return Error::invalidInput(u"no details of show %1 for order %2"_s.arg(showId).arg(order.number));
        auto &renderer = renderers[showId];
        if (!renderer) {
            renderer = std::make_unique<TicketRenderer>(shows.value(showId), stock);
            renderer->setCategoryNames(categoryNames);
        }
        perItem.append(renderer.get());
    }
    const Show &title = shows.contains(order.showId) ? shows[order.showId] : shows.cbegin().value();
    return writePdf(path, title.eventName + u" – order "_s + order.number, stock.sizeMm, int(items.size()),
                    [&](QPainter &painter, const QRectF &page, int i) {
                        perItem.at(i)->paint(painter, page, order, items.at(i));
                    });
}

Result<int> TicketPdf::writeReceipt(const Order &order, const Show &show, const QString &path)
{
    const ReceiptRenderer renderer(show, order);
    return writePdf(path, u"Receipt – order "_s + order.number,
                    QSizeF(ReceiptRenderer::PaperWidthMm, renderer.heightMm()), 1,
                    [&](QPainter &painter, const QRectF &page, int) { renderer.paint(painter, page); });
}

} // namespace Parterre
