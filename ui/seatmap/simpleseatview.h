#pragma once

#include "model/catalog.h"
#include "model/seatmap.h"

#include <QHash>
#include <QList>
#include <QPixmap>
#include <QPolygonF>
#include <QTransform>
#include <QWidget>

#include <optional>
#include <vector>

namespace Parterre {

// A first, plain seat-map view: one dot per seat coloured by its state, GA areas as outlines with their
// free places, the whole map scaled to fit. The full renderer (tiles, culling, level of detail) replaces it.
class SimpleSeatView final : public QWidget
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

    explicit SimpleSeatView(QWidget *parent = nullptr);

    // A colour-blind-safe palette (Okabe–Ito hues, and a light/dark split for blocked/sold).
    static QColor statusColor(SeatState::Status status);
    static QString statusText(SeatState::Status status);

    void setSeatMap(const SeatMap &map);
    void setStates(const QList<SeatState> &seats, const QList<GaAreaState> &gaAreas);
    void clear();
    void setPlaceholderText(const QString &text);

    int seatCount() const { return int(m_seats.size()); }
    int seatsWithState() const { return m_seatsWithState; }
    std::optional<SeatState::Status> seatStatus(const QString &seatId) const;
    std::optional<QPointF> seatCentre(const QString &seatId) const; // widget coordinates
    Counts counts() const { return m_counts; }

    QSize sizeHint() const override { return {800, 600}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct SeatDot
    {
        QPointF position;
        QString id;
        QString section;
        QString row;
        QString label;
        QString category;
    };
    struct GaShape
    {
        QString id;
        QString name;
        QString category;
        QPolygonF outline;
        int capacity = 0;
        std::optional<GaAreaState> state;
    };
    struct DecorationShape
    {
        QString kind;
        QString text;
        QPolygonF outline;
        QPointF position;
    };
    struct SectionOutline
    {
        QString name;
        QPolygonF outline;
    };

    QRectF mapArea() const; // the widget area the map is fitted into (above the legend)
    QTransform mapToWidget() const;
    double seatRadius(const QTransform &transform) const;
    int seatAt(const QPointF &widgetPos) const;
    int gaAreaAt(const QPointF &widgetPos) const;
    QString seatToolTip(int index) const;
    QString gaToolTip(int index) const;

    void invalidate();
    void render(QPainter &painter) const;
    void paintDecorations(QPainter &painter, const QTransform &transform) const;
    void paintGaAreas(QPainter &painter, const QTransform &transform) const;
    void paintSeats(QPainter &painter, const QTransform &transform) const;
    void paintLegend(QPainter &painter) const;

    QString m_placeholder;
    QRectF m_bounds;      // map units
    double m_pitch = 1.0; // typical distance between neighbouring seats, map units
    std::vector<SeatDot> m_seats;
    std::vector<std::optional<SeatState::Status>> m_status; // parallel to m_seats
    QHash<QString, int> m_seatIndex;
    std::vector<GaShape> m_gaAreas;
    std::vector<DecorationShape> m_decorations;
    std::vector<SectionOutline> m_sections;
    Counts m_counts;
    int m_seatsWithState = 0;

    mutable QPixmap m_cache;
    mutable bool m_cacheValid = false;
};

} // namespace Parterre
