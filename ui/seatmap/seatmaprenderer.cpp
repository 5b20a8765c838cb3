#include "seatmaprenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

constexpr int T = TileCache::TileSize;
// Seat pitch on screen below which seats are dots too small to tell apart or click: sections instead.
constexpr double SectionsBelowPitch = 4.5;
// Seat pitch on screen from which a seat's number fits inside it.
constexpr double LabelsFromPitch = 20.0;
// Beyond this many changed seats at once, repainting everything is cheaper than finding their tiles.
constexpr int MaxSeatsInvalidatedOneByOne = 20000;

// Tile rendering helpers, apart from the application's global pool so that queued work never delays a frame.
QThreadPool *renderPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return p;
    }();
    return pool;
}

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

int roundDown(double v)
{
    return int(std::floor(v + 0.5));
}

QRect tileRange(const QRectF &pixels)
{
    return QRect(
        QPoint(floorDiv(int(std::floor(pixels.left())), T), floorDiv(int(std::floor(pixels.top())), T)),
        QPoint(floorDiv(int(std::ceil(pixels.right())), T), floorDiv(int(std::ceil(pixels.bottom())), T)));
}

} // namespace

double SeatMapRenderer::scaleForLevel(int level)
{
    return std::exp2(double(level) / LevelsPerOctave);
}

int SeatMapRenderer::levelForScale(double scale)
{
    return int(std::floor(std::log2(std::max(scale, 1e-9)) * LevelsPerOctave + 1e-9));
}

SeatMapRenderer::SeatMapRenderer()
    : m_backdrop(m_geometry)
    , m_renderThreads(QThread::idealThreadCount())
{}

void SeatMapRenderer::setSeatMap(const SeatMap &map)
{
    m_geometry.build(map);
    m_backdrop.reset();
    m_sprites.clear();
    m_tiles.clear();
}

void SeatMapRenderer::clear()
{
    setSeatMap(SeatMap());
}

void SeatMapRenderer::setPalette(const QPalette &palette)
{
    m_backdrop.setPalette(palette);
    m_sprites.clear();
    m_tiles.markAllDirty();
}

void SeatMapRenderer::setFont(const QFont &font)
{
    m_backdrop.setFont(font);
    m_sprites.clear();
    m_tiles.markAllDirty();
}

int SeatMapRenderer::setStatuses(const QList<SeatState> &states)
{
    std::vector<quint8> next(std::size_t(seatCount()), quint8(SeatMapPalette::UnknownStatus));
    for (const SeatState &state : states) {
        if (const int seat = m_geometry.indexOf(state.seatId); seat >= 0)
            next[std::size_t(seat)] = quint8(SeatMapPalette::drawnStatus(state));
    }
    int changed = 0;
    const std::vector<int> levels = seatLevels();
    for (int seat = 0; seat < seatCount(); ++seat) {
        if (!m_geometry.setStatus(seat, next[std::size_t(seat)]))
            continue;
        if (++changed <= MaxSeatsInvalidatedOneByOne)
            invalidateSeat(seat, levels);
        else if (changed == MaxSeatsInvalidatedOneByOne + 1)
            m_tiles.markAllDirty();
    }
    for (int section = 0; section < int(m_geometry.sections().size()); ++section)
        invalidateSectionFill(section);
    return changed;
}

int SeatMapRenderer::updateStatuses(const QList<SeatState> &states)
{
    int changed = 0;
    std::vector<int> sections;
    const std::vector<int> levels = seatLevels();
    for (const SeatState &state : states) {
        const int seat = m_geometry.indexOf(state.seatId);
        if (seat < 0 || !m_geometry.setStatus(seat, SeatMapPalette::drawnStatus(state)))
            continue;
        ++changed;
        invalidateSeat(seat, levels);
        sections.push_back(m_geometry.section(seat));
    }
    std::sort(sections.begin(), sections.end());
    sections.erase(std::unique(sections.begin(), sections.end()), sections.end());
    for (const int section : sections)
        invalidateSectionFill(section);
    return changed;
}

