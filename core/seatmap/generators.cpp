#include "generators.h"

#include <QLatin1StringView>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace Parterre::Generators {

using namespace Qt::StringLiterals;

namespace {

constexpr double kPi = std::numbers::pi;

double radians(double degrees)
{
    return degrees * kPi / 180;
}

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

QPointF roundedPoint(const QPointF &p)
{
    return {rounded(p.x()), rounded(p.y())};
}

QPointF onCircle(const QPointF &focus, double radius, double angle)
{
    return focus + QPointF(std::cos(angle), std::sin(angle)) * radius;
}

// Bijective base-n numbering: 0 → A, n-1 → the last letter, n → AA.
QString letters(int index, QLatin1StringView alphabet)
{
    const int base = int(alphabet.size());
    QString label;
    int n = std::max(index, 0) + 1;
    while (n > 0) {
        --n;
        label.prepend(QChar(alphabet.at(n % base)));
        n /= base;
    }
    return label;
}

// The angle between neighbouring seats on a circle of radius, spacing apart seat centre to seat centre;
// 0 when only one seat fits.
double angularStep(double radius, double spacing)
{
    if (spacing >= 2 * radius)
        return 0;
    return 2 * std::asin(spacing / (2 * radius));
}

int arcCapacity(double radius, double span, double spacing)
{
    if (radius <= 0 || spacing <= 0 || span < 0)
        return 0;
    const double step = angularStep(radius, spacing);
    if (step == 0)
        return 1;
    const int fit = int(std::floor(span / step + 1e-9)) + 1;
    // On a whole circle the last seat must not land on the first.
    return span + step > 2 * kPi + 1e-9 ? std::min(fit, int(std::floor(2 * kPi / step + 1e-9))) : fit;
}

// count seats on the arc [low, high] (radians), centred on it, in the order spectators facing the focus
// read them left to right: with y growing down, that is from the larger angle to the smaller.
QList<QPointF> seatsOnArc(const QPointF &focus, double radius, double low, double high, double spacing,
                          int count)
{
    QList<QPointF> seats;
    if (count <= 0)
        return seats;
    const double step = angularStep(radius, spacing);
    const double start = (low + high) / 2 + step * (count - 1) / 2;
    seats.reserve(count);
    for (int i = 0; i < count; ++i)
        seats.append(onCircle(focus, radius, start - step * i));
    return seats;
}

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

} // namespace

