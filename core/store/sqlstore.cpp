#include "sqlstore.h"

#include "store/migrations.h"

using namespace Qt::StringLiterals;

namespace Parterre {

SqlStore::SqlStore(std::unique_ptr<SqlConnection> connection, const SqlDialect &dialect,
                   const QString &description)
    : m_description(description)
    , m_session(std::make_unique<SqlSession>(std::move(connection), dialect))
    , m_catalog(std::make_unique<SqlCatalog>(*m_session))
    , m_inventory(std::make_unique<SqlInventory>(*m_session))
    , m_payments(std::make_unique<SqlPayments>(*m_session, *m_inventory))
    , m_verifier(std::make_unique<SqlVerifier>(*m_session))
    , m_tokens(std::make_unique<SqlTokens>(*m_session))
    , m_staff(std::make_unique<SqlStaff>(*m_session, *m_inventory))
    , m_closeOut(std::make_unique<SqlCloseOut>(*m_session))
{}

SqlStore::~SqlStore()
{
    m_closeOut.reset();
    m_staff.reset();
    m_tokens.reset();
    m_verifier.reset();
    m_payments.reset();
    m_inventory.reset();
    m_catalog.reset();
    m_session.reset();
}

Result<int> SqlStore::migrate()
{
    return Migrations::apply(*m_session);
}

Result<qint64> SqlStore::createVenue(const Venue &venue, const CallContext &ctx)
{
    return m_catalog->createVenue(venue, ctx);
}

Result<qint64> SqlStore::addSeatMap(qint64 venueId, const SeatMap &map, const CallContext &ctx)
{
    return m_catalog->addSeatMap(venueId, map, ctx);
}

Result<qint64> SqlStore::createEvent(const Event &event, const CallContext &ctx)
{
    return m_catalog->createEvent(event, ctx);
}

Result<qint64> SqlStore::createShow(const NewShow &show, const CallContext &ctx)
{
    return m_catalog->createShow(show, ctx);
}

Result<qint64> SqlStore::moveShowToSeatMap(qint64 showId, qint64 seatMapId, const CallContext &ctx)
{
    return m_catalog->moveShowToSeatMap(showId, seatMapId, ctx);
}

Result<QList<Venue>> SqlStore::venues()
{
    return m_catalog->venues();
}

Result<QList<Event>> SqlStore::events()
{
    return m_catalog->events();
}

Result<QList<Show>> SqlStore::shows(qint64 eventId, qint64 nowMs)
{
    return m_catalog->shows(eventId, 0, nowMs);
}

Result<Show> SqlStore::show(qint64 showId, qint64 nowMs)
{
    auto list = m_catalog->shows(0, showId, nowMs);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(u"no show %1"_s.arg(showId));
    return list->first();
}

Result<SeatMap> SqlStore::seatMap(qint64 seatMapId)
{
    return m_catalog->seatMap(seatMapId);
}

Result<QList<SeatState>> SqlStore::seatStates(qint64 showId, qint64 nowMs)
{
    return m_catalog->seatStates(showId, nowMs);
}

Result<QList<GaAreaState>> SqlStore::gaStates(qint64 showId, qint64 nowMs)
{
    return m_catalog->gaStates(showId, nowMs);
}

Result<qint64> SqlStore::nextHoldExpiry(qint64 showId, qint64 nowMs)
{
    return m_catalog->nextHoldExpiry(showId, nowMs);
}

Result<Hold> SqlStore::hold(const HoldRequest &request, const CallContext &ctx)
{
    return m_inventory->hold(request, ctx);
}

Result<Hold> SqlStore::holdBestAvailable(qint64 showId, const BestAvailableRequest &request,
                                         qint64 durationMs, const CallContext &ctx)
{
    return m_inventory->holdBestAvailable(showId, request, durationMs, ctx);
}

Result<Hold> SqlStore::release(qint64 holdId, const CallContext &ctx)
{
    return m_inventory->release(holdId, ctx);
}

Result<Order> SqlStore::createOrder(const OrderRequest &request, const CallContext &ctx)
{
    return m_inventory->createOrder(request, ctx);
}

Result<Payment> SqlStore::pay(const PaymentRequest &request, const CallContext &ctx)
{
    return m_inventory->pay(request, ctx);
}

Result<Order> SqlStore::confirm(qint64 orderId, const CallContext &ctx)
{
    return m_inventory->confirm(orderId, ctx);
}

Result<Order> SqlStore::cancelOrder(qint64 orderId, const QString &reason, const CallContext &ctx)
{
    return m_inventory->cancelOrder(orderId, reason, ctx);
}

Result<Order> SqlStore::refund(const RefundRequest &request, const CallContext &ctx)
{
    return m_inventory->refund(request, ctx);
}

Result<QStringList> SqlStore::setBlocked(const BlockRequest &request, const CallContext &ctx)
{
    return m_inventory->setBlocked(request, ctx);
}

Result<SweepResult> SqlStore::sweepExpired(const CallContext &ctx)
{
    return m_inventory->sweepExpired(ctx);
}

Result<Hold> SqlStore::holdById(qint64 holdId, qint64 nowMs)
{
    return m_inventory->holdById(holdId, nowMs);
}

Result<Order> SqlStore::order(qint64 orderId)
{
    return m_inventory->order(orderId);
}

Result<QList<Change>> SqlStore::changesSince(qint64 seq, int limit)
{
    return m_inventory->changesSince(seq, limit);
}

Result<qint64> SqlStore::lastSeq()
{
    return m_inventory->lastSeq();
}

Result<QList<Violation>> SqlStore::verify(qint64 nowMs)
{
    return m_verifier->verify(nowMs);
}

Result<QString> SqlStore::createToken(const QString &name, const QString &role, const CallContext &ctx)
{
    return m_tokens->create(name, role, ctx);
}

Result<ApiToken> SqlStore::revokeToken(const QString &name, const CallContext &ctx)
{
    return m_tokens->revoke(name, ctx);
}

Result<ApiToken> SqlStore::tokenByHash(const QByteArray &sha256Hex)
{
    return m_tokens->byHash(sha256Hex);
}

Result<QString> SqlStore::createPairingCode(const QString &role, qint64 ttlMs, const CallContext &ctx)
{
    return m_tokens->createPairingCode(role, ttlMs, ctx);
}

Result<QString> SqlStore::redeemPairingCode(const QString &code, const QString &name, const CallContext &ctx)
{
    return m_tokens->redeemPairingCode(code, name, ctx);
}

Result<qint64> SqlStore::orderOfPayment(qint64 paymentId)
{
    auto orderId = m_session->scalar(u"SELECT order_id FROM payments WHERE id = ?"_s, {paymentId});
    if (!orderId)
        return orderId.error();
    if (*orderId <= 0)
        return Error::notFound(u"no payment %1"_s.arg(paymentId));
    return *orderId;
}

// Staff, house seats and close-out.

Result<User> SqlStore::createUser(const User &user, const PinDigest &pin, const CallContext &ctx)
{
    return m_staff->createUser(user, pin, ctx);
}

Result<User> SqlStore::setUserActive(qint64 userId, bool active, const CallContext &ctx)
{
    return m_staff->setUserActive(userId, active, ctx);
}

Result<User> SqlStore::setUserPin(qint64 userId, const PinDigest &pin, const CallContext &ctx)
{
    return m_staff->setUserPin(userId, pin, ctx);
}

Result<QList<User>> SqlStore::users()
{
    return m_staff->users();
}

Result<UserCredentials> SqlStore::userCredentials(const QString &nameOrId)
{
    return m_staff->userCredentials(nameOrId);
}

Result<UserCredentials> SqlStore::recordPinAttempt(qint64 userId, bool success, int maxFailures,
                                                   qint64 lockMs, const CallContext &ctx)
{
    return m_staff->recordPinAttempt(userId, success, maxFailures, lockMs, ctx);
}

Result<HoldCode> SqlStore::createHoldCode(const HoldCode &code, const CallContext &ctx)
{
    return m_staff->createHoldCode(code, ctx);
}

Result<QList<HoldCode>> SqlStore::holdCodes()
{
    return m_staff->holdCodes();
}

Result<QStringList> SqlStore::setSeatsHoldCode(qint64 showId, const QStringList &seatIds, const QString &code,
                                               const CallContext &ctx)
{
    return m_staff->setSeatsHoldCode(showId, seatIds, code, ctx);
}

Result<Hold> SqlStore::extendHold(qint64 holdId, qint64 byMs, const CallContext &ctx)
{
    return m_staff->extendHold(holdId, byMs, ctx);
}

Result<QString> SqlStore::setting(const QString &key)
{
    return m_staff->setting(key);
}

Result<QString> SqlStore::setSetting(const QString &key, const QString &value, const CallContext &ctx)
{
    return m_staff->setSetting(key, value, ctx);
}

Result<DrawerSession> SqlStore::openDrawer(const DrawerSession &session, const CallContext &ctx)
{
    return m_closeOut->openDrawer(session, ctx);
}

Result<DrawerSession> SqlStore::closeDrawer(qint64 sessionId, qint64 countedMinor, const CallContext &ctx)
{
    return m_closeOut->closeDrawer(sessionId, countedMinor, ctx);
}

Result<DrawerSession> SqlStore::drawerSession(qint64 sessionId)
{
    return m_closeOut->drawerSession(sessionId);
}

Result<QList<DrawerSession>> SqlStore::drawerSessions(bool openOnly)
{
    return m_closeOut->drawerSessions(openOnly);
}

Result<QList<LedgerEntry>> SqlStore::ledger(const LedgerFilter &filter)
{
    return m_closeOut->ledger(filter);
}

Result<QList<TicketEntry>> SqlStore::ticketSales(const LedgerFilter &filter)
{
    return m_closeOut->ticketSales(filter);
}

Result<Payment> SqlStore::settlePayment(const PaymentSettlement &settlement, const CallContext &ctx)
{
    return m_payments->settle(settlement, ctx);
}

Result<QList<PaymentToResolve>> SqlStore::paymentsToResolve(int limit)
{
    return m_payments->toResolve(limit);
}

Result<Payment> SqlStore::payment(qint64 paymentId)
{
    return m_payments->payment(paymentId);
}

Result<QList<OrderSummary>> SqlStore::findOrders(const QString &query, int limit)
{
    return m_payments->findOrders(query, limit);
}

Result<Order> SqlStore::exchange(const ExchangeRequest &request, const CallContext &ctx)
{
    return m_payments->exchange(request, ctx);
}

} // namespace Parterre
