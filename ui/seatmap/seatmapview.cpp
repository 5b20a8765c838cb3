#include "seatmapview.h"

#include "seatmaptext.h"

#include <QAccessible>
#include <QApplication>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

constexpr int WheelUnitsPerLevel = 60; // a standard wheel notch (120) zooms two levels, about 19 %
constexpr int KeyZoomLevels = 2;
constexpr double KeyPanShare = 0.1;
constexpr double HitSlackPixels = 4.0;
constexpr double MaxSeatPixels = 160.0; // zooming in stops when a seat is this far from the next

using Detail = SeatMapRenderer::Detail;

} // namespace

SeatMapView::SeatMapView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Seat map"));
    m_placeholder = tr("No show selected.");
    m_renderer.setPalette(palette());
    m_renderer.setFont(font());
}

void SeatMapView::setSeatMap(const SeatMap &map)
{
    const bool hadSelection = !m_selection.isEmpty();
    m_selection.clear();
    m_focusSeat = -1;
    m_renderer.setSeatMap(map);
    m_counts = {};
    m_seatsWithState = 0;
    m_holdCodes.clear(); // seat numbers of the old map
    updateLegend();
    fitToView();
    announceFocusSeat();
    if (hadSelection)
        emit selectionChanged();
}

void SeatMapView::replaceSeatMap(const SeatMap &map)
{
    const bool hadSelection = !m_selection.isEmpty();
    const bool wasEmpty = m_renderer.geometry().bounds().isEmpty();
    m_selection.clear();
    m_focusSeat = -1;
    m_renderer.setSeatMap(map);
    m_counts = {};
    m_seatsWithState = 0;
    m_holdCodes.clear(); // seat numbers of the old map
    updateLegend();
    if (wasEmpty)
        fitToView();
    else
        clampOrigin();
    update();
    if (hadSelection)
        emit selectionChanged();
}

void SeatMapView::setStates(const QList<SeatState> &seats, const QList<GaAreaState> &gaAreas)
{
    m_counts = {};
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
    }
    for (const GaAreaState &state : gaAreas) {
        m_counts.gaAvailable += state.available;
        m_counts.gaCapacity += state.capacity;
    }
    m_renderer.setStatuses(seats);
    m_renderer.setGaStates(gaAreas);
    const SeatMapGeometry &geometry = m_renderer.geometry();
    const bool hadKept = !m_holdCodes.isEmpty();
    m_holdCodes.clear();
    for (const SeatState &state : seats) {
        if (state.holdCode.isEmpty())
            continue;
        if (const int seat = geometry.indexOf(state.seatId); seat >= 0)
            m_holdCodes.insert(seat, state.holdCode);
    }
    if (hadKept != !m_holdCodes.isEmpty())
        updateLegend();
    m_seatsWithState = 0;
    for (int i = 0; i < geometry.seatCount(); ++i)
        m_seatsWithState += geometry.status(i) != SeatMapPalette::UnknownStatus;
    update();
}

void SeatMapView::setHoldCodeNames(const QHash<QString, QString> &names)
{
    m_holdCodeNames = names;
}

QString SeatMapView::holdCode(const QString &seatId) const
{
    return m_holdCodes.value(m_renderer.geometry().indexOf(seatId));
}

void SeatMapView::setPrices(const QHash<QString, qint64> &prices, const QString &currency)
{
    if (prices == m_prices && currency == m_currency)
        return;
    m_prices = prices;
    m_currency = currency;
    updateLegend();
    update();
}

void SeatMapView::clear()
{
    m_prices.clear();
    m_currency.clear();
    setSeatMap(SeatMap());
}

void SeatMapView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

std::optional<SeatState::Status> SeatMapView::seatStatus(const QString &seatId) const
{
    const int seat = m_renderer.geometry().indexOf(seatId);
    if (seat < 0)
        return std::nullopt;
    return SeatMapPalette::storeStatus(m_renderer.geometry().status(seat));
}

