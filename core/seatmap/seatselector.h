#pragma once

#include "model/result.h"
#include "model/seatmap.h"

#include <QSet>
#include <QStringList>

namespace Parterre {

struct BestAvailableRequest
{
    QString categoryId; // empty: any category
    int quantity = 2;
    bool wheelchair = false; // a wheelchair space with its companion seat (quantity is then 2)
};

// Picks "best available" seats the way a clerk would: side by side in one row, closest to the centre of the
// stage, never leaving a single empty seat beside them when another choice exists, restricted-view seats
// only when nothing else fits, wheelchair spaces only for wheelchair requests. Pure: it reads a map and the
// set of free seats and holds nothing.
class SeatSelector final
{
public:
    explicit SeatSelector(const SeatMap &map);

    Result<QStringList> bestAvailable(const QSet<QString> &available,
                                      const BestAvailableRequest &request) const;
    QPointF stageCentre() const { return m_stage; }

private:
    struct Place
    {
        const Seat *seat;
        int row;   // index into m_rows
        int index; // position within the row
    };

    // Seats next to each other in a row: consecutive in the row and not split by an aisle or a gap.
    bool adjacent(const Seat &a, const Seat &b, double spacing) const;

    QList<QList<const Seat *>> m_rows;
    QList<double> m_spacing; // typical distance between neighbours, per row
    QPointF m_stage;
    QHash<QString, const Seat *> m_byId;
};

} // namespace Parterre
