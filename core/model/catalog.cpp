#include "catalog.h"

#include <QDateTime>
#include <QTimeZone>

namespace Parterre {

QJsonObject Event::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("performer"), performer},
            {QStringLiteral("description"), description}};
}

QJsonObject Show::toJson() const
{
    QJsonObject priceObject;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it)
        priceObject.insert(it.key(), it.value());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("event_id"), eventId},
            {QStringLiteral("event"), eventName},
            {QStringLiteral("venue_id"), venueId},
            {QStringLiteral("venue"), venueName},
            {QStringLiteral("city"), city},
            {QStringLiteral("time_zone"), timeZone},
            {QStringLiteral("seat_map_id"), seatMapId},
            {QStringLiteral("starts_at"),
             QDateTime::fromMSecsSinceEpoch(startsAtMs, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("starts_at_ms"), startsAtMs},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("prices"), priceObject},
            {QStringLiteral("seat_count"), seatCount},
            {QStringLiteral("available"), availableCount}};
}

QString SeatState::statusName(Status status)
{
    switch (status) {
    case Status::Available:
        return QStringLiteral("available");
    case Status::Held:
        return QStringLiteral("held");
    case Status::Sold:
        return QStringLiteral("sold");
    case Status::Blocked:
        return QStringLiteral("blocked");
    }
    return QString();
}

bool SeatState::statusFromName(const QString &name, Status *status)
{
    for (Status s : {Status::Available, Status::Held, Status::Sold, Status::Blocked}) {
        if (statusName(s) == name) {
            *status = s;
            return true;
        }
    }
    return false;
}

QJsonObject SeatState::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), seatId},
                  {QStringLiteral("section"), section},
                  {QStringLiteral("row"), row},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("category"), categoryId},
                  {QStringLiteral("status"), statusName(status)},
                  {QStringLiteral("version"), version}};
    if (!holdCode.isEmpty())
        o.insert(QStringLiteral("hold_code"), holdCode);
    return o;
}

QJsonObject GaAreaState::toJson() const
{
    return {{QStringLiteral("area"), areaId},         {QStringLiteral("name"), name},
            {QStringLiteral("category"), categoryId}, {QStringLiteral("capacity"), capacity},
            {QStringLiteral("available"), available}, {QStringLiteral("held"), held},
            {QStringLiteral("sold"), sold},           {QStringLiteral("blocked"), blocked}};
}

} // namespace Parterre
