#pragma once

#include "model/catalog.h"
#include "model/inventory.h"
#include "model/payments.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Parterre {

class InventoryService;

// Exchanges chosen tickets of an order for other seats or standing places, of the same show or another one:
// pick the show and as many free seats as tickets go back, or a standing area and a number of places; it
// shows the price difference and how it is settled (cash with the amount tendered and the change, card or
// comp when the customer pays more; back to the original payments, by method, when less). The free seats
// and places are read on the service's thread.
class ExchangeDialog final : public QDialog
{
    Q_OBJECT

public:
    ExchangeDialog(InventoryService *service, const Order &order, const QList<qint64> &itemIds,
                   const QList<Show> &shows, QWidget *parent = nullptr);

    ExchangeRequest request() const;
    // What the customer pays (> 0) or gets back (< 0) for the selected seats.
    qint64 differenceMinor() const;
    QString differenceText() const;
    qint64 targetShowId() const;
    bool isLoading() const { return m_loading; }
    // Selects these free seats of the target show (the others are deselected); false if one is not free.
    bool selectSeats(const QStringList &seatIds);
    // Standing places instead of seats: this area of the target show, this many; false if it has no free
    // places or not that many.
    bool selectArea(const QString &areaId, int quantity);
    // The change for a cash difference with the amount tendered; nullopt when there is none to give.
    std::optional<qint64> changeMinor() const;

    // Asks for the best free seats in the chosen category (one per ticket) and selects them.
    void selectBestAvailable();

signals:
    void seatsLoaded();
    void bestAvailableSelected(bool found);

private:
    void loadSeats();
    void filterSeats();
    void update();
    void areaChanged();
    QStringList selectedSeats() const;
    QString selectedArea() const;
    // The cash tendered for a difference to pay: −1 when the field is empty (exact), nullopt if unreadable.
    std::optional<qint64> tendered() const;

    InventoryService *m_service = nullptr;
    Order m_order;
    QList<qint64> m_itemIds;
    qint64 m_returnedMinor = 0;
    QComboBox *m_show = nullptr;
    QComboBox *m_category = nullptr;
    QPushButton *m_best = nullptr;
    QListWidget *m_seats = nullptr;
    QComboBox *m_area = nullptr;
    QSpinBox *m_quantity = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_difference = nullptr;
    QPushButton *m_ok = nullptr;
    QHash<QString, qint64> m_prices;     // seat id -> price at the target show
    QHash<QString, qint64> m_areaPrices; // standing area id -> price of one place at the target show
    quint64 m_request = 0;
    bool m_loading = false;
};

} // namespace Parterre
