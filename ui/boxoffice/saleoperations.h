#pragma once

#include "store/showstate.h"

#include "inventory/inventoryengine.h"
#include "model/catalog.h"
#include "model/inventory.h"
#include "model/result.h"
#include "model/seatmap.h"

#include <QList>
#include <optional>

namespace Parterre {

// What the show picker lists.
struct CounterCatalogue
{
    QList<Event> events;
    QList<Show> shows;
    qint64 lastSeq = 0; // read first, so that nothing written meanwhile is missed
};

// One show as the counter draws it; the map only when it differs from the one already shown.
using CounterShow = ShowState;

// How the customer pays for the cart, or for a part of it (split tender: one part by card, the rest in cash).
struct CartPayment
{
    Payment::Method method = Payment::Method::Cash;
    qint64 amountMinor = -1;   // this part; −1: everything still due
    qint64 tenderedMinor = -1; // cash: −1 means exact
    QString reason;            // required for comps
    Customer customer;
};

// A cart line as checkout needs it: its hold, and its order when an earlier attempt made one.
struct CheckoutLine
{
    qint64 holdId = 0;
    qint64 orderId = 0;
};

// What checkout did, line by line, even when it stopped part way: orderIds[i] is line i's order (0: none
// yet), orders holds the confirmed orders in line order (empty until the whole cart is paid). standing is
// every order of the sale as it stands after the attempt, with the parts paid, declined or still waiting,
// also when the attempt failed. A failed checkout can be run again with the same sale key: every step is
// idempotent and steps already done are skipped.
struct CheckoutOutcome
{
    CheckoutOutcome() = default;
    // The store could not even be opened.
    explicit CheckoutOutcome(const Error &failure)
        : error(failure)
    {}

    QList<qint64> orderIds;
    QList<Order> orders;
    QList<Order> standing;
    std::optional<Error> error;
    int failedLine = -1;
};

// The counter's store work, run on the InventoryService's thread (never on the GUI thread): each function
// takes the engine and returns plain data for the window.
class SaleOperations final
{
public:
    SaleOperations() = delete;

    static Result<CounterCatalogue> readCatalogue(Store &store, qint64 nowMs);
    static Result<CounterShow> readShow(Store &store, qint64 showId, qint64 knownSeatMapId, qint64 nowMs);

    // holdMs 0: the engine's default.
    static Result<Hold> holdSeats(InventoryEngine &engine, const HoldRequest &request, const QString &key);
    static Result<Hold> holdBest(InventoryEngine &engine, qint64 showId, const BestAvailableRequest &request,
                                 qint64 holdMs, const QString &key);
    // Gives a line's seats back: releases its hold, or cancels its order when checkout made one.
    static Result<Done> releaseLine(InventoryEngine &engine, const CheckoutLine &line, const QString &key);
    // Gives every line back, each under key:holdId, going on past a failure; answers the first failure.
    static Result<Done> releaseLines(InventoryEngine &engine, const QList<CheckoutLine> &lines,
                                     const QString &key);
    // One more hold time for every hold, each under saleKey:holdId (the engine allows it once per hold, to a
    // supervisor); stops at the first refusal.
    static Result<QList<Hold>> extendHolds(InventoryEngine &engine, const QList<qint64> &holds,
                                           const QString &saleKey);

    // One order per line (a hold becomes one order). The payment takes its amount (all that is still due
    // when −1) from the orders in line order; once nothing is due, every order is confirmed. Cash tendered
    // covers the part: every order but the last one it reaches is paid exactly, the last gets the rest and
    // so the change. A part smaller than what is due leaves the orders pending, their seats held.
    static CheckoutOutcome checkout(InventoryEngine &engine, const QList<CheckoutLine> &lines,
                                    const CartPayment &payment, const QString &saleKey);
    // Gives the whole cart back: holds released, orders cancelled. What the orders had paid goes back to
    // the payments it came from, through the engine (cash out of the drawer, card refunds through the
    // terminal). Answers the cancelled orders, refunds included; stops at the first failure.
    static Result<QList<Order>> cancelSale(InventoryEngine &engine, const QList<CheckoutLine> &lines,
                                           const QString &key);
};

} // namespace Parterre
