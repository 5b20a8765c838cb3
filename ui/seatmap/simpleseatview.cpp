#include "simpleseatview.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Parterre {

namespace {

constexpr double Margin = 12.0;
constexpr double LegendSwatch = 12.0;

// Where a polygon's label goes: on the vertical through its centroid, in the middle of the longest stretch
// inside it, so that a curved band (a crescent whose centroid lies outside) still gets its label inside.
QPointF labelPoint(const QPolygonF &shape)
{
    double area = 0;
    double sumX = 0;
    for (qsizetype i = 0; i < shape.size(); ++i) {
        const QPointF &a = shape.at(i);
        const QPointF &b = shape.at((i + 1) % shape.size());
        const double cross = a.x() * b.y() - b.x() * a.y();
        area += cross;
        sumX += (a.x() + b.x()) * cross;
    }
    const QRectF bounds = shape.boundingRect();
    const double x = std::abs(area) > 1e-9 ? sumX / (3.0 * area) : bounds.center().x();

    std::vector<double> crossings;
    for (qsizetype i = 0; i < shape.size(); ++i) {
        const QPointF &a = shape.at(i);
        const QPointF &b = shape.at((i + 1) % shape.size());
        if ((a.x() <= x) != (b.x() <= x))
            crossings.push_back(a.y() + (x - a.x()) * (b.y() - a.y()) / (b.x() - a.x()));
    }
    std::sort(crossings.begin(), crossings.end());
    double bestLength = -1;
    QPointF best = bounds.center();
    for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
        if (const double length = crossings[i + 1] - crossings[i]; length > bestLength) {
            bestLength = length;
            best = QPointF(x, (crossings[i] + crossings[i + 1]) / 2);
        }
    }
    return best;
}

QColor gaColor(const std::optional<GaAreaState> &state)
{
    if (!state)
        return QColor(0x99, 0x99, 0x99);
    return SimpleSeatView::statusColor(state->available > 0 ? SeatState::Status::Available
                                                            : SeatState::Status::Sold);
}

} // namespace

SimpleSeatView::SimpleSeatView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    m_placeholder = tr("No show selected.");
}

QColor SimpleSeatView::statusColor(SeatState::Status status)
{
    switch (status) {
    case SeatState::Status::Available:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case SeatState::Status::Held:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case SeatState::Status::Sold:
        return QColor(0x4d, 0x4d, 0x4d); // dark grey: taken
    case SeatState::Status::Blocked:
        return QColor(0xc8, 0xc8, 0xc8); // light grey, drawn with a cross
    }
    return Qt::black;
}

QString SimpleSeatView::statusText(SeatState::Status status)
{
    switch (status) {
    case SeatState::Status::Available:
        return tr("Available");
    case SeatState::Status::Held:
        return tr("Held");
    case SeatState::Status::Sold:
        return tr("Sold");
    case SeatState::Status::Blocked:
        return tr("Blocked");
    }
    return {};
}

void SimpleSeatView::setSeatMap(const SeatMap &map)
{
    m_seats.clear();
    m_seatIndex.clear();
    m_gaAreas.clear();
    m_decorations.clear();
    m_sections.clear();

    QHash<QString, QString> categoryNames;
    for (const Category &category : map.categories)
        categoryNames.insert(category.id, category.name);

    std::vector<double> gaps;
    QRectF seatBounds;
    for (const Section &section : map.sections) {
        if (!section.outline.isEmpty())
            m_sections.push_back({section.name, QPolygonF(section.outline)});
        for (const Row &row : section.rows) {
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                const Seat &seat = row.seats.at(i);
                m_seatIndex.insert(seat.id, int(m_seats.size()));
                m_seats.push_back({seat.position, seat.id, section.name, row.label, seat.label,
                                   categoryNames.value(seat.categoryId, seat.categoryId)});
                seatBounds |= QRectF(seat.position, QSizeF(0.001, 0.001));
                if (i > 0) {
                    const QPointF d = seat.position - row.seats.at(i - 1).position;
                    if (const double gap = std::hypot(d.x(), d.y()); gap > 0)
                        gaps.push_back(gap);
                }
            }
        }
    }
    for (const GaArea &area : map.gaAreas)
        m_gaAreas.push_back({area.id, area.name, categoryNames.value(area.categoryId, area.categoryId),
                             QPolygonF(area.outline), area.capacity, std::nullopt});
    for (const Decoration &decoration : map.decorations)
        m_decorations.push_back(
            {decoration.kind, decoration.text, QPolygonF(decoration.outline), decoration.position});
    m_status.assign(m_seats.size(), std::nullopt);

    if (!gaps.empty()) {
        std::nth_element(gaps.begin(), gaps.begin() + qsizetype(gaps.size() / 2), gaps.end());
        m_pitch = gaps[gaps.size() / 2];
    }

    // The declared size is the map's extent; anything drawn outside it still has to fit.
    QRectF bounds = map.width > 0 && map.height > 0 ? QRectF(0, 0, map.width, map.height) : seatBounds;
    for (const GaShape &area : m_gaAreas)
        bounds |= area.outline.boundingRect();
    for (const DecorationShape &decoration : m_decorations)
        bounds |= decoration.outline.isEmpty() ? QRectF(decoration.position, QSizeF(0.001, 0.001))
                                               : decoration.outline.boundingRect();
    if (!seatBounds.isNull())
        bounds |= seatBounds.adjusted(-m_pitch, -m_pitch, m_pitch, m_pitch);
    if (gaps.empty())
        m_pitch = std::max(1.0, std::min(bounds.width(), bounds.height()) / 50.0);
    m_bounds = bounds;

    m_counts = {};
    m_seatsWithState = 0;
    invalidate();
}

