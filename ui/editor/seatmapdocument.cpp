#include "seatmapdocument.h"

#include "editorcommands.h"
#include "seatmap/seatmapformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QUndoStack>

namespace Parterre {

using namespace Qt::StringLiterals;

SeatMapDocument::SeatMapDocument(const SeatMap &map, const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_map(map)
    , m_fileName(fileName)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

SeatMapDocument::~SeatMapDocument()
{
    // The commands point back at the document: let them go first.
    m_undoStack->disconnect(this);
    m_undoStack->clear();
}

SeatMap SeatMapDocument::emptyMap()
{
    SeatMap map;
    map.name = QCoreApplication::translate("SeatMapDocument", "New seat map");
    map.width = 1200;
    map.height = 900;
    map.categories.append(
        {u"standard"_s, QCoreApplication::translate("SeatMapDocument", "Standard"), u"#56b4e9"_s});
    return map;
}

Result<SeatMap> SeatMapDocument::readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalidInput(QCoreApplication::translate("SeatMapDocument", "Cannot open %1: %2")
                                       .arg(fileName, file.errorString()));
    }
    return SeatMapFormat::read(file.readAll());
}

void SeatMapDocument::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

bool SeatMapDocument::isModified() const
{
    return !m_undoStack->isClean();
}

QByteArray SeatMapDocument::json() const
{
    if (m_json.isEmpty())
        m_json = SeatMapFormat::write(m_map);
    return m_json;
}

Result<Done> SeatMapDocument::save(const QString &fileName)
{
    if (const Result<Done> valid = SeatMapFormat::validate(m_map); !valid) {
        return Error::invalidInput(
            QCoreApplication::translate("SeatMapDocument", "The map cannot be saved yet: %1")
                .arg(valid.error().message));
    }
    const QByteArray data = json();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error::storage(QCoreApplication::translate("SeatMapDocument", "Cannot write %1: %2")
                                  .arg(fileName, file.errorString()));
    }
    setFileName(fileName);
    m_undoStack->setClean();
    return Done{};
}

void SeatMapDocument::setSelection(const MapSelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    emit selectionChanged();
}

void SeatMapDocument::selectAll()
{
    MapSelection all;
    for (const Section &section : m_map.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats)
                all.seats.insert(seat.id);
        }
    }
    for (const GaArea &area : m_map.gaAreas)
        all.gaAreas.insert(area.id);
    for (int d = 0; d < int(m_map.decorations.size()); ++d)
        all.decorations.insert(d);
    setSelection(all);
}

Result<Done> SeatMapDocument::validate(const SeatMap &map)
{
    const Result<Done> valid = SeatMapFormat::validate(map);
    if (!valid) {
        return Error::invalidInput(
            QCoreApplication::translate("SeatMapDocument", "That would make the map invalid: %1")
                .arg(valid.error().message));
    }
    return Done{};
}

void SeatMapDocument::applyState(const SeatMap &map, const MapSelection &selection)
{
    m_map = map;
    m_json.clear();
    emit mapChanged();
    m_selection = selection;
    emit selectionChanged();
}

Result<Done> SeatMapDocument::push(std::unique_ptr<MapEditCommand> command, Check check)
{
    if (command->mapAfter() == m_map)
        return Done{}; // nothing would change: nothing to undo either
    Result<Done> valid = Done{};
    if (check == Check::WholeMap)
        valid = validate(command->mapAfter());
    else if (check == Check::Coordinates)
        valid = MapEdits::checkCoordinates(command->mapAfter(), m_selection);
    if (!valid)
        return valid.error();
    m_undoStack->push(command.release());
    return Done{};
}

template<typename Command>
Result<Done> SeatMapDocument::pushEdit(const Result<SeatMap> &edited, int dragId)
{
    if (!edited)
        return edited.error();
    if constexpr (std::is_base_of_v<DragCommand, Command>)
        return push(std::make_unique<Command>(this, *edited, m_selection, dragId), Check::Coordinates);
    else if constexpr (std::is_same_v<Command, AlignElements> || std::is_same_v<Command, DistributeElements>)
        return push(std::make_unique<Command>(this, *edited, m_selection), Check::Coordinates);
    else
        return push(std::make_unique<Command>(this, *edited, m_selection), Check::WholeMap);
}

template<typename Command>
Result<Done> SeatMapDocument::pushEdit(const Result<MapEdits::Edit> &edited)
{
    if (!edited)
        return edited.error();
    return push(std::make_unique<Command>(this, edited->map, edited->selection), Check::WholeMap);
}

