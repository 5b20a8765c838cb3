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
};

struct Row
{
    QString label;
    QList<Seat> seats;
};

struct Section
{
    QString id;
    QString name;
    QList<QPointF> outline;
    QList<Row> rows;
};

struct GaArea
{
    QString id;
    QString name;
    int capacity = 0;
    QString categoryId;
    QList<QPointF> outline;
};

struct Decoration
{
    QString kind; // "stage", "text", "shape"
    QString text;
    QList<QPointF> outline;
    QPointF position;
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
};

} // namespace Parterre