void SeatMapRenderer::setSeatStatus(int seat, SeatState::Status status)
{
    if (seat < 0 || seat >= seatCount() || !m_geometry.setStatus(seat, int(status)))
        return;
    invalidateSeat(seat, seatLevels());
    invalidateSectionFill(m_geometry.section(seat));
}

void SeatMapRenderer::setGaStates(const QList<GaAreaState> &states)
{
    m_geometry.setGaStates(states);
    for (const SeatMapGeometry::GaInfo &area : m_geometry.gaAreas())
        invalidateMapRect(area.bounds, false);
}

void SeatMapRenderer::setSelected(int seat, bool selected)
{
    setSelected(QList<int>{seat}, selected);
}

void SeatMapRenderer::setSelected(const QList<int> &seats, bool selected)
{
    const std::vector<int> levels = seatLevels();
    for (const int seat : seats) {
        if (seat >= 0 && seat < seatCount() && m_geometry.setSelected(seat, selected))
            invalidateSeat(seat, levels);
    }
}

int SeatMapRenderer::seatAt(const QPointF &mapPoint) const
{
    return m_geometry.seatAt(mapPoint, m_geometry.seatRadius());
}

int SeatMapRenderer::seatAt(const QPointF &mapPoint, double maxDistance) const
{
    return m_geometry.seatAt(mapPoint, maxDistance);
}

SeatMapRenderer::Detail SeatMapRenderer::detailForScale(double devicePixelsPerUnit) const
{
    const double pitch = m_geometry.pitch() * devicePixelsPerUnit;
    if (pitch < SectionsBelowPitch && !m_geometry.sections().empty())
        return Detail::Sections;
    return pitch < LabelsFromPitch ? Detail::Seats : Detail::Labels;
}

int SeatMapRenderer::seatSpriteSize(double devicePixelsPerUnit) const
{
    return std::clamp(roundDown(0.84 * m_geometry.pitch() * devicePixelsPerUnit), 2, 96);
}

QRect SeatMapRenderer::tilesForSeat(int seat, int level) const
{
    const double scale = scaleForLevel(level);
    const int size = seatSpriteSize(scale);
    const QPointF p = m_geometry.position(seat);
    const int left = roundDown(p.x() * scale - size / 2.0);
    const int top = roundDown(p.y() * scale - size / 2.0);
    return QRect(QPoint(floorDiv(left, T), floorDiv(top, T)),
                 QPoint(floorDiv(left + size - 1, T), floorDiv(top + size - 1, T)));
}

std::vector<int> SeatMapRenderer::seatLevels() const
{
    std::vector<int> levels;
    for (const int level : m_tiles.levels()) {
        if (detailForScale(scaleForLevel(level)) != Detail::Sections)
            levels.push_back(level);
    }
    return levels;
}

void SeatMapRenderer::invalidateSeat(int seat, const std::vector<int> &levels)
{
    // Whether the seat can be repainted in place is decided when its tile is next drawn: most cached levels
    // are not on screen, and many never will be again.
    for (const int level : levels)
        m_tiles.markSeatDirty(level, tilesForSeat(seat, level), seat);
}

bool SeatMapRenderer::hasBackdropUnder(int seat, int level) const
{
    const double scale = scaleForLevel(level);
    const double reach = ((seatSpriteSize(scale) / 2.0 + 1) * M_SQRT2 + 2) / scale;
    const QPointF p = m_geometry.position(seat);
    const QRectF box(p.x() - reach, p.y() - reach, 2 * reach, 2 * reach);
    for (const SeatMapGeometry::SectionInfo &section : m_geometry.sections()) {
        if (!section.bounds.adjusted(-reach, -reach, reach, reach).contains(p))
            continue;
        const QPolygonF &outline = section.outline;
        for (qsizetype i = 0; i < outline.size(); ++i) {
            const QPointF a = outline.at(i);
            const QPointF ab = outline.at((i + 1) % outline.size()) - a;
            const double length2 = QPointF::dotProduct(ab, ab);
            const double t =
                length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
            const QPointF d = p - (a + t * ab);
            if (QPointF::dotProduct(d, d) < reach * reach)
                return true;
        }
    }
    const QRectF labelled = box.adjusted(-160 / scale, -60 / scale, 160 / scale, 60 / scale);
    for (const SeatMapGeometry::GaInfo &area : m_geometry.gaAreas()) {
        if (area.bounds.intersects(labelled))
            return true;
    }
    for (const SeatMapGeometry::DecorationInfo &decoration : m_geometry.decorations()) {
        if (decoration.bounds.intersects(labelled) || labelled.contains(decoration.position))
            return true;
    }
    return false;
}

