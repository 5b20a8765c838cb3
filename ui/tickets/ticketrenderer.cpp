#include "ticketrenderer.h"

#include "model/money.h"
#include "qrcode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

// The renderer draws in tenths of a millimetre of the stock; fonts are sized in the same unit so the
// layout is identical on a 1200 dpi PDF, a printer and a small PNG.
constexpr qreal kUnit = 10; // units per mm
constexpr qreal kPointMm = 25.4 / 72;

const QColor kInk(0x1b, 0x1f, 0x24);
const QColor kMuted(0x5f, 0x67, 0x70);
const QColor kAccent(0x7a, 0x1f, 0x3d); // the theatre's burgundy
const QColor kRule(0xc9, 0xcd, 0xd2);

QFont ticketFont(qreal points, QFont::Weight weight = QFont::Normal, bool mono = false)
{
    QFont font(mono ? u"DejaVu Sans Mono"_s : u"DejaVu Sans"_s);
    font.setStyleHint(mono ? QFont::Monospace : QFont::SansSerif);
    font.setPixelSize(qMax(1, qRound(points * kPointMm * kUnit)));
    font.setWeight(weight);
    return font;
}

// Draws text on one line inside box: shrinks the font down to minPoints to fit, then elides.
void drawFitted(QPainter &painter, const QRectF &box, const QString &text, QFont font, qreal minPoints,
                int flags = Qt::AlignLeft | Qt::AlignVCenter)
{
    const int minPixels = qMax(1, qRound(minPoints * kPointMm * kUnit));
    while (font.pixelSize() > minPixels && QFontMetricsF(font).horizontalAdvance(text) > box.width())
        font.setPixelSize(font.pixelSize() - 1);
    painter.setFont(font);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width());
    painter.drawText(box, flags | Qt::TextSingleLine, shown);
}

// A small grey caption over a bold value, the way tickets label their fields.
void drawField(QPainter &painter, const QRectF &box, const QString &caption, const QString &value,
               qreal valuePoints)
{
    const qreal captionHeight = 3.6 * kUnit;
    painter.setPen(kMuted);
    drawFitted(painter, QRectF(box.left(), box.top(), box.width(), captionHeight), caption.toUpper(),
               ticketFont(6.5, QFont::DemiBold), 5);
    painter.setPen(kInk);
    drawFitted(painter,
               QRectF(box.left(), box.top() + captionHeight, box.width(), box.height() - captionHeight),
               value, ticketFont(valuePoints, QFont::Bold), 6, Qt::AlignLeft | Qt::AlignTop);
}

} // namespace

TicketRenderer::TicketRenderer(const Show &show, const TicketStock &stock)
    : m_show(show)
    , m_stock(stock)
{}

QDateTime TicketRenderer::startsAt() const
{
    const QTimeZone zone(m_show.timeZone.toUtf8());
    return QDateTime::fromMSecsSinceEpoch(m_show.startsAtMs, zone.isValid() ? zone : QTimeZone::utc());
}

QString TicketRenderer::showDate() const
{
    //: The show's date on a ticket (QDateTime format)
    return m_locale.toString(startsAt().date(),
                             QCoreApplication::translate("TicketRenderer", "dddd d MMMM yyyy"));
}

QString TicketRenderer::showTime() const
{
    return m_locale.toString(startsAt().time(), u"HH:mm"_s);
}