void SimpleSeatView::setStates(const QList<SeatState> &seats, const QList<GaAreaState> &gaAreas)
{
    m_status.assign(m_seats.size(), std::nullopt);
    m_counts = {};
    m_seatsWithState = 0;
    for (const SeatState &state : seats) {
        switch (state.status) {
        case SeatState::Status::Available:
            ++m_counts.available;
            break;
        case SeatState::Status::Held:
            ++m_counts.held;
            break;
        case SeatState::Status::Sold:
            ++m_counts.sold;
            break;
        case SeatState::Status::Blocked:
            ++m_counts.blocked;
            break;
        }
        const auto index = m_seatIndex.constFind(state.seatId);
        if (index != m_seatIndex.cend()) {
            m_status[std::size_t(*index)] = state.status;
            ++m_seatsWithState;
        }
    }

    QHash<QString, GaAreaState> gaById;
    for (const GaAreaState &state : gaAreas) {
        gaById.insert(state.areaId, state);
        m_counts.gaAvailable += state.available;
        m_counts.gaCapacity += state.capacity;
    }
    for (GaShape &area : m_gaAreas) {
        const auto state = gaById.constFind(area.id);
        area.state = state == gaById.cend() ? std::nullopt : std::optional<GaAreaState>(*state);
    }
    invalidate();
}

void SimpleSeatView::clear()
{
    setSeatMap(SeatMap());
}

void SimpleSeatView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    invalidate();
}

std::optional<SeatState::Status> SimpleSeatView::seatStatus(const QString &seatId) const
{
    const auto index = m_seatIndex.constFind(seatId);
    if (index == m_seatIndex.cend())
        return std::nullopt;
    return m_status[std::size_t(*index)];
}

std::optional<QPointF> SimpleSeatView::seatCentre(const QString &seatId) const
{
    const auto index = m_seatIndex.constFind(seatId);
    if (index == m_seatIndex.cend())
        return std::nullopt;
    return mapToWidget().map(m_seats[std::size_t(*index)].position);
}

bool SimpleSeatView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);

    const auto *help = static_cast<QHelpEvent *>(event);
    QString text;
    if (const int seat = seatAt(help->pos()); seat >= 0)
        text = seatToolTip(seat);
    else if (const int area = gaAreaAt(help->pos()); area >= 0)
        text = gaToolTip(area);
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

void SimpleSeatView::paintEvent(QPaintEvent *)
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (!m_cacheValid || m_cache.size() != pixels) {
        m_cache = QPixmap(pixels);
        m_cache.setDevicePixelRatio(ratio);
        QPainter cachePainter(&m_cache);
        render(cachePainter);
        m_cacheValid = true;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
}

void SimpleSeatView::resizeEvent(QResizeEvent *event)
{
    invalidate();
    QWidget::resizeEvent(event);
}

void SimpleSeatView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        invalidate();
    QWidget::changeEvent(event);
}

QRectF SimpleSeatView::mapArea() const
{
    const double legendHeight = fontMetrics().height() + 2 * Margin;
    return QRectF(rect()).adjusted(Margin, Margin, -Margin, -legendHeight);
}

QTransform SimpleSeatView::mapToWidget() const
{
    const QRectF area = mapArea();
    if (m_bounds.width() <= 0 || m_bounds.height() <= 0 || area.width() <= 0 || area.height() <= 0)
        return {};
    const double scale = std::min(area.width() / m_bounds.width(), area.height() / m_bounds.height());
    const QPointF offset(area.left() + (area.width() - m_bounds.width() * scale) / 2,
                         area.top() + (area.height() - m_bounds.height() * scale) / 2);
    QTransform transform;
    transform.translate(offset.x(), offset.y());
    transform.scale(scale, scale);
    transform.translate(-m_bounds.left(), -m_bounds.top());
    return transform;
}

