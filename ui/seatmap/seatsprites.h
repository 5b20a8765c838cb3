#pragma once

#include "seatmappalette.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace Parterre {

// Seat symbols and labels pre-rendered at one pixel size, copied straight into a tile's pixels: a hundred
// thousand seats cost a hundred thousand small memory copies, not a hundred thousand QPainter calls. Sprites
// are built on first use; lookups may come from several threads rendering tiles at once.
class SeatSprites final
{
public:
    struct Span
    {
        qint16 begin = 0; // first pixel of the row with any coverage
        qint16 end = 0;   // one past the last
    };
    struct Sprite
    {
        int width = 0;
        int height = 0;
        std::vector<quint32> pixels; // premultiplied ARGB, row by row
        std::vector<Span> rows;
    };

    SeatSprites() = default;
    SeatSprites(const SeatSprites &) = delete;
    SeatSprites &operator=(const SeatSprites &) = delete;

    // Drops every sprite; seat sprites are size × size pixels from now on, texts textPixelSize high (0: the
    // font's own size).
    void reset(int size, const QList<QColor> &categoryColors, const QFont &font, int textPixelSize);
    int size() const { return m_size; }

    // category -1: none (the neutral colour). Built on first use.
    const Sprite &seat(int status, int category, SeatMapPalette::Shape shape, bool selected);
    // A label in the given colour; built on first use.
    const Sprite &text(const QString &text, QRgb color);
    int textHeight() const { return m_textHeight; }

    // Blends sprite over target (Format_RGB32 or Format_ARGB32_Premultiplied) with its top left at x, y,
    // touching no pixel outside clip (in target pixels).
    static void blit(QImage &target, int x, int y, const Sprite &sprite, const QRect &clip);
    static void blit(QImage &target, int x, int y, const Sprite &sprite)
    {
        blit(target, x, y, sprite, target.rect());
    }

    std::size_t memoryBytes() const;

private:
    static Sprite fromImage(const QImage &image);

    int m_size = 0;
    int m_textHeight = 0;
    QFont m_font;
    QList<QColor> m_categoryColors;
    std::size_t m_slotCount = 0;
    std::unique_ptr<std::atomic<const Sprite *>[]> m_seatSlots;   // read without the lock
    std::vector<std::unique_ptr<Sprite>> m_seats;                 // owned, written under the lock
    std::unordered_map<QString, std::unique_ptr<Sprite>> m_texts; // colour and text; under the lock
    mutable std::mutex m_mutex;
};

} // namespace Parterre
