#pragma once

#include "seatmappalette.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

class QFont;
class QPainter;
class QPalette;
class QRect;

namespace Parterre {

class SeatMapGeometry;

// The key under a seat map: a swatch per category (with its price when a show gives one), per state and per
// seat shape the map uses, laid out in lines that wrap to the width it is given.
class SeatMapLegend final
{
public:
    struct Entry
    {
        QString text;
        int status = int(SeatState::Status::Available);
        QColor color; // the category's, for available seats
        SeatMapPalette::Shape shape = SeatMapPalette::Shape::Round;
        bool selected = false;
        bool gaArea = false;
    };

    // prices: category id → minor units, in currency; empty when no show is known.
    void update(const SeatMapGeometry &geometry, const QHash<QString, qint64> &prices,
                const QString &currency, bool withStates = true, bool withKept = false);
    const QList<Entry> &entries() const { return m_entries; }

    int heightForWidth(int width, const QFont &font) const;
    void paint(QPainter &painter, const QRect &rect, const QPalette &palette, const QFont &font) const;

private:
    QList<Entry> m_entries;
};

} // namespace Parterre
