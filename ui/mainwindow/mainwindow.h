#pragma once

#include "model/catalog.h"
#include "model/result.h"
#include "store/storelocation.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parterre {

class ChangeFeed;
class InventoryService;
class SeatMapView;
class Store;

// The main window's first shell: lists the store's events and shows, and shows the selected show's seat
// map live. A switchboard: store work runs on the InventoryService's thread, drawing in SeatMapView.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const StoreLocation &location, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The store's worker: jobs queued here run in order, before anything start() queues after them.
    InventoryService *service() const { return m_service.get(); }

    // Loads the catalogue and starts following the change log.
    void start();
    StoreLocation location() const { return m_location; }
    quint64 feedNotifications() const;
    void selectShow(qint64 showId);
    qint64 selectedShowId() const { return m_selectedShowId; }

    // Puts a store failure in the status bar and, when it stops the window from working, in a message box.
    void reportError(const QString &what, const Error &error, bool interrupting);

signals:
    void catalogueLoaded();
    void showLoaded(qint64 showId);

private:
    struct Catalogue;
    struct ShowSnapshot;
    struct PollResult;

    // Store reads, run on the service's thread.
    static Result<Catalogue> readCatalogue(Store &store, qint64 nowMs);
    static Result<ShowSnapshot> readShow(Store &store, qint64 showId, qint64 knownSeatMapId, qint64 nowMs);
    // What changed since sinceSeq; the catalogue and the show again when anything (for the show) did.
    static Result<PollResult> readChanges(Store &store, qint64 sinceSeq, qint64 showId, qint64 knownSeatMapId,
                                          bool resync, qint64 nowMs);

    void createActions();
    void createWidgets();
    void about();

    void reloadCatalogue();
    void connectToStore();
    void switchStore(const StoreLocation &location);
    void applyCatalogue(const Catalogue &catalogue);
    void selectNextShow(const QList<Show> &shows);
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void loadShow(qint64 showId);
    void applyShow(const ShowSnapshot &snapshot);
    void poll();
    void applyPoll(const PollResult &result);
    void updateSummary();

    StoreLocation m_location;
    std::unique_ptr<InventoryService> m_service;
    std::unique_ptr<ChangeFeed> m_feed; // wakes the poll at once on another terminal's change
    QTreeWidget *m_showTree = nullptr;
    QLabel *m_showTitle = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_storeLabel = nullptr;
    SeatMapView *m_seatView = nullptr;
    QTimer *m_pollTimer = nullptr;

    qint64 m_selectedShowId = 0;
    qint64 m_loadedSeatMapId = 0;
    qint64 m_lastSeq = -1; // the change log position the shown data reflects; -1 until the catalogue loads
    quint64 m_showRequest = 0;
    quint64 m_storeGeneration = 0; // counts store switches: answers of an earlier store are dropped
    int m_pollsSinceShowRead = 0;
    bool m_pollPending = false;
};

} // namespace Parterre
