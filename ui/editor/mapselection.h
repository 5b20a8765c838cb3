#pragma once

#include <QSet>
#include <QString>

namespace Parterre {

// What is selected in an open seat map: seats and GA areas by id, decorations by index.
struct MapSelection
{
    QSet<QString> seats;
    QSet<QString> gaAreas;
    QSet<int> decorations;

    bool isEmpty() const { return seats.isEmpty() && gaAreas.isEmpty() && decorations.isEmpty(); }
    int size() const { return int(seats.size() + gaAreas.size() + decorations.size()); }
    friend bool operator==(const MapSelection &, const MapSelection &) = default;
};

} // namespace Parterre
