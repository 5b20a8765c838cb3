#pragma once

#include "houseseatsoperations.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <type_traits>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Parterre {

class ChangeFeed;
class InventoryService;
class SeatMapView;

// House seats and kills for one show, for supervisors and organizers: select seats on the map (click,
// Ctrl+click, drag), then block or unblock them, keep them under a hold code or release them to sale. The
// side list shows each hold code with how many seats it keeps here; organizers and admins define new codes.
// Every change runs through the engine on the counter's InventoryService thread, under the role of the
// person logged in at the counter; a refusal is shown in words and changes nothing. The map follows the
// store's change feed.
class HouseSeatsWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Action
    {
        Block,
        Unblock,
        Keep,
        Release,
    };

    explicit HouseSeatsWindow(InventoryService *service, QWidget *parent = nullptr);
    ~HouseSeatsWindow() override;

    void setShow(qint64 showId);
    qint64 showId() const { return m_showId; }
    SeatMapView *seatView() const { return m_view; }
    bool isBusy() const { return m_jobs > 0; }
    bool isLoaded() const { return m_loaded; }
    QString message() const;
    const QList<HoldCode> &holdCodes() const { return m_state.codes; }
    HoldCodeCount count(const QString &code) const { return m_counts.value(code); }

    // What the buttons do, on the seats selected on the map.
    void run(Action action);
    // The code "Keep" puts seats under; false when there is no such code.
    bool setKeepCode(const QString &code);
    QString keepCode() const;
    void newHoldCode(); // opens the dialog
    void createHoldCode(const HoldCode &code);
    // Selects the seats still kept under code on the map (double-click on the code in the list).
    void selectKeptSeats(const QString &code);

signals:
    void loaded();
    void changed(HouseSeatsWindow::Action action, int seats);
    void holdCodeCreated(const QString &code);
    void refused(const QString &message);

private:
    template<typename F, typename Done>
    void runJob(F &&job, Done &&done);
    void refresh();
    void scheduleRefresh();
    void apply(const HouseSeatsState &state);
    void fillCodes();
    void updateSelection();
    void showMessage(const QString &text, bool warning);
    QString refusal(Action action, const Error &error) const;
    QString describeSeats(const QStringList &seatIds) const;
    QString selectionMix(const QStringList &seatIds) const;

    QPointer<InventoryService> m_service;
    std::unique_ptr<ChangeFeed> m_feed;
    QTimer *m_refresh = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    SeatMapView *m_view = nullptr;
    QLabel *m_selection = nullptr;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_dragSelects = nullptr;
    QPushButton *m_block = nullptr;
    QPushButton *m_unblock = nullptr;
    QComboBox *m_keepCode = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_release = nullptr;
    QTableWidget *m_codes = nullptr;
    QPushButton *m_newCode = nullptr;
    QLabel *m_message = nullptr;

    qint64 m_showId = 0;
    qint64 m_loadedSeatMapId = 0;
    quint64 m_request = 0;
    bool m_readPending = false;
    bool m_readAgain = false;
    bool m_loaded = false;
    int m_jobs = 0;
    HouseSeatsState m_state;
    QHash<QString, SeatState> m_seats;
    QHash<QString, HoldCodeCount> m_counts;
};

} // namespace Parterre
