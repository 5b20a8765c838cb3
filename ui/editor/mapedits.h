#pragma once

#include "mapselection.h"
#include "model/result.h"
#include "model/seatmap.h"
#include "seatmap/generators.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <optional>

// The editor's edits as pure functions: each takes a map and returns the edited copy, or an Error that says
// why the edit makes no sense. They do not check the whole map; SeatMapDocument does that before it pushes
// the edit as an undo command. The copies share every untouched section, row and seat list with the
// original (Qt's implicit sharing), so the undo history of a large map stays small.
namespace Parterre::MapEdits {

// The result of an edit that also decides what is selected afterwards (new rows, pasted elements).
struct Edit
{
    SeatMap map;
    MapSelection selection;
};

enum class Alignment
{
    Left,
    HorizontalCentre,
    Right,
    Top,
    VerticalCentre,
    Bottom,
};

struct RowOptions
{
    QString sectionId; // append to this section; empty: a new section
    QString categoryId;
    Generators::RowNaming rowNaming = Generators::RowNaming::LettersSkippingIO;
    Generators::Numbering numbering = Generators::Numbering::LeftToRight;
};

// The bounds of the selected seats, GA areas and decorations; empty for an empty selection.
QRectF selectionBounds(const SeatMap &map, const MapSelection &selection);

Result<SeatMap> move(const SeatMap &map, const MapSelection &selection, const QPointF &delta);
// Turns the selection by degrees (clockwise on the map) around centre.
Result<SeatMap> rotate(const SeatMap &map, const MapSelection &selection, const QPointF &centre,
                       double degrees);
// Removes the selection; rows and sections left empty go too, and seats whose wheelchair space is removed
// stop being companion seats.
Result<SeatMap> remove(const SeatMap &map, const MapSelection &selection);
Result<SeatMap> setCategory(const SeatMap &map, const MapSelection &selection, const QString &categoryId);
// A new category, last in the list, its id made from its name; colour is "#rrggbb".
Result<SeatMap> addCategory(const SeatMap &map, const QString &name, const QString &colour);
Result<SeatMap> setGaCapacity(const SeatMap &map, const MapSelection &selection, int capacity);
// Sets the flags in mask (Wheelchair, RestrictedView, Aisle) to their value in flags on the selected seats.
Result<SeatMap> setFlags(const SeatMap &map, const MapSelection &selection, int flags, int mask);
// The one selected wheelchair space gets every other selected seat as its companion.
Result<SeatMap> linkCompanions(const SeatMap &map, const MapSelection &selection);
Result<SeatMap> unlinkCompanions(const SeatMap &map, const MapSelection &selection);
// Relabels the selected seats of each row by the scheme, from first; with rowNaming, also relabels the rows
// that hold selected seats, in their order in the section, from firstRow.
Result<SeatMap> renumber(const SeatMap &map, const MapSelection &selection, Generators::Numbering numbering,
                         int first, std::optional<Generators::RowNaming> rowNaming, int firstRow);
// Gives the one row that holds the selected seats a new label.
Result<SeatMap> renameRow(const SeatMap &map, const MapSelection &selection, const QString &label);
// The section that holds every selected seat (empty when they span several or none are selected).
QString sectionOf(const SeatMap &map, const MapSelection &selection);
Result<SeatMap> setSectionOutline(const SeatMap &map, const QString &sectionId,
                                  const QList<QPointF> &outline);
// Adds rows of seats (each given left to right as a spectator reads it); the new seats come back selected.
Result<Edit> addRows(const SeatMap &map, const QList<QList<QPointF>> &rows, const RowOptions &options);
Result<Edit> addGaArea(const SeatMap &map, GaArea area);
Result<Edit> addDecoration(const SeatMap &map, const Decoration &decoration);
Result<SeatMap> align(const SeatMap &map, const MapSelection &selection, Alignment alignment);
// Spaces the selected seats evenly between the outermost two, along x (Qt::Horizontal) or y.
Result<SeatMap> distribute(const SeatMap &map, const MapSelection &selection, Qt::Orientation orientation);

// For edits that only move things (move, rotate, align, distribute) of a map that was valid before: the only
// rule they can break is the coordinate range, so only the selection's coordinates need checking.
Result<Done> checkCoordinates(const SeatMap &map, const MapSelection &selection);

// A map holding just the selection (the clipboard's content), and pasting one into a map: new ids, moved
// by offset, links to seats outside the fragment dropped. The pasted elements come back selected.
SeatMap fragment(const SeatMap &map, const MapSelection &selection);
Result<Edit> paste(const SeatMap &map, const SeatMap &fragment, const QPointF &offset);

} // namespace Parterre::MapEdits
