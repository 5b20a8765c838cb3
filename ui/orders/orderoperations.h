#pragma once

#include "model/catalog.h"
#include "model/inventory.h"
#include "model/payments.h"
#include "model/result.h"
#include "seatmap/seatselector.h"

#include <QHash>
#include <QList>

namespace Parterre {

class Store;

// What an order search found, with the shows its lines name.
struct OrderSearch
{
    QList<OrderSummary> orders;
    QHash<qint64, Show> shows;
};

// One order as the orders window shows and prints it: the shows its items are at and their category names.
struct OrderDetails
{
    Order order;
    QHash<qint64, Show> shows;
    QHash<QString, QString> categoryNames;
};

// A show tickets can be exchanged to: the seats free right now (not kept under a hold code), and its
// standing areas with places free and a price at this show.
struct ExchangeTarget
{
    Show show;
    QList<SeatState> seats;
    QList<GaAreaState> areas;
    QHash<QString, QString> categoryNames;
};

// What goes back to one original payment when an order (or part of it) is refunded.
struct RefundShare
{
    qint64 paymentId = 0;
    Payment::Method method = Payment::Method::Cash;
    qint64 amountMinor = 0;
    QString currency;
};

// The orders window's store work, run on the InventoryService's thread (never on the GUI thread), and the
// plain arithmetic its dialogs show before anything is asked of the store.
class OrderOperations final
{
public:
    OrderOperations() = delete;

    static constexpr int SearchLimit = 100;

    static Result<OrderSearch> search(Store &store, const QString &query, qint64 nowMs);
    static Result<OrderDetails> details(Store &store, qint64 orderId, qint64 nowMs);
    static Result<QList<Show>> shows(Store &store, qint64 nowMs);
    static Result<ExchangeTarget> exchangeTarget(Store &store, qint64 showId, qint64 nowMs);
    // The best free seats of a show for an exchange (SeatSelector), read now and not held: the exchange
    // itself takes them all or fails.
    static Result<QStringList> bestSeats(Store &store, qint64 showId, const BestAvailableRequest &request,
                                         qint64 nowMs);

    // The store's rule, for the preview: back to the original payments, the most recent first, each at most
    // what is left of it.
    static QList<RefundShare> refundShares(const Order &order, qint64 amountMinor);
    // The sum of the given items' prices.
    static qint64 itemsPrice(const Order &order, const QList<qint64> &itemIds);
    // How an exchange was settled, from the order after it and the last payment id before it: the change
    // handed back with a cash difference, or the money back by method. Empty when nothing changed hands.
    static QString settlementText(const Order &after, qint64 lastPaymentIdBefore);
};

} // namespace Parterre
