#include "mapedits.h"

#include "seatmap/seatmapformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Parterre::MapEdits {

using namespace Qt::StringLiterals;

namespace {

constexpr int kEditableFlags = Seat::Wheelchair | Seat::RestrictedView | Seat::Aisle;

// Calls edit on every selected seat, detaching only the sections, rows and seat lists that hold one.
// Returns how many seats it visited.
template<typename Edit>
int editSeats(SeatMap &map, const QSet<QString> &ids, Edit edit)
{
    if (ids.isEmpty())
        return 0;
    int visited = 0;
    for (qsizetype s = 0; s < map.sections.size(); ++s) {
        const Section &section = std::as_const(map.sections).at(s);
        for (qsizetype r = 0; r < section.rows.size(); ++r) {
            const Row &row = section.rows.at(r);
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                if (!ids.contains(row.seats.at(i).id))
                    continue;
                edit(map.sections[s].rows[r].seats[i]);
                ++visited;
            }
        }
    }
    return visited;
}

// Sections whose every seat is selected: their outline travels with the seats.
QList<qsizetype> wholeSections(const SeatMap &map, const QSet<QString> &seats)
{
    QList<qsizetype> whole;
    for (qsizetype s = 0; s < map.sections.size(); ++s) {
        bool all = !map.sections.at(s).rows.isEmpty();
        for (const Row &row : map.sections.at(s).rows) {
            for (const Seat &seat : row.seats) {
                if (!seats.contains(seat.id)) {
                    all = false;
                    break;
                }
            }
            if (!all)
                break;
        }
        if (all)
            whole.append(s);
    }
    return whole;
}

QPointF rounded(const QPointF &p)
{
    return QPointF(std::round(p.x() * 100) / 100, std::round(p.y() * 100) / 100);
}

// Applies transform to every position the selection owns.
Result<SeatMap> transformed(const SeatMap &source, const MapSelection &selection, const QTransform &transform)
{
    if (selection.isEmpty())
        return Error::invalidInput(QCoreApplication::translate("MapEdits", "Nothing is selected."));
    SeatMap map = source;
    const auto apply = [&transform](const QPointF &p) { return rounded(transform.map(p)); };
    editSeats(map, selection.seats, [&](Seat &seat) { seat.position = apply(seat.position); });
    for (const qsizetype s : wholeSections(source, selection.seats)) {
        for (QPointF &p : map.sections[s].outline)
            p = apply(p);
    }
    for (qsizetype a = 0; a < map.gaAreas.size(); ++a) {
        if (!selection.gaAreas.contains(source.gaAreas.at(a).id))
            continue;
        for (QPointF &p : map.gaAreas[a].outline)
            p = apply(p);
    }
    for (const int d : selection.decorations) {
        if (d < 0 || d >= map.decorations.size())
            continue;
        Decoration &decoration = map.decorations[d];
        for (QPointF &p : decoration.outline)
            p = apply(p);
        // An outlined decoration at the origin has no position of its own (see SeatMapFormat).
        if (decoration.outline.isEmpty() || !decoration.position.isNull())
            decoration.position = apply(decoration.position);
    }
    return map;
}

QSet<QString> allSeatIds(const SeatMap &map)
{
    QSet<QString> ids;
    ids.reserve(map.seatCount());
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats)
                ids.insert(seat.id);
        }
    }
    return ids;
}

// id, or id with the first free "-2", "-3" … suffix, so that it is in neither taken nor later ones.
QString freeId(const QString &id, QSet<QString> &taken)
{
    QString candidate = id;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = id + u'-' + QString::number(n);
    taken.insert(candidate);
    return candidate;
}

QSet<QString> sectionIds(const SeatMap &map)
{
    QSet<QString> ids;
    for (const Section &section : map.sections)
        ids.insert(section.id);
    return ids;
}

QSet<QString> gaAndSeatIds(const SeatMap &map)
{
    QSet<QString> ids = allSeatIds(map);
    for (const GaArea &area : map.gaAreas)
        ids.insert(area.id);
    return ids;
}

