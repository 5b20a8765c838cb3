#include "editorcanvas.h"

#include "seatmap/seatmappalette.h"
#include "seatmap/seatmapview.h"
#include "seatmapdocument.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

constexpr double kRotateSnapDegrees = 15;
constexpr double kMinimumRectangle = 4; // map units: a smaller drag is taken for a slip of the hand

double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

QList<QPointF> rectangle(const QPointF &a, const QPointF &b)
{
    const QRectF r = QRectF(a, b).normalized();
    return {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
}

} // namespace

EditorCanvas::EditorCanvas(SeatMapDocument *document, SeatMapView *view, const ToolSettings *settings,
                           QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_view(view)
    , m_settings(settings)
{
    m_view->installEventFilter(this);
    m_view->setDragMode(SeatMapView::DragMode::RubberBand);
    m_view->setOverlayPainter([this](QPainter &painter) { paintOverlay(painter); });
}

void EditorCanvas::setDocument(SeatMapDocument *document)
{
    m_document = document;
    m_drag = Drag::None;
    m_outline.clear();
    m_view->update();
}

void EditorCanvas::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    m_drag = Drag::None;
    m_outline.clear();
    m_view->setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    m_view->update();
    emit toolChanged(tool);
}

QList<QList<QPointF>> EditorCanvas::rowsForDrag(const QPointF &start, const QPointF &end,
                                                const ToolSettings &settings, bool block)
{
    const int rows = block ? std::max(1, settings.blockRows) : 1;
    const double spacing = std::max(1.0, settings.seatSpacing);
    const QLineF line(start, end);
    const double length = line.length();
    // Angles clockwise from +x, as the generators take them (map y grows downwards).
    const double angle = degrees(std::atan2(end.y() - start.y(), end.x() - start.x()));
    if (std::abs(settings.curve) < 1 || length < spacing) {
        const int seats = int(std::floor(length / spacing)) + 1;
        return Generators::straightBlock(start, angle, rows, seats, spacing, settings.rowSpacing);
    }
    // The row is the arc through start and end bending by curve degrees; the stage, which the spectators
    // face, lies on the side a spectator reading the row from start to end looks towards.
    const double arc = radians(std::clamp(std::abs(settings.curve), 1.0, 300.0));
    const double radius = length / (2 * std::sin(arc / 2));
    const QPointF middle = (start + end) / 2;
    const double towardsStage = radians(angle - 90);
    const QPointF focus =
        middle + QPointF(std::cos(towardsStage), std::sin(towardsStage)) * radius * std::cos(arc / 2);
    const double startAngle = degrees(std::atan2(start.y() - focus.y(), start.x() - focus.x()));
    const double endAngle = degrees(std::atan2(end.y() - focus.y(), end.x() - focus.x()));
    double sweepEnd = endAngle;
    // The arc runs through the side away from the focus: the short way round unless it bends past 180°.
    while (sweepEnd - startAngle > 180 && arc <= std::numbers::pi)
        sweepEnd -= 360;
    while (startAngle - sweepEnd > 180 && arc <= std::numbers::pi)
        sweepEnd += 360;
    return Generators::curvedBlock(focus, radius, startAngle, sweepEnd, rows, spacing, settings.rowSpacing);
}

QPointF EditorCanvas::snapped(const QPointF &p) const
{
    if (!m_settings->snapToGrid || m_settings->gridSize <= 0)
        return p;
    const double g = m_settings->gridSize;
    return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
}

QPointF EditorCanvas::toMap(const QPointF &widgetPoint) const
{
    return m_view->mapFromWidget(widgetPoint);
}

void EditorCanvas::report(const QString &message)
{
    emit refused(message);
}

bool EditorCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || !m_document)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        return mousePress(static_cast<QMouseEvent *>(event));
    case QEvent::MouseMove:
        return mouseMove(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonRelease:
        return mouseRelease(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonDblClick:
        return mouseDoubleClick(static_cast<QMouseEvent *>(event));
    case QEvent::KeyPress:
        return keyPress(static_cast<QKeyEvent *>(event)->key());
    default:
        return false;
    }
}

