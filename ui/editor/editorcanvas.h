#pragma once

#include "toolsettings.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>

class QMouseEvent;
class QPainter;

namespace Parterre {

class SeatMapDocument;
class SeatMapView;

// The editor's tools on the shared SeatMapView: watches the view's mouse and key events, turns drags into
// document edits and draws the previews over the map. The select tool leaves clicks and rubber bands to
// the view and moves what is selected when a drag starts on it.
class EditorCanvas final : public QObject
{
    Q_OBJECT

public:
    enum class Tool
    {
        Select,
        Rotate,
        SectionOutline,
        AddRow,
        AddBlock,
        GaArea,
        Text,
        Shape,
    };

    EditorCanvas(SeatMapDocument *document, SeatMapView *view, const ToolSettings *settings,
                 QObject *parent = nullptr);

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    void setDocument(SeatMapDocument *document);

    // The rows a drag from start to end lays out, in map units, each left to right: one row, or a block.
    static QList<QList<QPointF>> rowsForDrag(const QPointF &start, const QPointF &end,
                                             const ToolSettings &settings, bool block);
    // p on the grid when snapping is on.
    QPointF snapped(const QPointF &p) const;

signals:
    // An edit was refused; message says why.
    void refused(const QString &message);
    void toolChanged(Tool tool);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Drag
    {
        None,
        Move,
        Rotate,
        Draw,
    };

    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    bool mouseDoubleClick(QMouseEvent *event);
    bool keyPress(int key);
    void finishOutline();
    void paintOverlay(QPainter &painter);
    QPointF toMap(const QPointF &widgetPoint) const;
    // Whether a press at a map point lands on something already selected.
    bool onSelection(const QPointF &widgetPoint) const;
    // The GA area or decoration under a map point, as a selection; empty for none.
    bool selectElementAt(const QPointF &mapPoint, bool toggle);
    void report(const QString &message);

    QPointer<SeatMapDocument> m_document;
    SeatMapView *m_view;
    const ToolSettings *m_settings;
    Tool m_tool = Tool::Select;
    Drag m_drag = Drag::None;
    int m_dragId = 0;
    QPointF m_pressMap;   // map point where the drag started (snapped)
    QPointF m_appliedMap; // how far the drag has moved things so far, map units
    double m_appliedAngle = 0;
    QPointF m_rotateCentre; // fixed for the whole turn, so that the selection does not drift
    QPointF m_currentMap;
    int m_pressedSeat = -1; // the seat a move drag started on
    bool m_moved = false;
    QList<QPointF> m_outline; // the section outline being drawn
};

} // namespace Parterre