struct SeatRef
{
    qsizetype section = 0;
    qsizetype row = 0;
    qsizetype seat = 0;
};

QList<SeatRef> selectedSeatRefs(const SeatMap &map, const QSet<QString> &ids)
{
    QList<SeatRef> refs;
    for (qsizetype s = 0; s < map.sections.size(); ++s) {
        for (qsizetype r = 0; r < map.sections.at(s).rows.size(); ++r) {
            const Row &row = map.sections.at(s).rows.at(r);
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                if (ids.contains(row.seats.at(i).id))
                    refs.append({s, r, i});
            }
        }
    }
    return refs;
}

} // namespace

QRectF selectionBounds(const SeatMap &map, const MapSelection &selection)
{
    double left = std::numeric_limits<double>::max();
    double top = left;
    double right = std::numeric_limits<double>::lowest();
    double bottom = right;
    bool any = false;
    const auto add = [&](const QPointF &p) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
        any = true;
    };
    if (!selection.seats.isEmpty()) {
        for (const Section &section : map.sections) {
            for (const Row &row : section.rows) {
                for (const Seat &seat : row.seats) {
                    if (selection.seats.contains(seat.id))
                        add(seat.position);
                }
            }
        }
    }
    for (const GaArea &area : map.gaAreas) {
        if (selection.gaAreas.contains(area.id)) {
            for (const QPointF &p : area.outline)
                add(p);
        }
    }
    for (const int d : selection.decorations) {
        if (d < 0 || d >= map.decorations.size())
            continue;
        const Decoration &decoration = map.decorations.at(d);
        for (const QPointF &p : decoration.outline)
            add(p);
        if (decoration.outline.isEmpty())
            add(decoration.position);
    }
    if (!any)
        return {};
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

Result<SeatMap> move(const SeatMap &map, const MapSelection &selection, const QPointF &delta)
{
    return transformed(map, selection, QTransform::fromTranslate(delta.x(), delta.y()));
}

Result<SeatMap> rotate(const SeatMap &map, const MapSelection &selection, const QPointF &centre,
                       double degrees)
{
    QTransform transform;
    transform.translate(centre.x(), centre.y());
    transform.rotate(degrees);
    transform.translate(-centre.x(), -centre.y());
    return transformed(map, selection, transform);
}

Result<SeatMap> remove(const SeatMap &source, const MapSelection &selection)
{
    if (selection.isEmpty())
        return Error::invalidInput(QCoreApplication::translate("MapEdits", "Nothing is selected."));
    SeatMap map = source;
    if (!selection.seats.isEmpty()) {
        QSet<QString> removedWheelchairs;
        for (qsizetype s = map.sections.size() - 1; s >= 0; --s) {
            const Section &section = std::as_const(map.sections).at(s);
            bool touched = false;
            for (const Row &row : section.rows) {
                for (const Seat &seat : row.seats) {
                    if (selection.seats.contains(seat.id)) {
                        touched = true;
                        if (seat.flags & Seat::Wheelchair)
                            removedWheelchairs.insert(seat.id);
                    }
                }
            }
            if (!touched)
                continue;
            Section &edited = map.sections[s];
            for (qsizetype r = edited.rows.size() - 1; r >= 0; --r) {
                edited.rows[r].seats.removeIf(
                    [&selection](const Seat &seat) { return selection.seats.contains(seat.id); });
                if (edited.rows.at(r).seats.isEmpty())
                    edited.rows.removeAt(r);
            }
            if (edited.rows.isEmpty())
                map.sections.removeAt(s);
        }
        QSet<QString> orphans;
        for (const Section &section : std::as_const(map.sections)) {
            for (const Row &row : section.rows) {
                for (const Seat &seat : row.seats) {
                    if ((seat.flags & Seat::Companion) && removedWheelchairs.contains(seat.companionOf))
                        orphans.insert(seat.id);
                }
            }
        }
        editSeats(map, orphans, [](Seat &seat) {
            seat.flags &= ~Seat::Companion;
            seat.companionOf.clear();
        });
    }
    map.gaAreas.removeIf([&selection](const GaArea &area) { return selection.gaAreas.contains(area.id); });
    QList<int> decorations(selection.decorations.cbegin(), selection.decorations.cend());
    std::sort(decorations.begin(), decorations.end(), std::greater<>());
    for (const int d : decorations) {
        if (d >= 0 && d < map.decorations.size())
            map.decorations.removeAt(d);
    }
    return map;
}

