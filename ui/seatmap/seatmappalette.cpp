#include "seatmappalette.h"

#include "model/seatmap.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Parterre {

namespace {

QPainterPath shapePath(const QRectF &box, SeatMapPalette::Shape shape)
{
    QPainterPath path;
    switch (shape) {
    case SeatMapPalette::Shape::Round:
        path.addEllipse(box);
        break;
    case SeatMapPalette::Shape::Wheelchair: {
        const double radius = box.width() * 0.18;
        path.addRoundedRect(box, radius, radius);
        break;
    }
    case SeatMapPalette::Shape::Companion:
        path.moveTo(box.center().x(), box.top());
        path.lineTo(box.right(), box.center().y());
        path.lineTo(box.center().x(), box.bottom());
        path.lineTo(box.left(), box.center().y());
        path.closeSubpath();
        break;
    case SeatMapPalette::Shape::RestrictedView:
        path.moveTo(box.center().x(), box.top());
        path.lineTo(box.right(), box.bottom());
        path.lineTo(box.left(), box.bottom());
        path.closeSubpath();
        break;
    }
    return path;
}

QRectF shrunk(const QRectF &box, double factor)
{
    const double w = box.width() * factor;
    const double h = box.height() * factor;
    return QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h);
}

// A pictogram that reads as a wheelchair from about ten pixels up: head, back and seat, wheel.
void paintWheelchairMark(QPainter &painter, const QRectF &box, const QColor &color)
{
    const double u = box.width() / 10.0;
    const QPointF o = box.topLeft();
    QPen pen(color, std::max(1.0, u * 0.9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(o + QPointF(4.2 * u, 3.6 * u), o + QPointF(4.2 * u, 6.0 * u)); // back
    painter.drawLine(o + QPointF(4.2 * u, 6.0 * u), o + QPointF(6.6 * u, 6.0 * u)); // seat
    painter.drawLine(o + QPointF(6.6 * u, 6.0 * u), o + QPointF(7.4 * u, 7.8 * u)); // leg
    painter.drawArc(QRectF(o + QPointF(2.2 * u, 5.0 * u), QSizeF(4.0 * u, 4.0 * u)), 100 * 16, 250 * 16);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(o + QPointF(3.4 * u, 1.3 * u), QSizeF(1.6 * u, 1.6 * u))); // head
}

} // namespace

SeatMapPalette::Shape SeatMapPalette::shapeForFlags(int flags)
{
    if (flags & Seat::Wheelchair)
        return Shape::Wheelchair;
    if (flags & Seat::Companion)
        return Shape::Companion;
    if (flags & Seat::RestrictedView)
        return Shape::RestrictedView;
    return Shape::Round;
}

QColor SeatMapPalette::statusColor(SeatState::Status status)
{
    switch (status) {
    case SeatState::Status::Available:
        return neutralAvailableColor();
    case SeatState::Status::Held:
        return QColor(0xe6, 0x9f, 0x00); // Okabe–Ito orange
    case SeatState::Status::Sold:
        return QColor(0x4d, 0x4d, 0x4d); // dark grey: taken
    case SeatState::Status::Blocked:
        return QColor(0xc8, 0xc8, 0xc8); // light grey, drawn with a cross
    }
    return Qt::black;
}

QColor SeatMapPalette::keptColor()
{
    return QColor(0xcc, 0x79, 0xa7); // Okabe–Ito reddish purple: apart from every state and the selection
}

int SeatMapPalette::drawnStatus(const SeatState &state)
{
    if (state.status == SeatState::Status::Blocked && !state.holdCode.isEmpty())
        return KeptStatus;
    return int(state.status);
}

std::optional<SeatState::Status> SeatMapPalette::storeStatus(int status)
{
    if (status == UnknownStatus || status < 0 || status >= StatusCount)
        return std::nullopt;
    if (status == KeptStatus)
        return SeatState::Status::Blocked;
    return static_cast<SeatState::Status>(status);
}

QColor SeatMapPalette::neutralAvailableColor()
{
    return QColor(0x00, 0x9e, 0x73); // Okabe–Ito bluish green
}

QColor SeatMapPalette::fillColor(int status, const QColor &categoryColor)
{
    if (status == UnknownStatus)
        return QColor(0x99, 0x99, 0x99);
    const auto s = *storeStatus(status);
    if (s == SeatState::Status::Available)
        return categoryColor.isValid() ? categoryColor : neutralAvailableColor();
    return statusColor(s);
}