std::optional<QPointF> SeatMapView::seatCentre(const QString &seatId) const
{
    const int seat = m_renderer.geometry().indexOf(seatId);
    if (seat < 0)
        return std::nullopt;
    return seatCentre(seat);
}

QPointF SeatMapView::seatCentre(int seat) const
{
    return mapToWidget(m_renderer.geometry().position(seat));
}

QString SeatMapView::seatDescription(int seat) const
{
    QString text = SeatMapText(m_renderer.geometry(), m_prices, m_currency).seatDescription(seat);
    if (const auto code = m_holdCodes.constFind(seat); code != m_holdCodes.cend())
        text += u", "_s + tr("kept for %1").arg(m_holdCodeNames.value(*code, *code));
    return text;
}

double SeatMapView::scale() const
{
    return SeatMapRenderer::scaleForLevel(m_level) / devicePixelRatioF();
}

SeatMapRenderer::Detail SeatMapView::detail() const
{
    return m_renderer.detailForScale(SeatMapRenderer::scaleForLevel(m_level));
}

QRect SeatMapView::mapArea() const
{
    const int legend = m_legend.heightForWidth(width(), font());
    return QRect(0, 0, width(), std::max(0, height() - legend));
}

QPointF SeatMapView::mapToWidget(const QPointF &mapPoint) const
{
    const qreal dpr = devicePixelRatioF();
    return QPointF(mapArea().topLeft()) +
           (mapPoint * SeatMapRenderer::scaleForLevel(m_level) - QPointF(m_origin)) / dpr;
}

QPointF SeatMapView::mapFromWidget(const QPointF &widgetPoint) const
{
    const qreal dpr = devicePixelRatioF();
    return ((widgetPoint - QPointF(mapArea().topLeft())) * dpr + QPointF(m_origin)) /
           SeatMapRenderer::scaleForLevel(m_level);
}

int SeatMapView::seatAtWidget(const QPointF &widgetPoint) const
{
    if (detail() == Detail::Sections)
        return -1;
    const double reach = std::max(m_renderer.geometry().seatRadius(), HitSlackPixels / scale());
    return m_renderer.seatAt(mapFromWidget(widgetPoint), reach);
}

int SeatMapView::levelLimit(bool upper) const
{
    const SeatMapGeometry &geometry = m_renderer.geometry();
    if (upper)
        return SeatMapRenderer::levelForScale(MaxSeatPixels * devicePixelRatioF() / geometry.pitch());
    const QRect area = mapArea();
    const QRectF bounds = geometry.bounds();
    if (bounds.isEmpty() || area.isEmpty())
        return 0;
    const double fit = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    return SeatMapRenderer::levelForScale(fit * devicePixelRatioF()) - 2 * KeyZoomLevels;
}

void SeatMapView::setZoomLevel(int level, const QPointF &anchor)
{
    level = std::clamp(level, std::min(levelLimit(false), m_level), std::max(levelLimit(true), m_level));
    if (level == m_level)
        return;
    const QPointF mapPoint = mapFromWidget(anchor);
    const qreal dpr = devicePixelRatioF();
    m_level = level;
    const QPointF device =
        mapPoint * SeatMapRenderer::scaleForLevel(level) - (anchor - QPointF(mapArea().topLeft())) * dpr;
    m_origin = device.toPoint();
    m_fitted = false;
    clampOrigin();
    update();
}

void SeatMapView::zoomBy(int levels)
{
    setZoomLevel(m_level + levels, QRectF(mapArea()).center());
}

void SeatMapView::fitToView()
{
    m_fitted = true;
    const QRect area = mapArea();
    const QRectF bounds = m_renderer.geometry().bounds();
    if (bounds.isEmpty() || area.isEmpty()) {
        update();
        return;
    }
    const qreal dpr = devicePixelRatioF();
    const double fit = std::min(area.width() * dpr / bounds.width(), area.height() * dpr / bounds.height());
    m_level = SeatMapRenderer::levelForScale(fit);
    const double s = SeatMapRenderer::scaleForLevel(m_level);
    m_origin = QPoint(int(std::lround(bounds.center().x() * s - area.width() * dpr / 2)),
                      int(std::lround(bounds.center().y() * s - area.height() * dpr / 2)));
    update();
}

