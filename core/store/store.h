#pragma once

#include "model/catalog.h"
#include "model/inventory.h"
#include "model/ledger.h"
#include "model/payments.h"
#include "model/result.h"
#include "model/seatmap.h"
#include "seatmap/seatselector.h"
#include "staff/holdcode.h"
#include "staff/user.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Parterre {

struct NewShow
{
    qint64 eventId = 0;
    qint64 seatMapId = 0;
    qint64 startsAtMs = 0;
    QString currency;
    QHash<QString, qint64> prices; // every category of the map needs a price
};

struct Violation
{
    QString rule; // "double_sale", "status_mismatch", ...
    QString detail;
};

// A bearer token of a terminal or a scripted client, as the host keeps it: never the token itself.
struct ApiToken
{
    qint64 id = 0;
    QString name;
    QString role; // clerk, supervisor, organizer, admin, channel
    qint64 createdAtMs = 0;
    qint64 revokedAtMs = 0; // 0: valid

    static bool isRole(const QString &role)
    {
        static const QStringList roles{QStringLiteral("clerk"), QStringLiteral("supervisor"),
                                       QStringLiteral("organizer"), QStringLiteral("admin"),
                                       QStringLiteral("channel")};
        return roles.contains(role);
    }
};

// The inventory's one authority. Every mutating call is one short transaction that validates before it
// writes, appends to the change log and the audit log, and records its answer under the call's
// idempotency key. A Store object is bound to the thread that opened it (like QSqlDatabase); open one per
// thread. SQLite, PostgreSQL and (later) a remote host differ only behind this interface.
class Store
{
public:
    virtual ~Store() = default;

    virtual QString describe() const = 0; // "SQLite /path/to/file", for people, never with a password

    // Catalogue.
    virtual Result<qint64> createVenue(const Venue &venue, const CallContext &ctx) = 0;
    virtual Result<qint64> addSeatMap(qint64 venueId, const SeatMap &map, const CallContext &ctx) = 0;
    virtual Result<qint64> createEvent(const Event &event, const CallContext &ctx) = 0;
    virtual Result<qint64> createShow(const NewShow &show, const CallContext &ctx) = 0;
    // Moves a show to another version of its venue's seat map. Seats and places the new version drops go
    // with it unless they are sold or held (then it is refused, naming them); new ones arrive available.
    virtual Result<qint64> moveShowToSeatMap(qint64 showId, qint64 seatMapId, const CallContext &ctx) = 0;
    virtual Result<QList<Venue>> venues() = 0;
    virtual Result<QList<Event>> events() = 0;
    virtual Result<QList<Show>> shows(qint64 eventId, qint64 nowMs) = 0; // eventId 0: all
    virtual Result<Show> show(qint64 showId, qint64 nowMs) = 0;
    virtual Result<SeatMap> seatMap(qint64 seatMapId) = 0;
    virtual Result<QList<SeatState>> seatStates(qint64 showId, qint64 nowMs) = 0;
    virtual Result<QList<GaAreaState>> gaStates(qint64 showId, qint64 nowMs) = 0;
    // When the first hold on the show that is held now runs out (a change that writes no log entry), so a
    // kept snapshot knows how long it stays true: a time after nowMs, 0 when nothing is held, -1 when the
    // store cannot tell.
    virtual Result<qint64> nextHoldExpiry(qint64 /*showId*/, qint64 /*nowMs*/) { return qint64(-1); }

    // Inventory transitions.
    virtual Result<Hold> hold(const HoldRequest &request, const CallContext &ctx) = 0;
    // Picks the best seats that are free (SeatSelector) and holds them, in one transaction.
    virtual Result<Hold> holdBestAvailable(qint64 showId, const BestAvailableRequest &request,
                                           qint64 durationMs, const CallContext &ctx) = 0;
    virtual Result<Hold> release(qint64 holdId, const CallContext &ctx) = 0;
    virtual Result<Order> createOrder(const OrderRequest &request, const CallContext &ctx) = 0;
    virtual Result<Payment> pay(const PaymentRequest &request, const CallContext &ctx) = 0;
    virtual Result<Order> confirm(qint64 orderId, const CallContext &ctx) = 0;
    virtual Result<Order> cancelOrder(qint64 orderId, const QString &reason, const CallContext &ctx) = 0;
    virtual Result<Order> refund(const RefundRequest &request, const CallContext &ctx) = 0;
    virtual Result<QStringList> setBlocked(const BlockRequest &request, const CallContext &ctx) = 0;
    virtual Result<SweepResult> sweepExpired(const CallContext &ctx) = 0;

