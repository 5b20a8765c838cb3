#pragma once

#include "model/catalog.h"
#include "model/seatmap.h"
#include "seatmapbackdrop.h"
#include "seatmapgeometry.h"
#include "seatsprites.h"
#include "tilecache.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QPoint>
#include <QRect>
#include <QStringList>
#include <QTransform>

#include <map>

class QPainter;

namespace Parterre {

// Draws a seat map at any zoom, below any widget: the view, printing, PDF tickets and thumbnails share it.
// Far away it fills sections by their share of available seats; closer it draws every seat from
// pre-rendered sprites; close up it adds seat and row labels. Interactive drawing goes through 256×256
// tiles per zoom level; a state change marks dirty only the tiles that show the changed seats.
class SeatMapRenderer final
{
public:
    enum class Detail
    {
        Sections,
        Seats,
        Labels,
    };

    // Zoom levels: level n draws scaleForLevel(n) = 2^(n / LevelsPerOctave) device pixels per map unit.
    static constexpr int LevelsPerOctave = 8;
    static double scaleForLevel(int level);
    // The largest level whose scale is at most scale.
    static int levelForScale(double scale);

    SeatMapRenderer();

    void setSeatMap(const SeatMap &map);
    void clear();
    const SeatMapGeometry &geometry() const { return m_geometry; }
    int seatCount() const { return m_geometry.seatCount(); }

    // Colours of the background and texts, and the font of labels; everything is drawn again.
    void setPalette(const QPalette &palette);
    void setFont(const QFont &font);

    // Every seat's state at once; seats not listed have no known state. Returns how many seats changed.
    int setStatuses(const QList<SeatState> &states);
    // The listed seats only. Returns how many seats changed.
    int updateStatuses(const QList<SeatState> &states);
    void setSeatStatus(int seat, SeatState::Status status);
    void setGaStates(const QList<GaAreaState> &states);
    void setSelected(int seat, bool selected);
    void setSelected(const QList<int> &seats, bool selected);

    // Hit-testing, in map units.
    int seatAt(const QPointF &mapPoint) const;
    int seatAt(const QPointF &mapPoint, double maxDistance) const;
    QList<int> seatsIn(const QRectF &mapRect) const { return m_geometry.seatsIn(mapRect); }

    Detail detailForScale(double devicePixelsPerUnit) const;
    // The side of a seat's sprite at this scale, device pixels.
    int seatSpriteSize(double devicePixelsPerUnit) const;

    // Paints the part of zoom level `level` whose top left device pixel is origin and whose size is
    // deviceSize, with its top left at topLeft in painter coordinates, each painter unit being dpr device
    // pixels. Tiles missing from the cache, or dirty, are rendered first.
    void paintTiles(QPainter &painter, const QPointF &topLeft, int level, const QPoint &origin,
                    const QSize &deviceSize, qreal dpr = 1.0);
    // Paints the map directly, without tiles, at any transform: printing, PDF and thumbnails.
    void paint(QPainter &painter, const QTransform &mapToDevice, const QRectF &exposedMap);

    TileCache &tileCache() { return m_tiles; }
    const TileCache &tileCache() const { return m_tiles; }
    // The tiles of a level that show a seat's sprite, inclusive tile coordinates.
    QRect tilesForSeat(int seat, int level) const;
    // Renders one tile into image (TileSize × TileSize, Format_RGB32): the cache's worker, public for tests.
    void renderTile(QImage &image, int level, int tileX, int tileY);
    // How many threads render the tiles of one frame (the calling one included); the default is one per core.
    void setRenderThreads(int threads);
    int renderThreads() const { return m_renderThreads; }

    // The renderer's own memory: flat arrays, grid, texts, sprites and tiles.
    std::size_t memoryBytes() const;

private:
    // What drawing seats into one tile needs, worked out once per tile.
    struct SeatPass
    {
        double scale = 1;
        QPoint offset; // the tile's top left, level pixels
        int size = 1;  // sprite side
        SeatSprites *sprites = nullptr;
        bool labels = false;
    };

    SeatSprites &spritesFor(int size);
    SeatPass seatPass(int level, const QPoint &offset);
    // The cached levels that draw seats, for invalidateSeat.
    std::vector<int> seatLevels() const;
    void invalidateSeat(int seat, const std::vector<int> &levels);
    void invalidateSectionFill(int section);
    void invalidateMapRect(const QRectF &mapRect, bool sectionsLevelsOnly);
    // Whether anything but the background lies under a seat's square: an outline, a decoration, an area,
    // a label or a row label.
    bool hasBackdropUnder(int seat, int level) const;
    // Whether nothing at all is drawn in a tile: it then needs neither an image nor rendering.
    bool isBlank(const TileCache::Key &key) const;
    int shownPercent(int section) const;
    QColor categoryColor(int category) const;

    void blitSeats(QImage &image, const SeatPass &pass, const QRect &clip);
    void blitSeat(QImage &image, int seat, const SeatPass &pass, const QRect &clip);
    void blitRowLabel(QImage &image, int seat, const SeatPass &pass, const QRect &clip);
    void renderTile(QImage &image, int level, const QPoint &offset, const SeatPass &pass);
    // Repaints just the seats' own pixels.
    void repaintSeats(QImage &image, int level, const SeatPass &pass, const std::vector<int> &seats);
    template<typename Job>
    void runParallel(std::size_t count, const Job &job) const;

    SeatMapGeometry m_geometry;
    TileCache m_tiles;
    SeatMapBackdrop m_backdrop;
    std::map<int, SeatSprites> m_sprites; // by sprite size
    int m_renderThreads = 1;
};

} // namespace Parterre