double SimpleSeatView::seatRadius(const QTransform &transform) const
{
    return std::clamp(0.42 * m_pitch * transform.m11(), 1.0, 14.0);
}

int SimpleSeatView::seatAt(const QPointF &widgetPos) const
{
    const QTransform transform = mapToWidget();
    if (m_seats.empty() || transform.m11() <= 0)
        return -1;
    const double reach = seatRadius(transform) + 2.0; // widget pixels: small seats are still hoverable
    double best = reach * reach;
    int found = -1;
    for (std::size_t i = 0; i < m_seats.size(); ++i) {
        const QPointF d = transform.map(m_seats[i].position) - widgetPos;
        const double distance = QPointF::dotProduct(d, d);
        if (distance <= best) {
            best = distance;
            found = int(i);
        }
    }
    return found;
}

int SimpleSeatView::gaAreaAt(const QPointF &widgetPos) const
{
    const QTransform transform = mapToWidget();
    for (std::size_t i = 0; i < m_gaAreas.size(); ++i) {
        if (transform.map(m_gaAreas[i].outline).containsPoint(widgetPos, Qt::OddEvenFill))
            return int(i);
    }
    return -1;
}

QString SimpleSeatView::seatToolTip(int index) const
{
    const SeatDot &seat = m_seats[std::size_t(index)];
    const auto status = m_status[std::size_t(index)];
    return tr("%1 · Row %2 · Seat %3").arg(seat.section, seat.row, seat.label) + QLatin1Char('\n') +
           tr("Category: %1").arg(seat.category) + QLatin1Char('\n') +
           tr("Status: %1").arg(status ? statusText(*status) : tr("unknown"));
}

QString SimpleSeatView::gaToolTip(int index) const
{
    const GaShape &area = m_gaAreas[std::size_t(index)];
    QString text = area.name + QLatin1Char('\n') + tr("Category: %1").arg(area.category);
    if (area.state) {
        text += QLatin1Char('\n') +
                tr("%1 of %2 places available").arg(area.state->available).arg(area.state->capacity) +
                QLatin1Char('\n') +
                tr("%1 held · %2 sold · %3 blocked")
                    .arg(area.state->held)
                    .arg(area.state->sold)
                    .arg(area.state->blocked);
    }
    return text;
}

void SimpleSeatView::invalidate()
{
    m_cacheValid = false;
    update();
}

void SimpleSeatView::render(QPainter &painter) const
{
    painter.fillRect(rect(), palette().base());
    if (m_seats.empty() && m_gaAreas.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QTransform transform = mapToWidget();
    painter.setRenderHint(QPainter::Antialiasing);
    paintDecorations(painter, transform);
    paintGaAreas(painter, transform);
    paintSeats(painter, transform);
    paintLegend(painter);
}

void SimpleSeatView::paintDecorations(QPainter &painter, const QTransform &transform) const
{
    const QColor line = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::PlaceholderText);

    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().color(QPalette::Midlight), 1.0));
    for (const SectionOutline &section : m_sections)
        painter.drawPolygon(transform.map(section.outline));

    for (const DecorationShape &decoration : m_decorations) {
        if (!decoration.outline.isEmpty()) {
            const QPolygonF shape = transform.map(decoration.outline);
            const bool stage = decoration.kind == QLatin1String("stage");
            painter.setPen(QPen(line, 1.0));
            painter.setBrush(stage ? QBrush(palette().color(QPalette::Button))
                                   : QBrush(line, Qt::BDiagPattern));
            painter.drawPolygon(shape);
            QFont font = this->font();
            font.setBold(stage);
            const QRectF box = shape.boundingRect();
            // A label that does not fit its shape (a pillar) is left out rather than drawn over the seats.
            if (!decoration.text.isEmpty() &&
                QFontMetricsF(font).horizontalAdvance(decoration.text) < box.width()) {
                painter.setFont(font);
                painter.setPen(stage ? palette().color(QPalette::ButtonText) : text);
                painter.drawText(box, Qt::AlignCenter, decoration.text);
                painter.setFont(this->font());
            }
        } else if (!decoration.text.isEmpty()) {
            const QPointF at = transform.map(decoration.position);
            const QRectF box(at.x() - 200, at.y() - 20, 400, 40);
            painter.setPen(text);
            painter.drawText(box, Qt::AlignCenter, decoration.text);
        }
    }
}