    // Reads.
    virtual Result<Hold> holdById(qint64 holdId, qint64 nowMs) = 0;
    virtual Result<Order> order(qint64 orderId) = 0;
    virtual Result<QList<Change>> changesSince(qint64 seq, int limit) = 0;
    virtual Result<qint64> lastSeq() = 0;

    // Every invariant of the one rule, checked against the stored data; empty when all hold.
    virtual Result<QList<Violation>> verify(qint64 nowMs) = 0;

    // Bearer tokens (stored as SHA-256 hashes). createToken answers the new token, the only time it is
    // seen; it is not kept under the idempotency key. Stores without tokens answer a Storage error.
    virtual Result<QString> createToken(const QString & /*name*/, const QString & /*role*/,
                                        const CallContext & /*ctx*/)
    {
        return Error::storage(QStringLiteral("this store keeps no tokens"));
    }
    virtual Result<ApiToken> revokeToken(const QString & /*name*/, const CallContext & /*ctx*/)
    {
        return Error::storage(QStringLiteral("this store keeps no tokens"));
    }
    virtual Result<ApiToken> tokenByHash(const QByteArray & /*sha256Hex*/)
    {
        return Error::storage(QStringLiteral("this store keeps no tokens"));
    }
    // One-time pairing codes ("ABCD-EFGH"), kept hashed: redeemPairingCode trades a valid, unused,
    // unexpired code for a new token named `name` with the code's role, in one transaction.
    virtual Result<QString> createPairingCode(const QString & /*role*/, qint64 /*ttlMs*/,
                                              const CallContext & /*ctx*/)
    {
        return Error::storage(QStringLiteral("this store keeps no tokens"));
    }
    virtual Result<QString> redeemPairingCode(const QString & /*code*/, const QString & /*name*/,
                                              const CallContext & /*ctx*/)
    {
        return Error::storage(QStringLiteral("this store keeps no tokens"));
    }
    // Payments (card terminal, reconciliation) and orders. A card payment is recorded by pay() as processing,
    // then the terminal is asked outside any transaction, then settlePayment() writes down its answer. A
    // charge that succeeds on an order that no longer needs the money (its seats are gone) is recorded with
    // a processing card refund of the excess in the same transaction. Stores without payments answer a
    // Storage error.
    virtual Result<Payment> settlePayment(const PaymentSettlement & /*settlement*/,
                                          const CallContext & /*ctx*/)
    {
        return Error::storage(QStringLiteral("this store keeps no card payments"));
    }
    // Card payments and refunds still processing, oldest first: the "payments to resolve".
    virtual Result<QList<PaymentToResolve>> paymentsToResolve(int /*limit*/)
    {
        return Error::storage(QStringLiteral("this store keeps no card payments"));
    }
    virtual Result<Payment> payment(qint64 /*paymentId*/)
    {
        return Error::storage(QStringLiteral("this store keeps no card payments"));
    }
    // Orders whose number is the query (read as Crockford: O=0, I=L=1), whose customer name or email
    // contains it (ignoring case), or that hold a ticket with that code; newest first, at most `limit`.
    virtual Result<QList<OrderSummary>> findOrders(const QString & /*query*/, int /*limit*/)
    {
        return Error::storage(QStringLiteral("this store cannot search orders"));
    }
    // Moves chosen tickets to other seats in one transaction (see ExchangeRequest): all or nothing.
    virtual Result<Order> exchange(const ExchangeRequest & /*request*/, const CallContext & /*ctx*/)
    {
        return Error::storage(QStringLiteral("this store cannot exchange tickets"));
    }
    // The order a payment belongs to (NotFound when there is no such payment).
    virtual Result<qint64> orderOfPayment(qint64 /*paymentId*/)
    {
        return Error::storage(QStringLiteral("this store cannot look up payments"));
    }

