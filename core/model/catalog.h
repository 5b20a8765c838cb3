#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace Parterre {

struct Venue
{
    qint64 id = 0;
    QString name;
    QString city;
    QString timeZone = QStringLiteral("UTC"); // IANA id; times are stored in UTC and shown in this zone
};

struct Event
{
    qint64 id = 0;
    QString name;
    QString performer;
    QString description;

    QJsonObject toJson() const;
};

// A performance of an event at a venue, frozen to one seat-map version, with a price per category.
struct Show
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString eventName;
    qint64 venueId = 0;
    QString venueName;
    QString city;
    QString timeZone;
    qint64 seatMapId = 0;
    qint64 startsAtMs = 0; // UTC
    QString currency;
    QHash<QString, qint64> prices; // category id -> price in minor units
    int seatCount = 0;
    int availableCount = 0; // seats and GA places available right now (expired holds count as available)

    QJsonObject toJson() const;
};

struct SeatState
{
    enum class Status
    {
        Available,
        Held,
        Sold,
        Blocked
    };

    QString seatId;
    QString section;
    QString row;
    QString label;
    QString categoryId;
    Status status = Status::Available;
    qint64 version = 0;
    QString holdCode; // the hold code the seat is kept under (house seats), whatever its status

    static QString statusName(Status status);
    static bool statusFromName(const QString &name, Status *status);
    QJsonObject toJson() const;
};

struct GaAreaState
{
    QString areaId;
    QString name;
    QString categoryId;
    int capacity = 0;
    int available = 0;
    int held = 0;
    int sold = 0;
    int blocked = 0;

    QJsonObject toJson() const;
};

// One entry of the change log: a seat or GA unit reached a new state.
struct Change
{
    qint64 seq = 0;
    qint64 showId = 0;
    QString seatId;   // empty for a GA unit
    QString gaAreaId; // empty for a seat
    int gaUnit = 0;
    SeatState::Status status = SeatState::Status::Available;
    qint64 version = 0;
    qint64 atMs = 0;
};

} // namespace Parterre