int SeatMapRenderer::shownPercent(int section) const
{
    const SeatMapGeometry::SectionInfo &info = m_geometry.sections()[std::size_t(section)];
    if (info.known == 0 || info.seatCount == 0)
        return -1;
    return int(std::lround(100.0 * info.available / info.seatCount));
}

void SeatMapRenderer::invalidateSectionFill(int section)
{
    if (!m_backdrop.setShownPercent(section, shownPercent(section)))
        return; // the fill and its label look the same as before
    invalidateMapRect(m_geometry.sections()[std::size_t(section)].bounds, true);
}

void SeatMapRenderer::invalidateMapRect(const QRectF &mapRect, bool sectionsLevelsOnly)
{
    for (const int level : m_tiles.levels()) {
        const double scale = scaleForLevel(level);
        if (sectionsLevelsOnly && detailForScale(scale) != Detail::Sections)
            continue;
        // Outlines and labels reach a little beyond the shape.
        const QRectF pixels(mapRect.left() * scale, mapRect.top() * scale, mapRect.width() * scale,
                            mapRect.height() * scale);
        m_tiles.markDirty(level, tileRange(pixels.adjusted(-160, -60, 160, 60)));
    }
}

QColor SeatMapRenderer::categoryColor(int category) const
{
    return category >= 0 ? m_geometry.categories().at(category).color : QColor();
}

SeatSprites &SeatMapRenderer::spritesFor(int size)
{
    auto it = m_sprites.find(size);
    if (it != m_sprites.end())
        return it->second;
    if (m_sprites.size() >= 6)
        m_sprites.clear();
    QList<QColor> colors;
    for (const SeatMapGeometry::CategoryInfo &category : m_geometry.categories())
        colors.append(category.color);
    SeatSprites &sprites = m_sprites.try_emplace(size).first->second;
    sprites.reset(size, colors, m_backdrop.font(), std::max(6, int(size * 0.46)));
    return sprites;
}

SeatMapRenderer::SeatPass SeatMapRenderer::seatPass(int level, const QPoint &offset)
{
    SeatPass pass;
    pass.scale = scaleForLevel(level);
    pass.offset = offset;
    pass.size = seatSpriteSize(pass.scale);
    const Detail detail = detailForScale(pass.scale);
    pass.sprites = detail == Detail::Sections ? nullptr : &spritesFor(pass.size);
    pass.labels = detail == Detail::Labels;
    return pass;
}

void SeatMapRenderer::setRenderThreads(int threads)
{
    m_renderThreads = std::max(1, threads);
}

