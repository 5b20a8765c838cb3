#include "seatselector.h"

#include <QLineF>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

QPointF centroid(const QList<QPointF> &points)
{
    QPointF sum;
    for (const QPointF &p : points)
        sum += p;
    return points.isEmpty() ? QPointF() : sum / double(points.size());
}

} // namespace

SeatSelector::SeatSelector(const SeatMap &map)
{
    for (const Section &section : map.sections) {
        for (const Row &row : section.rows) {
            QList<const Seat *> seats;
            QList<double> gaps;
            for (const Seat &seat : row.seats) {
                if (!seats.isEmpty())
                    gaps.append(QLineF(seats.last()->position, seat.position).length());
                seats.append(&seat);
                m_byId.insert(seat.id, &seat);
            }
            std::sort(gaps.begin(), gaps.end());
            m_spacing.append(gaps.isEmpty() ? 0.0 : gaps.at(gaps.size() / 2));
            m_rows.append(seats);
        }
    }
    // The stage's centre, or failing a stage, the middle of the map's top edge.
    m_stage = QPointF(map.width / 2, 0);
    for (const Decoration &d : map.decorations) {
        if (d.kind == "stage"_L1) {
            m_stage = d.outline.isEmpty() ? d.position : centroid(d.outline);
            break;
        }
    }
}

bool SeatSelector::adjacent(const Seat &a, const Seat &b, double spacing) const
{
    // An aisle shows as a gap of well over one seat.
    return spacing <= 0 || QLineF(a.position, b.position).length() <= spacing * 1.6;
}

Result<QStringList> SeatSelector::bestAvailable(const QSet<QString> &available,
                                                const BestAvailableRequest &request) const
{
    if (request.wheelchair) {
        // The free wheelchair space nearest the stage whose companion seat is free too.
        const Seat *best = nullptr;
        const Seat *bestCompanion = nullptr;
        double bestDistance = 0;
        for (auto it = m_byId.cbegin(); it != m_byId.cend(); ++it) {
            const Seat *companion = it.value();
            if (!(companion->flags & Seat::Companion) || !available.contains(companion->id))
                continue;
            const Seat *space = m_byId.value(companion->companionOf);
            if (!space || !available.contains(space->id))
                continue;
            if (!request.categoryId.isEmpty() && space->categoryId != request.categoryId)
                continue;
            const double distance = QLineF(space->position, m_stage).length();
            if (!best || distance < bestDistance || (distance == bestDistance && space->id < best->id)) {
                best = space;
                bestCompanion = companion;
                bestDistance = distance;
            }
        }
        if (!best)
            return Error::seatUnavailable(u"no wheelchair space with its companion seat is free"_s, {});
        return QStringList{best->id, bestCompanion->id};
    }
    if (request.quantity <= 0)
        return Error::invalidInput(u"best available needs a quantity of at least one"_s);

    struct Candidate
    {
        int row;
        int first;
        int orphans;    // single free seats the choice would strand beside it
        int restricted; // restricted-view seats in it
        double distance;
    };
    std::optional<Candidate> best;
    const auto better = [](const Candidate &a, const Candidate &b) {
        if (a.orphans != b.orphans)
            return a.orphans < b.orphans;
        if (a.restricted != b.restricted)
            return a.restricted < b.restricted;
        return a.distance < b.distance;
    };
    const auto usable = [&](const Seat *seat) {
        return available.contains(seat->id) && !(seat->flags & (Seat::Wheelchair | Seat::Companion)) &&
               (request.categoryId.isEmpty() || seat->categoryId == request.categoryId);
    };
    for (int r = 0; r < m_rows.size(); ++r) {
        const QList<const Seat *> &row = m_rows.at(r);
        const double spacing = m_spacing.at(r);
        const auto freeNeighbour = [&](int i, int step) {
            // Whether the seat at i (if any, and really next to its neighbour) is free for anyone.
            const int j = i - step;
            return i >= 0 && i < row.size() && adjacent(*row.at(j), *row.at(i), spacing) &&
                   available.contains(row.at(i)->id);
        };
        for (int first = 0; first + request.quantity <= row.size(); ++first) {
            bool ok = true;
            int restricted = 0;
            QPointF sum;
            for (int i = first; i < first + request.quantity && ok; ++i) {
                ok = usable(row.at(i)) && (i == first || adjacent(*row.at(i - 1), *row.at(i), spacing));
                restricted += (row.at(i)->flags & Seat::RestrictedView) ? 1 : 0;
                sum += row.at(i)->position;
            }
            if (!ok)
                continue;
            const int last = first + request.quantity - 1;
            int orphans = 0;
            // A lone free seat left on either side, boxed in by a taken seat, an aisle or the row's end.
            if (freeNeighbour(first - 1, -1) && !freeNeighbour(first - 2, -1))
                ++orphans;
            if (freeNeighbour(last + 1, 1) && !freeNeighbour(last + 2, 1))
                ++orphans;
            const Candidate candidate{r, first, orphans, restricted,
                                      QLineF(sum / double(request.quantity), m_stage).length()};
            if (!best || better(candidate, *best))
                best = candidate;
        }
    }
    if (!best) {
        return Error::seatUnavailable(
            request.categoryId.isEmpty()
                ? u"no %1 seats side by side are free"_s.arg(request.quantity)
                : u"no %1 seats side by side are free in category %2"_s.arg(request.quantity)
                      .arg(request.categoryId),
            {});
    }
    QStringList seats;
    for (int i = best->first; i < best->first + request.quantity; ++i)
        seats.append(m_rows.at(best->row).at(i)->id);
    return seats;
}

} // namespace Parterre
