#include "seatmapbackdrop.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

constexpr int T = TileCache::TileSize;

int roundDown(double v)
{
    return int(std::floor(v + 0.5));
}

} // namespace

SeatMapBackdrop::SeatMapBackdrop(const SeatMapGeometry &geometry)
    : m_geometry(geometry)
{
    m_palette.setColor(QPalette::Base, Qt::white);
}

void SeatMapBackdrop::reset()
{
    m_shownPercent.assign(m_geometry.sections().size(), -1);
    setFont(m_font);
}

void SeatMapBackdrop::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_sectionLabels.clear();
}

void SeatMapBackdrop::setFont(const QFont &font)
{
    m_font = font;
    m_labelSprites.reset(1, {}, m_font, 0);
    m_sectionLabels.clear();
    measureLabels();
}

bool SeatMapBackdrop::setShownPercent(int section, int percent)
{
    int &shown = m_shownPercent[std::size_t(section)];
    if (shown == percent)
        return false;
    shown = percent;
    return true;
}

QColor SeatMapBackdrop::categoryColor(int category) const
{
    return category >= 0 ? m_geometry.categories().at(category).color : QColor();
}

void SeatMapBackdrop::layOutSectionLabels(int level, double scale)
{
    // Worked out once per level and change of share, not once per tile.
    const auto &sections = m_geometry.sections();
    if (m_sectionLabels.size() != sections.size() || m_sectionLabelsLevel != level) {
        m_sectionLabels.assign(sections.size(), {});
        m_sectionLabelsLevel = level;
    }
    const int lineHeight = m_labelSprites.textHeight();
    for (std::size_t s = 0; s < sections.size(); ++s) {
        SectionLabel &label = m_sectionLabels[s];
        if (label.laidOut && label.percent == m_shownPercent[s])
            continue;
        label = {};
        label.laidOut = true;
        label.percent = m_shownPercent[s];
        const QStringList lines = sectionLabel(int(s), scale);
        if (lines.isEmpty())
            continue;
        const QRgb color = SeatMapPalette::textColorOn(sectionFill(int(s))).rgba();
        const QPointF at = sections[s].labelPoint * scale;
        int y = roundDown(at.y() - lines.size() * lineHeight / 2.0);
        for (const QString &line : lines) {
            const SeatSprites::Sprite *sprite = &m_labelSprites.text(line, color);
            const QPoint topLeft(roundDown(at.x() - sprite->width / 2.0), y);
            label.lines.push_back({sprite, topLeft});
            label.box |= QRect(topLeft, QSize(sprite->width, sprite->height));
            y += lineHeight;
        }
    }
}

void SeatMapBackdrop::blitSectionLabels(QImage &image, const QPoint &offset) const
{
    const QRect tile(offset, QSize(T, T));
    for (const SectionLabel &label : m_sectionLabels) {
        if (!label.box.intersects(tile))
            continue;
        for (const auto &[sprite, topLeft] : label.lines)
            SeatSprites::blit(image, topLeft.x() - offset.x(), topLeft.y() - offset.y(), *sprite);
    }
}

QColor SeatMapBackdrop::sectionFill(int section) const
{
    const int percent = m_shownPercent[std::size_t(section)];
    if (percent < 0)
        return QColor(0xdc, 0xdc, 0xdc); // no show: no availability to tell
    return SeatMapPalette::availabilityColor(
        categoryColor(m_geometry.sections()[std::size_t(section)].category), percent / 100.0);
}

QStringList SeatMapBackdrop::sectionLabel(int section, double scale) const
{
    const SeatMapGeometry::SectionInfo &info = m_geometry.sections()[std::size_t(section)];
    const int percent = m_shownPercent[std::size_t(section)];
    const QString share = percent < 0 ? QString() : QStringLiteral("%1%").arg(percent);
    // A label goes where its whole box lies inside the section, or not at all.
    const auto fits = [&](double width, int lines) {
        const QSizeF half = QSizeF(width / 2 + 2, lines * m_labelLineHeight / 2 + 1) / scale;
        const QPointF c = info.labelPoint;
        for (const QPointF &corner :
             {c + QPointF(-half.width(), -half.height()), c + QPointF(half.width(), -half.height()),
              c + QPointF(half.width(), half.height()), c + QPointF(-half.width(), half.height())}) {
            if (!info.outline.containsPoint(corner, Qt::OddEvenFill))
                return false;
        }
        return true;
    };
    const double nameWidth = m_sectionNameWidths[std::size_t(section)];
    if (share.isEmpty())
        return fits(nameWidth, 1) ? QStringList{info.name} : QStringList();
    if (fits(std::max(nameWidth, m_percentWidth), 2))
        return {info.name, share};
    if (fits(m_percentWidth, 1))
        return {share};
    return {};
}

void SeatMapBackdrop::measureLabels()
{
    const QFontMetricsF metrics(m_font);
    m_labelLineHeight = metrics.height();
    m_percentWidth = metrics.horizontalAdvance(QStringLiteral("100%"));
    m_sectionNameWidths.clear();
    for (const SeatMapGeometry::SectionInfo &section : m_geometry.sections())
        m_sectionNameWidths.push_back(metrics.horizontalAdvance(section.name));
}

void SeatMapBackdrop::paint(QPainter &painter, const QTransform &transform, const QRectF &exposedMap,
                            bool sectionFills, bool sectionLabels) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    paintDecorations(painter, transform, exposedMap);
    paintSections(painter, transform, exposedMap, sectionFills, sectionLabels);
    paintGaAreas(painter, transform, exposedMap);
}