void SeatMapView::zoomToMapRect(const QRectF &mapRect)
{
    const QRect area = mapArea();
    if (area.isEmpty())
        return;
    // A single seat or a line of them still gets some room around it.
    const double margin =
        std::max(2.0 * m_renderer.geometry().pitch(), 0.1 * std::max(mapRect.width(), mapRect.height()));
    const QRectF target = mapRect.adjusted(-margin, -margin, margin, margin);
    const qreal dpr = devicePixelRatioF();
    const double fit = std::min(area.width() * dpr / target.width(), area.height() * dpr / target.height());
    m_level = std::clamp(SeatMapRenderer::levelForScale(fit), levelLimit(false), levelLimit(true));
    m_fitted = false;
    const double s = SeatMapRenderer::scaleForLevel(m_level);
    m_origin = QPoint(int(std::lround(target.center().x() * s - area.width() * dpr / 2)),
                      int(std::lround(target.center().y() * s - area.height() * dpr / 2)));
    clampOrigin();
    update();
}

void SeatMapView::panBy(const QPointF &pixels)
{
    m_origin -= (pixels * devicePixelRatioF()).toPoint();
    m_fitted = false;
    clampOrigin();
    update();
}

void SeatMapView::clampOrigin()
{
    // Some of the map stays in sight, however far it is dragged.
    const QRectF bounds = m_renderer.geometry().bounds();
    if (bounds.isEmpty())
        return;
    const double s = SeatMapRenderer::scaleForLevel(m_level);
    const qreal dpr = devicePixelRatioF();
    const QRectF pixels(bounds.left() * s, bounds.top() * s, bounds.width() * s, bounds.height() * s);
    const QSizeF view = QSizeF(mapArea().size()) * dpr;
    const double marginX = std::min(view.width() / 4, pixels.width() / 2);
    const double marginY = std::min(view.height() / 4, pixels.height() / 2);
    m_origin.setX(
        int(std::clamp(double(m_origin.x()), pixels.left() + marginX - view.width(),
                       std::max(pixels.left() + marginX - view.width(), pixels.right() - marginX))));
    m_origin.setY(
        int(std::clamp(double(m_origin.y()), pixels.top() + marginY - view.height(),
                       std::max(pixels.top() + marginY - view.height(), pixels.bottom() - marginY))));
}

void SeatMapView::updateLegend()
{
    m_legend.update(m_renderer.geometry(), m_prices, m_currency, m_legendShowsStates, !m_holdCodes.isEmpty());
}

void SeatMapView::setLegendShowsStates(bool shows)
{
    m_legendShowsStates = shows;
    updateLegend();
    update();
}

QList<int> SeatMapView::selectedSeats() const
{
    QList<int> seats(m_selection.cbegin(), m_selection.cend());
    std::sort(seats.begin(), seats.end());
    return seats;
}

QStringList SeatMapView::selectedSeatIds() const
{
    QStringList ids;
    for (const int seat : selectedSeats())
        ids.append(m_renderer.geometry().seatId(seat).toString());
    return ids;
}

void SeatMapView::setSelectedSeats(const QList<int> &seats)
{
    changeSelection(seats, {}, true);
}

void SeatMapView::clearSelection()
{
    changeSelection({}, {}, true);
}

void SeatMapView::changeSelection(const QList<int> &add, const QList<int> &remove, bool replace)
{
    QSet<int> next = replace ? QSet<int>() : m_selection;
    for (const int seat : remove)
        next.remove(seat);
    for (const int seat : add) {
        if (seat >= 0 && seat < seatCount())
            next.insert(seat);
    }
    if (next == m_selection)
        return;
    QList<int> deselected;
    for (const int seat : std::as_const(m_selection)) {
        if (!next.contains(seat))
            deselected.append(seat);
    }
    m_renderer.setSelected(deselected, false);
    m_renderer.setSelected(QList<int>(next.cbegin(), next.cend()), true);
    m_selection = std::move(next);
    update();
    if (m_focusSeat >= 0)
        announceFocusSeat();
    emit selectionChanged();
}

