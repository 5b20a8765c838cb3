#include "seatmapgeometry.h"

#include <algorithm>
#include <cmath>

namespace Parterre {

namespace {

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

// Andrew's monotone chain; the outline of a section drawn without one.
QPolygonF convexHull(std::vector<QPointF> points)
{
    if (points.size() < 3)
        return QPolygonF(QList<QPointF>(points.begin(), points.end()));
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    const auto cross = [](const QPointF &o, const QPointF &a, const QPointF &b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    std::vector<QPointF> hull(2 * points.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    for (std::size_t i = points.size() - 1, lower = k + 1; i > 0; --i) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0)
            --k;
        hull[k++] = points[i - 1];
    }
    hull.resize(k - 1);
    return QPolygonF(QList<QPointF>(hull.begin(), hull.end()));
}

} // namespace

SeatMapGeometry::TextSpan SeatMapGeometry::addText(const QString &text)
{
    const TextSpan span{quint32(m_text.size()), quint32(text.size())};
    m_text += text;
    return span;
}

void SeatMapGeometry::clear()
{
    build(SeatMap());
}

void SeatMapGeometry::build(const SeatMap &map)
{
    const std::size_t seats = std::size_t(map.seatCount());
    for (auto *v : {&m_x, &m_y})
        *v = std::vector<float>();
    for (auto *v : {&m_category, &m_flags, &m_status, &m_selected})
        *v = std::vector<quint8>();
    m_section = std::vector<int>();
    m_row = std::vector<int>();
    m_idSpan = std::vector<TextSpan>();
    m_labelSpan = std::vector<TextSpan>();
    m_rowLabelSpan = std::vector<TextSpan>();
    m_text.clear();
    m_text.squeeze();
    m_indexById = QHash<QStringView, int>();
    m_categories.clear();
    m_sections = std::vector<SectionInfo>();
    m_rows = std::vector<RowInfo>();
    m_gaAreas = std::vector<GaInfo>();
    m_decorations = std::vector<DecorationInfo>();

    QHash<QString, int> categoryIndex;
    for (const Category &category : map.categories) {
        categoryIndex.insert(category.id, int(m_categories.size()));
        m_categories.append({category.id, category.name, QColor::fromString(category.color)});
    }

    m_x.reserve(seats);
    m_y.reserve(seats);
    m_category.reserve(seats);
    m_flags.reserve(seats);
    m_section.reserve(seats);
    m_row.reserve(seats);
    m_idSpan.reserve(seats);
    m_labelSpan.reserve(seats);
    std::vector<double> gaps;
    gaps.reserve(seats);
    for (const Section &section : map.sections) {
        SectionInfo info;
        info.id = section.id;
        info.name = section.name;
        info.firstSeat = int(m_x.size());
        std::vector<int> perCategory(std::size_t(m_categories.size()) + 1, 0);
        for (const Row &row : section.rows) {
            m_rows.push_back({int(m_sections.size()), int(m_x.size()), int(row.seats.size())});
            m_rowLabelSpan.push_back(addText(row.label));
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                const Seat &seat = row.seats.at(i);
                const int category = categoryIndex.value(seat.categoryId, -1);
                m_x.push_back(float(seat.position.x()));
                m_y.push_back(float(seat.position.y()));
                m_category.push_back(category >= 0 && category < NoCategory ? quint8(category) : NoCategory);
                m_flags.push_back(quint8(seat.flags & 0xff));
                m_section.push_back(int(m_sections.size()));
                m_row.push_back(int(m_rows.size() - 1));
                m_idSpan.push_back(addText(seat.id));
                m_labelSpan.push_back(addText(seat.label));
                ++perCategory[std::size_t(category + 1)];
                if (i > 0) {
                    const QPointF d = seat.position - row.seats.at(i - 1).position;
                    if (const double gap = std::hypot(d.x(), d.y()); gap > 0)
                        gaps.push_back(gap);
                }
            }
        }
        info.seatCount = int(m_x.size()) - info.firstSeat;
        info.category =
            int(std::max_element(perCategory.begin(), perCategory.end()) - perCategory.begin()) - 1;
        info.outline = QPolygonF(section.outline);
        m_sections.push_back(std::move(info));
    }
    m_status.assign(m_x.size(), quint8(SeatMapPalette::UnknownStatus));
    m_selected.assign(m_x.size(), 0);
    m_text.squeeze();
    // The pool is complete, so views into it stay valid from here on.
    m_indexById.reserve(qsizetype(m_x.size()));
    for (std::size_t i = m_idSpan.size(); i-- > 0;)
        m_indexById.insert(text(m_idSpan[i]), int(i)); // backwards: the first of a repeated id wins