bool EditorCanvas::onSelection(const QPointF &widgetPoint) const
{
    const MapSelection &selection = m_document->selection();
    if (selection.isEmpty())
        return false;
    const SeatMapGeometry &geometry = m_view->renderer().geometry();
    if (const int seat = m_view->seatAtWidget(widgetPoint); seat >= 0)
        return selection.seats.contains(geometry.seatId(seat).toString());
    const QPointF at = toMap(widgetPoint);
    if (const int area = geometry.gaAreaAt(at); area >= 0)
        return selection.gaAreas.contains(geometry.gaAreas().at(std::size_t(area)).id);
    for (const int d : selection.decorations) {
        if (d >= 0 && std::size_t(d) < geometry.decorations().size() &&
            geometry.decorations().at(std::size_t(d)).bounds.adjusted(-4, -4, 4, 4).contains(at))
            return true;
    }
    return false;
}

bool EditorCanvas::selectElementAt(const QPointF &mapPoint, bool toggle)
{
    const SeatMapGeometry &geometry = m_view->renderer().geometry();
    MapSelection selection = toggle ? m_document->selection() : MapSelection{};
    if (const int area = geometry.gaAreaAt(mapPoint); area >= 0) {
        const QString id = geometry.gaAreas().at(std::size_t(area)).id;
        if (toggle && selection.gaAreas.contains(id))
            selection.gaAreas.remove(id);
        else
            selection.gaAreas.insert(id);
        m_document->setSelection(selection);
        return true;
    }
    // The topmost (last drawn) decoration under the point.
    for (int d = int(geometry.decorations().size()) - 1; d >= 0; --d) {
        const auto &decoration = geometry.decorations().at(std::size_t(d));
        const bool hit = decoration.outline.size() >= 3
                             ? decoration.outline.containsPoint(mapPoint, Qt::OddEvenFill)
                             : decoration.bounds.adjusted(-4, -4, 4, 4).contains(mapPoint);
        if (!hit)
            continue;
        if (toggle && selection.decorations.contains(d))
            selection.decorations.remove(d);
        else
            selection.decorations.insert(d);
        m_document->setSelection(selection);
        return true;
    }
    return false;
}

bool EditorCanvas::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false; // the middle button pans, in every tool
    const QPointF widgetPoint = event->position();
    const QPointF at = toMap(widgetPoint);
    m_currentMap = snapped(at);
    switch (m_tool) {
    case Tool::Select: {
        const bool toggle = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
        if (!toggle && onSelection(widgetPoint)) {
            m_drag = Drag::Move;
            ++m_dragId;
            m_pressMap = at;
            m_appliedMap = QPointF();
            m_pressedSeat = m_view->seatAtWidget(widgetPoint);
            m_moved = false;
            return true;
        }
        // Seats are the view's to select; areas and decoration, which it does not pick, are ours.
        if (m_view->seatAtWidget(widgetPoint) < 0 && selectElementAt(at, toggle)) {
            if (!toggle) {
                m_drag = Drag::Move;
                ++m_dragId;
                m_pressMap = at;
                m_appliedMap = QPointF();
                m_pressedSeat = -1;
                m_moved = false;
            }
            return true;
        }
        return false;
    }
    case Tool::Rotate:
        if (m_document->selection().isEmpty()) {
            report(tr("Select what to rotate first."));
            return true;
        }
        m_drag = Drag::Rotate;
        ++m_dragId;
        m_pressMap = at;
        m_appliedAngle = 0;
        m_rotateCentre = MapEdits::selectionBounds(m_document->map(), m_document->selection()).center();
        return true;
    case Tool::SectionOutline:
        m_outline.append(m_currentMap);
        m_view->update();
        return true;
    case Tool::Text: {
        Decoration text;
        text.kind = u"text"_s;
        text.text = m_settings->decorationText;
        text.position = m_currentMap;
        if (const Result<Done> done = m_document->addDecoration(text); !done)
            report(done.error().message);
        return true;
    }
    case Tool::AddRow:
    case Tool::AddBlock:
    case Tool::GaArea:
    case Tool::Shape:
        m_drag = Drag::Draw;
        m_pressMap = m_currentMap;
        m_view->update();
        return true;
    }
    return false;
}

