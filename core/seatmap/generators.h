#pragma once

#include "model/result.h"
#include "model/seatmap.h"

#include <QList>
#include <QPointF>
#include <QStringList>

// Building blocks for laying out seats: rows, blocks of rows, labels, and whole generated maps. The
// editor uses them to add rows; the tests and benchmarks use stadium() for maps of an exact size.
//
// Map coordinates grow right and down. Angles are in degrees, clockwise from the +x axis (so 90° points
// down the map). Every geometry function returns seat centres in the order a spectator in that row, facing
// the stage or pitch, reads them from left to right; numbering schemes are applied to that order.
namespace Parterre::Generators {

enum class Numbering
{
    LeftToRight,    // 1 2 3 4 5
    RightToLeft,    // 5 4 3 2 1
    CentreOddLeft,  // 5 3 1 2 4: odd numbers left of the centre, even right, counting outwards
    CentreOddRight, // 4 2 1 3 5: the mirror image
};

enum class RowNaming
{
    Numbers,           // 1, 2, 3 …
    Letters,           // A … Z, AA, AB …
    LettersSkippingIO, // A … H, J … N, P … Z, AA …: I and O read as 1 and 0 on tickets
};

// The label of the row at index (0 = first row).
QString rowLabel(int index, RowNaming naming);
// Seat labels for count seats given left to right; the lowest number is first.
QStringList seatLabels(int count, Numbering numbering, int first = 1);

// count seats from start along the direction angle, spacing apart.
QList<QPointF> straightRow(const QPointF &start, double angle, int count, double spacing);

// Seats on the arc of radius around focus between two angles (either order), the spectators facing the
// focus: as many as fit spacing apart (measured straight, seat centre to seat centre), centred on the arc.
QList<QPointF> curvedRow(const QPointF &focus, double radius, double startAngle, double endAngle,
                         double spacing);

// rows straight rows of seatsPerRow seats (each row seatsAddedPerRow longer than the one before, kept
// centred), the first starting at start along angle; later rows lie rowSpacing further back, away from
// the stage the first row faces.
QList<QList<QPointF>> straightBlock(const QPointF &start, double angle, int rows, int seatsPerRow,
                                    double seatSpacing, double rowSpacing, int seatsAddedPerRow = 0);

// rows curved rows around focus, the first at firstRadius, each next one rowSpacing further out and
// holding as many seats as its longer arc fits.
QList<QList<QPointF>> curvedBlock(const QPointF &focus, double firstRadius, double startAngle,
                                  double endAngle, int rows, double seatSpacing, double rowSpacing);

struct SectionOptions
{
    QString id;
    QString name;
    QString categoryId;
    RowNaming rowNaming = RowNaming::LettersSkippingIO;
    int firstRow = 0; // index of the first row's label
    Numbering numbering = Numbering::LeftToRight;
    double outlinePadding = 10; // how far the outline keeps from the outermost seat centres
};

// A section of the given rows (each left to right, as the functions above return them). Seat ids are
// "<section id>-<row label>-<seat label>"; positions are rounded to 1/100 of a unit; the outline is the
// padded convex hull of the seats. Empty rows are left out.
Section makeSection(const SectionOptions &options, const QList<QList<QPointF>> &rows);

// The convex hull of squares of half-size padding around the points, counter-clockwise on the map; empty
// for no points.
QList<QPointF> outlineAround(const QList<QPointF> &points, double padding);

// A stadium of exactly seats seats (1 … kMaxStadiumSeats): tiers of stands around a pitch, sections on
// every side and in the corners, four categories. The same count always gives the same map.
Result<SeatMap> stadium(int seats);
constexpr int kMaxStadiumSeats = 1'000'000;

// Spacing used by stadium(): seat centres at least kSeatSpacing apart in a row, rows kRowSpacing apart.
constexpr double kSeatSpacing = 20;
constexpr double kRowSpacing = 26;

} // namespace Parterre::Generators
