#include "catalogcontroller.h"

#include "inventory/clock.h"
#include "seatmap/seatmapformat.h"
#include "store/store.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Parterre {

HttpReply CatalogController::events()
{
    auto list = m_store.events();
    if (!list)
        return HttpReply::fromError(list.error());
    QJsonArray events;
    for (const Event &event : *list)
        events.append(event.toJson());
    return HttpReply::json({{u"events"_s, events}});
}

HttpReply CatalogController::shows(qint64 eventId)
{
    auto events = m_store.events();
    if (!events)
        return HttpReply::fromError(events.error());
    const bool known = std::any_of(events->cbegin(), events->cend(),
                                   [eventId](const Event &event) { return event.id == eventId; });
    if (!known)
        return HttpReply::fromError(Error::notFound(u"no event %1"_s.arg(eventId)));
    auto list = m_store.shows(eventId, m_clock.nowMs());
    if (!list)
        return HttpReply::fromError(list.error());
    QJsonArray shows;
    for (const Show &show : *list)
        shows.append(show.toJson());
    return HttpReply::json({{u"shows"_s, shows}});
}

HttpReply CatalogController::seatMap(qint64 showId)
{
    auto show = m_store.show(showId, m_clock.nowMs());
    if (!show)
        return HttpReply::fromError(show.error());
    auto map = m_store.seatMap(show->seatMapId);
    if (!map)
        return HttpReply::fromError(map.error());
    return HttpReply::raw(SeatMapFormat::write(*map), QByteArrayLiteral("application/json"));
}

} // namespace Parterre