void SeatMapRenderer::paintTiles(QPainter &painter, const QPointF &topLeft, int level, const QPoint &origin,
                                 const QSize &deviceSize, qreal dpr)
{
    if (deviceSize.isEmpty())
        return;
    m_tiles.beginFrame();
    const QRect wanted(origin, deviceSize);
    const QRect range =
        tileRange(QRectF(wanted.left(), wanted.top(), wanted.width() - 1, wanted.height() - 1));

    // Every tile on screen is marked used first, so that making room for a missing one never evicts another
    // one this frame needs; then the missing, dirty and pending ones are rendered, in parallel; then drawn.
    std::vector<TileCache::Key> keys;
    std::vector<TileCache::Key> missing;
    for (int ty = range.top(); ty <= range.bottom(); ++ty) {
        for (int tx = range.left(); tx <= range.right(); ++tx) {
            const TileCache::Key key{level, tx, ty};
            keys.push_back(key);
            const TileCache::Tile *tile = m_tiles.tile(key);
            if (!tile || tile->dirty)
                missing.push_back(key);
        }
    }
    for (const TileCache::Key &key : missing) {
        const bool blank = isBlank(key);
        m_tiles.acquire(key, QImage::Format_RGB32, blank).dirty = !blank;
    }
    struct Job
    {
        TileCache::Tile *tile;
        TileCache::Key key;
    };
    std::vector<Job> jobs;
    for (const TileCache::Key &key : keys) {
        TileCache::Tile *tile = m_tiles.tile(key); // no insertion from here on: the pointers stay valid
        if (tile->dirty || !tile->pendingSeats.empty())
            jobs.push_back({tile, key});
    }
    if (!jobs.empty()) {
        if (detailForScale(scaleForLevel(level)) == Detail::Sections)
            m_backdrop.layOutSectionLabels(level, scaleForLevel(level));
        const SeatPass pass = seatPass(level, QPoint());
        const auto render = [&](std::size_t i) {
            TileCache::Tile &tile = *jobs[i].tile;
            const QPoint offset(jobs[i].key.x * T, jobs[i].key.y * T);
            SeatPass tilePass = pass;
            tilePass.offset = offset;
            if (tile.dirty)
                renderTile(tile.image, level, offset, tilePass);
            else
                repaintSeats(tile.image, level, tilePass, tile.pendingSeats);
        };
        runParallel(jobs.size(), render);
        for (const Job &job : jobs) {
            job.tile->dirty = false;
            job.tile->pendingSeats.clear();
        }
    }

    const QColor background = m_backdrop.palette().color(QPalette::Base);
    for (const TileCache::Key &key : keys) {
        const QRect tileRect(key.x * T, key.y * T, T, T);
        const QRect part = tileRect & wanted;
        const QRectF source(part.topLeft() - tileRect.topLeft(), part.size());
        const QRectF target(topLeft + QPointF(part.topLeft() - origin) / dpr, QSizeF(part.size()) / dpr);
        const TileCache::Tile *tile = m_tiles.tile(key);
        if (tile->blank)
            painter.fillRect(target, background);
        else
            painter.drawImage(target, tile->image, source);
    }
}

template<typename Job>
void SeatMapRenderer::runParallel(std::size_t count, const Job &job) const
{
    // The calling thread works too; helpers join when the pool has a thread free. (Qt 6 draws text into
    // QImages off the GUI thread on every platform.)
    const int helpers = std::min(int(count) - 1, m_renderThreads - 1);
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < count;)
            job(i);
    };
    QSemaphore done;
    int started = 0;
    QThreadPool *pool = renderPool();
    for (int h = 0; h < helpers; ++h) {
        if (pool->tryStart([&] {
                work();
                done.release();
            }))
            ++started;
    }
    work();
    done.acquire(started);
}

bool SeatMapRenderer::isBlank(const TileCache::Key &key) const
{
    // Conservative: anything whose box (with its outline, its label or its sprite) reaches the tile counts.
    const double scale = scaleForLevel(key.level);
    const QRectF tile(key.x * T / scale, key.y * T / scale, T / scale, T / scale);
    const auto near = [&](double dx, double dy) {
        return tile.adjusted(-dx / scale, -dy / scale, dx / scale, dy / scale);
    };
    const QRectF outlines = near(3, 3);
    for (const SeatMapGeometry::SectionInfo &section : m_geometry.sections()) {
        if (section.bounds.intersects(outlines))
            return false;
    }
    const QRectF labelled = near(200, 60);
    for (const SeatMapGeometry::GaInfo &area : m_geometry.gaAreas()) {
        if (area.bounds.intersects(labelled))
            return false;
    }
    for (const SeatMapGeometry::DecorationInfo &decoration : m_geometry.decorations()) {
        if (decoration.bounds.intersects(labelled) || labelled.contains(decoration.position))
            return false;
    }
    const Detail detail = detailForScale(scale);
    if (detail == Detail::Sections)
        return true;
    const double reach =
        seatSpriteSize(scale) + 2 + (detail == Detail::Labels ? 2 * m_geometry.pitch() * scale + 80 : 0);
    return !m_geometry.grid().anyCandidate(near(reach, reach));
}