Result<SeatMap> setCategory(const SeatMap &source, const MapSelection &selection, const QString &categoryId)
{
    if (selection.seats.isEmpty() && selection.gaAreas.isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "Select seats or GA areas to set their category."));
    if (!source.category(categoryId))
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "There is no category \"%1\".").arg(categoryId));
    SeatMap map = source;
    editSeats(map, selection.seats, [&categoryId](Seat &seat) { seat.categoryId = categoryId; });
    for (qsizetype a = 0; a < map.gaAreas.size(); ++a) {
        if (selection.gaAreas.contains(source.gaAreas.at(a).id))
            map.gaAreas[a].categoryId = categoryId;
    }
    return map;
}

Result<SeatMap> addCategory(const SeatMap &source, const QString &name, const QString &colour)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalidInput(QCoreApplication::translate("MapEdits", "A category needs a name."));
    for (const Category &category : source.categories) {
        if (category.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            return Error::invalidInput(
                QCoreApplication::translate("MapEdits", "There is a category \"%1\" already.")
                    .arg(category.name));
        }
    }
    // The id: the name in lower case, runs of anything but letters and digits made one "-".
    QString id;
    for (const QChar c : trimmed.toLower()) {
        if (c.isLetterOrNumber())
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    QSet<QString> taken;
    for (const Category &category : source.categories)
        taken.insert(category.id);
    SeatMap map = source;
    map.categories.append({freeId(id.isEmpty() ? u"category"_s : id, taken), trimmed, colour.toLower()});
    return map;
}

Result<SeatMap> setGaCapacity(const SeatMap &source, const MapSelection &selection, int capacity)
{
    if (selection.gaAreas.isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "Select GA areas to set their capacity."));
    SeatMap map = source;
    for (qsizetype a = 0; a < map.gaAreas.size(); ++a) {
        if (selection.gaAreas.contains(source.gaAreas.at(a).id))
            map.gaAreas[a].capacity = capacity;
    }
    return map;
}

Result<SeatMap> setFlags(const SeatMap &source, const MapSelection &selection, int flags, int mask)
{
    if (selection.seats.isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "Select seats to set their flags."));
    if (mask == 0 || (mask & ~kEditableFlags) != 0)
        return Error::invalidInput(QCoreApplication::translate(
            "MapEdits", "Only the wheelchair, restricted view and aisle flags can be set this way."));
    SeatMap map = source;
    editSeats(map, selection.seats,
              [flags, mask](Seat &seat) { seat.flags = (seat.flags & ~mask) | (flags & mask); });
    return map;
}

Result<SeatMap> linkCompanions(const SeatMap &source, const MapSelection &selection)
{
    QString wheelchair;
    int others = 0;
    for (const SeatRef &ref : selectedSeatRefs(source, selection.seats)) {
        const Seat &seat = source.sections.at(ref.section).rows.at(ref.row).seats.at(ref.seat);
        if (seat.flags & Seat::Wheelchair) {
            if (!wheelchair.isEmpty())
                return Error::invalidInput(QCoreApplication::translate(
                    "MapEdits", "Select exactly one wheelchair space and its companion seats."));
            wheelchair = seat.id;
        } else {
            ++others;
        }
    }
    if (wheelchair.isEmpty() || others == 0)
        return Error::invalidInput(QCoreApplication::translate(
            "MapEdits", "Select exactly one wheelchair space and its companion seats."));
    SeatMap map = source;
    QSet<QString> companions = selection.seats;
    companions.remove(wheelchair);
    editSeats(map, companions, [&wheelchair](Seat &seat) {
        seat.flags |= Seat::Companion;
        seat.companionOf = wheelchair;
    });
    return map;
}

