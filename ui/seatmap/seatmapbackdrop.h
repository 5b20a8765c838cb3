#pragma once

#include "seatmapgeometry.h"
#include "seatsprites.h"
#include "tilecache.h"

#include <QFont>
#include <QPalette>
#include <QRect>
#include <QStringList>
#include <QTransform>

#include <utility>
#include <vector>

class QPainter;

namespace Parterre {

// Everything a seat map draws under its seats: decorations, section outlines (or, from afar, sections
// filled by their share of free seats, with name and share), GA areas with their free places. Section
// labels are laid out once per zoom level and copied into tiles as sprites.
class SeatMapBackdrop final
{
public:
    explicit SeatMapBackdrop(const SeatMapGeometry &geometry);

    // After the geometry was built again: no share known, labels measured anew.
    void reset();
    void setPalette(const QPalette &palette);
    void setFont(const QFont &font);
    const QPalette &palette() const { return m_palette; }
    const QFont &font() const { return m_font; }

    // The share of free seats, in percent (−1: unknown), that a section's fill shows; false if unchanged.
    bool setShownPercent(int section, int percent);
    int shownPercent(int section) const { return m_shownPercent[std::size_t(section)]; }

    // sectionFills: sections drawn filled (from afar) rather than outlined; sectionLabels: their labels drawn
    // with the painter (printing) rather than as sprites (tiles, see blitSectionLabels).
    void paint(QPainter &painter, const QTransform &transform, const QRectF &exposedMap, bool sectionFills,
               bool sectionLabels) const;
    void layOutSectionLabels(int level, double scale);
    // The labels of the level last laid out, into a tile whose top left is offset (level pixels).
    void blitSectionLabels(QImage &image, const QPoint &offset) const;

    std::size_t memoryBytes() const;

private:
    struct SectionLabel
    {
        bool laidOut = false;
        int percent = -1; // the share it was laid out for
        QRect box;        // level pixels
        std::vector<std::pair<const SeatSprites::Sprite *, QPoint>> lines;
    };

    QColor categoryColor(int category) const;
    QColor sectionFill(int section) const;
    // The name and share of free seats to print on a section from afar, or nothing when it does not fit.
    QStringList sectionLabel(int section, double scale) const;
    void measureLabels();
    void paintDecorations(QPainter &painter, const QTransform &transform, const QRectF &exposedMap) const;
    void paintSections(QPainter &painter, const QTransform &transform, const QRectF &exposedMap,
                       bool sectionFills, bool sectionLabels) const;
    void paintGaAreas(QPainter &painter, const QTransform &transform, const QRectF &exposedMap) const;

    const SeatMapGeometry &m_geometry;
    QPalette m_palette;
    QFont m_font;
    std::vector<int> m_shownPercent;
    std::vector<double> m_sectionNameWidths; // pixels, in m_font
    double m_percentWidth = 0;
    double m_labelLineHeight = 0;
    SeatSprites m_labelSprites;
    std::vector<SectionLabel> m_sectionLabels; // of one level, the last one drawn from afar
    int m_sectionLabelsLevel = 0;
};

} // namespace Parterre