void SeatMapRenderer::renderTile(QImage &image, int level, int tileX, int tileY)
{
    const QPoint offset(tileX * T, tileY * T);
    if (detailForScale(scaleForLevel(level)) == Detail::Sections)
        m_backdrop.layOutSectionLabels(level, scaleForLevel(level));
    renderTile(image, level, offset, seatPass(level, offset));
}

void SeatMapRenderer::renderTile(QImage &image, int level, const QPoint &offset, const SeatPass &pass)
{
    const double scale = scaleForLevel(level);
    const Detail detail = detailForScale(scale);
    const QRectF exposed(offset.x() / scale, offset.y() / scale, T / scale, T / scale);
    image.fill(m_backdrop.palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        m_backdrop.paint(painter, QTransform(scale, 0, 0, scale, -offset.x(), -offset.y()), exposed,
                         detail == Detail::Sections, false);
    }
    if (detail == Detail::Sections)
        m_backdrop.blitSectionLabels(image, offset);
    else
        blitSeats(image, pass, image.rect());
}

void SeatMapRenderer::blitSeat(QImage &image, int seat, const SeatPass &pass, const QRect &clip)
{
    const SeatMapGeometry &geometry = m_geometry;
    const double half = pass.size / 2.0;
    const double x = geometry.xs()[std::size_t(seat)] * pass.scale - pass.offset.x();
    const double y = geometry.ys()[std::size_t(seat)] * pass.scale - pass.offset.y();
    const int status = geometry.status(seat);
    const bool selected = geometry.isSelected(seat);
    const int category = geometry.category(seat);
    SeatSprites::blit(image, roundDown(x - half), roundDown(y - half),
                      pass.sprites->seat(status, category, geometry.shape(seat), selected), clip);
    if (!pass.labels || selected)
        return;
    const QRgb color =
        status == int(SeatState::Status::Held) || status == SeatMapPalette::UnknownStatus
            ? qRgb(0, 0, 0)
            : SeatMapPalette::textColorOn(SeatMapPalette::fillColor(status, categoryColor(category))).rgba();
    const SeatSprites::Sprite &label = pass.sprites->text(geometry.seatLabel(seat).toString(), color);
    if (label.width <= pass.size + 1)
        SeatSprites::blit(image, roundDown(x - label.width / 2.0), roundDown(y - label.height / 2.0), label,
                          clip);
}

void SeatMapRenderer::blitRowLabel(QImage &image, int seat, const SeatPass &pass, const QRect &clip)
{
    const SeatMapGeometry::RowInfo &row = m_geometry.rows()[std::size_t(m_geometry.row(seat))];
    const bool first = seat == row.firstSeat;
    if ((!first && seat != row.firstSeat + row.seatCount - 1) || row.seatCount < 2)
        return;
    // One pitch beyond the end of the row, away from its neighbour.
    const QPointF centre = m_geometry.position(seat);
    QPointF away = centre - m_geometry.position(first ? seat + 1 : seat - 1);
    const double length = std::hypot(away.x(), away.y());
    if (length <= 0)
        return;
    const QPointF at = (centre + away * (m_geometry.pitch() / length)) * pass.scale - QPointF(pass.offset);
    const SeatSprites::Sprite &label =
        pass.sprites->text(m_geometry.rowLabel(m_geometry.row(seat)).toString(),
                           m_backdrop.palette().color(QPalette::Text).rgba());
    SeatSprites::blit(image, roundDown(at.x() - label.width / 2.0), roundDown(at.y() - label.height / 2.0),
                      label, clip);
}

void SeatMapRenderer::blitSeats(QImage &image, const SeatPass &pass, const QRect &clip)
{
    const double margin = (pass.size / 2.0 + 1) / pass.scale;
    const QRectF exposed(QPointF(pass.offset + clip.topLeft()) / pass.scale,
                         QSizeF(clip.size()) / pass.scale);
    m_geometry.grid().forEachCandidate(exposed.adjusted(-margin, -margin, margin, margin),
                                       [&](int i) { blitSeat(image, i, pass, clip); });
    if (!pass.labels)
        return;
    const double reach = m_geometry.pitch() * 1.2 + margin + 3.0 * pass.sprites->textHeight() / pass.scale;
    m_geometry.grid().forEachCandidate(exposed.adjusted(-reach, -reach, reach, reach),
                                       [&](int i) { blitRowLabel(image, i, pass, clip); });
}

