#pragma once

#include "seatmap/seatselector.h"
#include "store/store.h"

#include <memory>

namespace Parterre {

class SqlSession;

// The seat state machine in SQL: every transition is one transaction of conditional writes whose row
// counts decide, backed by the schema's constraints.
class SqlInventory final
{
public:
    explicit SqlInventory(SqlSession &session)
        : m_session(session)
    {}

    Result<Hold> hold(const HoldRequest &request, const CallContext &ctx);
    Result<Hold> holdBestAvailable(qint64 showId, const BestAvailableRequest &request, qint64 durationMs,
                                   const CallContext &ctx);
    Result<Hold> release(qint64 holdId, const CallContext &ctx);
    Result<Order> createOrder(const OrderRequest &request, const CallContext &ctx);
    Result<Payment> pay(const PaymentRequest &request, const CallContext &ctx);
    Result<Order> confirm(qint64 orderId, const CallContext &ctx);
    Result<Order> cancelOrder(qint64 orderId, const QString &reason, const CallContext &ctx);
    Result<Order> refund(const RefundRequest &request, const CallContext &ctx);
    Result<QStringList> setBlocked(const BlockRequest &request, const CallContext &ctx);
    Result<SweepResult> sweepExpired(const CallContext &ctx);

    Result<Hold> holdById(qint64 holdId, qint64 nowMs);
    Result<Order> order(qint64 orderId);
    Result<QList<Change>> changesSince(qint64 seq, int limit);
    Result<qint64> lastSeq();

    static QString newTicketCode();
    // A subquery: what an order has been paid, less what went (or is going) back. orderIdExpression names
    // the order's id column in the outer query.
    static QString paidSql(const QString &orderIdExpression);
    // A hold's contents as its row keeps them (holds.seat_ids, holds.ga_units: sorted JSON).
    static QStringList seatIdsFromText(const QString &text);
    static QList<GaUnits> gaUnitsFromText(const QString &text);

private:
    friend class SqlPayments;
    struct OrderHead
    {
        qint64 showId = 0;
        Order::Status status = Order::Status::PendingPayment;
        QString currency;
        qint64 totalMinor = 0;
        qint64 paidMinor = 0;
        qint64 processingMinor = 0; // card payments the terminal has not answered yet
    };
    Result<Done> lockRow(const QString &table, qint64 id); // table is one of ours, never input
    // Locks the order row (where the back end needs it) and reads what validation needs.
    Result<OrderHead> orderHead(qint64 orderId);
    // The body of a hold, inside a transaction that mutate() opened.
    Result<Hold> claim(const HoldRequest &request, const CallContext &ctx);
    struct ShowTerms
    {
        QString currency;
        QHash<QString, qint64> prices; // category id -> minor units
    };
    Result<ShowTerms> termsOf(qint64 showId, bool reload = false);
    Result<std::shared_ptr<const SeatSelector>> selectorFor(qint64 seatMapId);
    // What the seats or standing places cost at the show now.
    Result<qint64> seatsPrice(qint64 showId, const QStringList &seatIds);
    Result<qint64> unitsPrice(qint64 showId, const QList<GaUnits> &ga);
    Result<QList<Change>> claimSeatsWithHold(const QString &claimable, const QVariantList &claimArgs,
                                             Hold &hold, const CallContext &ctx, QStringList *categories);
    Result<QStringList> unknownSeats(qint64 showId, const QStringList &seatIds);
    Result<Done> logged(Result<QList<Change>> changes, qint64 nowMs, int *count = nullptr);
    Result<Done> returnToPool(const QString &where, const QVariantList &args, qint64 nowMs);
    // Records refunds of amountMinor to the order's payments (card ones as processing); answers them.
    Result<QList<Payment>> refundPayments(qint64 orderId, qint64 amountMinor, const QString &reason,
                                          const CallContext &ctx);

    // A seat map and the selector over it, kept together.
    struct SelectorHolder
    {
        explicit SelectorHolder(SeatMap m)
            : map(std::move(m))
            , selector(map)
        {}
        SeatMap map;
        SeatSelector selector;
    };

    SqlSession &m_session;
    QHash<qint64, std::shared_ptr<const SeatSelector>> m_selectors;
    QHash<qint64, ShowTerms> m_terms;
};

} // namespace Parterre
