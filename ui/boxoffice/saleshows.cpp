#include "saleshows.h"

#include <map>

namespace Parterre {

void SaleShows::update(const CounterShow &data)
{
    ShowInfo &info = m_shows[data.show.id];
    info.show = data.show;
    if (data.map) {
        info.categoryNames.clear();
        for (const Category &category : data.map->categories)
            info.categoryNames.insert(category.id, category.name);
        info.gaNames.clear();
        for (const GaArea &area : data.map->gaAreas)
            info.gaNames.insert(area.id, area.name);
    }
    info.seats.clear();
    for (const SeatState &seat : data.seats)
        info.seats.insert(seat.seatId, seat);
}

QString SaleShows::describe(const Hold &hold, qint64 currentShowId, QString *categoryName) const
{
    const ShowInfo info = m_shows.value(hold.showId);
    std::map<std::pair<QString, QString>, QStringList> rows;
    QStringList order;
    QSet<QString> categories;
    for (const QString &id : hold.seatIds) {
        const SeatState seat = info.seats.value(id);
        const auto key = std::make_pair(seat.section, seat.row);
        if (!rows.count(key))
            order.append(seat.section + QChar(0x1f) + seat.row);
        rows[key].append(seat.label.isEmpty() ? id : seat.label);
        categories.insert(seat.categoryId);
    }
    QStringList parts;
    for (const QString &sectionRow : std::as_const(order)) {
        const QStringList split = sectionRow.split(QChar(0x1f));
        const QStringList &labels = rows[std::make_pair(split.value(0), split.value(1))];
        parts.append(
            tr("%1 · Row %2 · %3").arg(split.value(0), split.value(1), labels.join(QStringLiteral(", "))));
    }
    for (const GaUnits &units : hold.ga) {
        parts.append(
            tr("%1 × %2").arg(info.gaNames.value(units.areaId, units.areaId)).arg(units.units.size()));
        categories.insert(QStringLiteral("ga:") + units.areaId);
    }
    if (categoryName) {
        if (categories.size() == 1 && !hold.seatIds.isEmpty())
            *categoryName = info.categoryNames.value(*categories.cbegin(), *categories.cbegin());
        else if (categories.size() == 1)
            *categoryName = tr("Standing");
        else
            *categoryName = tr("Mixed");
    }
    const QString seats = parts.join(QStringLiteral("; "));
    if (hold.showId != currentShowId && m_shows.contains(hold.showId))
        return info.show.eventName + QStringLiteral(": ") + seats;
    return seats;
}

SaleDocuments SaleShows::documents(const QList<Order> &orders) const
{
    QHash<qint64, Show> shows;
    QHash<QString, QString> names;
    for (auto it = m_shows.cbegin(); it != m_shows.cend(); ++it) {
        shows.insert(it.key(), it->show);
        names.insert(it->categoryNames);
    }
    return SaleDocuments(orders, shows, names);
}

} // namespace Parterre
