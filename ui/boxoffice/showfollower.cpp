#include "showfollower.h"

#include "inventory/inventoryservice.h"
#include "store/changefeed.h"

#include <QTimer>

namespace Parterre {

namespace {

constexpr int RefreshDelayMs = 150;
constexpr int ResyncMs = 10'000; // expired holds free seats without a change-log entry until swept

} // namespace

ShowFollower::ShowFollower(QObject *parent)
    : QObject(parent)
{
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_catalogueDirty)
            reloadCatalogue();
        refreshShow();
    });
    auto *resync = new QTimer(this);
    resync->setInterval(ResyncMs);
    connect(resync, &QTimer::timeout, this, [this] { scheduleRefresh(true); });
    resync->start();
}

ShowFollower::~ShowFollower() = default;

void ShowFollower::start(InventoryService *service, const StoreLocation &location)
{
    m_service = service;
    reloadCatalogue();
    m_feed = std::make_unique<ChangeFeed>(location);
    connect(m_feed.get(), &ChangeFeed::showsChanged, this, [this](const QSet<qint64> &shows) {
        m_catalogueDirty = true;
        if (shows.contains(m_showId) || m_refresh->isActive())
            scheduleRefresh(true);
        else
            m_refresh->start(RefreshDelayMs * 4); // other shows: the picker's counts, less eagerly
    });
    connect(m_feed.get(), &ChangeFeed::started, this, [this] { scheduleRefresh(true); });
    connect(m_feed.get(), &ChangeFeed::connectionChanged, this, &ShowFollower::connectionChanged);
    m_feed->start();
}

void ShowFollower::stop()
{
    m_feed.reset();
}

void ShowFollower::forget()
{
    m_showId = 0;
    m_loadedSeatMapId = 0;
}

void ShowFollower::reloadCatalogue()
{
    m_catalogueDirty = false;
    emit readingCatalogue();
    m_service
        ->run([](InventoryEngine &engine) {
            return SaleOperations::readCatalogue(engine.store(), engine.clock().nowMs());
        })
        .then(this, [this](const Result<CounterCatalogue> &catalogue) { emit catalogueRead(catalogue); });
}

void ShowFollower::follow(qint64 showId)
{
    m_showId = showId;
    ++m_showRequest;
    m_showReadPending = false;
    refreshShow();
}

void ShowFollower::refreshShow()
{
    if (m_showId == 0)
        return;
    if (m_showReadPending) {
        m_showReadAgain = true;
        return;
    }
    m_showReadPending = true;
    const qint64 showId = m_showId;
    const qint64 knownMap = m_loadedSeatMapId;
    const quint64 request = m_showRequest;
    m_service
        ->run([showId, knownMap](InventoryEngine &engine) {
            return SaleOperations::readShow(engine.store(), showId, knownMap, engine.clock().nowMs());
        })
        .then(this, [this, request](const Result<CounterShow> &data) {
            m_showReadPending = false;
            if (request == m_showRequest) {
                if (data && data->map)
                    m_loadedSeatMapId = data->show.seatMapId;
                emit showRead(data);
            }
            if (m_showReadAgain || request != m_showRequest) {
                m_showReadAgain = false;
                refreshShow();
            }
        });
}

void ShowFollower::scheduleRefresh(bool catalogue)
{
    m_catalogueDirty = m_catalogueDirty || catalogue;
    if (!m_refresh->isActive() || m_refresh->remainingTime() > RefreshDelayMs)
        m_refresh->start(RefreshDelayMs);
}

} // namespace Parterre
