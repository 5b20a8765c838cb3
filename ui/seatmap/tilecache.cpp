#include "tilecache.h"

#include <algorithm>

namespace Parterre {

TileCache::TileCache(qsizetype budgetBytes)
    : m_budget(budgetBytes)
{}

TileCache::Tile *TileCache::tile(const Key &key)
{
    const auto it = m_tiles.find(key);
    if (it == m_tiles.end())
        return nullptr;
    it->lastUsed = m_frame;
    return &*it;
}

TileCache::Tile &TileCache::acquire(const Key &key, QImage::Format format, bool blank)
{
    auto it = m_tiles.find(key);
    if (it == m_tiles.end()) {
        if (!blank)
            evict();
        else if (std::size_t(m_tiles.size()) > 8 * (std::size_t(m_budget) / TileBytes))
            evictBlank();
        it = m_tiles.insert(key, Tile());
        ++m_tilesPerLevel[key.level];
    }
    if (blank && !it->image.isNull()) {
        m_spare.push_back(std::move(it->image));
        it->image = QImage();
    } else if (!blank && it->image.isNull()) {
        if (!m_spare.empty()) {
            it->image = std::move(m_spare.back());
            m_spare.pop_back();
        }
        if (it->image.isNull() || it->image.format() != format)
            it->image = QImage(TileSize, TileSize, format);
    }
    it->blank = blank;
    it->dirty = false;
    it->pendingSeats.clear();
    it->lastUsed = m_frame;
    return *it;
}

void TileCache::markDirty(int level, const QRect &tiles)
{
    if (!m_tilesPerLevel.contains(level) || tiles.isEmpty())
        return;
    const auto mark = [](Tile &tile) {
        tile.dirty = true;
        tile.pendingSeats.clear();
    };
    // Whichever is shorter: the range or the cache.
    if (qint64(tiles.width()) * tiles.height() <= m_tiles.size()) {
        for (int y = tiles.top(); y <= tiles.bottom(); ++y) {
            for (int x = tiles.left(); x <= tiles.right(); ++x) {
                const auto it = m_tiles.find(Key{level, x, y});
                if (it != m_tiles.end())
                    mark(*it);
            }
        }
        return;
    }
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it) {
        if (it.key().level == level && tiles.contains(it.key().x, it.key().y))
            mark(*it);
    }
}

void TileCache::markSeatDirty(int level, const QRect &tiles, int seat)
{
    for (int y = tiles.top(); y <= tiles.bottom(); ++y) {
        for (int x = tiles.left(); x <= tiles.right(); ++x) {
            const auto it = m_tiles.find(Key{level, x, y});
            if (it == m_tiles.end() || it->dirty)
                continue;
            if (it->pendingSeats.size() < MaxPendingSeats) {
                it->pendingSeats.push_back(seat);
            } else {
                it->dirty = true;
                it->pendingSeats.clear();
            }
        }
    }
}

void TileCache::markAllDirty()
{
    for (Tile &tile : m_tiles) {
        tile.dirty = true;
        tile.pendingSeats.clear();
    }
}

void TileCache::clear()
{
    const std::size_t keep = std::size_t(m_budget) / TileBytes;
    for (Tile &tile : m_tiles) {
        if (m_spare.size() < keep && !tile.image.isNull())
            m_spare.push_back(std::move(tile.image));
    }
    m_tiles.clear();
    m_tilesPerLevel.clear();
}

bool TileCache::isDirty(const Key &key) const
{
    const auto it = m_tiles.constFind(key);
    return it != m_tiles.cend() && (it->dirty || !it->pendingSeats.empty());
}

QList<int> TileCache::levels() const
{
    return m_tilesPerLevel.keys();
}

std::size_t TileCache::memoryBytes() const
{
    std::size_t bytes = m_spare.size() * TileBytes + m_tilesPerLevel.size() * 16;
    for (const Tile &tile : m_tiles)
        bytes += sizeof(Tile) + sizeof(Key) + (tile.image.isNull() ? 0 : TileBytes) +
                 tile.pendingSeats.capacity() * sizeof(int);
    return bytes;
}

void TileCache::evict()
{
    const std::size_t budgetTiles = std::max<std::size_t>(1, std::size_t(m_budget) / TileBytes);
    std::size_t images = m_spare.size();
    for (const Tile &tile : m_tiles)
        images += !tile.image.isNull();
    if (!m_spare.empty() || images < budgetTiles)
        return; // a recycled or a new image fits the budget
    // The least recently used tile not needed by this frame gives its image to the new one.
    auto oldest = m_tiles.end();
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it) {
        if (it->lastUsed < m_frame && !it->image.isNull() &&
            (oldest == m_tiles.end() || it->lastUsed < oldest->lastUsed))
            oldest = it;
    }
    if (oldest == m_tiles.end())
        return; // everything is on screen: the frame goes over budget rather than flicker
    m_spare.push_back(std::move(oldest->image));
    if (--m_tilesPerLevel[oldest.key().level] == 0)
        m_tilesPerLevel.remove(oldest.key().level);
    m_tiles.erase(oldest);
}

void TileCache::evictBlank()
{
    // Blank tiles cost no image, only their entry; a long session still should not collect them forever.
    for (auto it = m_tiles.begin(); it != m_tiles.end();) {
        if (it->blank && it->lastUsed < m_frame) {
            if (--m_tilesPerLevel[it.key().level] == 0)
                m_tilesPerLevel.remove(it.key().level);
            it = m_tiles.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace Parterre
