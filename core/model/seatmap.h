#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace Parterre {

struct Category
{
    QString id;
    QString name;
    QString color; // "#rrggbb"

    friend bool operator==(const Category &, const Category &) = default;
};

struct Seat
{
    enum Flag
    {
        NoFlags = 0,
        Wheelchair = 1 << 0,
        Companion = 1 << 1, // the seat beside a wheelchair space, sold with it
        RestrictedView = 1 << 2,
        Aisle = 1 << 3,
    };

    QString id; // stable across map versions; show_seats and tickets refer to it
    QString label;
    QPointF position; // absolute, map units
    QString categoryId;
    int flags = NoFlags;
    QString companionOf; // the wheelchair seat's id, for Companion seats

    friend bool operator==(const Seat &, const Seat &) = default;
};

struct Row
{
    QString label;
    QList<Seat> seats;

    friend bool operator==(const Row &, const Row &) = default;
};

struct Section
{
    QString id;
    QString name;
    QList<QPointF> outline;
    QList<Row> rows;

    friend bool operator==(const Section &, const Section &) = default;
};

struct GaArea
{
    QString id;
    QString name;
    int capacity = 0;
    QString categoryId;
    QList<QPointF> outline;

    friend bool operator==(const GaArea &, const GaArea &) = default;
};

struct Decoration
{
    QString kind; // "stage", "text", "shape"
    QString text;
    QList<QPointF> outline;
    QPointF position;

    friend bool operator==(const Decoration &, const Decoration &) = default;
};

// One version of a venue's layout: what a show freezes when it is created.
struct SeatMap
{
    QString name;
    double width = 0;
    double height = 0;
    QList<Category> categories;
    QList<Section> sections;
    QList<GaArea> gaAreas;
    QList<Decoration> decorations;

    int seatCount() const;
    const Category *category(const QString &id) const;

    // Member by member; lists that share their data compare equal at once.
    friend bool operator==(const SeatMap &, const SeatMap &) = default;
};

} // namespace Parterre
