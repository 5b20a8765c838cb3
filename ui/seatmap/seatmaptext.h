#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Parterre {

class SeatMapGeometry;

// The words for what is on a seat map: tooltips for seats, GA areas and sections, and the sentence a
// screen reader says about the focused seat. Prices come from the show, when there is one.
class SeatMapText final
{
    Q_DECLARE_TR_FUNCTIONS(SeatMapText)

public:
    // prices: category id → minor units in currency. All three must outlive this object.
    SeatMapText(const SeatMapGeometry &geometry, const QHash<QString, qint64> &prices,
                const QString &currency);

    QString seatToolTip(int seat) const;
    // One line: section, row, seat, category, price, flags, state, whether selected.
    QString seatDescription(int seat) const;
    QString gaAreaToolTip(int area) const;
    QString sectionToolTip(int section) const;
    static QString flagsText(int flags);

private:
    QString price(int category) const; // empty when the show gives none

    const SeatMapGeometry &m_geometry;
    const QHash<QString, qint64> &m_prices;
    const QString &m_currency;
};

} // namespace Parterre