QString rowLabel(int index, RowNaming naming)
{
    switch (naming) {
    case RowNaming::Numbers:
        return QString::number(std::max(index, 0) + 1);
    case RowNaming::Letters:
        return letters(index, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"_L1);
    case RowNaming::LettersSkippingIO:
        return letters(index, "ABCDEFGHJKLMNPQRSTUVWXYZ"_L1);
    }
    return {};
}

QStringList seatLabels(int count, Numbering numbering, int first)
{
    QStringList labels;
    if (count <= 0)
        return labels;
    labels.reserve(count);
    switch (numbering) {
    case Numbering::LeftToRight:
        for (int i = 0; i < count; ++i)
            labels.append(QString::number(first + i));
        break;
    case Numbering::RightToLeft:
        for (int i = count - 1; i >= 0; --i)
            labels.append(QString::number(first + i));
        break;
    case Numbering::CentreOddLeft:
    case Numbering::CentreOddRight: {
        // The left half (with the middle seat of an odd row) counts first, first + 2 … outwards; the
        // right half first + 1, first + 3 … outwards.
        const int left = (count + 1) / 2;
        for (int i = 0; i < count; ++i) {
            const int number = i < left ? first + 2 * (left - 1 - i) : first + 1 + 2 * (i - left);
            labels.append(QString::number(number));
        }
        if (numbering == Numbering::CentreOddRight)
            std::reverse(labels.begin(), labels.end());
        break;
    }
    }
    return labels;
}

QList<QPointF> straightRow(const QPointF &start, double angle, int count, double spacing)
{
    QList<QPointF> seats;
    if (count <= 0)
        return seats;
    const QPointF step = QPointF(std::cos(radians(angle)), std::sin(radians(angle))) * spacing;
    seats.reserve(count);
    for (int i = 0; i < count; ++i)
        seats.append(start + step * i);
    return seats;
}

QList<QPointF> curvedRow(const QPointF &focus, double radius, double startAngle, double endAngle,
                         double spacing)
{
    const double low = radians(std::min(startAngle, endAngle));
    const double high = radians(std::max(startAngle, endAngle));
    return seatsOnArc(focus, radius, low, high, spacing, arcCapacity(radius, high - low, spacing));
}

QList<QList<QPointF>> straightBlock(const QPointF &start, double angle, int rows, int seatsPerRow,
                                    double seatSpacing, double rowSpacing, int seatsAddedPerRow)
{
    const QPointF along(std::cos(radians(angle)), std::sin(radians(angle)));
    // Spectators face the stage to their front; with y growing down, behind them is along turned +90°.
    const QPointF back(-along.y(), along.x());
    QList<QList<QPointF>> block;
    for (int r = 0; r < rows; ++r) {
        const int count = seatsPerRow + r * seatsAddedPerRow;
        const QPointF rowStart =
            start + back * (r * rowSpacing) - along * (r * seatsAddedPerRow * seatSpacing / 2);
        block.append(straightRow(rowStart, angle, count, seatSpacing));
    }
    return block;
}

QList<QList<QPointF>> curvedBlock(const QPointF &focus, double firstRadius, double startAngle,
                                  double endAngle, int rows, double seatSpacing, double rowSpacing)
{
    QList<QList<QPointF>> block;
    for (int r = 0; r < rows; ++r)
        block.append(curvedRow(focus, firstRadius + r * rowSpacing, startAngle, endAngle, seatSpacing));
    return block;
}

Section makeSection(const SectionOptions &options, const QList<QList<QPointF>> &rows)
{
    Section section;
    section.id = options.id;
    section.name = options.name;
    QList<QPointF> all;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QList<QPointF> &positions = rows.at(r);
        if (positions.isEmpty())
            continue;
        Row row;
        row.label = rowLabel(options.firstRow + int(r), options.rowNaming);
        const QStringList labels = seatLabels(int(positions.size()), options.numbering);
        row.seats.reserve(positions.size());
        for (qsizetype i = 0; i < positions.size(); ++i) {
            Seat seat;
            seat.label = labels.at(i);
            seat.id = section.id + u'-' + row.label + u'-' + seat.label;
            seat.position = roundedPoint(positions.at(i));
            seat.categoryId = options.categoryId;
            all.append(seat.position);
            row.seats.append(std::move(seat));
        }
        section.rows.append(std::move(row));
    }
    section.outline = outlineAround(all, options.outlinePadding);
    return section;
}