    if (!gaps.empty()) {
        std::nth_element(gaps.begin(), gaps.begin() + qsizetype(gaps.size() / 2), gaps.end());
        m_pitch = gaps[gaps.size() / 2];
    } else {
        m_pitch = 1.0;
    }

    QRectF seatBounds;
    if (!m_x.empty()) {
        const auto [minX, maxX] = std::minmax_element(m_x.begin(), m_x.end());
        const auto [minY, maxY] = std::minmax_element(m_y.begin(), m_y.end());
        seatBounds = QRectF(QPointF(*minX, *minY), QPointF(*maxX, *maxY)).normalized();
        seatBounds.adjust(-m_pitch, -m_pitch, m_pitch, m_pitch);
    }

    for (SectionInfo &section : m_sections) {
        if (section.outline.size() < 3 && section.seatCount > 0) {
            std::vector<QPointF> corners;
            const double r = m_pitch * 0.6;
            for (int i = section.firstSeat; i < section.firstSeat + section.seatCount; ++i) {
                const QPointF p = position(i);
                corners.insert(corners.end(), {p + QPointF(-r, -r), p + QPointF(r, -r), p + QPointF(r, r),
                                               p + QPointF(-r, r)});
            }
            section.outline = convexHull(std::move(corners));
        }
        section.bounds = section.outline.boundingRect();
        section.labelPoint = labelPoint(section.outline);
    }
    for (const GaArea &area : map.gaAreas) {
        GaInfo info;
        info.id = area.id;
        info.name = area.name;
        info.category = categoryIndex.value(area.categoryId, -1);
        info.capacity = area.capacity;
        info.outline = QPolygonF(area.outline);
        info.bounds = info.outline.boundingRect();
        info.labelPoint = labelPoint(info.outline);
        m_gaAreas.push_back(std::move(info));
    }
    for (const Decoration &decoration : map.decorations) {
        DecorationInfo info{
            decoration.kind, decoration.text, QPolygonF(decoration.outline), decoration.position, {}};
        info.bounds = info.outline.isEmpty() ? QRectF(decoration.position, QSizeF(0.001, 0.001))
                                             : info.outline.boundingRect();
        m_decorations.push_back(std::move(info));
    }

    // The declared size is the map's extent; anything drawn outside it still has to fit.
    QRectF bounds = map.width > 0 && map.height > 0 ? QRectF(0, 0, map.width, map.height) : seatBounds;
    for (const GaInfo &area : m_gaAreas)
        bounds |= area.bounds;
    for (const DecorationInfo &decoration : m_decorations)
        bounds |= decoration.bounds;
    if (!seatBounds.isNull())
        bounds |= seatBounds;
    if (gaps.empty())
        m_pitch = std::max(1.0, std::min(bounds.width(), bounds.height()) / 50.0);
    m_bounds = bounds;
    m_grid.build(m_x, m_y, 2 * m_pitch);
}

bool SeatMapGeometry::setStatus(int seat, int status)
{
    quint8 &current = m_status[std::size_t(seat)];
    if (current == status)
        return false;
    SectionInfo &section = m_sections[std::size_t(m_section[std::size_t(seat)])];
    constexpr int available = int(SeatState::Status::Available);
    section.known += (status != SeatMapPalette::UnknownStatus) - (current != SeatMapPalette::UnknownStatus);
    section.available += (status == available) - (current == available);
    current = quint8(status);
    return true;
}

bool SeatMapGeometry::setSelected(int seat, bool selected)
{
    quint8 &current = m_selected[std::size_t(seat)];
    if ((current != 0) == selected)
        return false;
    current = selected ? 1 : 0;
    return true;
}

void SeatMapGeometry::setGaStates(const QList<GaAreaState> &states)
{
    QHash<QString, GaAreaState> byId;
    for (const GaAreaState &state : states)
        byId.insert(state.areaId, state);
    for (GaInfo &area : m_gaAreas) {
        const auto state = byId.constFind(area.id);
        area.state = state == byId.cend() ? std::nullopt : std::optional<GaAreaState>(*state);
    }
}

