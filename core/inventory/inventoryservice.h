#pragma once

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "store/storelocation.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace Parterre {

class PaymentProvider;

// Runs engine and store work on one dedicated thread that owns the store's connection, so the GUI never
// blocks on I/O. Every job gets the engine and returns a Result; results come back as QFuture (use
// QFuture::then with a context object to land on the GUI thread).
class InventoryService final : public QObject
{
    Q_OBJECT

public:
    explicit InventoryService(const StoreLocation &location, QObject *parent = nullptr);
    ~InventoryService() override;

    StoreLocation location() const { return m_location; }
    void setActor(const QString &actor, const QString &terminal);
    // The card terminal the engine charges through. Its calls then run on this service's thread, never on
    // the GUI thread; a slow terminal holds up only this counter's queue.
    void setPaymentProvider(std::shared_ptr<PaymentProvider> provider);

    template<typename F>
    auto run(F &&job) -> QFuture<std::invoke_result_t<F, InventoryEngine &>>
    {
        using R = std::invoke_result_t<F, InventoryEngine &>;
        return QtConcurrent::run(&m_pool, [this, job = std::forward<F>(job)]() mutable -> R {
            if (const auto error = ensureOpen())
                return R(*error);
            return job(*m_engine);
        });
    }

private:
    // Worker thread only.
    std::optional<Error> ensureOpen();

    StoreLocation m_location;
    QThreadPool m_pool;
    SystemClock m_clock;
    QString m_actor = QStringLiteral("clerk");
    QString m_terminal = QStringLiteral("local");
    std::unique_ptr<Store> m_store;
    std::unique_ptr<InventoryEngine> m_engine;
    std::shared_ptr<PaymentProvider> m_provider;
};

} // namespace Parterre