Result<SeatMap> unlinkCompanions(const SeatMap &source, const MapSelection &selection)
{
    QSet<QString> companions;
    for (const SeatRef &ref : selectedSeatRefs(source, selection.seats)) {
        const Seat &seat = source.sections.at(ref.section).rows.at(ref.row).seats.at(ref.seat);
        if (seat.flags & Seat::Companion)
            companions.insert(seat.id);
    }
    if (companions.isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "None of the selected seats is a companion seat."));
    SeatMap map = source;
    editSeats(map, companions, [](Seat &seat) {
        seat.flags &= ~Seat::Companion;
        seat.companionOf.clear();
    });
    return map;
}

Result<SeatMap> renumber(const SeatMap &source, const MapSelection &selection,
                         Generators::Numbering numbering, int first,
                         std::optional<Generators::RowNaming> rowNaming, int firstRow)
{
    if (selection.seats.isEmpty())
        return Error::invalidInput(QCoreApplication::translate("MapEdits", "Select the seats to renumber."));
    if (first < 0 || firstRow < 0)
        return Error::invalidInput(QCoreApplication::translate("MapEdits", "Numbers start at 0 or more."));
    SeatMap map = source;
    int rowIndex = firstRow;
    for (qsizetype s = 0; s < source.sections.size(); ++s) {
        for (qsizetype r = 0; r < source.sections.at(s).rows.size(); ++r) {
            const Row &row = source.sections.at(s).rows.at(r);
            QList<qsizetype> picked;
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                if (selection.seats.contains(row.seats.at(i).id))
                    picked.append(i);
            }
            if (picked.isEmpty())
                continue;
            const QStringList labels = Generators::seatLabels(int(picked.size()), numbering, first);
            Row &edited = map.sections[s].rows[r];
            for (qsizetype k = 0; k < picked.size(); ++k)
                edited.seats[picked.at(k)].label = labels.at(k);
            if (rowNaming)
                edited.label = Generators::rowLabel(rowIndex++, *rowNaming);
        }
    }
    return map;
}

Result<SeatMap> renameRow(const SeatMap &source, const MapSelection &selection, const QString &label)
{
    if (label.trimmed().isEmpty())
        return Error::invalidInput(QCoreApplication::translate("MapEdits", "A row needs a label."));
    const QList<SeatRef> refs = selectedSeatRefs(source, selection.seats);
    if (refs.isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "Select a seat of the row to rename."));
    for (const SeatRef &ref : refs) {
        if (ref.section != refs.first().section || ref.row != refs.first().row)
            return Error::invalidInput(
                QCoreApplication::translate("MapEdits", "The selected seats are in more than one row."));
    }
    SeatMap map = source;
    map.sections[refs.first().section].rows[refs.first().row].label = label.trimmed();
    return map;
}

QString sectionOf(const SeatMap &map, const MapSelection &selection)
{
    const QList<SeatRef> refs = selectedSeatRefs(map, selection.seats);
    if (refs.isEmpty())
        return {};
    for (const SeatRef &ref : refs) {
        if (ref.section != refs.first().section)
            return {};
    }
    return map.sections.at(refs.first().section).id;
}

Result<SeatMap> setSectionOutline(const SeatMap &source, const QString &sectionId,
                                  const QList<QPointF> &outline)
{
    if (outline.size() < 3)
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "A section outline needs at least 3 points."));
    for (qsizetype s = 0; s < source.sections.size(); ++s) {
        if (source.sections.at(s).id != sectionId)
            continue;
        SeatMap map = source;
        QList<QPointF> points;
        for (const QPointF &p : outline)
            points.append(rounded(p));
        map.sections[s].outline = points;
        return map;
    }
    return Error::invalidInput(
        QCoreApplication::translate("MapEdits", "There is no section \"%1\".").arg(sectionId));
}

