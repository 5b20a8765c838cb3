#pragma once

#include "store/store.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Parterre {

// A Store on another terminal, the host, reached over its HTTP sync endpoint (the /v1/terminal routes of
// docs/http-api.md): every call of the interface is one HTTP request carrying the call's idempotency key.
// The host runs it on its own store with its own clock, so holds expire by the host's time. A request whose
// answer is lost (timeout, dropped connection, the host restarting) is sent again under the same key for
// up to half a minute: the host answers the first result and a sale is never made twice. Bound to the
// thread that opened it (it waits on a local event loop there); open one per thread.
class RemoteStore final : public Store
{
public:
    struct Options
    {
        int requestTimeoutMs = 10'000;
        int retryForMs = 30'000; // how long a lost answer is asked for again
        // For an https host: the SHA-256 fingerprint of its certificate ("SHA256:AB:CD:…", as the host prints
        // it and its pairing answer gives it). Set, exactly that certificate is accepted, self-signed or not,
        // and every other refused; empty, the system's certificate authorities decide.
        QString pinnedFingerprint;
    };

    // What pairing gives a terminal: its token, and the host's certificate fingerprint to pin (https).
    struct Pairing
    {
        QString token;
        QString fingerprint;
    };

    // Checks the host and the token with one read before answering.
    static Result<std::unique_ptr<RemoteStore>> open(const QUrl &host, const QString &token);
    static Result<std::unique_ptr<RemoteStore>> open(const QUrl &host, const QString &token,
                                                     const Options &options);
    ~RemoteStore() override;

    QString describe() const override;

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
    Result<qint64> orderOfPayment(qint64 paymentId) override;

    // Card payments and order search.
    Result<Payment> settlePayment(const PaymentSettlement &settlement, const CallContext &ctx) override;
    Result<QList<PaymentToResolve>> paymentsToResolve(int limit) override;
    Result<Payment> payment(qint64 paymentId) override;
    Result<QList<OrderSummary>> findOrders(const QString &query, int limit) override;

    // What a counter needs of staff, hold codes and drawers (managing users, codes and settings, and the
    // reports, stay on the host).
    Result<QList<User>> users() override;
    Result<UserCredentials> userCredentials(const QString &nameOrId) override;
    Result<UserCredentials> recordPinAttempt(qint64 userId, bool success, int maxFailures, qint64 lockMs,
                                             const CallContext &ctx) override;
    Result<QList<HoldCode>> holdCodes() override;
    Result<Hold> extendHold(qint64 holdId, qint64 byMs, const CallContext &ctx) override;
    Result<QString> setting(const QString &key) override;
    Result<DrawerSession> openDrawer(const DrawerSession &session, const CallContext &ctx) override;
    Result<DrawerSession> closeDrawer(qint64 sessionId, qint64 countedMinor, const CallContext &ctx) override;
    Result<DrawerSession> drawerSession(qint64 sessionId) override;
    Result<QList<DrawerSession>> drawerSessions(bool openOnly) override;
    Result<Order> exchange(const ExchangeRequest &request, const CallContext &ctx) override;
    Result<QList<LedgerEntry>> ledger(const LedgerFilter &filter) override;
    Result<QList<TicketEntry>> ticketSales(const LedgerFilter &filter) override;
    // Managing users, hold codes and settings: for terminals paired with a role that may (admin; hold codes:
    // organizer; seats under a code: supervisor or organizer). The person's own role is checked at the
    // terminal as everywhere.
    Result<User> createUser(const User &user, const PinDigest &pin, const CallContext &ctx) override;
    Result<User> setUserActive(qint64 userId, bool active, const CallContext &ctx) override;
    Result<User> setUserPin(qint64 userId, const PinDigest &pin, const CallContext &ctx) override;
    Result<HoldCode> createHoldCode(const HoldCode &code, const CallContext &ctx) override;
    Result<QStringList> setSeatsHoldCode(qint64 showId, const QStringList &seatIds, const QString &code,
                                         const CallContext &ctx) override;
    Result<QString> setSetting(const QString &key, const QString &value, const CallContext &ctx) override;

    // The change log after `seq`, waiting up to waitMs on the host for something to happen (long-poll).
    Result<QList<Change>> waitForChanges(qint64 seq, int limit, int waitMs);

    // Trades a one-time pairing code from the host for a token of this terminal's own (POST /v1/pairing).
    // Over https, `expectedFingerprint` (when given, e.g. read off the host's console) must match the
    // host's certificate; otherwise the certificate is trusted on this first use only if it is the one the
    // host's own answer names, and that fingerprint is what the terminal pins from then on.
    static Result<Pairing> pair(const QUrl &host, const QString &code, const QString &terminalName,
                                const QString &expectedFingerprint = {});
    // "SHA256:" and the SHA-256 digest of a certificate as colon-separated upper-case hex pairs.
    static QString fingerprintOf(const QByteArray &certificateDer);

private:
    RemoteStore(const QUrl &host, const QString &token, const Options &options);

    struct Answer;
    Result<QJsonObject> get(const QString &path, const QList<std::pair<QString, QString>> &query = {},
                            int timeoutMs = 0);
    Result<QJsonObject> post(const QString &path, const QJsonObject &body, const CallContext &ctx);
    Result<QJsonObject> send(const QByteArray &method, const QString &path,
                             const QList<std::pair<QString, QString>> &query, const QByteArray &body,
                             const QString &key, const QString &actor, int timeoutMs);
    Answer exchange(const QByteArray &method, const QUrl &url, const QByteArray &body, const QString &key,
                    const QString &actor, int timeoutMs);

    QUrl m_host;
    QString m_token;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace Parterre
