#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QRect>

#include <vector>

namespace Parterre {

// Rendered tiles of a seat map, by zoom level and tile position, the least recently used dropped beyond a
// byte budget. A change marks tiles dirty instead of dropping them, so the next frame renders into the same
// image without an allocation (or a page fault); a seat's state change may instead leave the seat pending,
// for the renderer to repaint just that seat's pixels.
class TileCache final
{
public:
    static constexpr int TileSize = 256;

    struct Key
    {
        int level = 0;
        int x = 0; // tile column: pixels x × TileSize … (x + 1) × TileSize − 1 of the level
        int y = 0;

        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.level, key.x, key.y);
        }
    };

    struct Tile
    {
        QImage image;
        quint64 lastUsed = 0;
        bool dirty = false;            // to be rendered again as a whole
        bool blank = false;            // nothing but background: no image, filled when drawn
        std::vector<int> pendingSeats; // seats to repaint in place
    };

    explicit TileCache(qsizetype budgetBytes = qsizetype(32) << 20);

    // Starts a frame: tiles used from now on are not evicted until the next frame starts.
    void beginFrame() { ++m_frame; }

    // The cached tile, dirty or not, marked as used; nullptr when there is none.
    Tile *tile(const Key &key);
    // A tile to render into (its own stale image, a recycled one or a new one), counted as clean and used;
    // a blank one gives its image back. May evict tiles not used in this frame.
    Tile &acquire(const Key &key, QImage::Format format, bool blank = false);

    // tiles: an inclusive range of tile columns and rows of one level.
    void markDirty(int level, const QRect &tiles);
    void markSeatDirty(int level, const QRect &tiles, int seat);
    void markAllDirty();
    void clear();

    bool contains(const Key &key) const { return m_tiles.contains(key); }
    // Dirty as a whole or with seats pending.
    bool isDirty(const Key &key) const;
    QList<int> levels() const;
    qsizetype tileCount() const { return m_tiles.size(); }
    std::size_t memoryBytes() const;
    qsizetype budgetBytes() const { return m_budget; }

private:
    static constexpr std::size_t TileBytes = std::size_t(TileSize) * TileSize * 4;
    static constexpr std::size_t MaxPendingSeats = 64; // beyond this, rendering the tile again is cheaper
    void evict();
    void evictBlank();

    qsizetype m_budget;
    quint64 m_frame = 0;
    QHash<Key, Tile> m_tiles;
    QHash<int, int> m_tilesPerLevel;
    std::vector<QImage> m_spare;
};

} // namespace Parterre
