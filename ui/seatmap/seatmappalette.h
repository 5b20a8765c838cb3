#pragma once

#include "model/catalog.h"

#include <QColor>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace Parterre {

// The colours and symbols of seat states, shared by the renderer's sprites, the legend and printing:
// Okabe–Ito hues and light/dark greys that stay apart for colour-blind eyes, and a shape per seat flag so
// that nothing depends on colour alone.
class SeatMapPalette final
{
public:
    SeatMapPalette() = delete;

    // A seat's outline, from its flags: wheelchair wins over companion, companion over restricted view.
    enum class Shape : quint8
    {
        Round,
        Wheelchair,     // a square with a wheelchair mark
        Companion,      // a diamond
        RestrictedView, // a triangle
    };
    static constexpr int ShapeCount = 4;

    // SeatState::Status values, plus one for a seat the store gave no state for and one for a blocked seat
    // kept under a hold code (house seats: drawn blocked, with a ring).
    static constexpr int UnknownStatus = 4;
    static constexpr int KeptStatus = 5;
    static constexpr int StatusCount = 6;

    // What a seat of this state is drawn as.
    static int drawnStatus(const SeatState &state);
    // The store's status of a drawn one (KeptStatus reads Blocked); nothing for UnknownStatus.
    static std::optional<SeatState::Status> storeStatus(int status);

    static Shape shapeForFlags(int flags);
    static QColor statusColor(SeatState::Status status);
    static QColor neutralAvailableColor();
    // What a seat of this status is filled with; the category colour shows only while it is available.
    static QColor fillColor(int status, const QColor &categoryColor);
    static QColor selectionColor();
    // The ring of a seat kept under a hold code (house seats), around its blocked fill.
    static QColor keptColor();
    static QColor focusColor();
    static QString statusText(SeatState::Status status);
    static QString shapeText(Shape shape);
    // A section or GA area at a distance: the category colour fading to the sold grey as places run out.
    static QColor availabilityColor(const QColor &categoryColor, double availableShare);
    // Black or white, whichever reads better on the fill.
    static QColor textColorOn(const QColor &fill);

    // Draws one seat symbol filling box, antialiased, at any size: sprites, the legend and printing use it.
    static void paintSeat(QPainter &painter, const QRectF &box, int status, const QColor &categoryColor,
                          Shape shape, bool selected);
};

} // namespace Parterre