bool EditorCanvas::mouseMove(QMouseEvent *event)
{
    if (event->buttons() & Qt::MiddleButton)
        return false; // the view pans, whatever the tool

    const QPointF at = toMap(event->position());
    m_currentMap = snapped(at);
    switch (m_drag) {
    case Drag::None:
        if (m_tool == Tool::SectionOutline && !m_outline.isEmpty())
            m_view->update();
        return m_tool != Tool::Select;
    case Drag::Move: {
        // The whole drag so far, snapped as one step, less what was applied already.
        QPointF total = at - m_pressMap;
        if (m_settings->snapToGrid && m_settings->gridSize > 0)
            total = snapped(total);
        const QPointF step = total - m_appliedMap;
        if (step.isNull())
            return true;
        m_moved = true;
        if (const Result<Done> done = m_document->moveSelection(step, m_dragId); !done) {
            report(done.error().message);
            m_drag = Drag::None;
            return true;
        }
        m_appliedMap = total;
        return true;
    }
    case Drag::Rotate: {
        const QPointF centre = m_rotateCentre;
        const double from = degrees(std::atan2(m_pressMap.y() - centre.y(), m_pressMap.x() - centre.x()));
        const double to = degrees(std::atan2(at.y() - centre.y(), at.x() - centre.x()));
        double total = std::remainder(to - from, 360.0);
        if (m_settings->snapToGrid)
            total = std::round(total / kRotateSnapDegrees) * kRotateSnapDegrees;
        const double step = total - m_appliedAngle;
        if (std::abs(step) < 0.01)
            return true;
        if (const Result<Done> done = m_document->rotateSelection(step, m_dragId, centre); !done) {
            report(done.error().message);
            m_drag = Drag::None;
            return true;
        }
        m_appliedAngle = total;
        return true;
    }
    case Drag::Draw:
        m_view->update();
        return true;
    }
    return false;
}

bool EditorCanvas::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Move && !m_moved && m_pressedSeat >= 0) {
        // A click without a drag on one of several selected seats selects just that one.
        MapSelection only;
        only.seats.insert(m_view->renderer().geometry().seatId(m_pressedSeat).toString());
        m_document->setSelection(only);
        m_view->setFocusSeat(m_pressedSeat);
        return true;
    }
    if (drag == Drag::Move || drag == Drag::Rotate)
        return true;
    if (drag != Drag::Draw)
        return m_tool != Tool::Select;
    m_currentMap = snapped(toMap(event->position()));
    m_view->update();
    Result<Done> done = Done{};
    switch (m_tool) {
    case Tool::AddRow:
    case Tool::AddBlock: {
        MapEdits::RowOptions options;
        options.categoryId = m_settings->categoryId;
        options.rowNaming = m_settings->rowNaming;
        options.numbering = m_settings->numbering;
        // Rows drawn inside a section join it; elsewhere they make a new one.
        const int section = m_view->renderer().geometry().sectionAt(m_pressMap);
        if (section >= 0)
            options.sectionId = m_view->renderer().geometry().sections().at(std::size_t(section)).id;
        const bool block = m_tool == Tool::AddBlock;
        done = m_document->addRows(rowsForDrag(m_pressMap, m_currentMap, *m_settings, block), options, block);
        break;
    }
    case Tool::GaArea: {
        const QRectF r = QRectF(m_pressMap, m_currentMap).normalized();
        if (r.width() < kMinimumRectangle || r.height() < kMinimumRectangle) {
            done = Error::invalidInput(tr("Drag out the GA area's rectangle."));
            break;
        }
        GaArea area;
        area.id = u"ga"_s;
        area.capacity = m_settings->gaCapacity;
        area.categoryId = m_settings->categoryId;
        area.outline = rectangle(m_pressMap, m_currentMap);
        done = m_document->addGaArea(area);
        break;
    }
    case Tool::Shape: {
        const QRectF r = QRectF(m_pressMap, m_currentMap).normalized();
        if (r.width() < kMinimumRectangle || r.height() < kMinimumRectangle) {
            done = Error::invalidInput(tr("Drag out the shape's rectangle."));
            break;
        }
        Decoration shape;
        shape.kind = u"shape"_s;
        shape.text = m_settings->decorationText;
        shape.outline = rectangle(m_pressMap, m_currentMap);
        done = m_document->addDecoration(shape);
        break;
    }
    default:
        break;
    }
    if (!done)
        report(done.error().message);
    return true;
}

bool EditorCanvas::mouseDoubleClick(QMouseEvent *event)
{
    if (m_tool == Tool::SectionOutline) {
        finishOutline();
        return true;
    }
    if (m_tool != Tool::Select)
        return true;
    // A double click on a seat selects its row; with Shift, its whole section.
    const int seat = m_view->seatAtWidget(event->position());
    if (seat < 0)
        return false;
    const SeatMapGeometry &geometry = m_view->renderer().geometry();
    const bool wholeSection = event->modifiers() & Qt::ShiftModifier;
    int first = 0;
    int count = 0;
    if (wholeSection) {
        const auto &section = geometry.sections().at(std::size_t(geometry.section(seat)));
        first = section.firstSeat;
        count = section.seatCount;
    } else {
        const auto &row = geometry.rows().at(std::size_t(geometry.row(seat)));
        first = row.firstSeat;
        count = row.seatCount;
    }
    MapSelection selection;
    for (int i = first; i < first + count; ++i)
        selection.seats.insert(geometry.seatId(i).toString());
    m_document->setSelection(selection);
    return true;
}