void TicketRenderer::paint(QPainter &painter, const QRectF &rect, const Order &order,
                           const OrderItem &item) const
{
    const qreal width = m_stock.sizeMm.width() * kUnit;
    const qreal height = m_stock.sizeMm.height() * kUnit;
    if (width <= 0 || height <= 0 || rect.isEmpty())
        return;
    const qreal scale = qMin(rect.width() / width, rect.height() / height);

    painter.save();
    painter.translate(rect.center().x() - width * scale / 2, rect.center().y() - height * scale / 2);
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const qreal mm = kUnit;
    painter.fillRect(QRectF(0, 0, width, height), Qt::white);

    // The coloured spine on the left, "ADMIT ONE" running up it.
    const qreal spine = 9 * mm;
    painter.fillRect(QRectF(0, 0, spine, height), kAccent);
    painter.save();
    painter.translate(spine / 2, height / 2);
    painter.rotate(-90);
    painter.setPen(Qt::white);
    painter.setFont(ticketFont(9, QFont::Bold));
    painter.drawText(QRectF(-height / 2, -spine / 2, height, spine), Qt::AlignCenter,
                     QCoreApplication::translate("TicketRenderer", "ADMIT ONE"));
    painter.restore();

    // The stub on the right, behind a perforation, carries what the door scanner needs.
    const qreal stubWidth = qMin(58 * mm, width * 0.32);
    const qreal stubLeft = width - stubWidth;
    QPen perforation(kRule, 0.35 * mm, Qt::CustomDashLine);
    perforation.setDashPattern({4, 3});
    painter.setPen(perforation);
    painter.drawLine(QPointF(stubLeft, 3 * mm), QPointF(stubLeft, height - 3 * mm));

    // Main part.
    const qreal left = spine + 6 * mm;
    const qreal right = stubLeft - 5 * mm;
    const qreal columnWidth = right - left;
    qreal y = 5 * mm;

    const QString venue =
        m_show.city.isEmpty() ? m_show.venueName : m_show.venueName + u" · "_s + m_show.city;
    painter.setPen(kAccent);
    drawFitted(painter, QRectF(left, y, columnWidth, 4.5 * mm), venue.toUpper(), ticketFont(8, QFont::Bold),
               6);
    y += 5 * mm;
    painter.setPen(kInk);
    drawFitted(painter, QRectF(left, y, columnWidth, 10 * mm), m_show.eventName, ticketFont(22, QFont::Bold),
               12);
    y += 11 * mm;
    painter.setPen(kInk);
    drawFitted(painter, QRectF(left, y, columnWidth, 5.5 * mm), showDate() + u"  ·  "_s + showTime(),
               ticketFont(11, QFont::DemiBold), 8);
    y += 8 * mm;

    painter.setPen(QPen(kRule, 0.3 * mm));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    y += 3 * mm;

    const bool standing = item.seatId.isEmpty();
    drawField(painter, QRectF(left, y, columnWidth, 12 * mm),
              standing ? QCoreApplication::translate("TicketRenderer", "Standing area")
                       : QCoreApplication::translate("TicketRenderer", "Seat"),
              item.label.isEmpty() ? item.gaAreaId : item.label, 17);
    y += 14 * mm;

    const QString category = m_categoryNames.value(item.categoryId, item.categoryId);
    const bool hasCustomer = !order.customer.name.trimmed().isEmpty();
    const int fields = hasCustomer ? 4 : 3;
    const qreal gap = 4 * mm;
    const qreal fieldWidth = (columnWidth - gap * (fields - 1)) / fields;
    const qreal fieldHeight = 9 * mm;
    qreal x = left;
    drawField(painter, QRectF(x, y, fieldWidth, fieldHeight),
              QCoreApplication::translate("TicketRenderer", "Category"), category, 10);
    x += fieldWidth + gap;
    drawField(painter, QRectF(x, y, fieldWidth, fieldHeight),
              QCoreApplication::translate("TicketRenderer", "Price"),
              Money{item.priceMinor, order.currency}.toString(m_locale), 10);
    x += fieldWidth + gap;
    drawField(painter, QRectF(x, y, fieldWidth, fieldHeight),
              QCoreApplication::translate("TicketRenderer", "Order"), order.number, 10);
    if (hasCustomer) {
        x += fieldWidth + gap;
        drawField(painter, QRectF(x, y, fieldWidth, fieldHeight),
                  QCoreApplication::translate("TicketRenderer", "Name"), order.customer.name, 10);
    }

    painter.setPen(kMuted);
    drawFitted(painter, QRectF(left, height - 7 * mm, columnWidth, 4 * mm),
               QCoreApplication::translate(
                   "TicketRenderer",
                   "One admission. The QR code is checked at the door; keep it clean and uncopied."),
               ticketFont(6.5), 5);

    // Stub: QR code on top, then the code as text and the essentials for the door.
    const qreal stubInner = stubWidth - 6 * mm;
    const qreal qrSide = qMin(stubInner, height - 24 * mm);
    const QRectF qrRect(stubLeft + (stubWidth - qrSide) / 2, 3 * mm, qrSide, qrSide);
    QrCode(item.ticketCode).paint(painter, qrRect);
    qreal stubY = qrRect.bottom() + 0.5 * mm;
    painter.setPen(kInk);
    drawFitted(painter, QRectF(stubLeft + 3 * mm, stubY, stubInner, 4 * mm), item.ticketCode,
               ticketFont(7, QFont::Normal, true), 4, Qt::AlignHCenter | Qt::AlignVCenter);
    stubY += 5 * mm;
    drawFitted(painter, QRectF(stubLeft + 3 * mm, stubY, stubInner, 4.5 * mm), item.label,
               ticketFont(8.5, QFont::Bold), 6, Qt::AlignHCenter | Qt::AlignVCenter);
    stubY += 4.5 * mm;
    painter.setPen(kMuted);
    drawFitted(
        painter, QRectF(stubLeft + 3 * mm, stubY, stubInner, 3.8 * mm),
        //: The show's date on a ticket's stub (QDateTime format)
        m_locale.toString(startsAt().date(), QCoreApplication::translate("TicketRenderer", "d MMM yyyy")) +
            u"  ·  "_s + showTime(),
        ticketFont(7.5), 5, Qt::AlignHCenter | Qt::AlignVCenter);
    stubY += 3.8 * mm;
    drawFitted(painter, QRectF(stubLeft + 3 * mm, stubY, stubInner, 3.8 * mm),
               QCoreApplication::translate("TicketRenderer", "Order %1").arg(order.number), ticketFont(7.5),
               5, Qt::AlignHCenter | Qt::AlignVCenter);

    painter.restore();
}

} // namespace Parterre