QList<QPointF> outlineAround(const QList<QPointF> &points, double padding)
{
    QList<QPointF> corners;
    corners.reserve(points.size() * 4);
    for (const QPointF &p : points) {
        corners.append(p + QPointF(-padding, -padding));
        corners.append(p + QPointF(padding, -padding));
        corners.append(p + QPointF(padding, padding));
        corners.append(p + QPointF(-padding, padding));
    }
    std::sort(corners.begin(), corners.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    corners.erase(std::unique(corners.begin(), corners.end()), corners.end());
    if (corners.size() < 3)
        return corners;

    // Andrew's monotone chain: lower hull then upper hull, dropping collinear points.
    QList<QPointF> hull(corners.size() * 2);
    qsizetype k = 0;
    for (const QPointF &p : std::as_const(corners)) {
        while (k >= 2 && cross(hull.at(k - 2), hull.at(k - 1), p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (qsizetype i = corners.size() - 2, lower = k + 1; i >= 0; --i) {
        const QPointF &p = corners.at(i);
        while (k >= lower && cross(hull.at(k - 2), hull.at(k - 1), p) <= 0)
            --k;
        hull[k++] = p;
    }
    hull.resize(k - 1);
    for (QPointF &p : hull)
        p = roundedPoint(p);
    return hull;
}

namespace {

// One stand of the stadium, repeated in every tier: a straight block along one side of the pitch or the
// curved block around one of its corners. Stands on a side are numbered from their spectators' left.
struct Stand
{
    const char16_t *id;
    const char16_t *name;
    int category; // index into kCategories for the lowest tier; higher tiers of centre stands step down
    bool curved;
    QPointF anchor;  // on the pitch edge (straight: the block's centre) or the pitch corner (curved)
    QPointF outward; // straight: away from the pitch
    double length;   // straight: how long the block is
    double fromAngle, toAngle; // curved, radians
};

struct StadiumCategory
{
    const char16_t *id;
    const char16_t *name;
    const char16_t *color;
};

constexpr std::array<StadiumCategory, 4> kCategories{{{u"cat1", u"Centre", u"#1b9e77"},
                                                      {u"cat2", u"Sides", u"#d95f02"},
                                                      {u"cat3", u"Ends", u"#7570b3"},
                                                      {u"cat4", u"Corners", u"#e7298a"}}};

constexpr double kPitchWidth = 4200; // 105 m × 68 m at 40 units a metre: seats half a metre apart
constexpr double kPitchHeight = 2720;
constexpr double kFirstRowOffset = 240; // from the touchline to the first row
constexpr int kRowsPerTier = 30;
constexpr double kTierGap = 2 * kRowSpacing; // the concourse between tiers
constexpr double kAisle = 2 * kSeatSpacing;
constexpr double kMargin = 100;

// The stands around a pitch whose top-left corner is at the origin.
QList<Stand> stands()
{
    const double w = kPitchWidth;
    const double h = kPitchHeight;
    // Straight stands stop half an aisle short of the corner; blocks on a side are an aisle apart.
    const double sideLength = (w - kAisle - 2 * kAisle) / 3;
    const double endLength = (h - kAisle - kAisle) / 2;
    const auto sideCentre = [&](int k) { return kAisle / 2 + sideLength / 2 + k * (sideLength + kAisle); };
    const auto endCentre = [&](int k) { return kAisle / 2 + endLength / 2 + k * (endLength + kAisle); };
    const QPointF up(0, -1), down(0, 1), left(-1, 0), right(1, 0);
    return {
        {u"north-1", u"North 1", 1, false, {sideCentre(2), 0}, up, sideLength, 0, 0},
        {u"north-2", u"North 2", 0, false, {sideCentre(1), 0}, up, sideLength, 0, 0},
        {u"north-3", u"North 3", 1, false, {sideCentre(0), 0}, up, sideLength, 0, 0},
        {u"north-east", u"North-East", 3, true, {w, 0}, {}, 0, -kPi / 2, 0},
        {u"east-1", u"East 1", 2, false, {w, endCentre(1)}, right, endLength, 0, 0},
        {u"east-2", u"East 2", 2, false, {w, endCentre(0)}, right, endLength, 0, 0},
        {u"south-east", u"South-East", 3, true, {w, h}, {}, 0, 0, kPi / 2},
        {u"south-1", u"South 1", 1, false, {sideCentre(0), h}, down, sideLength, 0, 0},
        {u"south-2", u"South 2", 0, false, {sideCentre(1), h}, down, sideLength, 0, 0},
        {u"south-3", u"South 3", 1, false, {sideCentre(2), h}, down, sideLength, 0, 0},
        {u"south-west", u"South-West", 3, true, {0, h}, {}, 0, kPi / 2, kPi},
        {u"west-1", u"West 1", 2, false, {0, endCentre(0)}, left, endLength, 0, 0},
        {u"west-2", u"West 2", 2, false, {0, endCentre(1)}, left, endLength, 0, 0},
        {u"north-west", u"North-West", 3, true, {0, 0}, {}, 0, kPi, 3 * kPi / 2},
    };
}

double ringOffset(int ring)
{
    return kFirstRowOffset + ring * kRowSpacing + (ring / kRowsPerTier) * kTierGap;
}

// The arc a curved stand's row at this offset may use: half an aisle clear of the straight stands.
std::pair<double, double> cornerSpan(const Stand &stand, double offset)
{
    const double inset = (kAisle / 2) / offset;
    return {stand.fromAngle + inset, stand.toAngle - inset};
}

int capacity(const Stand &stand, double offset)
{
    if (!stand.curved)
        return int(std::floor(stand.length / kSeatSpacing + 1e-9)) + 1;
    const auto [low, high] = cornerSpan(stand, offset);
    return arcCapacity(offset, high - low, kSeatSpacing);
}

QList<QPointF> standRow(const Stand &stand, double offset, int count, const QPointF &origin)
{
    if (stand.curved) {
        const auto [low, high] = cornerSpan(stand, offset);
        return seatsOnArc(origin + stand.anchor, offset, low, high, kSeatSpacing, count);
    }
    // Facing the pitch (against outward), a spectator's right is outward turned -90° (y grows down).
    const QPointF toTheRight(stand.outward.y(), -stand.outward.x());
    const QPointF centre = origin + stand.anchor + stand.outward * offset;
    QList<QPointF> seats;
    seats.reserve(count);
    for (int i = 0; i < count; ++i)
        seats.append(centre + toTheRight * ((i - (count - 1) / 2.0) * kSeatSpacing));
    return seats;
}

// How many seats each stand gets in each ring: full rings while they fit, then the rest shared out in
// proportion to the stands' room (largest remainders first, earlier stands winning ties).
QList<QList<int>> ringCounts(const QList<Stand> &all, int seats)
{
    QList<QList<int>> rings;
    int remaining = seats;
    for (int ring = 0; remaining > 0; ++ring) {
        QList<int> room;
        int total = 0;
        for (const Stand &stand : all) {
            room.append(capacity(stand, ringOffset(ring)));
            total += room.constLast();
        }
        if (total <= remaining) {
            rings.append(room);
            remaining -= total;
            continue;
        }
        QList<int> counts(room.size());
        QList<std::pair<qint64, int>> remainders;
        int given = 0;
        for (qsizetype s = 0; s < room.size(); ++s) {
            const qint64 share = qint64(remaining) * room.at(s);
            counts[s] = int(share / total);
            given += counts.at(s);
            remainders.append({share % total, int(s)});
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype i = 0; given < remaining; i = (i + 1) % remainders.size()) {
            const int s = remainders.at(i).second;
            if (counts.at(s) < room.at(s)) {
                ++counts[s];
                ++given;
            }
        }
        rings.append(counts);
        remaining = 0;
    }
    return rings;
}

} // namespace

Result<SeatMap> stadium(int seats)
{
    if (seats < 1 || seats > kMaxStadiumSeats) {
        return Error::invalidInput(u"a stadium has 1 to "_s + QString::number(kMaxStadiumSeats) +
                                   u" seats, not "_s + QString::number(seats));
    }
    const QList<Stand> all = stands();
    const QList<QList<int>> rings = ringCounts(all, seats);
    const double depth = ringOffset(int(rings.size()) - 1) + kSeatSpacing + kMargin;
    const QPointF origin(depth, depth); // the pitch's top-left corner

    SeatMap map;
    map.name = u"Stadium ("_s + QString::number(seats) + u" seats)"_s;
    map.width = kPitchWidth + 2 * depth;
    map.height = kPitchHeight + 2 * depth;
    for (const StadiumCategory &c : kCategories)
        map.categories.append(
            {QString::fromUtf16(c.id), QString::fromUtf16(c.name), QString::fromUtf16(c.color)});

    const int tiers = (int(rings.size()) + kRowsPerTier - 1) / kRowsPerTier;
    for (int tier = 0; tier < tiers; ++tier) {
        const QString tierId = u't' + QString::number(tier + 1);
        for (qsizetype s = 0; s < all.size(); ++s) {
            const Stand &stand = all.at(s);
            QList<QList<QPointF>> rows;
            for (int ring = tier * kRowsPerTier;
                 ring < std::min(int(rings.size()), (tier + 1) * kRowsPerTier); ++ring) {
                rows.append(standRow(stand, ringOffset(ring), rings.at(ring).at(s), origin));
            }
            const auto empty = [](const QList<QPointF> &row) { return row.isEmpty(); };
            if (std::all_of(rows.cbegin(), rows.cend(), empty))
                continue;
            // Past the lowest tier the best stands are a step cheaper; corners stay corners.
            const int category = std::min(stand.category + (tier > 0 && stand.category < 2 ? 1 : 0), 3);
            SectionOptions options;
            options.id = tierId + u'-' + QString::fromUtf16(stand.id);
            options.name = u"Tier "_s + QString::number(tier + 1) + u' ' + QString::fromUtf16(stand.name);
            options.categoryId = QString::fromUtf16(kCategories.at(category).id);
            options.rowNaming = RowNaming::Numbers;
            options.outlinePadding = kSeatSpacing / 2;
            map.sections.append(makeSection(options, rows));
        }
    }

    Decoration pitch;
    pitch.kind = u"shape"_s;
    pitch.text = u"Pitch"_s;
    pitch.outline = {origin, origin + QPointF(kPitchWidth, 0), origin + QPointF(kPitchWidth, kPitchHeight),
                     origin + QPointF(0, kPitchHeight)};
    pitch.position = origin + QPointF(kPitchWidth / 2, kPitchHeight / 2);
    map.decorations.append(pitch);
    return map;
}

} // namespace Parterre::Generators
