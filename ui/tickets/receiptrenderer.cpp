#include "receiptrenderer.h"

#include "model/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

constexpr qreal kUnit = 10; // units per mm, as in TicketRenderer
constexpr qreal kPointMm = 25.4 / 72;
constexpr qreal kMarginMm = 5;  // thermal heads print about 72 mm of the 80 mm roll
constexpr qreal kLineMm = 4.4;  // one line of body text
constexpr qreal kRuleMm = 3;    // a dashed separator with its spacing
constexpr qreal kHeaderMm = 26; // event, venue, date, order number and sale time

QFont receiptFont(qreal points, QFont::Weight weight = QFont::Normal)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, qRound(points * kPointMm * kUnit)));
    font.setWeight(weight);
    return font;
}

// One line: text on the left (elided to leave room), amount on the right.
void drawLine(QPainter &painter, qreal &y, qreal left, qreal width, const QString &text,
              const QString &amount, const QFont &font)
{
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal amountWidth = metrics.horizontalAdvance(amount);
    const qreal lineHeight = kLineMm * kUnit;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, width - amountWidth - 3 * kUnit);
    painter.drawText(QRectF(left, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, shown);
    painter.drawText(QRectF(left, y, width, lineHeight), Qt::AlignRight | Qt::AlignVCenter, amount);
    y += lineHeight;
}

void drawRule(QPainter &painter, qreal &y, qreal left, qreal width)
{
    QPen pen(Qt::black, 0.25 * kUnit, Qt::CustomDashLine);
    pen.setDashPattern({3, 3});
    painter.setPen(pen);
    const qreal middle = y + kRuleMm * kUnit / 2;
    painter.drawLine(QPointF(left, middle), QPointF(left + width, middle));
    painter.setPen(Qt::black);
    y += kRuleMm * kUnit;
}

QString methodText(Payment::Method method)
{
    switch (method) {
    case Payment::Method::Cash:
        return QCoreApplication::translate("ReceiptRenderer", "Cash");
    case Payment::Method::Card:
        return QCoreApplication::translate("ReceiptRenderer", "Card");
    case Payment::Method::Comp:
        return QCoreApplication::translate("ReceiptRenderer", "Complimentary");
    }
    return {};
}

// The method within a sentence ("Refund, cash"): lower case in English.
QString methodWord(Payment::Method method)
{
    switch (method) {
    case Payment::Method::Cash:
        return QCoreApplication::translate("ReceiptRenderer", "cash");
    case Payment::Method::Card:
        return QCoreApplication::translate("ReceiptRenderer", "card");
    case Payment::Method::Comp:
        return QCoreApplication::translate("ReceiptRenderer", "complimentary");
    }
    return {};
}

} // namespace

ReceiptRenderer::ReceiptRenderer(const Show &show, const Order &order)
    : m_show(show)
    , m_order(order)
{}

QString ReceiptRenderer::localTime(qint64 ms, const QString &format) const
{
    const QTimeZone zone(m_show.timeZone.toUtf8());
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc()),
                             format);
}

qreal ReceiptRenderer::heightMm() const
{
    int lines = 0;
    for (const OrderItem &item : m_order.items)
        lines += item.status == OrderItem::Status::Active ? 1 : 0;
    lines += 1; // total
    for (const Payment &p : m_order.payments) {
        if (p.status != Payment::Status::Succeeded && p.status != Payment::Status::Refunded)
            continue;
        lines += 1 + (p.tenderedMinor > 0 ? 1 : 0) + (p.changeMinor > 0 ? 1 : 0);
    }
    lines += m_order.customer.name.trimmed().isEmpty() ? 0 : 1;
    return 2 * kMarginMm + kHeaderMm + lines * kLineMm + 4 * kRuleMm + 2 * kLineMm;
}

