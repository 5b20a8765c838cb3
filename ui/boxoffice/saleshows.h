#pragma once

#include "saledocuments.h"
#include "saleoperations.h"

#include <QCoreApplication>
#include <QHash>

namespace Parterre {

// Every show a sale touched, as last read: the names of its categories and standing areas and its seats'
// sections, rows and labels, so a cart line can say which seats it holds and the papers name the show.
class SaleShows final
{
    Q_DECLARE_TR_FUNCTIONS(Parterre::SaleShows)

public:
    // Keeps a fresh read of a show (its names from the seat map, when the read brings one).
    void update(const CounterShow &data);
    void clear() { m_shows.clear(); }
    bool contains(qint64 showId) const { return m_shows.contains(showId); }
    QHash<QString, QString> categoryNames(qint64 showId) const { return m_shows.value(showId).categoryNames; }

    // "Stalls · Row C · 12, 13", a part per row in the store's order, then standing places; the event's
    // name first when the hold is for another show than currentShowId. categoryName: the seats' category,
    // "Standing" or "Mixed".
    QString describe(const Hold &hold, qint64 currentShowId, QString *categoryName) const;
    SaleDocuments documents(const QList<Order> &orders) const;

private:
    struct ShowInfo
    {
        Show show;
        QHash<QString, QString> categoryNames;
        QHash<QString, SeatState> seats;
        QHash<QString, QString> gaNames;
    };

    QHash<qint64, ShowInfo> m_shows;
};

} // namespace Parterre
