#pragma once

#include "model/catalog.h"
#include "model/seatmap.h"
#include "seatmaplegend.h"
#include "seatmaprenderer.h"

#include <QHash>
#include <QList>
#include <QPoint>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

namespace Parterre {

// The seat-map widget shared by selling and editing, drawn by a SeatMapRenderer: zoom (wheel, pinch, + and
// −), pan (drag, arrow keys), fit (0 or F), tooltips, selection by click, shift-click and rubber band,
// keyboard navigation from seat to seat that screen readers follow, and a legend.
class SeatMapView final : public QWidget
{
    Q_OBJECT

public:
    struct Counts
    {
        int available = 0;
        int held = 0;
        int sold = 0;
        int blocked = 0;
        int gaAvailable = 0;
        int gaCapacity = 0;
    };
    // What a left-button drag does; with Shift or Ctrl held it always draws a rubber band.
    enum class DragMode
    {
        Pan,
        RubberBand,
    };

    explicit SeatMapView(QWidget *parent = nullptr);

    void setSeatMap(const SeatMap &map);
    // For an edited map: draws the new version where the old one was, without fitting it to the view again.
    void replaceSeatMap(const SeatMap &map);
    // The show's states: seats not listed are drawn as unknown. Only seats that changed are repainted.
    void setStates(const QList<SeatState> &seats, const QList<GaAreaState> &gaAreas);
    // Hold code → its name, for the tooltips of seats kept under a code (SeatState::holdCode); such seats
    // are drawn with a ring.
    void setHoldCodeNames(const QHash<QString, QString> &names);
    QString holdCode(const QString &seatId) const; // empty: not kept under a code
    int keptSeatCount() const { return int(m_holdCodes.size()); }
    // Category id → price in minor units, for tooltips and the legend.
    void setPrices(const QHash<QString, qint64> &prices, const QString &currency);
    void clear();
    void setPlaceholderText(const QString &text);

    SeatMapRenderer &renderer() { return m_renderer; }
    const SeatMapRenderer &renderer() const { return m_renderer; }
    int seatCount() const { return m_renderer.seatCount(); }
    int seatsWithState() const { return m_seatsWithState; }
    std::optional<SeatState::Status> seatStatus(const QString &seatId) const;
    std::optional<QPointF> seatCentre(const QString &seatId) const; // widget coordinates
    QPointF seatCentre(int seat) const;
    Counts counts() const { return m_counts; }
    QString seatDescription(int seat) const;

    // Zoom level as in SeatMapRenderer: 2^(level / 8) device pixels per map unit.
    int zoomLevel() const { return m_level; }
    double scale() const; // widget pixels per map unit
    SeatMapRenderer::Detail detail() const;
    // anchor: the widget point that stays over the same map point.
    void setZoomLevel(int level, const QPointF &anchor);
    // A pinch (touch screen or touchpad) by `factor`, about `center` in widget coordinates.
    void pinchBy(double factor, const QPointF &center);
    void zoomBy(int levels);
    void fitToView();
    // Zooms and pans so that mapRect fills most of the view.
    void zoomToMapRect(const QRectF &mapRect);
    bool isFitted() const { return m_fitted; }
    void panBy(const QPointF &pixels);
    QRect mapArea() const; // the widget area the map is drawn in, above the legend
    QPointF mapToWidget(const QPointF &mapPoint) const;
    QPointF mapFromWidget(const QPointF &widgetPoint) const;
    // The seat under a widget point, with a few pixels of slack for small seats; −1 for none.
    int seatAtWidget(const QPointF &widgetPoint) const;

    QList<int> selectedSeats() const; // ascending
    QStringList selectedSeatIds() const;
    void setSelectedSeats(const QList<int> &seats);
    void clearSelection();
    int focusSeat() const { return m_focusSeat; }
    void setFocusSeat(int seat);
    DragMode dragMode() const { return m_dragMode; }
    void setDragMode(DragMode mode) { m_dragMode = mode; }
    // Drawn over the map after the selection and focus, in widget coordinates: the editor's handles and
    // previews.
    void setOverlayPainter(std::function<void(QPainter &)> overlay) { m_overlay = std::move(overlay); }
    // Whether the legend lists the sale states (held, sold, blocked): not while a map is being edited.
    void setLegendShowsStates(bool shows);

    QSize sizeHint() const override { return {800, 600}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

signals:
    void selectionChanged();
    void focusSeatChanged(int seat);

protected:
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag
    {
        None,
        Pressed,
        Panning,
        RubberBand,
    };

    int levelLimit(bool upper) const;
    void clampOrigin();
    void updateLegend();
    void changeSelection(const QList<int> &add, const QList<int> &remove, bool replace);
    void ensureVisible(int seat);
    void announceFocusSeat();
    QString toolTipAt(const QPointF &widgetPoint) const;
    void paintOverlays(QPainter &painter);

    SeatMapRenderer m_renderer;
    SeatMapLegend m_legend;
    QString m_placeholder;
    QHash<QString, qint64> m_prices;
    QString m_currency;
    QHash<int, QString> m_holdCodes; // seat → the code it is kept under, whatever its status
    QHash<QString, QString> m_holdCodeNames;
    Counts m_counts;
    int m_seatsWithState = 0;

    int m_level = 0;
    QPoint m_origin; // the level's device pixel at the map area's top left
    bool m_fitted = true;
    double m_pinchScale = 1.0; // the part of a pinch not yet turned into whole zoom levels
    int m_wheelRemainder = 0;

    QSet<int> m_selection;
    int m_focusSeat = -1;
    DragMode m_dragMode = DragMode::Pan;
    Drag m_drag = Drag::None;
    Qt::KeyboardModifiers m_dragModifiers;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QRectF m_rubberBand; // widget coordinates
    std::function<void(QPainter &)> m_overlay;
    bool m_legendShowsStates = true;
};

} // namespace Parterre