void SeatMapRenderer::repaintSeats(QImage &image, int level, const SeatPass &pass,
                                   const std::vector<int> &seats)
{
    const QPoint offset = pass.offset;
    const QRgb background = m_backdrop.palette().color(QPalette::Base).rgba();
    const int stride = int(image.bytesPerLine() / 4);
    auto *bits = reinterpret_cast<quint32 *>(image.bits());
    const auto clear = [&](const QRect &box) {
        for (int y = box.top(); y <= box.bottom(); ++y)
            std::fill_n(bits + std::ptrdiff_t(y) * stride + box.left(), box.width(), background);
    };
    // Each seat's square is cleared and every seat reaching into it drawn again, clipped to it. Where an
    // outline, a decoration or a label passes under the square, that is painted again first, clipped too.
    std::vector<QRect> plain;
    QRegion underlaid;
    for (const int seat : seats) {
        const QPointF p = m_geometry.position(seat) * pass.scale - QPointF(offset);
        const QRect box = QRect(roundDown(p.x() - pass.size / 2.0), roundDown(p.y() - pass.size / 2.0),
                                pass.size, pass.size) &
                          image.rect();
        if (box.isEmpty())
            continue;
        if (hasBackdropUnder(seat, level))
            underlaid += box;
        else
            plain.push_back(box);
    }
    if (!underlaid.isEmpty()) {
        for (const QRect &box : underlaid)
            clear(box);
        {
            QPainter painter(&image);
            painter.setClipRegion(underlaid);
            const QRectF exposed(QPointF(offset) / pass.scale, QSizeF(T, T) / pass.scale);
            m_backdrop.paint(painter, QTransform(pass.scale, 0, 0, pass.scale, -offset.x(), -offset.y()),
                             exposed, false, false);
        }
        bits = reinterpret_cast<quint32 *>(image.bits());
        for (const QRect &box : underlaid)
            blitSeats(image, pass, box);
    }
    for (const QRect &box : plain) {
        clear(box);
        blitSeats(image, pass, box);
    }
}

void SeatMapRenderer::paint(QPainter &painter, const QTransform &mapToDevice, const QRectF &exposedMap)
{
    const double scale = std::sqrt(std::abs(mapToDevice.determinant()));
    const Detail detail = detailForScale(scale);
    painter.save();
    m_backdrop.paint(painter, mapToDevice, exposedMap, detail == Detail::Sections, true);
    if (detail != Detail::Sections) {
        const double d = 0.84 * m_geometry.pitch() * scale;
        QFont labelFont = m_backdrop.font();
        labelFont.setPixelSize(std::max(6, int(d * 0.46)));
        painter.setFont(labelFont);
        const double margin = m_geometry.pitch();
        for (const int i : m_geometry.seatsIn(exposedMap.adjusted(-margin, -margin, margin, margin))) {
            const QPointF centre = mapToDevice.map(m_geometry.position(i));
            const QRectF box(centre.x() - d / 2, centre.y() - d / 2, d, d);
            const int status = m_geometry.status(i);
            const QColor color = categoryColor(m_geometry.category(i));
            SeatMapPalette::paintSeat(painter, box, status, color, m_geometry.shape(i),
                                      m_geometry.isSelected(i));
            if (detail == Detail::Labels && !m_geometry.isSelected(i)) {
                painter.setPen(status == int(SeatState::Status::Held)
                                   ? QColor(Qt::black)
                                   : SeatMapPalette::textColorOn(SeatMapPalette::fillColor(status, color)));
                painter.drawText(box, Qt::AlignCenter, m_geometry.seatLabel(i).toString());
            }
        }
    }
    painter.restore();
}

std::size_t SeatMapRenderer::memoryBytes() const
{
    std::size_t bytes = m_geometry.memoryBytes() + m_tiles.memoryBytes() + m_backdrop.memoryBytes();
    for (const auto &[size, sprites] : m_sprites)
        bytes += sprites.memoryBytes();
    return bytes;
}

} // namespace Parterre