void SeatMapView::setFocusSeat(int seat)
{
    if (seat < -1 || seat >= seatCount())
        seat = -1;
    if (seat == m_focusSeat)
        return;
    m_focusSeat = seat;
    if (seat >= 0)
        ensureVisible(seat);
    announceFocusSeat();
    update();
    emit focusSeatChanged(seat);
}

void SeatMapView::announceFocusSeat()
{
    if (m_focusSeat < 0) {
        setAccessibleName(tr("Seat map"));
        setAccessibleDescription(
            seatCount() > 0 ? tr("%Ln seats. Tab or arrow keys move from seat to seat, Space selects.",
                                 nullptr, seatCount())
                            : QString());
        return;
    }
    const QString description = seatDescription(m_focusSeat);
    setAccessibleName(description);
    setAccessibleDescription(description);
    if (QAccessible::isActive() && hasFocus()) {
        QAccessibleEvent event(this, QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
}

void SeatMapView::ensureVisible(int seat)
{
    const QRectF inner = QRectF(mapArea()).adjusted(24, 24, -24, -24);
    const QPointF at = seatCentre(seat);
    if (inner.contains(at))
        return;
    panBy(QRectF(mapArea()).center() - at);
}

QString SeatMapView::toolTipAt(const QPointF &widgetPoint) const
{
    const SeatMapGeometry &geometry = m_renderer.geometry();
    const SeatMapText text(geometry, m_prices, m_currency);
    const QPointF mapPoint = mapFromWidget(widgetPoint);
    if (const int seat = seatAtWidget(widgetPoint); seat >= 0) {
        QString tip = text.seatToolTip(seat);
        if (const auto code = m_holdCodes.constFind(seat); code != m_holdCodes.cend())
            tip += u'\n' + tr("Kept for: %1 (hold code %2)").arg(m_holdCodeNames.value(*code, *code), *code);
        return tip;
    }
    if (const int area = geometry.gaAreaAt(mapPoint); area >= 0)
        return text.gaAreaToolTip(area);
    if (detail() == Detail::Sections) {
        if (const int section = geometry.sectionAt(mapPoint); section >= 0)
            return text.sectionToolTip(section);
    }
    return {};
}

bool SeatMapView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = mapArea().contains(help->pos()) ? toolTipAt(help->pos()) : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    case QEvent::Gesture: {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                pinchBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint()));
            if (pinch->state() == Qt::GestureFinished || pinch->state() == Qt::GestureCanceled)
                m_pinchScale = 1.0;
            gestures->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: { // a touchpad's pinch (libinput, macOS) arrives as a native zoom gesture
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            pinchBy(1.0 + gesture->value(), gesture->position());
            return true;
        }
        if (gesture->gestureType() == Qt::EndNativeGesture) {
            m_pinchScale = 1.0;
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void SeatMapView::pinchBy(double factor, const QPointF &center)
{
    // Fingers move in small steps; zoom levels are whole: keep the remainder for the next step.
    if (!(factor > 0.0))
        return;
    m_pinchScale *= factor;
    const int levels = int(std::lround(std::log2(m_pinchScale) * SeatMapRenderer::LevelsPerOctave));
    if (levels != 0) {
        setZoomLevel(m_level + levels, center);
        m_pinchScale /= std::exp2(double(levels) / SeatMapRenderer::LevelsPerOctave);
    }
}

bool SeatMapView::focusNextPrevChild(bool next)
{
    // Tab walks the seats in map order; past the first or the last seat it leaves the view.
    const int target = next ? m_focusSeat + 1 : (m_focusSeat < 0 ? -1 : m_focusSeat - 1);
    if (target >= 0 && target < seatCount()) {
        setFocusSeat(target);
        return true;
    }
    setFocusSeat(-1);
    return QWidget::focusNextPrevChild(next);
}

void SeatMapView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const SeatMapGeometry &geometry = m_renderer.geometry();
    if (geometry.seatCount() == 0 && geometry.gaAreas().empty()) {
        painter.fillRect(rect(), palette().base());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        if (m_overlay)
            m_overlay(painter);
        return;
    }
    const QRect area = mapArea();
    const QRect exposed = event->rect() & area;
    if (!exposed.isEmpty()) {
        const qreal dpr = devicePixelRatioF();
        const QPoint deviceTopLeft = ((QPointF(exposed.topLeft() - area.topLeft())) * dpr).toPoint();
        const QSize deviceSize = (QSizeF(exposed.size()) * dpr).toSize();
        m_renderer.paintTiles(painter, exposed.topLeft(), m_level, m_origin + deviceTopLeft, deviceSize, dpr);
        painter.save();
        painter.setClipRect(exposed);
        paintOverlays(painter);
        painter.restore();
    }
    const QRect legend(0, area.bottom() + 1, width(), height() - area.height());
    if (legend.intersects(event->rect())) {
        painter.fillRect(legend, palette().window());
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(legend.topLeft(), legend.topRight());
        m_legend.paint(painter, legend, palette(), font());
    }
}

void SeatMapView::paintOverlays(QPainter &painter)
{
    const SeatMapGeometry &geometry = m_renderer.geometry();
    painter.setRenderHint(QPainter::Antialiasing);
    if (detail() == Detail::Sections && !m_selection.isEmpty()) {
        // Seats are not drawn from this far, but the selection still shows: one batch of dots.
        QList<QRectF> dots;
        dots.reserve(m_selection.size());
        for (const int seat : std::as_const(m_selection)) {
            const QPointF at = seatCentre(seat);
            dots.append(QRectF(at.x() - 1.5, at.y() - 1.5, 3, 3));
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(SeatMapPalette::selectionColor());
        painter.drawRects(dots.constData(), int(dots.size()));
    }
    if (m_focusSeat >= 0) {
        const QPointF at = seatCentre(m_focusSeat);
        const double r = std::max(5.0, geometry.pitch() * scale() * 0.55);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 4.0));
        painter.drawEllipse(at, r, r);
        painter.setPen(QPen(hasFocus() ? SeatMapPalette::focusColor() : palette().color(QPalette::Mid), 2.0,
                            hasFocus() ? Qt::SolidLine : Qt::DotLine));
        painter.drawEllipse(at, r, r);
    }
    if (m_drag == Drag::RubberBand) {
        QColor fill = SeatMapPalette::selectionColor();
        fill.setAlpha(40);
        painter.setPen(QPen(SeatMapPalette::selectionColor(), 1.0));
        painter.setBrush(fill);
        painter.drawRect(m_rubberBand);
    }
    if (m_overlay)
        m_overlay(painter);
}