Result<Edit> addRows(const SeatMap &source, const QList<QList<QPointF>> &rows, const RowOptions &options)
{
    int seats = 0;
    for (const QList<QPointF> &row : rows)
        seats += int(row.size());
    if (seats == 0)
        return Error::invalidInput(QCoreApplication::translate(
            "MapEdits", "The rows hold no seats: drag further, or make the spacing smaller."));
    if (!source.category(options.categoryId))
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "There is no category \"%1\".").arg(options.categoryId));

    Edit edit{source, {}};
    SeatMap &map = edit.map;
    qsizetype target = -1;
    QSet<QString> takenRows;
    if (!options.sectionId.isEmpty()) {
        for (qsizetype s = 0; s < map.sections.size(); ++s) {
            if (map.sections.at(s).id == options.sectionId)
                target = s;
        }
        if (target < 0)
            return Error::invalidInput(QCoreApplication::translate("MapEdits", "There is no section \"%1\".")
                                           .arg(options.sectionId));
        for (const Row &row : map.sections.at(target).rows)
            takenRows.insert(row.label);
    }

    Generators::SectionOptions sectionOptions;
    sectionOptions.categoryId = options.categoryId;
    sectionOptions.rowNaming = options.rowNaming;
    sectionOptions.numbering = options.numbering;
    if (target >= 0) {
        sectionOptions.id = map.sections.at(target).id;
        sectionOptions.name = map.sections.at(target).name;
        // The first row index whose labels, for all new rows, are still free in the section.
        int firstRow = 0;
        const auto clashes = [&](int start) {
            for (qsizetype r = 0; r < rows.size(); ++r) {
                if (takenRows.contains(Generators::rowLabel(start + int(r), options.rowNaming)))
                    return true;
            }
            return false;
        };
        while (clashes(firstRow))
            ++firstRow;
        sectionOptions.firstRow = firstRow;
    } else {
        QSet<QString> taken = sectionIds(map);
        int n = int(map.sections.size()) + 1;
        while (taken.contains(u"section-"_s + QString::number(n)))
            ++n;
        sectionOptions.id = u"section-"_s + QString::number(n);
        sectionOptions.name = QCoreApplication::translate("MapEdits", "Section %1").arg(n);
    }

    Section made = Generators::makeSection(sectionOptions, rows);
    QSet<QString> taken = gaAndSeatIds(map);
    QList<QPointF> positions;
    for (Row &row : made.rows) {
        for (Seat &seat : row.seats) {
            seat.id = freeId(seat.id, taken);
            edit.selection.seats.insert(seat.id);
        }
    }
    if (target < 0) {
        map.sections.append(made);
        return edit;
    }
    Section &section = map.sections[target];
    section.rows.append(made.rows);
    for (const Row &row : std::as_const(section.rows)) {
        for (const Seat &seat : row.seats)
            positions.append(seat.position);
    }
    section.outline = Generators::outlineAround(positions, sectionOptions.outlinePadding);
    return edit;
}

Result<Edit> addGaArea(const SeatMap &source, GaArea area)
{
    if (area.outline.size() < 3)
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "A GA area needs at least 3 outline points."));
    if (!source.category(area.categoryId))
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "There is no category \"%1\".").arg(area.categoryId));
    Edit edit{source, {}};
    QSet<QString> taken = gaAndSeatIds(source);
    area.id = freeId(area.id.isEmpty() ? u"ga"_s : area.id, taken);
    if (area.name.trimmed().isEmpty())
        area.name = QCoreApplication::translate("MapEdits", "Standing");
    for (QPointF &p : area.outline)
        p = rounded(p);
    edit.map.gaAreas.append(area);
    edit.selection.gaAreas.insert(area.id);
    return edit;
}