    // --- Staff, house seats and close-out (users, hold codes, hold extension, settings, cash drawers). ---
    // Permission checks belong to the callers (InventoryEngine, StaffService, CashDrawer): the store keeps
    // the records. Stores without staff answer a Storage error.
    virtual Result<User> createUser(const User & /*user*/, const PinDigest & /*pin*/,
                                    const CallContext & /*ctx*/)
    {
        return noStaff<User>();
    }
    virtual Result<User> setUserActive(qint64 /*userId*/, bool /*active*/, const CallContext & /*ctx*/)
    {
        return noStaff<User>();
    }
    virtual Result<User> setUserPin(qint64 /*userId*/, const PinDigest & /*pin*/, const CallContext & /*ctx*/)
    {
        return noStaff<User>();
    }
    virtual Result<QList<User>> users() { return noStaff<QList<User>>(); }
    // A user by name, or by id when `nameOrId` is all digits; NotFound when there is none.
    virtual Result<UserCredentials> userCredentials(const QString & /*nameOrId*/)
    {
        return noStaff<UserCredentials>();
    }
    // Records a PIN attempt: success clears the failures; a failure counts, and the MaxFailures-th in a row
    // locks the user until now + lockMs. Answers the counts after the attempt. Keeps no idempotency key.
    virtual Result<UserCredentials> recordPinAttempt(qint64 /*userId*/, bool /*success*/, int /*maxFailures*/,
                                                     qint64 /*lockMs*/, const CallContext & /*ctx*/)
    {
        return noStaff<UserCredentials>();
    }

    virtual Result<HoldCode> createHoldCode(const HoldCode & /*code*/, const CallContext & /*ctx*/)
    {
        return noStaff<HoldCode>();
    }
    virtual Result<QList<HoldCode>> holdCodes() { return noStaff<QList<HoldCode>>(); }
    // Puts free or blocked seats of a show under `code` (they read 'blocked' with the code), or with an empty
    // code releases seats kept under a code back to sale. All or nothing.
    virtual Result<QStringList> setSeatsHoldCode(qint64 /*showId*/, const QStringList & /*seatIds*/,
                                                 const QString & /*code*/, const CallContext & /*ctx*/)
    {
        return noStaff<QStringList>();
    }
    // Moves an active hold's expiry on by `byMs`, once per hold.
    virtual Result<Hold> extendHold(qint64 /*holdId*/, qint64 /*byMs*/, const CallContext & /*ctx*/)
    {
        return noStaff<Hold>();
    }

    // Store-wide settings ("hold_time_ms"); an unset key answers an empty string.
    virtual Result<QString> setting(const QString & /*key*/) { return noStaff<QString>(); }
    virtual Result<QString> setSetting(const QString & /*key*/, const QString & /*value*/,
                                       const CallContext & /*ctx*/)
    {
        return noStaff<QString>();
    }

    // Cash drawers: one open session per terminal and clerk.
    virtual Result<DrawerSession> openDrawer(const DrawerSession & /*session*/, const CallContext & /*ctx*/)
    {
        return noStaff<DrawerSession>();
    }
    // Closes an open session with the counted cash: expected and variance are worked out and kept. Once.
    virtual Result<DrawerSession> closeDrawer(qint64 /*sessionId*/, qint64 /*countedMinor*/,
                                              const CallContext & /*ctx*/)
    {
        return noStaff<DrawerSession>();
    }
    virtual Result<DrawerSession> drawerSession(qint64 /*sessionId*/) { return noStaff<DrawerSession>(); }
    virtual Result<QList<DrawerSession>> drawerSessions(bool /*openOnly*/)
    {
        return noStaff<QList<DrawerSession>>();
    }
    // Succeeded payments and refunds, and tickets of orders confirmed, in a period (for reports).
    virtual Result<QList<LedgerEntry>> ledger(const LedgerFilter & /*filter*/)
    {
        return noStaff<QList<LedgerEntry>>();
    }
    virtual Result<QList<TicketEntry>> ticketSales(const LedgerFilter & /*filter*/)
    {
        return noStaff<QList<TicketEntry>>();
    }

private:
    template<typename T>
    static Result<T> noStaff()
    {
        return Error::storage(QStringLiteral("this store keeps no staff records"));
    }
};

} // namespace Parterre