Result<Done> SeatMapDocument::moveSelection(const QPointF &delta, int dragId)
{
    return pushEdit<MoveElements>(MapEdits::move(m_map, m_selection, delta), dragId);
}

Result<Done> SeatMapDocument::rotateSelection(double degrees, int dragId, std::optional<QPointF> centre)
{
    const QPointF about = centre.value_or(MapEdits::selectionBounds(m_map, m_selection).center());
    return pushEdit<RotateElements>(MapEdits::rotate(m_map, m_selection, about, degrees), dragId);
}

Result<Done> SeatMapDocument::deleteSelection()
{
    const Result<SeatMap> edited = MapEdits::remove(m_map, m_selection);
    if (!edited)
        return edited.error();
    return push(std::make_unique<DeleteElements>(this, *edited, MapSelection{}), Check::WholeMap);
}

Result<Done> SeatMapDocument::setCategory(const QString &categoryId)
{
    return pushEdit<ChangeSeatCategory>(MapEdits::setCategory(m_map, m_selection, categoryId));
}

Result<Done> SeatMapDocument::setFlags(int flags, int mask)
{
    return pushEdit<ChangeSeatFlags>(MapEdits::setFlags(m_map, m_selection, flags, mask));
}

Result<Done> SeatMapDocument::setGaCapacity(int capacity)
{
    return pushEdit<ChangeGaCapacity>(MapEdits::setGaCapacity(m_map, m_selection, capacity));
}

Result<Done> SeatMapDocument::addCategory(const QString &name, const QString &colour)
{
    return pushEdit<AddCategory>(MapEdits::addCategory(m_map, name, colour));
}

Result<Done> SeatMapDocument::linkCompanions()
{
    return pushEdit<LinkCompanions>(MapEdits::linkCompanions(m_map, m_selection));
}

Result<Done> SeatMapDocument::unlinkCompanions()
{
    return pushEdit<UnlinkCompanions>(MapEdits::unlinkCompanions(m_map, m_selection));
}

Result<Done> SeatMapDocument::renumber(Generators::Numbering numbering, int first,
                                       std::optional<Generators::RowNaming> rowNaming, int firstRow)
{
    return pushEdit<RenumberSeats>(
        MapEdits::renumber(m_map, m_selection, numbering, first, rowNaming, firstRow));
}

Result<Done> SeatMapDocument::renameRow(const QString &label)
{
    return pushEdit<RenameRow>(MapEdits::renameRow(m_map, m_selection, label));
}

Result<Done> SeatMapDocument::setSectionOutline(const QString &sectionId, const QList<QPointF> &outline)
{
    return pushEdit<ChangeSectionOutline>(MapEdits::setSectionOutline(m_map, sectionId, outline));
}

Result<Done> SeatMapDocument::addRows(const QList<QList<QPointF>> &rows, const MapEdits::RowOptions &options,
                                      bool block)
{
    const Result<MapEdits::Edit> edited = MapEdits::addRows(m_map, rows, options);
    return block ? pushEdit<AddBlock>(edited) : pushEdit<AddRows>(edited);
}

Result<Done> SeatMapDocument::addGaArea(const GaArea &area)
{
    return pushEdit<AddGaArea>(MapEdits::addGaArea(m_map, area));
}

Result<Done> SeatMapDocument::addDecoration(const Decoration &decoration)
{
    return pushEdit<AddDecoration>(MapEdits::addDecoration(m_map, decoration));
}

Result<Done> SeatMapDocument::align(MapEdits::Alignment alignment)
{
    return pushEdit<AlignElements>(MapEdits::align(m_map, m_selection, alignment));
}

Result<Done> SeatMapDocument::distribute(Qt::Orientation orientation)
{
    return pushEdit<DistributeElements>(MapEdits::distribute(m_map, m_selection, orientation));
}

Result<Done> SeatMapDocument::paste(const SeatMap &fragment, const QPointF &offset)
{
    return pushEdit<PasteElements>(MapEdits::paste(m_map, fragment, offset));
}

Result<Done> SeatMapDocument::replaceMap(const SeatMap &map, const QString &undoText,
                                         const QByteArray &validatedJson)
{
    const Result<Done> pushed = push(std::make_unique<ReplaceMap>(this, map, MapSelection{}, undoText),
                                     validatedJson.isEmpty() ? Check::WholeMap : Check::Nothing);
    if (pushed && !validatedJson.isEmpty())
        m_json = validatedJson; // written already: what autosave and save will want
    return pushed;
}

} // namespace Parterre
