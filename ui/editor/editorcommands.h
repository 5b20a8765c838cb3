#pragma once

#include "mapselection.h"
#include "model/seatmap.h"

#include <QUndoCommand>

namespace Parterre {

class SeatMapDocument;

// The ids QUndoStack uses to merge commands; one enum, so no two kinds share one.
enum class CommandId
{
    MoveElements = 1,
    RotateElements,
};

// An edit of the map as the document checked it: the map and selection before and after. Redo and undo swap
// whole maps, which share all untouched data with each other (implicit sharing), so undo gives back
// exactly the map that was there.
class MapEditCommand : public QUndoCommand
{
public:
    MapEditCommand(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter,
                   const QString &text);

    void undo() override;
    void redo() override;

    const SeatMap &mapAfter() const { return m_after; }

protected:
    SeatMapDocument *m_document;
    SeatMap m_before;
    SeatMap m_after;
    MapSelection m_selectionBefore;
    MapSelection m_selectionAfter;
};

// A command that merges with the next one of its kind from the same drag.
class DragCommand : public MapEditCommand
{
public:
    DragCommand(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter,
                const QString &text, int dragId);
    bool mergeWith(const QUndoCommand *other) override;

private:
    int m_dragId;
};

class MoveElements final : public DragCommand
{
public:
    MoveElements(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter,
                 int dragId);
    int id() const override { return int(CommandId::MoveElements); }
};

class RotateElements final : public DragCommand
{
public:
    RotateElements(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter,
                   int dragId);
    int id() const override { return int(CommandId::RotateElements); }
};

class DeleteElements final : public MapEditCommand
{
public:
    DeleteElements(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class ChangeSeatCategory final : public MapEditCommand
{
public:
    ChangeSeatCategory(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class AddCategory final : public MapEditCommand
{
public:
    AddCategory(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class ChangeGaCapacity final : public MapEditCommand
{
public:
    ChangeGaCapacity(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class ChangeSeatFlags final : public MapEditCommand
{
public:
    ChangeSeatFlags(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class LinkCompanions final : public MapEditCommand
{
public:
    LinkCompanions(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class UnlinkCompanions final : public MapEditCommand
{
public:
    UnlinkCompanions(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class RenumberSeats final : public MapEditCommand
{
public:
    RenumberSeats(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class RenameRow final : public MapEditCommand
{
public:
    RenameRow(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class ChangeSectionOutline final : public MapEditCommand
{
public:
    ChangeSectionOutline(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class AddRows final : public MapEditCommand
{
public:
    AddRows(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class AddBlock final : public MapEditCommand
{
public:
    AddBlock(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class AddGaArea final : public MapEditCommand
{
public:
    AddGaArea(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class AddDecoration final : public MapEditCommand
{
public:
    AddDecoration(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class AlignElements final : public MapEditCommand
{
public:
    AlignElements(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class DistributeElements final : public MapEditCommand
{
public:
    DistributeElements(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

class PasteElements final : public MapEditCommand
{
public:
    PasteElements(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter);
};

// An import, a generated map or a recovered autosave: the whole map at once, named by the caller.
class ReplaceMap final : public MapEditCommand
{
public:
    ReplaceMap(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter,
               const QString &text);
};

} // namespace Parterre