Result<Edit> addDecoration(const SeatMap &source, const Decoration &decoration)
{
    if (decoration.kind == u"text"_s && decoration.text.trimmed().isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "A text decoration needs a text."));
    if (decoration.kind != u"text"_s && decoration.outline.size() < 2)
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "A shape needs an outline: drag to draw it."));
    Edit edit{source, {}};
    Decoration added = decoration;
    for (QPointF &p : added.outline)
        p = rounded(p);
    added.position = rounded(added.position);
    edit.map.decorations.append(added);
    edit.selection.decorations.insert(int(edit.map.decorations.size()) - 1);
    return edit;
}

Result<SeatMap> align(const SeatMap &source, const MapSelection &selection, Alignment alignment)
{
    const QList<SeatRef> refs = selectedSeatRefs(source, selection.seats);
    if (refs.size() < 2)
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "Select at least two seats to align."));
    const QRectF bounds = selectionBounds(source, MapSelection{selection.seats, {}, {}});
    SeatMap map = source;
    for (const SeatRef &ref : refs) {
        QPointF &p = map.sections[ref.section].rows[ref.row].seats[ref.seat].position;
        switch (alignment) {
        case Alignment::Left:
            p.setX(bounds.left());
            break;
        case Alignment::HorizontalCentre:
            p.setX(bounds.center().x());
            break;
        case Alignment::Right:
            p.setX(bounds.right());
            break;
        case Alignment::Top:
            p.setY(bounds.top());
            break;
        case Alignment::VerticalCentre:
            p.setY(bounds.center().y());
            break;
        case Alignment::Bottom:
            p.setY(bounds.bottom());
            break;
        }
        p = rounded(p);
    }
    return map;
}

Result<SeatMap> distribute(const SeatMap &source, const MapSelection &selection, Qt::Orientation orientation)
{
    QList<SeatRef> refs = selectedSeatRefs(source, selection.seats);
    if (refs.size() < 3)
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "Select at least three seats to distribute."));
    const bool horizontal = orientation == Qt::Horizontal;
    const auto coordinate = [&](const SeatRef &ref) {
        const QPointF p = source.sections.at(ref.section).rows.at(ref.row).seats.at(ref.seat).position;
        return horizontal ? p.x() : p.y();
    };
    std::stable_sort(refs.begin(), refs.end(),
                     [&](const SeatRef &a, const SeatRef &b) { return coordinate(a) < coordinate(b); });
    const double from = coordinate(refs.first());
    const double step = (coordinate(refs.last()) - from) / double(refs.size() - 1);
    SeatMap map = source;
    for (qsizetype k = 0; k < refs.size(); ++k) {
        QPointF &p = map.sections[refs.at(k).section].rows[refs.at(k).row].seats[refs.at(k).seat].position;
        if (horizontal)
            p.setX(from + step * double(k));
        else
            p.setY(from + step * double(k));
        p = rounded(p);
    }
    return map;
}

Result<Done> checkCoordinates(const SeatMap &map, const MapSelection &selection)
{
    const auto valid = [](const QPointF &p) {
        return std::isfinite(p.x()) && std::isfinite(p.y()) &&
               std::abs(p.x()) <= SeatMapFormat::kMaxCoordinate &&
               std::abs(p.y()) <= SeatMapFormat::kMaxCoordinate;
    };
    const auto refuse = [] {
        return Error::invalidInput(
            QCoreApplication::translate(
                "MapEdits", "That would take the selection beyond %L1 units from the map's origin.")
                .arg(SeatMapFormat::kMaxCoordinate, 0, 'g', 3));
    };
    if (!selection.seats.isEmpty()) {
        for (const Section &section : map.sections) {
            for (const QPointF &p : section.outline) {
                if (!valid(p))
                    return refuse();
            }
            for (const Row &row : section.rows) {
                for (const Seat &seat : row.seats) {
                    if (selection.seats.contains(seat.id) && !valid(seat.position))
                        return refuse();
                }
            }
        }
    }
    for (const GaArea &area : map.gaAreas) {
        for (const QPointF &p : area.outline) {
            if (!valid(p))
                return refuse();
        }
    }
    for (const Decoration &decoration : map.decorations) {
        if (!valid(decoration.position))
            return refuse();
        for (const QPointF &p : decoration.outline) {
            if (!valid(p))
                return refuse();
        }
    }
    return Done{};
}

