#include "inventoryservice.h"

#include "store/store.h"

namespace Parterre {

InventoryService::InventoryService(const StoreLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
    // One thread that never expires: the store's connection belongs to it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

InventoryService::~InventoryService()
{
    // Close the store on the thread that opened it, after every job still queued. Not through a QFuture:
    // QFuture::waitForFinished may run a job that has not started on the waiting thread itself, and then
    // the store would close here while the pool's thread is still using it.
    m_pool.start([this] {
        m_engine.reset();
        m_store.reset();
        m_provider.reset();
    });
    m_pool.waitForDone();
}

void InventoryService::setActor(const QString &actor, const QString &terminal)
{
    m_pool.start([this, actor, terminal] {
        m_actor = actor;
        m_terminal = terminal;
        if (m_engine)
            m_engine->setActor(actor, terminal);
    });
}

void InventoryService::setPaymentProvider(std::shared_ptr<PaymentProvider> provider)
{
    m_pool.start([this, provider = std::move(provider)] {
        m_provider = provider;
        if (m_engine)
            m_engine->setPaymentProvider(m_provider.get());
    });
}

std::optional<Error> InventoryService::ensureOpen()
{
    if (m_engine)
        return std::nullopt;
    auto store = m_location.open();
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    m_engine = std::make_unique<InventoryEngine>(*m_store, m_clock);
    m_engine->setActor(m_actor, m_terminal);
    // The store's hold time, when one is set; a job may call loadHoldTime() again to follow a change.
    if (auto holdTime = m_engine->loadHoldTime(); !holdTime)
        qWarning("hold time setting ignored: %s", qPrintable(holdTime.error().message));
    m_engine->setPaymentProvider(m_provider.get());
    return std::nullopt;
}

} // namespace Parterre