void SeatMapBackdrop::paintDecorations(QPainter &painter, const QTransform &transform,
                                       const QRectF &exposedMap) const
{
    const QColor line = m_palette.color(QPalette::Mid);
    const QColor text = m_palette.color(QPalette::PlaceholderText);
    const double scale = std::sqrt(std::abs(transform.determinant()));
    const QRectF reach = exposedMap.adjusted(-200 / scale, -30 / scale, 200 / scale, 30 / scale);
    for (const SeatMapGeometry::DecorationInfo &decoration : m_geometry.decorations()) {
        if (!decoration.bounds.intersects(reach) && !reach.contains(decoration.position))
            continue;
        if (!decoration.outline.isEmpty()) {
            const QPolygonF shape = transform.map(decoration.outline);
            const bool stage = decoration.kind == "stage"_L1;
            painter.setPen(QPen(line, 1.0));
            painter.setBrush(stage ? QBrush(m_palette.color(QPalette::Button))
                                   : QBrush(line, Qt::BDiagPattern));
            painter.drawPolygon(shape);
            QFont font = m_font;
            font.setBold(stage);
            const QRectF box = shape.boundingRect();
            // A label that does not fit its shape (a pillar) is left out rather than drawn over the seats.
            if (!decoration.text.isEmpty() &&
                QFontMetricsF(font).horizontalAdvance(decoration.text) < box.width() &&
                QFontMetricsF(font).height() < box.height()) {
                painter.setFont(font);
                painter.setPen(stage ? m_palette.color(QPalette::ButtonText) : text);
                painter.drawText(box, Qt::AlignCenter, decoration.text);
                painter.setFont(m_font);
            }
        } else if (!decoration.text.isEmpty()) {
            const QPointF at = transform.map(decoration.position);
            painter.setPen(text);
            painter.drawText(QRectF(at.x() - 200, at.y() - 20, 400, 40), Qt::AlignCenter, decoration.text);
        }
    }
}

void SeatMapBackdrop::paintSections(QPainter &painter, const QTransform &transform, const QRectF &exposedMap,
                                    bool sectionFills, bool sectionLabels) const
{
    const double scale = std::sqrt(std::abs(transform.determinant()));
    const QRectF reach = exposedMap.adjusted(-2 / scale, -2 / scale, 2 / scale, 2 / scale);
    for (std::size_t s = 0; s < m_geometry.sections().size(); ++s) {
        const SeatMapGeometry::SectionInfo &section = m_geometry.sections()[s];
        if (section.outline.size() < 3 || !section.bounds.intersects(reach))
            continue;
        const QPolygonF shape = transform.map(section.outline);
        if (!sectionFills) {
            painter.setPen(QPen(m_palette.color(QPalette::Midlight), 1.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawPolygon(shape);
            continue;
        }
        const QColor fill = sectionFill(int(s));
        // The fill aliased, its edge antialiased over it: smooth, at a fraction of an antialiased fill's
        // cost.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(shape);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(fill.darker(140), 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(shape);
        if (!sectionLabels)
            continue;
        const QStringList lines = sectionLabel(int(s), scale);
        if (lines.isEmpty())
            continue;
        const QPointF at = transform.map(section.labelPoint);
        const double width = shape.boundingRect().width();
        painter.setPen(SeatMapPalette::textColorOn(fill));
        painter.drawText(QRectF(at.x() - width / 2, at.y() - m_labelLineHeight * lines.size() / 2, width,
                                m_labelLineHeight * lines.size()),
                         Qt::AlignCenter, lines.join(u'\n'));
    }
}

void SeatMapBackdrop::paintGaAreas(QPainter &painter, const QTransform &transform,
                                   const QRectF &exposedMap) const
{
    const double scale = std::sqrt(std::abs(transform.determinant()));
    const QRectF reach = exposedMap.adjusted(-160 / scale, -60 / scale, 160 / scale, 60 / scale);
    QFont bold = m_font;
    bold.setBold(true);
    for (const SeatMapGeometry::GaInfo &area : m_geometry.gaAreas()) {
        if (area.outline.size() < 3 || !area.bounds.intersects(reach))
            continue; // no shape to draw; the summary still counts its places
        const QPolygonF shape = transform.map(area.outline);
        const double share = area.state && area.state->capacity > 0
                                 ? double(area.state->available) / area.state->capacity
                                 : 0.0;
        const QColor outline = area.state
                                   ? SeatMapPalette::availabilityColor(categoryColor(area.category), share)
                                   : QColor(0x99, 0x99, 0x99);
        QColor fill = outline;
        fill.setAlpha(48);
        painter.setPen(QPen(outline, 2.0));
        painter.setBrush(fill);
        painter.drawPolygon(shape);

        const QString places =
            area.state ? QStringLiteral("%1/%2").arg(area.state->available).arg(area.state->capacity)
                       : QStringLiteral("–/%1").arg(area.capacity);
        painter.setPen(m_palette.color(QPalette::Text));
        painter.setFont(bold);
        const QPointF centre = transform.map(area.labelPoint);
        painter.drawText(QRectF(centre.x() - 150, centre.y() - 50, 300, 100), Qt::AlignCenter,
                         area.name + u'\n' + places);
        painter.setFont(m_font);
    }
}

std::size_t SeatMapBackdrop::memoryBytes() const
{
    std::size_t bytes = m_shownPercent.capacity() * sizeof(int) +
                        m_sectionNameWidths.capacity() * sizeof(double) + m_labelSprites.memoryBytes();
    for (const SectionLabel &label : m_sectionLabels)
        bytes += sizeof(SectionLabel) + label.lines.capacity() * sizeof(label.lines.front());
    return bytes;
}

} // namespace Parterre