SeatMap fragment(const SeatMap &map, const MapSelection &selection)
{
    SeatMap copy;
    copy.name = map.name;
    copy.width = map.width;
    copy.height = map.height;
    copy.categories = map.categories;
    for (const Section &section : map.sections) {
        Section part{section.id, section.name, {}, {}};
        for (const Row &row : section.rows) {
            Row kept{row.label, {}};
            for (const Seat &seat : row.seats) {
                if (selection.seats.contains(seat.id))
                    kept.seats.append(seat);
            }
            if (!kept.seats.isEmpty())
                part.rows.append(kept);
        }
        if (part.rows.isEmpty())
            continue;
        if (part.rows.size() == section.rows.size())
            part.outline = section.outline;
        copy.sections.append(part);
    }
    for (const GaArea &area : map.gaAreas) {
        if (selection.gaAreas.contains(area.id))
            copy.gaAreas.append(area);
    }
    for (const int d : selection.decorations) {
        if (d >= 0 && d < map.decorations.size())
            copy.decorations.append(map.decorations.at(d));
    }
    // A companion seat copied without its wheelchair space is an ordinary seat in the copy.
    const QSet<QString> copied = allSeatIds(copy);
    QSet<QString> orphans;
    for (const Section &section : std::as_const(copy.sections)) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats) {
                if ((seat.flags & Seat::Companion) && !copied.contains(seat.companionOf))
                    orphans.insert(seat.id);
            }
        }
    }
    editSeats(copy, orphans, [](Seat &seat) {
        seat.flags &= ~Seat::Companion;
        seat.companionOf.clear();
    });
    return copy;
}

Result<Edit> paste(const SeatMap &source, const SeatMap &fragment, const QPointF &offset)
{
    if (fragment.sections.isEmpty() && fragment.gaAreas.isEmpty() && fragment.decorations.isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("MapEdits", "The clipboard holds no seats, areas or decoration."));
    Edit edit{source, {}};
    SeatMap &map = edit.map;
    // Categories the map lacks come along with the pasted elements.
    for (const Category &category : fragment.categories) {
        if (!map.category(category.id))
            map.categories.append(category);
    }
    const auto shift = [&offset](const QPointF &p) { return rounded(p + offset); };
    QSet<QString> takenSections = sectionIds(map);
    QSet<QString> takenIds = gaAndSeatIds(map);
    QHash<QString, QString> newIds;
    for (const Section &section : fragment.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats)
                newIds.insert(seat.id, freeId(seat.id, takenIds));
        }
    }
    for (Section section : fragment.sections) {
        section.id = freeId(section.id, takenSections);
        for (QPointF &p : section.outline)
            p = shift(p);
        for (Row &row : section.rows) {
            for (Seat &seat : row.seats) {
                seat.id = newIds.value(seat.id);
                seat.position = shift(seat.position);
                if (seat.flags & Seat::Companion) {
                    if (newIds.contains(seat.companionOf)) {
                        seat.companionOf = newIds.value(seat.companionOf);
                    } else {
                        seat.flags &= ~Seat::Companion;
                        seat.companionOf.clear();
                    }
                }
                edit.selection.seats.insert(seat.id);
            }
        }
        map.sections.append(section);
    }
    for (GaArea area : fragment.gaAreas) {
        area.id = freeId(area.id, takenIds);
        for (QPointF &p : area.outline)
            p = shift(p);
        map.gaAreas.append(area);
        edit.selection.gaAreas.insert(area.id);
    }
    for (Decoration decoration : fragment.decorations) {
        for (QPointF &p : decoration.outline)
            p = shift(p);
        if (decoration.outline.isEmpty() || !decoration.position.isNull())
            decoration.position = shift(decoration.position);
        map.decorations.append(decoration);
        edit.selection.decorations.insert(int(map.decorations.size()) - 1);
    }
    return edit;
}

} // namespace Parterre::MapEdits