void SeatMapView::resizeEvent(QResizeEvent *event)
{
    const QPointF centre = mapFromWidget(QRectF(mapArea()).center());
    QWidget::resizeEvent(event);
    if (m_fitted) {
        fitToView();
        return;
    }
    // Keep the same map point in the middle.
    const double s = SeatMapRenderer::scaleForLevel(m_level);
    const qreal dpr = devicePixelRatioF();
    m_origin =
        (centre * s - QPointF(mapArea().size().width(), mapArea().size().height()) * dpr / 2).toPoint();
    clampOrigin();
}

void SeatMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_renderer.setPalette(palette());
    if (event->type() == QEvent::FontChange)
        m_renderer.setFont(font());
    QWidget::changeEvent(event);
}

void SeatMapView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0 && delta.x() != 0) {
        panBy(QPointF(delta.x() / 2.0, 0));
        event->accept();
        return;
    }
    m_wheelRemainder += delta.y();
    const int levels = m_wheelRemainder / WheelUnitsPerLevel;
    m_wheelRemainder -= levels * WheelUnitsPerLevel;
    if (levels != 0)
        setZoomLevel(m_level + levels, event->position());
    event->accept();
}

void SeatMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_drag = event->button() == Qt::MiddleButton ? Drag::Panning : Drag::Pressed;
    m_dragModifiers = event->modifiers();
    m_pressPos = m_lastPos = event->position();
    event->accept();
}

void SeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::Pressed &&
        (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        const bool band = m_dragMode == DragMode::RubberBand ||
                          (m_dragModifiers & (Qt::ShiftModifier | Qt::ControlModifier));
        m_drag = band ? Drag::RubberBand : Drag::Panning;
    }
    if (m_drag == Drag::Panning) {
        panBy(pos - m_lastPos);
    } else if (m_drag == Drag::RubberBand) {
        m_rubberBand = QRectF(m_pressPos, pos).normalized();
        update();
    }
    m_lastPos = pos;
}

void SeatMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::RubberBand) {
        const QRectF mapRect(mapFromWidget(m_rubberBand.topLeft()),
                             mapFromWidget(m_rubberBand.bottomRight()));
        changeSelection(m_renderer.seatsIn(mapRect), {},
                        !(m_dragModifiers & (Qt::ShiftModifier | Qt::ControlModifier)));
        update();
        return;
    }
    if (drag != Drag::Pressed || event->button() != Qt::LeftButton)
        return;

    const bool toggle = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    if (detail() == Detail::Sections && !toggle) {
        // From afar a click picks a region: zoom in until seats show.
        int level = m_level;
        while (m_renderer.detailForScale(SeatMapRenderer::scaleForLevel(level)) == Detail::Sections &&
               level < levelLimit(true))
            ++level;
        setZoomLevel(level, event->position());
        return;
    }
    const int seat = seatAtWidget(event->position());
    if (seat < 0) {
        if (!toggle)
            clearSelection();
        return;
    }
    if (toggle)
        changeSelection(m_selection.contains(seat) ? QList<int>() : QList<int>{seat},
                        m_selection.contains(seat) ? QList<int>{seat} : QList<int>(), false);
    else
        changeSelection({seat}, {}, true);
    setFocusSeat(seat);
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    const QRectF area(mapArea());
    const auto arrow = [&](const QPointF &direction) {
        if (m_focusSeat >= 0) {
            if (const int next = m_renderer.geometry().neighbour(m_focusSeat, direction); next >= 0)
                setFocusSeat(next);
        } else {
            panBy(QPointF(-direction.x() * area.width(), -direction.y() * area.height()) * KeyPanShare);
        }
    };
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(KeyZoomLevels);
        break;
    case Qt::Key_Minus:
        zoomBy(-KeyZoomLevels);
        break;
    case Qt::Key_0:
    case Qt::Key_F:
        fitToView();
        break;
    case Qt::Key_Left:
        arrow({-1, 0});
        break;
    case Qt::Key_Right:
        arrow({1, 0});
        break;
    case Qt::Key_Up:
        arrow({0, -1});
        break;
    case Qt::Key_Down:
        arrow({0, 1});
        break;
    case Qt::Key_Space:
        if (m_focusSeat < 0)
            return QWidget::keyPressEvent(event);
        if (m_selection.contains(m_focusSeat))
            changeSelection({}, {m_focusSeat}, false);
        else
            changeSelection({m_focusSeat}, {}, false);
        break;
    case Qt::Key_Escape:
        if (m_drag == Drag::RubberBand) {
            m_drag = Drag::None;
            update();
        } else if (m_focusSeat >= 0) {
            setFocusSeat(-1);
        } else {
            return QWidget::keyPressEvent(event);
        }
        break;
    case Qt::Key_Tab:
        if (event->modifiers() & Qt::ControlModifier) {
            setFocusSeat(-1); // Ctrl+Tab leaves the view without walking every seat
            QWidget::focusNextPrevChild(true);
            break;
        }
        return QWidget::keyPressEvent(event);
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

} // namespace Parterre