QColor SeatMapPalette::selectionColor()
{
    return QColor(0x00, 0x72, 0xb2); // Okabe–Ito blue
}

QColor SeatMapPalette::focusColor()
{
    return QColor(0x00, 0x00, 0x00);
}

QString SeatMapPalette::statusText(SeatState::Status status)
{
    switch (status) {
    case SeatState::Status::Available:
        return QCoreApplication::translate("SeatMapPalette", "Available");
    case SeatState::Status::Held:
        return QCoreApplication::translate("SeatMapPalette", "Held");
    case SeatState::Status::Sold:
        return QCoreApplication::translate("SeatMapPalette", "Sold");
    case SeatState::Status::Blocked:
        return QCoreApplication::translate("SeatMapPalette", "Blocked");
    }
    return {};
}

QString SeatMapPalette::shapeText(Shape shape)
{
    switch (shape) {
    case Shape::Round:
        return QCoreApplication::translate("SeatMapPalette", "Seat");
    case Shape::Wheelchair:
        return QCoreApplication::translate("SeatMapPalette", "Wheelchair space");
    case Shape::Companion:
        return QCoreApplication::translate("SeatMapPalette", "Companion seat");
    case Shape::RestrictedView:
        return QCoreApplication::translate("SeatMapPalette", "Restricted view");
    }
    return {};
}

QColor SeatMapPalette::availabilityColor(const QColor &categoryColor, double availableShare)
{
    const QColor full = categoryColor.isValid() ? categoryColor : neutralAvailableColor();
    const QColor empty = statusColor(SeatState::Status::Sold);
    // Brightness carries the share, so it reads without telling hues apart.
    const double t = std::clamp(availableShare, 0.0, 1.0);
    const double k = 0.15 + 0.85 * t;
    return QColor::fromRgbF(float(empty.redF() + (full.redF() - empty.redF()) * k),
                            float(empty.greenF() + (full.greenF() - empty.greenF()) * k),
                            float(empty.blueF() + (full.blueF() - empty.blueF()) * k));
}

QColor SeatMapPalette::textColorOn(const QColor &fill)
{
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

void SeatMapPalette::paintSeat(QPainter &painter, const QRectF &box, int status, const QColor &categoryColor,
                               Shape shape, bool selected)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QRectF body = box;
    if (selected) {
        // A ring in the selection colour around a smaller symbol: the state stays visible.
        painter.setPen(Qt::NoPen);
        painter.setBrush(selectionColor());
        painter.drawPath(shapePath(box, shape));
        painter.setBrush(Qt::white);
        painter.drawPath(shapePath(shrunk(box, 0.74), shape));
        body = shrunk(box, 0.6);
    }

    const QColor fill = fillColor(status, categoryColor);
    const QPainterPath outline = shapePath(body, shape);
    const double d = body.width();
    if (status == UnknownStatus) {
        painter.setPen(QPen(fill, std::max(1.0, d / 8)));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(shapePath(shrunk(body, 0.85), shape));
        painter.restore();
        return;
    }

    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawPath(outline);
    const auto s = *storeStatus(status);
    if (s == SeatState::Status::Held && d >= 5) {
        // Held seats are hollow: a ring is told from a category's orange by its shape.
        painter.setBrush(Qt::white);
        painter.drawPath(shapePath(shrunk(body, 0.5), shape));
    } else if (s == SeatState::Status::Blocked && d >= 4) {
        const QRectF cross = shrunk(body, shape == Shape::Round ? 0.5 : 0.44)
                                 .translated(0, shape == Shape::RestrictedView ? d * 0.14 : 0);
        painter.setPen(QPen(QColor(0x5a, 0x5a, 0x5a), std::max(1.0, d / 9), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(cross.topLeft(), cross.bottomRight());
        painter.drawLine(cross.bottomLeft(), cross.topRight());
    }
    if (shape == Shape::Wheelchair && d >= 9 && s != SeatState::Status::Held &&
        s != SeatState::Status::Blocked)
        paintWheelchairMark(painter, body, textColorOn(fill));
    if (status == KeptStatus) {
        // A ring just inside the symbol's edge, so that it stays inside a sprite's box.
        const double width = std::max(1.0, d / 6);
        painter.setPen(QPen(keptColor(), width));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(shapePath(shrunk(body, (d - width) / d), shape));
    }
    painter.restore();
}

} // namespace Parterre
