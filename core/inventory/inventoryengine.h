#pragma once

#include "inventory/clock.h"
#include "model/money.h"
#include "staff/permissions.h"

#include "store/store.h"
#include <optional>

namespace Parterre {

class PaymentProvider;

// A whole counter sale in one request: hold, order, pay, confirm.
struct SaleRequest
{
    HoldRequest hold;                               // the show, and the seats or places, unless best is set
    std::optional<BestAvailableRequest> best;       // instead of naming seats: the best available ones
    Payment::Method method = Payment::Method::Cash; // card needs a payment provider (setPaymentProvider)
    qint64 tenderedMinor = -1;                      // cash: -1 means exact
    QString reason;                                 // required for comps
    Customer customer;
};

// The seat state machine as callers see it: validates requests, stamps them with the clock, the actor and
// the terminal, and runs each transition through the store. Not thread-safe: one engine per thread, like
// its store.
class InventoryEngine final
{
public:
    static constexpr qint64 DefaultHoldMs = 10 * 60 * 1000;
    static constexpr qint64 HoldWarningMs = 60 * 1000; // countdowns warn this long before a hold runs out
    static constexpr int MaxSeatsPerHold = 500;
    static constexpr int MaxKeyLength = 200;
    static constexpr qint64 DefaultReconcileAgeMs = 2 * 60 * 1000;

    InventoryEngine(Store &store, const Clock &clock);

    Store &store() const { return m_store; }
    const Clock &clock() const { return m_clock; }

    void setActor(const QString &actor, const QString &terminal);
    QString actor() const { return m_actor; }
    QString terminal() const { return m_terminal; }
    // The person at the terminal: every call is stamped with their name and checked against their role
    // before anything is written. Without a user (the CLI, the sync host, scripts) every call is allowed,
    // as the "system" actor.
    void setUser(const User &user);
    void clearUser();
    const std::optional<User> &user() const { return m_user; }
    // Nothing when the current user (or no user) may do it; otherwise a Forbidden error.
    std::optional<Error> permit(Permission permission) const;

    void setDefaultHoldMs(qint64 ms) { m_defaultHoldMs = ms; }
    qint64 defaultHoldMs() const { return m_defaultHoldMs; }
    // The store's hold time (setting HoldTimeSetting), applied to this engine; the default when unset.
    static constexpr const char *HoldTimeSetting = "hold_time_ms";
    Result<qint64> loadHoldTime();
    // The card terminal; without one, card payments are refused. Not owned; must outlive the engine.
    void setPaymentProvider(PaymentProvider *provider) { m_provider = provider; }
    PaymentProvider *paymentProvider() const { return m_provider; }

    Result<Hold> hold(const HoldRequest &request, const QString &key);
    // The best free seats (see SeatSelector), held at once; a lost race on PostgreSQL is picked again.
    // durationMs 0: the engine's default.
    Result<Hold> holdBestAvailable(qint64 showId, const BestAvailableRequest &request, const QString &key,
                                   qint64 durationMs = 0);
    // Best available among the seats still kept under a hold code (SeatSelector's rules), held under the
    // code; only roles the code allows. The seats are picked from a read just before the hold, not inside
    // its transaction as for seats on sale: if another terminal takes one meanwhile the hold is refused
    // whole, naming it, and the clerk asks again.
    Result<Hold> holdBestFromCode(qint64 showId, const BestAvailableRequest &request, const QString &code,
                                  const QString &key, qint64 durationMs = 0);
    Result<Hold> release(qint64 holdId, const QString &key);
    Result<Order> createOrder(const OrderRequest &request, const QString &key);
    // Cash and comp are recorded at once. A card payment is three steps, none holding a transaction open
    // across the terminal: record it as processing, ask the terminal, record its answer. The answer is the
    // payment as it stands: succeeded, failed (declined), or still processing (the terminal timed out or
    // its answer was lost: reconcile() finds out later; the order keeps its seats meanwhile).
    Result<Payment> pay(const PaymentRequest &request, const QString &key);
    Result<Order> confirm(qint64 orderId, const QString &key);
    Result<Order> cancelOrder(qint64 orderId, const QString &reason, const QString &key);
    // Refunds go back to the original payments; card ones through the terminal after the transaction.
    Result<Order> refund(const RefundRequest &request, const QString &key);
    Result<Order> exchange(const ExchangeRequest &request, const QString &key);
    // Asks the terminal about every card payment and refund still processing that is at least minAgeMs
    // old (younger ones may still be in a terminal's hands), and settles each: confirms orders that are
    // now paid, releases the seats of orders whose charge never happened, refunds charges that went
    // through after their seats were lost, and finishes waiting refunds. Answers what it did. Money moves as
    // in a refund, so it takes the Refund permission (supervisors; the end-of-day window).
    Result<QList<ReconcileEntry>> reconcile(qint64 minAgeMs = DefaultReconcileAgeMs);
    Result<QStringList> setBlocked(const BlockRequest &request, const QString &key);
    // Moves an active hold's expiry on by the default hold time, once per hold (supervisors).
    Result<Hold> extendHold(qint64 holdId, const QString &key);
    // Keeps seats under a hold code (house seats), or with an empty code puts them back on sale.
    Result<QStringList> setSeatsHoldCode(qint64 showId, const QStringList &seatIds, const QString &code,
                                         const QString &key);
    Result<SweepResult> sweepExpired();
    Result<qint64> moveShowToSeatMap(qint64 showId, qint64 seatMapId, const QString &key);

    // hold -> order -> pay -> confirm, each step under a key derived from `key`, so that repeating the
    // whole sale with the same key resumes or replays it and never sells twice. A declined card cancels the
    // order (its seats are free at once) and answers PaymentDeclined; a card the terminal did not answer
    // for leaves the order pending_payment, its seats kept, and answers that order.
    Result<Order> sell(const SaleRequest &request, const QString &key);

    // What the seats or places of a request cost at this show (a read; nothing is held).
    Result<Money> priceOf(const HoldRequest &request);

private:
    Result<CallContext> context(const QString &key) const;
    std::optional<Error> permitHold(const HoldRequest &request);
    std::optional<Error> checkPayment(Payment::Method method, qint64 tenderedMinor,
                                      const QString &reason) const;
    // Refuses, before anything is written, a change that would give money back to a card when there is
    // no terminal to do it.
    std::optional<Error> checkCardRefundable(qint64 orderId);
    Result<Payment> charge(const Payment &payment);
    Result<Payment> settle(const Payment &payment, bool succeeded, const QString &reference,
                           const QString &message);
    // Sends the order's recorded card refunds through the terminal; those it cannot finish stay to
    // resolve. Answers the ones it finished.
    QList<Payment> completeRefunds(qint64 orderId);
    ReconcileEntry reconcileOne(const PaymentToResolve &item);
    bool exchangeAnswered(const ExchangeRequest &request);
    Result<qint64> exchangeDifference(const ExchangeRequest &request);
    Result<Order> exchangeByCard(const ExchangeRequest &request, qint64 difference, const QString &key);

    Store &m_store;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("system");
    QString m_terminal = QStringLiteral("local");
    qint64 m_defaultHoldMs = DefaultHoldMs;
    std::optional<User> m_user;
    PaymentProvider *m_provider = nullptr;
};

} // namespace Parterre
