#pragma once

#include "model/result.h"
#include "saleoperations.h"
#include "store/storelocation.h"

#include <QObject>

#include <memory>

class QTimer;

namespace Parterre {

class ChangeFeed;
class InventoryService;

// Keeps the counter's catalogue and its current show fresh: reads them on the store's thread, follows the
// store's change feed (and resyncs now and then: holds that ran out free seats without a change-log entry),
// and folds a burst of changes into one read. One read of the show is under way at a time; the show
// chosen last wins.
class ShowFollower final : public QObject
{
    Q_OBJECT

public:
    explicit ShowFollower(QObject *parent = nullptr);
    ~ShowFollower() override;

    // Reads the catalogue and follows the store's changes from now on; service reads it.
    void start(InventoryService *service, const StoreLocation &location);
    // Stops following the change feed (before the service or the store goes).
    void stop();
    // A new store: no show chosen, no seat map loaded.
    void forget();

    qint64 showId() const { return m_showId; }
    void follow(qint64 showId);
    void reloadCatalogue();
    // Reads the show again soon (and the catalogue too when asked), once for every call until then.
    void scheduleRefresh(bool catalogue);

signals:
    void readingCatalogue();
    void catalogueRead(const Result<CounterCatalogue> &catalogue);
    // Every read of the current show; the seat map comes with the first read of a map.
    void showRead(const Result<CounterShow> &show);
    void connectionChanged(bool connected, const QString &message);

private:
    void refreshShow();

    InventoryService *m_service = nullptr;
    std::unique_ptr<ChangeFeed> m_feed;
    QTimer *m_refresh = nullptr;
    qint64 m_showId = 0;
    qint64 m_loadedSeatMapId = 0;
    quint64 m_showRequest = 0;
    bool m_showReadPending = false;
    bool m_showReadAgain = false;
    bool m_catalogueDirty = false;
};

} // namespace Parterre
