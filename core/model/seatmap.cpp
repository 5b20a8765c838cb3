#include "seatmap.h"

namespace Parterre {

int SeatMap::seatCount() const
{
    int count = 0;
    for (const Section &section : sections) {
        for (const Row &row : section.rows)
            count += int(row.seats.size());
    }
    return count;
}

const Category *SeatMap::category(const QString &id) const
{
    for (const Category &c : categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace Parterre