void ReceiptRenderer::paint(QPainter &painter, const QRectF &rect) const
{
    const qreal width = PaperWidthMm * kUnit;
    const qreal height = heightMm() * kUnit;
    if (rect.isEmpty())
        return;
    const qreal scale = qMin(rect.width() / width, rect.height() / height);

    painter.save();
    painter.translate(rect.center().x() - width * scale / 2, rect.top());
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(0, 0, width, height), Qt::white);
    painter.setPen(Qt::black);

    const qreal left = kMarginMm * kUnit;
    const qreal inner = width - 2 * left;
    qreal y = kMarginMm * kUnit;
    const auto centred = [&](const QString &text, const QFont &font, qreal lineMm) {
        painter.setFont(font);
        const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, inner);
        painter.drawText(QRectF(left, y, inner, lineMm * kUnit), Qt::AlignCenter, shown);
        y += lineMm * kUnit;
    };
    centred(m_show.eventName, receiptFont(12, QFont::Bold), 6.5);
    centred(m_show.city.isEmpty() ? m_show.venueName : m_show.venueName + u", "_s + m_show.city,
            receiptFont(8), 4.5);
    //: The show's start on a receipt (QDateTime format)
    centred(
        localTime(m_show.startsAtMs, QCoreApplication::translate("ReceiptRenderer", "ddd d MMM yyyy, HH:mm")),
        receiptFont(8), 4.5);
    y += 1.5 * kUnit;
    centred(QCoreApplication::translate("ReceiptRenderer", "Order %1").arg(m_order.number),
            receiptFont(10, QFont::Bold), 5);
    const qint64 issuedAt = m_order.confirmedAtMs > 0 ? m_order.confirmedAtMs : m_order.createdAtMs;
    centred(QCoreApplication::translate("ReceiptRenderer", "Sold %1")
                .arg(localTime(issuedAt, u"yyyy-MM-dd HH:mm"_s)),
            receiptFont(7.5), 4);
    if (!m_order.customer.name.trimmed().isEmpty())
        centred(m_order.customer.name, receiptFont(8), kLineMm);

    const QFont body = receiptFont(8.5);
    drawRule(painter, y, left, inner);
    int tickets = 0;
    for (const OrderItem &item : m_order.items) {
        if (item.status != OrderItem::Status::Active)
            continue;
        ++tickets;
        drawLine(painter, y, left, inner, item.label,
                 Money{item.priceMinor, m_order.currency}.toString(m_locale), body);
    }
    drawRule(painter, y, left, inner);
    drawLine(painter, y, left, inner, QCoreApplication::translate("ReceiptRenderer", "TOTAL"),
             Money{m_order.totalMinor, m_order.currency}.toString(m_locale), receiptFont(10, QFont::Bold));
    drawRule(painter, y, left, inner);
    for (const Payment &p : m_order.payments) {
        if (p.status != Payment::Status::Succeeded && p.status != Payment::Status::Refunded)
            continue;
        const bool refund = p.kind == Payment::Kind::Refund;
        const QString currency = p.currency.isEmpty() ? m_order.currency : p.currency;
        drawLine(painter, y, left, inner,
                 refund
                     ? QCoreApplication::translate("ReceiptRenderer", "Refund, %1").arg(methodWord(p.method))
                     : methodText(p.method),
                 Money{refund ? -p.amountMinor : p.amountMinor, currency}.toString(m_locale), body);
        if (p.tenderedMinor > 0)
            drawLine(painter, y, left + 4 * kUnit, inner - 4 * kUnit,
                     QCoreApplication::translate("ReceiptRenderer", "Tendered"),
                     Money{p.tenderedMinor, currency}.toString(m_locale), body);
        if (p.changeMinor > 0)
            drawLine(painter, y, left + 4 * kUnit, inner - 4 * kUnit,
                     QCoreApplication::translate("ReceiptRenderer", "Change"),
                     Money{p.changeMinor, currency}.toString(m_locale), body);
    }
    drawRule(painter, y, left, inner);
    // English and German share their plural rule: one, and every other number.
    centred(tickets == 1 ? QCoreApplication::translate("ReceiptRenderer", "%1 ticket").arg(tickets)
                         : QCoreApplication::translate("ReceiptRenderer", "%1 tickets").arg(tickets),
            receiptFont(8), kLineMm);
    centred(QCoreApplication::translate("ReceiptRenderer", "Thank you. Enjoy the show!"),
            receiptFont(8, QFont::DemiBold), kLineMm);
    painter.restore();
}

} // namespace Parterre