int SeatMapGeometry::seatAt(const QPointF &point, double maxDistance) const
{
    double best = maxDistance * maxDistance;
    int found = -1;
    const QRectF reach(point.x() - maxDistance, point.y() - maxDistance, 2 * maxDistance, 2 * maxDistance);
    m_grid.forEachCandidate(reach, [&](int i) {
        const double dx = double(m_x[std::size_t(i)]) - point.x();
        const double dy = double(m_y[std::size_t(i)]) - point.y();
        const double distance = dx * dx + dy * dy;
        if (distance <= best) {
            best = distance;
            found = i;
        }
    });
    return found;
}

QList<int> SeatMapGeometry::seatsIn(const QRectF &rect) const
{
    QList<int> seats;
    const QRectF r = rect.normalized();
    m_grid.forEachCandidate(r, [&](int i) {
        if (r.contains(position(i)))
            seats.append(i);
    });
    std::sort(seats.begin(), seats.end());
    return seats;
}

int SeatMapGeometry::sectionAt(const QPointF &point) const
{
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
        const SectionInfo &section = m_sections[i];
        if (section.bounds.contains(point) && section.outline.containsPoint(point, Qt::OddEvenFill))
            return int(i);
    }
    return -1;
}

int SeatMapGeometry::gaAreaAt(const QPointF &point) const
{
    for (std::size_t i = 0; i < m_gaAreas.size(); ++i) {
        const GaInfo &area = m_gaAreas[i];
        if (area.bounds.contains(point) && area.outline.containsPoint(point, Qt::OddEvenFill))
            return int(i);
    }
    return -1;
}

std::size_t SeatMapGeometry::memoryBytes() const
{
    std::size_t bytes =
        (m_x.capacity() + m_y.capacity()) * sizeof(float) +
        (m_category.capacity() + m_flags.capacity() + m_status.capacity() + m_selected.capacity()) +
        (m_section.capacity() + m_row.capacity()) * sizeof(int) +
        (m_idSpan.capacity() + m_labelSpan.capacity() + m_rowLabelSpan.capacity()) * sizeof(TextSpan) +
        std::size_t(m_text.capacity()) * sizeof(QChar) + m_grid.memoryBytes();
    // QHash: one entry (key, value) per seat in spans of 128, plus one byte of offset per bucket.
    bytes += std::size_t(m_indexById.capacity()) * (sizeof(QStringView) + sizeof(int) + 1);
    for (const SectionInfo &section : m_sections)
        bytes += sizeof(SectionInfo) + std::size_t(section.outline.capacity()) * sizeof(QPointF) +
                 std::size_t(section.name.capacity() + section.id.capacity()) * sizeof(QChar);
    bytes += m_rows.capacity() * sizeof(RowInfo);
    for (const GaInfo &area : m_gaAreas)
        bytes += sizeof(GaInfo) + std::size_t(area.outline.capacity()) * sizeof(QPointF);
    for (const DecorationInfo &decoration : m_decorations)
        bytes += sizeof(DecorationInfo) + std::size_t(decoration.outline.capacity()) * sizeof(QPointF);
    return bytes;
}

int SeatMapGeometry::neighbour(int seat, const QPointF &direction) const
{
    // The nearest seat ahead, seats off to the side counting as farther: along a row, then to the next row.
    const SeatMapGeometry &geometry = *this;
    const QPointF from = geometry.position(seat);
    for (double reach = 3 * geometry.pitch(); reach <= 48 * geometry.pitch(); reach *= 2) {
        int best = -1;
        double bestScore = 0;
        const QRectF window(from.x() - reach, from.y() - reach, 2 * reach, 2 * reach);
        geometry.grid().forEachCandidate(window, [&](int i) {
            const QPointF d = geometry.position(i) - from;
            const double along = QPointF::dotProduct(d, direction);
            if (i == seat || along <= geometry.pitch() * 0.2)
                return;
            const double across = std::abs(d.x() * direction.y() - d.y() * direction.x());
            const double score = along + 2.5 * across;
            if (best < 0 || score < bestScore) {
                best = i;
                bestScore = score;
            }
        });
        if (best >= 0)
            return best;
    }
    return -1;
}

} // namespace Parterre
