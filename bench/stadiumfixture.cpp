#include "stadiumfixture.h"

#include <QtMath>

#include <cmath>

namespace Parterre::Bench {

using namespace Qt::StringLiterals;

namespace {

constexpr double SeatSpacing = 20.0; // along a row, map units
constexpr double RowSpacing = 26.0;
constexpr double InnerRadius = 760.0; // the first row, just beyond the pitch's corners
constexpr double ConcourseGap = 70.0; // between tiers
constexpr double AisleWidth = 34.0;   // between blocks, measured at a tier's first row
constexpr int RowsPerTier = 30;
constexpr double PitchWidth = 1050.0;
constexpr double PitchHeight = 680.0;

QPointF polar(double radius, double angle)
{
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

// An annular sector half a row beyond the seats on every side.
QList<QPointF> blockOutline(double inner, double outer, double from, double to)
{
    QList<QPointF> outline;
    constexpr int steps = 12;
    for (int i = 0; i <= steps; ++i)
        outline.append(polar(inner, from + (to - from) * i / steps));
    for (int i = steps; i >= 0; --i)
        outline.append(polar(outer, from + (to - from) * i / steps));
    return outline;
}

} // namespace

SeatMap StadiumFixture::make(int seats)
{
    SeatMap map;
    map.name = u"Bench stadium"_s;
    map.categories = {{u"tier1"_s, u"Lower tier"_s, u"#009e73"_s},
                      {u"tier2"_s, u"Second tier"_s, u"#56b4e9"_s},
                      {u"tier3"_s, u"Third tier"_s, u"#cc79a7"_s},
                      {u"tier4"_s, u"Upper tier"_s, u"#7570b3"_s}};

    int placed = 0;
    double radius = InnerRadius;
    for (int tier = 0; placed < seats; ++tier) {
        const int blocks = 16 + 8 * tier;
        const double blockAngle = 2 * M_PI / blocks;
        const double aisleAngle = AisleWidth / radius;
        const QString category = map.categories.at(std::min(tier, 3)).id;
        const qsizetype firstSection = map.sections.size();
        for (int b = 0; b < blocks; ++b) {
            const QString id = u"t%1-b%2"_s.arg(tier + 1).arg(b + 1, 2, 10, QChar(u'0'));
            map.sections.append({id, u"Tier %1 · Block %2"_s.arg(tier + 1).arg(b + 1), {}, {}});
        }
        const double tierInner = radius;
        int row = 0;
        for (; row < RowsPerTier && placed < seats; ++row, radius += RowSpacing) {
            const int perBlock = int((blockAngle - aisleAngle) * radius / SeatSpacing);
            const int ring = perBlock * blocks;
            const int remaining = seats - placed;
            for (int b = 0; b < blocks; ++b) {
                // The last ring holds only what is left, spread evenly over the blocks.
                const int count =
                    ring <= remaining ? perBlock : remaining / blocks + (b < remaining % blocks);
                if (count == 0)
                    continue;
                Section &section = map.sections[firstSection + b];
                Row seatRow{QString::number(row + 1), {}};
                const double centre = -M_PI / 2 + (b + 0.5) * blockAngle;
                const double step = SeatSpacing / radius;
                for (int n = 0; n < count; ++n) {
                    Seat seat;
                    seat.label = QString::number(n + 1);
                    seat.id = section.id + u'-' + seatRow.label + u'-' + seat.label;
                    seat.position = polar(radius, centre + (n - (count - 1) / 2.0) * step);
                    seat.categoryId = category;
                    if (n == 0 || n == count - 1)
                        seat.flags |= Seat::Aisle;
                    if (tier == 0 && row == 0 && n == 0) {
                        seat.flags |= Seat::Wheelchair;
                    } else if (tier == 0 && row == 0 && n == 1) {
                        seat.flags |= Seat::Companion;
                        seat.companionOf = seatRow.seats.first().id;
                    } else if (tier == 1 && row < 2 && b % 4 == 0) {
                        seat.flags |= Seat::RestrictedView;
                    }
                    seatRow.seats.append(seat);
                }
                placed += count;
                section.rows.append(seatRow);
            }
        }
        const double tierOuter = radius - RowSpacing;
        for (int b = 0; b < blocks; ++b) {
            const double centre = -M_PI / 2 + (b + 0.5) * blockAngle;
            const double half = (blockAngle - aisleAngle) / 2 + 10 / tierInner;
            map.sections[firstSection + b].outline = blockOutline(
                tierInner - RowSpacing / 2, tierOuter + RowSpacing / 2, centre - half, centre + half);
        }
        // Blocks the last ring never reached stay out of the map.
        for (qsizetype s = map.sections.size() - 1; s >= firstSection; --s) {
            if (map.sections.at(s).rows.isEmpty())
                map.sections.removeAt(s);
        }
        radius += ConcourseGap;
    }

    const double extent = radius + 200;
    const QPointF centre(extent, extent);
    for (Section &section : map.sections) {
        for (QPointF &point : section.outline)
            point += centre;
        for (Row &row : section.rows) {
            for (Seat &seat : row.seats)
                seat.position += centre;
        }
    }
    Decoration pitch;
    pitch.kind = u"stage"_s;
    pitch.text = u"Pitch"_s;
    pitch.outline = {centre + QPointF(-PitchWidth / 2, -PitchHeight / 2),
                     centre + QPointF(PitchWidth / 2, -PitchHeight / 2),
                     centre + QPointF(PitchWidth / 2, PitchHeight / 2),
                     centre + QPointF(-PitchWidth / 2, PitchHeight / 2)};
    map.decorations.append(pitch);
    map.width = map.height = 2 * extent;
    return map;
}

} // namespace Parterre::Bench
