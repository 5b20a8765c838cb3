#include "editorcommands.h"

#include "seatmapdocument.h"

#include <QCoreApplication>

namespace Parterre {

MapEditCommand::MapEditCommand(SeatMapDocument *document, const SeatMap &after,
                               const MapSelection &selectionAfter, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->map())
    , m_after(after)
    , m_selectionBefore(document->selection())
    , m_selectionAfter(selectionAfter)
{}

void MapEditCommand::undo()
{
    m_document->applyState(m_before, m_selectionBefore);
}

void MapEditCommand::redo()
{
    m_document->applyState(m_after, m_selectionAfter);
}

DragCommand::DragCommand(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter,
                         const QString &text, int dragId)
    : MapEditCommand(document, after, selectionAfter, text)
    , m_dragId(dragId)
{}

bool DragCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const DragCommand *>(other);
    if (!next || next->id() != id() || m_dragId <= 0 || next->m_dragId != m_dragId ||
        next->m_selectionBefore != m_selectionAfter)
        return false;
    m_after = next->m_after;
    m_selectionAfter = next->m_selectionAfter;
    return true;
}

MoveElements::MoveElements(SeatMapDocument *document, const SeatMap &after,
                           const MapSelection &selectionAfter, int dragId)
    : DragCommand(document, after, selectionAfter, QCoreApplication::translate("UndoCommands", "Move"),
                  dragId)
{}

RotateElements::RotateElements(SeatMapDocument *document, const SeatMap &after,
                               const MapSelection &selectionAfter, int dragId)
    : DragCommand(document, after, selectionAfter, QCoreApplication::translate("UndoCommands", "Rotate"),
                  dragId)
{}

DeleteElements::DeleteElements(SeatMapDocument *document, const SeatMap &after,
                               const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter, QCoreApplication::translate("UndoCommands", "Delete"))
{}

ChangeSeatCategory::ChangeSeatCategory(SeatMapDocument *document, const SeatMap &after,
                                       const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Set Category"))
{}

AddCategory::AddCategory(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Add Category"))
{}

ChangeGaCapacity::ChangeGaCapacity(SeatMapDocument *document, const SeatMap &after,
                                   const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Set GA Capacity"))
{}

ChangeSeatFlags::ChangeSeatFlags(SeatMapDocument *document, const SeatMap &after,
                                 const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Set Seat Flags"))
{}

LinkCompanions::LinkCompanions(SeatMapDocument *document, const SeatMap &after,
                               const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Link Companion Seats"))
{}

UnlinkCompanions::UnlinkCompanions(SeatMapDocument *document, const SeatMap &after,
                                   const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Unlink Companion Seats"))
{}

RenumberSeats::RenumberSeats(SeatMapDocument *document, const SeatMap &after,
                             const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Renumber Seats"))
{}

RenameRow::RenameRow(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Rename Row"))
{}

ChangeSectionOutline::ChangeSectionOutline(SeatMapDocument *document, const SeatMap &after,
                                           const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Change Section Outline"))
{}

AddRows::AddRows(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter, QCoreApplication::translate("UndoCommands", "Add Row"))
{}

AddBlock::AddBlock(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Add Block of Rows"))
{}

AddGaArea::AddGaArea(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Add GA Area"))
{}

AddDecoration::AddDecoration(SeatMapDocument *document, const SeatMap &after,
                             const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Add Decoration"))
{}

AlignElements::AlignElements(SeatMapDocument *document, const SeatMap &after,
                             const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Align Seats"))
{}

DistributeElements::DistributeElements(SeatMapDocument *document, const SeatMap &after,
                                       const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter,
                     QCoreApplication::translate("UndoCommands", "Distribute Seats"))
{}

PasteElements::PasteElements(SeatMapDocument *document, const SeatMap &after,
                             const MapSelection &selectionAfter)
    : MapEditCommand(document, after, selectionAfter, QCoreApplication::translate("UndoCommands", "Paste"))
{}

ReplaceMap::ReplaceMap(SeatMapDocument *document, const SeatMap &after, const MapSelection &selectionAfter,
                       const QString &text)
    : MapEditCommand(document, after, selectionAfter, text)
{}

} // namespace Parterre
