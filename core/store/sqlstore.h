#pragma once

#include "store/sqlcatalog.h"
#include "store/sqlcloseout.h"
#include "store/sqlinventory.h"
#include "store/sqlpayments.h"
#include "store/sqlsession.h"
#include "store/sqlstaff.h"
#include "store/sqltokens.h"
#include "store/sqlverifier.h"
#include "store/store.h"

#include <memory>

namespace Parterre {

// The Store on a SQL database: one connection, its session, and the catalogue, inventory and verifier that
// share it. SqliteStore (and PostgresStore) differ only in how they connect and in their SqlDialect.
class SqlStore : public Store
{
public:
    ~SqlStore() override;

    QString describe() const override { return m_description; }

    Result<qint64> createVenue(const Venue &venue, const CallContext &ctx) override;
    Result<qint64> addSeatMap(qint64 venueId, const SeatMap &map, const CallContext &ctx) override;
    Result<qint64> createEvent(const Event &event, const CallContext &ctx) override;
    Result<qint64> createShow(const NewShow &show, const CallContext &ctx) override;
    Result<qint64> moveShowToSeatMap(qint64 showId, qint64 seatMapId, const CallContext &ctx) override;
    Result<QList<Venue>> venues() override;
    Result<QList<Event>> events() override;
    Result<QList<Show>> shows(qint64 eventId, qint64 nowMs) override;
    Result<Show> show(qint64 showId, qint64 nowMs) override;
    Result<SeatMap> seatMap(qint64 seatMapId) override;
    Result<QList<SeatState>> seatStates(qint64 showId, qint64 nowMs) override;
    Result<QList<GaAreaState>> gaStates(qint64 showId, qint64 nowMs) override;
    Result<qint64> nextHoldExpiry(qint64 showId, qint64 nowMs) override;

    Result<Hold> hold(const HoldRequest &request, const CallContext &ctx) override;
    Result<Hold> holdBestAvailable(qint64 showId, const BestAvailableRequest &request, qint64 durationMs,
                                   const CallContext &ctx) override;
    Result<Hold> release(qint64 holdId, const CallContext &ctx) override;
    Result<Order> createOrder(const OrderRequest &request, const CallContext &ctx) override;
    Result<Payment> pay(const PaymentRequest &request, const CallContext &ctx) override;
    Result<Order> confirm(qint64 orderId, const CallContext &ctx) override;
    Result<Order> cancelOrder(qint64 orderId, const QString &reason, const CallContext &ctx) override;
    Result<Order> refund(const RefundRequest &request, const CallContext &ctx) override;
    Result<QStringList> setBlocked(const BlockRequest &request, const CallContext &ctx) override;
    Result<SweepResult> sweepExpired(const CallContext &ctx) override;

    Result<Hold> holdById(qint64 holdId, qint64 nowMs) override;
    Result<Order> order(qint64 orderId) override;
    Result<QList<Change>> changesSince(qint64 seq, int limit) override;
    Result<qint64> lastSeq() override;
    Result<QList<Violation>> verify(qint64 nowMs) override;
    Result<QString> createToken(const QString &name, const QString &role, const CallContext &ctx) override;
    Result<ApiToken> revokeToken(const QString &name, const CallContext &ctx) override;
    Result<ApiToken> tokenByHash(const QByteArray &sha256Hex) override;
    Result<QString> createPairingCode(const QString &role, qint64 ttlMs, const CallContext &ctx) override;
    Result<QString> redeemPairingCode(const QString &code, const QString &name,
                                      const CallContext &ctx) override;
    Result<qint64> orderOfPayment(qint64 paymentId) override;
    Result<Payment> settlePayment(const PaymentSettlement &settlement, const CallContext &ctx) override;
    Result<QList<PaymentToResolve>> paymentsToResolve(int limit) override;
    Result<Payment> payment(qint64 paymentId) override;
    Result<QList<OrderSummary>> findOrders(const QString &query, int limit) override;
    Result<Order> exchange(const ExchangeRequest &request, const CallContext &ctx) override;

    // Staff, house seats and close-out (SqlStaff, SqlCloseOut).
    Result<User> createUser(const User &user, const PinDigest &pin, const CallContext &ctx) override;
    Result<User> setUserActive(qint64 userId, bool active, const CallContext &ctx) override;
    Result<User> setUserPin(qint64 userId, const PinDigest &pin, const CallContext &ctx) override;
    Result<QList<User>> users() override;
    Result<UserCredentials> userCredentials(const QString &nameOrId) override;
    Result<UserCredentials> recordPinAttempt(qint64 userId, bool success, int maxFailures, qint64 lockMs,
                                             const CallContext &ctx) override;
    Result<HoldCode> createHoldCode(const HoldCode &code, const CallContext &ctx) override;
    Result<QList<HoldCode>> holdCodes() override;
    Result<QStringList> setSeatsHoldCode(qint64 showId, const QStringList &seatIds, const QString &code,
                                         const CallContext &ctx) override;
    Result<Hold> extendHold(qint64 holdId, qint64 byMs, const CallContext &ctx) override;
    Result<QString> setting(const QString &key) override;
    Result<QString> setSetting(const QString &key, const QString &value, const CallContext &ctx) override;
    Result<DrawerSession> openDrawer(const DrawerSession &session, const CallContext &ctx) override;
    Result<DrawerSession> closeDrawer(qint64 sessionId, qint64 countedMinor, const CallContext &ctx) override;
    Result<DrawerSession> drawerSession(qint64 sessionId) override;
    Result<QList<DrawerSession>> drawerSessions(bool openOnly) override;
    Result<QList<LedgerEntry>> ledger(const LedgerFilter &filter) override;
    Result<QList<TicketEntry>> ticketSales(const LedgerFilter &filter) override;

    SqlSession &session() { return *m_session; }

protected:
    SqlStore(std::unique_ptr<SqlConnection> connection, const SqlDialect &dialect,
             const QString &description);
    Result<int> migrate();

private:
    QString m_description;
    std::unique_ptr<SqlSession> m_session;
    std::unique_ptr<SqlCatalog> m_catalog;
    std::unique_ptr<SqlInventory> m_inventory;
    std::unique_ptr<SqlPayments> m_payments;
    std::unique_ptr<SqlVerifier> m_verifier;
    std::unique_ptr<SqlTokens> m_tokens;
    std::unique_ptr<SqlStaff> m_staff;
    std::unique_ptr<SqlCloseOut> m_closeOut;
};

} // namespace Parterre