void SimpleSeatView::paintGaAreas(QPainter &painter, const QTransform &transform) const
{
    QFont bold = font();
    bold.setBold(true);
    for (const GaShape &area : m_gaAreas) {
        if (area.outline.size() < 3)
            continue; // no shape to draw; the summary still counts its places
        const QPolygonF shape = transform.map(area.outline);
        QColor fill = gaColor(area.state);
        const QColor outline = fill;
        fill.setAlpha(40);
        painter.setPen(QPen(outline, 2.0));
        painter.setBrush(fill);
        painter.drawPolygon(shape);

        const QString places =
            area.state ? QStringLiteral("%1/%2").arg(area.state->available).arg(area.state->capacity)
                       : QStringLiteral("–/%1").arg(area.capacity);
        painter.setPen(palette().color(QPalette::Text));
        painter.setFont(bold);
        const QPointF centre = labelPoint(shape);
        const QRectF box(centre.x() - 150, centre.y() - 50, 300, 100);
        painter.drawText(box, Qt::AlignCenter, area.name + QLatin1Char('\n') + places);
        painter.setFont(font());
    }
}

void SimpleSeatView::paintSeats(QPainter &painter, const QTransform &transform) const
{
    const double radius = seatRadius(transform);
    const bool tiny = radius < 2.0;
    painter.setRenderHint(QPainter::Antialiasing, !tiny);

    // One pass per status: a brush change per seat costs more than the seats.
    constexpr SeatState::Status statuses[] = {SeatState::Status::Available, SeatState::Status::Held,
                                              SeatState::Status::Sold, SeatState::Status::Blocked};
    for (const SeatState::Status status : statuses) {
        const QColor color = statusColor(status);
        const bool blocked = status == SeatState::Status::Blocked;
        painter.setPen(blocked && !tiny ? QPen(color.darker(150), 1.0) : QPen(Qt::NoPen));
        painter.setBrush(color);
        for (std::size_t i = 0; i < m_seats.size(); ++i) {
            if (m_status[i] != status)
                continue;
            const QPointF centre = transform.map(m_seats[i].position);
            if (tiny) {
                painter.fillRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                                 color);
                continue;
            }
            painter.drawEllipse(centre, radius, radius);
            if (blocked && radius >= 4.0) {
                const double r = radius * 0.55;
                painter.drawLine(centre + QPointF(-r, -r), centre + QPointF(r, r));
                painter.drawLine(centre + QPointF(-r, r), centre + QPointF(r, -r));
            }
        }
    }

    // Seats the store has no state for (a map/show mismatch): hollow, so they do not pass for free.
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.setBrush(Qt::NoBrush);
    for (std::size_t i = 0; i < m_seats.size(); ++i) {
        if (!m_status[i])
            painter.drawEllipse(transform.map(m_seats[i].position), radius, radius);
    }
    painter.setRenderHint(QPainter::Antialiasing);
}

void SimpleSeatView::paintLegend(QPainter &painter) const
{
    const QFontMetricsF metrics(font());
    const double y = height() - Margin - metrics.height();
    double x = Margin;
    constexpr SeatState::Status statuses[] = {SeatState::Status::Available, SeatState::Status::Held,
                                              SeatState::Status::Sold, SeatState::Status::Blocked};
    for (const SeatState::Status status : statuses) {
        const QColor color = statusColor(status);
        const QRectF swatch(x, y + (metrics.height() - LegendSwatch) / 2, LegendSwatch, LegendSwatch);
        painter.setPen(status == SeatState::Status::Blocked ? QPen(color.darker(150), 1.0) : QPen(Qt::NoPen));
        painter.setBrush(color);
        painter.drawEllipse(swatch);
        if (status == SeatState::Status::Blocked) {
            const QRectF cross = swatch.adjusted(3, 3, -3, -3);
            painter.drawLine(cross.topLeft(), cross.bottomRight());
            painter.drawLine(cross.bottomLeft(), cross.topRight());
        }
        x += LegendSwatch + 6;
        const QString label = statusText(status);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x, y + metrics.ascent()), label);
        x += metrics.horizontalAdvance(label) + 18;
    }
    if (!m_gaAreas.empty()) {
        QColor fill = statusColor(SeatState::Status::Available);
        const QColor outline = fill;
        fill.setAlpha(40);
        painter.setPen(QPen(outline, 2.0));
        painter.setBrush(fill);
        painter.drawRect(
            QRectF(x, y + (metrics.height() - LegendSwatch) / 2, LegendSwatch * 1.5, LegendSwatch));
        x += LegendSwatch * 1.5 + 6;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x, y + metrics.ascent()), tr("General admission (available/capacity)"));
    }
}

} // namespace Parterre