bool EditorCanvas::keyPress(int key)
{
    if (m_tool == Tool::SectionOutline && !m_outline.isEmpty()) {
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            finishOutline();
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_outline.clear();
            m_view->update();
            return true;
        }
        if (key == Qt::Key_Backspace) {
            m_outline.removeLast();
            m_view->update();
            return true;
        }
    }
    if (key == Qt::Key_Escape && m_drag != Drag::None) {
        m_drag = Drag::None;
        m_view->update();
        return true;
    }
    return false;
}

void EditorCanvas::finishOutline()
{
    QList<QPointF> outline = m_outline;
    m_outline.clear();
    m_view->update();
    // A double click also pressed twice: drop the points it repeated.
    outline.erase(std::unique(outline.begin(), outline.end(),
                              [](const QPointF &a, const QPointF &b) { return QLineF(a, b).length() < 0.5; }),
                  outline.end());
    QString section = MapEdits::sectionOf(m_document->map(), m_document->selection());
    if (section.isEmpty() && !outline.isEmpty()) {
        const int index = m_view->renderer().geometry().sectionAt(outline.first());
        if (index >= 0)
            section = m_view->renderer().geometry().sections().at(std::size_t(index)).id;
    }
    if (section.isEmpty()) {
        report(tr("Select seats of one section, or start the outline inside it."));
        return;
    }
    if (const Result<Done> done = m_document->setSectionOutline(section, outline); !done)
        report(done.error().message);
}

void EditorCanvas::paintOverlay(QPainter &painter)
{
    if (!m_document)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = SeatMapPalette::selectionColor();
    const QPen dashed(accent, 2, Qt::DashLine);

    // Selected areas and decoration: the view draws selected seats itself.
    const SeatMap &map = m_document->map();
    const MapSelection &selection = m_document->selection();
    painter.setPen(dashed);
    painter.setBrush(Qt::NoBrush);
    const auto polygon = [this](const QList<QPointF> &points) {
        QPolygonF shape;
        for (const QPointF &p : points)
            shape.append(m_view->mapToWidget(p));
        return shape;
    };
    for (const GaArea &area : map.gaAreas) {
        if (selection.gaAreas.contains(area.id))
            painter.drawPolygon(polygon(area.outline));
    }
    for (const int d : selection.decorations) {
        if (d < 0 || d >= map.decorations.size())
            continue;
        const Decoration &decoration = map.decorations.at(d);
        if (decoration.outline.size() >= 2) {
            painter.drawPolygon(polygon(decoration.outline));
        } else {
            const QPointF at = m_view->mapToWidget(decoration.position);
            painter.drawRect(QRectF(at - QPointF(30, 12), QSizeF(60, 24)));
        }
    }

    // What the current drag would add.
    if (m_drag == Drag::Draw) {
        QColor fill = accent;
        fill.setAlpha(60);
        if (m_tool == Tool::AddRow || m_tool == Tool::AddBlock) {
            const auto rows = rowsForDrag(m_pressMap, m_currentMap, *m_settings, m_tool == Tool::AddBlock);
            const double r = std::max(2.0, 0.35 * m_settings->seatSpacing * m_view->scale());
            painter.setPen(QPen(accent, 1.5));
            painter.setBrush(fill);
            for (const auto &row : rows) {
                for (const QPointF &p : row)
                    painter.drawEllipse(m_view->mapToWidget(p), r, r);
            }
        } else {
            painter.setPen(dashed);
            painter.setBrush(fill);
            painter.drawPolygon(polygon(rectangle(m_pressMap, m_currentMap)));
        }
    }
    if (m_tool == Tool::SectionOutline && !m_outline.isEmpty()) {
        QPolygonF line = polygon(m_outline);
        line.append(m_view->mapToWidget(m_currentMap));
        painter.setPen(QPen(accent, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(line);
        painter.setBrush(accent);
        for (const QPointF &p : std::as_const(line))
            painter.drawEllipse(p, 3, 3);
    }
    painter.restore();
}

} // namespace Parterre
