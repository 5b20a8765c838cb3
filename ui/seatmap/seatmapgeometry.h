#pragma once

#include "model/catalog.h"
#include "model/seatmap.h"
#include "seatgrid.h"
#include "seatmappalette.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace Parterre {

// A seat map flattened for drawing and hit-testing: one array per seat attribute, indexed by seat number
// (sections, rows and seats in map order), the texts in one pool, a spatial grid over the positions, and
// the seats' current states with availability counts per section. Built once per map; states change in
// place.
class SeatMapGeometry final
{
public:
    struct CategoryInfo
    {
        QString id;
        QString name;
        QColor color;
    };
    struct SectionInfo
    {
        QString id;
        QString name;
        QPolygonF outline; // the map's outline, or the seats' convex hull when it has none
        QRectF bounds;
        QPointF labelPoint;
        int category = -1; // the category most of its seats are in
        int firstSeat = 0;
        int seatCount = 0;
        int known = 0; // seats with a state
        int available = 0;
    };
    struct RowInfo
    {
        int section = 0;
        int firstSeat = 0;
        int seatCount = 0;
    };
    struct GaInfo
    {
        QString id;
        QString name;
        int category = -1;
        int capacity = 0;
        QPolygonF outline;
        QRectF bounds;
        QPointF labelPoint;
        std::optional<GaAreaState> state;
    };
    struct DecorationInfo
    {
        QString kind;
        QString text;
        QPolygonF outline;
        QPointF position;
        QRectF bounds;
    };

    void build(const SeatMap &map);
    void clear();

    int seatCount() const { return int(m_x.size()); }
    QPointF position(int seat) const { return {m_x[std::size_t(seat)], m_y[std::size_t(seat)]}; }
    const std::vector<float> &xs() const { return m_x; }
    const std::vector<float> &ys() const { return m_y; }
    int category(int seat) const
    {
        return m_category[std::size_t(seat)] == NoCategory ? -1 : m_category[std::size_t(seat)];
    }
    int flags(int seat) const { return m_flags[std::size_t(seat)]; }
    SeatMapPalette::Shape shape(int seat) const { return SeatMapPalette::shapeForFlags(flags(seat)); }
    int section(int seat) const { return m_section[std::size_t(seat)]; }
    int row(int seat) const { return m_row[std::size_t(seat)]; }
    QStringView seatId(int seat) const { return text(m_idSpan[std::size_t(seat)]); }
    QStringView seatLabel(int seat) const { return text(m_labelSpan[std::size_t(seat)]); }
    QStringView rowLabel(int row) const { return text(m_rowLabelSpan[std::size_t(row)]); }
    int indexOf(QStringView seatId) const { return m_indexById.value(seatId, -1); }

    // SeatMapPalette status: a SeatState::Status or UnknownStatus.
    int status(int seat) const { return m_status[std::size_t(seat)]; }
    bool isSelected(int seat) const { return m_selected[std::size_t(seat)] != 0; }
    // Both return whether anything changed.
    bool setStatus(int seat, int status);
    bool setSelected(int seat, bool selected);
    void setGaStates(const QList<GaAreaState> &states);

    const QList<CategoryInfo> &categories() const { return m_categories; }
    const std::vector<SectionInfo> &sections() const { return m_sections; }
    const std::vector<RowInfo> &rows() const { return m_rows; }
    const std::vector<GaInfo> &gaAreas() const { return m_gaAreas; }
    const std::vector<DecorationInfo> &decorations() const { return m_decorations; }

    QRectF bounds() const { return m_bounds; }
    // The typical distance between neighbouring seats of a row, map units.
    double pitch() const { return m_pitch; }
    // How far from its centre a seat counts as hit: less than half the pitch, so between two seats is none.
    double seatRadius() const { return 0.42 * m_pitch; }
    const SeatGrid &grid() const { return m_grid; }

    // The nearest seat whose centre lies within maxDistance of point, or −1.
    int seatAt(const QPointF &point, double maxDistance) const;
    QList<int> seatsIn(const QRectF &rect) const;
    int sectionAt(const QPointF &point) const;
    // The seat a keyboard arrow leads to from seat, direction a unit vector in map space; −1 for none.
    int neighbour(int seat, const QPointF &direction) const;
    int gaAreaAt(const QPointF &point) const;

    std::size_t memoryBytes() const;

private:
    struct TextSpan
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    static constexpr quint8 NoCategory = 255;

    QStringView text(TextSpan span) const { return QStringView(m_text).mid(span.offset, span.length); }
    TextSpan addText(const QString &text);

    // Per seat.
    std::vector<float> m_x;
    std::vector<float> m_y;
    std::vector<quint8> m_category;
    std::vector<quint8> m_flags;
    std::vector<quint8> m_status;
    std::vector<quint8> m_selected;
    std::vector<int> m_section;
    std::vector<int> m_row;
    std::vector<TextSpan> m_idSpan;
    std::vector<TextSpan> m_labelSpan;

    QString m_text; // every id and label, back to back; the spans and the index point into it
    QHash<QStringView, int> m_indexById;
    std::vector<TextSpan> m_rowLabelSpan;

    QList<CategoryInfo> m_categories;
    std::vector<SectionInfo> m_sections;
    std::vector<RowInfo> m_rows;
    std::vector<GaInfo> m_gaAreas;
    std::vector<DecorationInfo> m_decorations;
    QRectF m_bounds;
    double m_pitch = 1.0;
    SeatGrid m_grid;
};

} // namespace Parterre
