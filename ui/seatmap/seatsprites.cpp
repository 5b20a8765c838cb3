#include "seatsprites.h"

#include <QPainter>

#include <algorithm>

namespace Parterre {

namespace {

// s + d × (1 − alpha(s)) on premultiplied pixels, two channels at a time.
inline quint32 blend(quint32 s, quint32 d)
{
    const quint32 inverse = 255 - (s >> 24);
    quint32 rb = (d & 0x00ff00ff) * inverse;
    rb = ((rb + ((rb >> 8) & 0x00ff00ff) + 0x00800080) >> 8) & 0x00ff00ff;
    quint32 ag = ((d >> 8) & 0x00ff00ff) * inverse;
    ag = (ag + ((ag >> 8) & 0x00ff00ff) + 0x00800080) & 0xff00ff00;
    return s + (rb | ag);
}

} // namespace

void SeatSprites::reset(int size, const QList<QColor> &categoryColors, const QFont &font, int textPixelSize)
{
    const std::lock_guard lock(m_mutex);
    m_size = std::max(1, size);
    m_categoryColors = categoryColors;
    m_font = font;
    if (textPixelSize > 0)
        m_font.setPixelSize(textPixelSize);
    m_textHeight = QFontMetrics(m_font).height();
    m_slotCount = std::size_t(2 * SeatMapPalette::StatusCount * (categoryColors.size() + 1) *
                              SeatMapPalette::ShapeCount);
    m_seatSlots = std::make_unique<std::atomic<const Sprite *>[]>(m_slotCount);
    for (std::size_t i = 0; i < m_slotCount; ++i)
        m_seatSlots[i].store(nullptr, std::memory_order_relaxed);
    m_seats.clear();
    m_texts.clear();
}

const SeatSprites::Sprite &SeatSprites::seat(int status, int category, SeatMapPalette::Shape shape,
                                             bool selected)
{
    // Only available seats show their category: the others share one sprite per status.
    if (status != int(SeatState::Status::Available))
        category = -1;
    const std::size_t key = ((std::size_t(selected) * SeatMapPalette::StatusCount + std::size_t(status)) *
                                 std::size_t(m_categoryColors.size() + 1) +
                             std::size_t(category + 1)) *
                                SeatMapPalette::ShapeCount +
                            std::size_t(shape);
    std::atomic<const Sprite *> &slot = m_seatSlots[key];
    if (const Sprite *sprite = slot.load(std::memory_order_acquire))
        return *sprite;
    const std::lock_guard lock(m_mutex);
    if (const Sprite *sprite = slot.load(std::memory_order_relaxed))
        return *sprite; // another thread built it meanwhile
    QImage image(m_size, m_size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    const QColor color = category >= 0 ? m_categoryColors.at(category) : QColor();
    SeatMapPalette::paintSeat(painter, QRectF(0, 0, m_size, m_size), status, color, shape, selected);
    painter.end();
    m_seats.push_back(std::make_unique<Sprite>(fromImage(image)));
    slot.store(m_seats.back().get(), std::memory_order_release);
    return *m_seats.back();
}

const SeatSprites::Sprite &SeatSprites::text(const QString &text, QRgb color)
{
    const QString key = QString::number(color, 16) + u'|' + text;
    const std::lock_guard lock(m_mutex);
    std::unique_ptr<Sprite> &slot = m_texts[key];
    if (slot)
        return *slot;
    const QFontMetrics metrics(m_font);
    const int width = std::max(1, metrics.horizontalAdvance(text) + 2);
    const int height = std::max(1, metrics.height());
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setFont(m_font);
    painter.setPen(QColor::fromRgba(color));
    painter.drawText(QRect(0, 0, width, height), Qt::AlignCenter, text);
    painter.end();
    slot = std::make_unique<Sprite>(fromImage(image));
    return *slot;
}

SeatSprites::Sprite SeatSprites::fromImage(const QImage &image)
{
    Sprite sprite;
    sprite.width = image.width();
    sprite.height = image.height();
    sprite.pixels.resize(std::size_t(sprite.width) * std::size_t(sprite.height));
    sprite.rows.resize(std::size_t(sprite.height));
    for (int y = 0; y < sprite.height; ++y) {
        const auto *line = reinterpret_cast<const quint32 *>(image.constScanLine(y));
        std::copy(line, line + sprite.width, sprite.pixels.begin() + std::ptrdiff_t(y) * sprite.width);
        int begin = 0;
        while (begin < sprite.width && (line[begin] >> 24) == 0)
            ++begin;
        int end = sprite.width;
        while (end > begin && (line[end - 1] >> 24) == 0)
            --end;
        sprite.rows[std::size_t(y)] = {qint16(begin), qint16(end)};
    }
    return sprite;
}

void SeatSprites::blit(QImage &target, int x, int y, const Sprite &sprite, const QRect &clip)
{
    const QRect area = clip & target.rect();
    const int top = std::max(0, area.top() - y);
    const int bottom = std::min(sprite.height, area.bottom() + 1 - y);
    if (top >= bottom || x > area.right() || x + sprite.width <= area.left())
        return;
    const int stride = int(target.bytesPerLine() / 4);
    auto *bits = reinterpret_cast<quint32 *>(target.bits());
    for (int row = top; row < bottom; ++row) {
        const Span span = sprite.rows[std::size_t(row)];
        const int begin = std::max(int(span.begin), area.left() - x);
        const int end = std::min(int(span.end), area.right() + 1 - x);
        const quint32 *src = sprite.pixels.data() + std::ptrdiff_t(row) * sprite.width;
        quint32 *dst = bits + std::ptrdiff_t(y + row) * stride + x;
        for (int i = begin; i < end; ++i) {
            const quint32 s = src[i];
            const quint32 alpha = s >> 24;
            if (alpha == 255)
                dst[i] = s;
            else if (alpha != 0)
                dst[i] = blend(s, dst[i]);
        }
    }
}

std::size_t SeatSprites::memoryBytes() const
{
    const std::lock_guard lock(m_mutex);
    std::size_t bytes = m_slotCount * sizeof(void *);
    for (const auto &sprite : m_seats)
        bytes += sizeof(Sprite) + sprite->pixels.size() * 4 + sprite->rows.size() * sizeof(Span);
    for (const auto &[key, sprite] : m_texts)
        bytes += sizeof(Sprite) + 64 + std::size_t(key.capacity()) * 2 + sprite->pixels.size() * 4 +
                 sprite->rows.size() * sizeof(Span);
    return bytes;
}

} // namespace Parterre
