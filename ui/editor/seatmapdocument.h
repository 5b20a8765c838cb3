#pragma once

#include "mapedits.h"
#include "mapselection.h"
#include "model/result.h"
#include "model/seatmap.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace Parterre {

class MapEditCommand;

// One open seat map in the editor: the map, its file name, the selection and the undo stack. Only undo
// commands change the map; every edit below checks its input and the whole resulting map (by the rules of
// SeatMapFormat) first, and refuses with an Error, pushing nothing and changing nothing, when the map would
// be invalid. An edit that would change nothing is not pushed either.
class SeatMapDocument final : public QObject
{
    Q_OBJECT

public:
    explicit SeatMapDocument(const SeatMap &map, const QString &fileName = {}, QObject *parent = nullptr);
    ~SeatMapDocument() override;

    // A new map's starting point: a name, a size and one category, no seats yet.
    static SeatMap emptyMap();
    // Reads a Parterre seat-map file (any thread).
    static Result<SeatMap> readFile(const QString &fileName);

    const SeatMap &map() const { return m_map; }
    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    // Writes the map to fileName (atomically) and marks the stack clean. A map the format would refuse, such
    // as one without seats or areas, is not written.
    Result<Done> save(const QString &fileName);
    // The map in the file format; what save() writes and what the tests compare.
    QByteArray json() const;

    const MapSelection &selection() const { return m_selection; }
    void setSelection(const MapSelection &selection);
    void selectAll();

    // The edits, one undo command each. dragId > 0 merges consecutive moves or turns of one drag.
    Result<Done> moveSelection(const QPointF &delta, int dragId = 0);
    // Turns the selection about centre, or about the middle of its bounds without one.
    Result<Done> rotateSelection(double degrees, int dragId = 0,
                                 std::optional<QPointF> centre = std::nullopt);
    Result<Done> deleteSelection();
    Result<Done> setCategory(const QString &categoryId);
    Result<Done> setFlags(int flags, int mask);
    Result<Done> setGaCapacity(int capacity);
    Result<Done> addCategory(const QString &name, const QString &colour);
    Result<Done> linkCompanions();
    Result<Done> unlinkCompanions();
    Result<Done> renumber(Generators::Numbering numbering, int first,
                          std::optional<Generators::RowNaming> rowNaming = std::nullopt, int firstRow = 0);
    Result<Done> renameRow(const QString &label);
    Result<Done> setSectionOutline(const QString &sectionId, const QList<QPointF> &outline);
    Result<Done> addRows(const QList<QList<QPointF>> &rows, const MapEdits::RowOptions &options,
                         bool block = false);
    Result<Done> addGaArea(const GaArea &area);
    Result<Done> addDecoration(const Decoration &decoration);
    Result<Done> align(MapEdits::Alignment alignment);
    Result<Done> distribute(Qt::Orientation orientation);
    Result<Done> paste(const SeatMap &fragment, const QPointF &offset);
    // Replaces the whole map (an import, a generated map, a recovered autosave) as one undoable step.
    // validatedJson: the map already written and read back (off the GUI thread, for a large map); empty to
    // have it checked here.
    Result<Done> replaceMap(const SeatMap &map, const QString &undoText,
                            const QByteArray &validatedJson = {});

    // The whole-map check the edits use (SeatMapFormat::validate): Ok, or why the format would refuse the
    // map.
    static Result<Done> validate(const SeatMap &map);

    // For the undo commands only.
    void applyState(const SeatMap &map, const MapSelection &selection);

signals:
    void mapChanged();
    void selectionChanged();
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);

private:
    // How much of the map an edit needs checked.
    enum class Check
    {
        WholeMap,
        Coordinates, // a move of the selection: only its coordinates can break a rule
        Nothing,     // checked already, off the GUI thread
    };
    Result<Done> push(std::unique_ptr<MapEditCommand> command, Check check);
    template<typename Command>
    Result<Done> pushEdit(const Result<SeatMap> &edited, int dragId = 0);
    template<typename Command>
    Result<Done> pushEdit(const Result<MapEdits::Edit> &edited);

    SeatMap m_map;
    QString m_fileName;
    MapSelection m_selection;
    QUndoStack *m_undoStack = nullptr;
    mutable QByteArray m_json; // m_map written, worked out when first asked for
};

} // namespace Parterre
