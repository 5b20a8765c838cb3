#include "inventoryengine.h"

#include "model/money.h"
#include "seatmap/seatselector.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

constexpr qint64 kMaxHoldMs = 24LL * 60 * 60 * 1000;
constexpr int kMaxKeyLength = InventoryEngine::MaxKeyLength;
constexpr int kMaxGaQuantity = 10000;
constexpr int kMaxTextLength = 200;

std::optional<Error> checkSeatList(const QStringList &seatIds)
{
    if (seatIds.size() > InventoryEngine::MaxSeatsPerHold)
        return Error::invalidInput(u"at most %1 seats at a time"_s.arg(InventoryEngine::MaxSeatsPerHold));
    QSet<QString> seen;
    for (const QString &id : seatIds) {
        if (id.trimmed().isEmpty())
            return Error::invalidInput(u"empty seat id"_s);
        if (seen.contains(id))
            return Error{Error::Code::InvalidInput, u"seat %1 is listed twice"_s.arg(id), {id}};
        seen.insert(id);
    }
    return std::nullopt;
}

std::optional<Error> checkHold(const HoldRequest &request)
{
    if (request.showId <= 0)
        return Error::invalidInput(u"no show given"_s);
    if (request.seatIds.isEmpty() && request.ga.isEmpty())
        return Error::invalidInput(u"a hold needs at least one seat or standing place"_s);
    if (auto e = checkSeatList(request.seatIds))
        return e;
    QSet<QString> areas;
    for (const GaQuantity &g : request.ga) {
        if (g.areaId.trimmed().isEmpty())
            return Error::invalidInput(u"empty standing area id"_s);
        if (g.quantity <= 0 || g.quantity > kMaxGaQuantity)
            return Error::invalidInput(u"quantity for \"%1\" must be 1 to %2, not %3"_s.arg(g.areaId)
                                           .arg(kMaxGaQuantity)
                                           .arg(g.quantity));
        if (areas.contains(g.areaId))
            return Error::invalidInput(u"area \"%1\" is listed twice"_s.arg(g.areaId));
        areas.insert(g.areaId);
    }
    if (!request.holdCode.isEmpty() && !HoldCode::isValidCode(request.holdCode))
        return Error::invalidInput(u"\"%1\" is not a hold code"_s.arg(request.holdCode));
    if (!request.holdCode.isEmpty() && !request.ga.isEmpty())
        return Error::invalidInput(u"standing places are never kept under a hold code"_s);
    if (request.durationMs < 0 || request.durationMs > kMaxHoldMs)
        return Error::invalidInput(u"a hold lasts from a moment to a day"_s);
    return std::nullopt;
}

std::optional<Error> checkCustomer(const Customer &customer)
{
    for (const QString &field : {customer.name, customer.email, customer.phone}) {
        if (field.size() > kMaxTextLength)
            return Error::invalidInput(
                u"customer details are limited to %1 characters"_s.arg(kMaxTextLength));
    }
    const QString email = customer.email.trimmed();
    if (!email.isEmpty() && (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@')))
        return Error::invalidInput(u"\"%1\" is not an email address"_s.arg(email));
    return std::nullopt;
}

} // namespace

std::optional<Error> InventoryEngine::checkPayment(Payment::Method method, qint64 tenderedMinor,
                                                   const QString &reason) const
{
    if (tenderedMinor < -1)
        return Error::invalidInput(u"tendered amount cannot be negative"_s);
    if (method == Payment::Method::Comp && reason.trimmed().isEmpty())
        return Error::invalidInput(u"a complimentary ticket needs a reason"_s);
    if (method == Payment::Method::Card && !m_provider)
        return Error::invalidInput(u"card payments need a card terminal, and none is set up"_s);
    if (method != Payment::Method::Cash && tenderedMinor >= 0)
        return Error::invalidInput(u"a tendered amount goes with cash"_s);
    if (reason.size() > kMaxTextLength)
        return Error::invalidInput(u"a reason is limited to %1 characters"_s.arg(kMaxTextLength));
    return std::nullopt;
}

std::optional<Error> InventoryEngine::checkCardRefundable(qint64 orderId)
{
    if (m_provider)
        return std::nullopt;
    auto order = m_store.order(orderId);
    if (!order)
        return std::nullopt; // the store's own validation names the problem
    for (const Payment &p : order->payments) {
        if (p.kind == Payment::Kind::Payment && p.method == Payment::Method::Card &&
            p.status == Payment::Status::Succeeded)
            return Error::invalidInput(
                u"order %1 was paid by card, and no card terminal is set up to refund it"_s.arg(
                    order->number));
    }
    return std::nullopt;
}

InventoryEngine::InventoryEngine(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

void InventoryEngine::setActor(const QString &actor, const QString &terminal)
{
    m_actor = actor;
    m_terminal = terminal;
}

void InventoryEngine::setUser(const User &user)
{
    m_user = user;
    m_actor = user.name;
}

void InventoryEngine::clearUser()
{
    m_user.reset();
    m_actor = u"system"_s;
}

std::optional<Error> InventoryEngine::permit(Permission permission) const
{
    if (!m_user)
        return std::nullopt;
    return Permissions::check(*m_user, permission);
}

std::optional<Error> InventoryEngine::permitHold(const HoldRequest &request)
{
    if (request.holdCode.isEmpty())
        return permit(Permission::Sell);
    if (auto refused = permit(Permission::SellFromHoldCode))
        return refused;
    if (!m_user)
        return std::nullopt;
    auto codes = m_store.holdCodes();
    if (!codes)
        return codes.error();
    for (const HoldCode &code : *codes) {
        if (code.code != request.holdCode)
            continue;
        if (code.allows(m_user->role))
            return std::nullopt;
        return Error::forbidden(u"%1 (%2) may not sell seats kept for \"%3\""_s.arg(
            m_user->name, roleName(m_user->role), code.name));
    }
    return Error::notFound(u"no hold code \"%1\""_s.arg(request.holdCode));
}

Result<qint64> InventoryEngine::loadHoldTime()
{
    auto value = m_store.setting(QString::fromLatin1(HoldTimeSetting));
    if (!value)
        return value.error();
    if (value->isEmpty()) {
        m_defaultHoldMs = DefaultHoldMs;
        return m_defaultHoldMs;
    }
    bool ok = false;
    const qint64 ms = value->toLongLong(&ok);
    if (!ok || ms <= 0 || ms > kMaxHoldMs)
        return Error::invalidInput(
            u"the stored hold time \"%1\" is not a time in ms up to a day"_s.arg(*value));
    m_defaultHoldMs = ms;
    return ms;
}

Result<CallContext> InventoryEngine::context(const QString &key) const
{
    if (key.trimmed().isEmpty())
        return Error::invalidInput(u"every change needs an idempotency key"_s);
    if (key.size() > kMaxKeyLength)
        return Error::invalidInput(u"an idempotency key is at most %1 characters"_s.arg(kMaxKeyLength));
    return CallContext{key, m_actor, m_terminal, m_clock.nowMs()};
}

Result<Hold> InventoryEngine::hold(const HoldRequest &request, const QString &key)
{
    if (auto refused = permitHold(request))
        return *refused;
    if (auto e = checkHold(request))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    HoldRequest stamped = request;
    if (stamped.durationMs == 0)
        stamped.durationMs = m_defaultHoldMs;
    return m_store.hold(stamped, *ctx);
}

Result<Hold> InventoryEngine::holdBestAvailable(qint64 showId, const BestAvailableRequest &request,
                                                const QString &key, qint64 durationMs)
{
    if (auto refused = permit(Permission::Sell))
        return *refused;
    if (showId <= 0)
        return Error::invalidInput(u"no show given"_s);
    if (durationMs < 0 || durationMs > kMaxHoldMs)
        return Error::invalidInput(u"a hold lasts from 1 ms to %1 hours"_s.arg(kMaxHoldMs / 3'600'000));
    if (durationMs == 0)
        durationMs = m_defaultHoldMs;
    if (!request.wheelchair && (request.quantity <= 0 || request.quantity > MaxSeatsPerHold))
        return Error::invalidInput(u"best available takes 1 to %1 seats"_s.arg(MaxSeatsPerHold));
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    // A refused hold records nothing under its key, so trying again with the same key is safe: another
    // terminal may have taken a chosen seat between the choice and the claim.
    for (int attempt = 0;; ++attempt) {
        auto held = m_store.holdBestAvailable(showId, request, durationMs, *ctx);
        if (held || held.error().code != Error::Code::SeatUnavailable || held.error().seatIds.isEmpty() ||
            attempt >= 3)
            return held;
        ctx->nowMs = m_clock.nowMs();
    }
}

Result<Hold> InventoryEngine::holdBestFromCode(qint64 showId, const BestAvailableRequest &request,
                                               const QString &code, const QString &key, qint64 durationMs)
{
    HoldRequest hold;
    hold.showId = showId;
    hold.holdCode = code;
    hold.durationMs = durationMs == 0 ? m_defaultHoldMs : durationMs;
    // Refused before anything is read, in the same words as a hold of picked seats under the code.
    if (code.isEmpty())
        return Error::invalidInput(u"no hold code given"_s);
    if (auto refused = permitHold(hold))
        return *refused;
    const qint64 nowMs = m_clock.nowMs();
    auto show = m_store.show(showId, nowMs);
    if (!show)
        return show.error();
    auto map = m_store.seatMap(show->seatMapId);
    if (!map)
        return map.error();
    auto states = m_store.seatStates(showId, nowMs);
    if (!states)
        return states.error();
    QSet<QString> kept;
    for (const SeatState &seat : std::as_const(*states)) {
        if (seat.holdCode == code && seat.status == SeatState::Status::Blocked)
            kept.insert(seat.seatId);
    }
    auto seats = SeatSelector(*map).bestAvailable(kept, request);
    if (!seats)
        return seats.error();
    hold.seatIds = *seats;
    return this->hold(hold, key);
}

Result<Hold> InventoryEngine::release(qint64 holdId, const QString &key)
{
    if (auto refused = permit(Permission::Sell))
        return *refused;
    if (holdId <= 0)
        return Error::invalidInput(u"no hold given"_s);
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.release(holdId, *ctx);
}

Result<Order> InventoryEngine::createOrder(const OrderRequest &request, const QString &key)
{
    if (auto refused = permit(Permission::Sell))
        return *refused;
    if (request.holdId <= 0)
        return Error::invalidInput(u"no hold given"_s);
    if (auto e = checkCustomer(request.customer))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.createOrder(request, *ctx);
}

Result<Payment> InventoryEngine::pay(const PaymentRequest &request, const QString &key)
{
    if (auto refused = permit(request.method == Payment::Method::Comp ? Permission::Comp : Permission::Sell))
        return *refused;
    if (request.orderId <= 0)
        return Error::invalidInput(u"no order given"_s);
    if (request.exchangeDifference)
        return Error::invalidInput(u"an exchange's difference is charged by exchange(), not pay()"_s);
    if (!Money::isValidCurrency(request.currency))
        return Error::invalidInput(u"\"%1\" is not a currency code"_s.arg(request.currency));
    if (request.amountMinor < -1 || request.amountMinor == 0)
        return Error::invalidInput(u"a payment amount must be positive"_s);
    if (auto e = checkPayment(request.method, request.tenderedMinor, request.reason))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    auto recorded = m_store.pay(request, *ctx);
    if (!recorded || recorded->method != Payment::Method::Card)
        return recorded;
    return charge(*recorded);
}

Result<Order> InventoryEngine::confirm(qint64 orderId, const QString &key)
{
    if (auto refused = permit(Permission::Sell))
        return *refused;
    if (orderId <= 0)
        return Error::invalidInput(u"no order given"_s);
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.confirm(orderId, *ctx);
}

Result<Order> InventoryEngine::cancelOrder(qint64 orderId, const QString &reason, const QString &key)
{
    if (auto refused = permit(Permission::Sell))
        return *refused;
    if (orderId <= 0)
        return Error::invalidInput(u"no order given"_s);
    if (auto e = checkCardRefundable(orderId))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    auto cancelled = m_store.cancelOrder(orderId, reason.trimmed(), *ctx);
    if (cancelled && !completeRefunds(orderId).isEmpty())
        return m_store.order(orderId);
    return cancelled;
}

Result<Order> InventoryEngine::refund(const RefundRequest &request, const QString &key)
{
    if (auto refused = permit(Permission::Refund))
        return *refused;
    if (request.orderId <= 0)
        return Error::invalidInput(u"no order given"_s);
    for (qint64 id : request.itemIds) {
        if (id <= 0)
            return Error::invalidInput(u"bad order item %1"_s.arg(id));
    }
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    if (request.reason.size() > kMaxTextLength)
        return Error::invalidInput(u"a reason is limited to %1 characters"_s.arg(kMaxTextLength));
    if (auto e = checkCardRefundable(request.orderId))
        return *e;
    RefundRequest trimmed = request;
    trimmed.reason = request.reason.trimmed();
    auto refunded = m_store.refund(trimmed, *ctx);
    if (refunded && !completeRefunds(request.orderId).isEmpty())
        return m_store.order(request.orderId);
    return refunded;
}

Result<Order> InventoryEngine::exchange(const ExchangeRequest &request, const QString &key)
{
    if (auto refused = permit(Permission::Exchange))
        return *refused;
    if (request.orderId <= 0)
        return Error::invalidInput(u"no order given"_s);
    if (request.itemIds.isEmpty())
        return Error::invalidInput(u"choose the tickets to exchange"_s);
    QSet<qint64> seen;
    for (qint64 id : request.itemIds) {
        if (id <= 0 || seen.contains(id))
            return Error::invalidInput(u"bad or repeated order item %1"_s.arg(id));
        seen.insert(id);
    }
    if (auto e = checkHold(request.target))
        return *e;
    if (request.holdId != 0 || request.differencePaymentId != 0 || !request.differenceReference.isEmpty())
        return Error::invalidInput(u"an exchange's hold and card charge are the engine's to set"_s);
    if (auto e = checkPayment(request.method, request.tenderedMinor, request.reason))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    if (auto e = checkCardRefundable(request.orderId))
        return *e;
    if (request.method == Payment::Method::Card && !exchangeAnswered(request)) {
        auto difference = exchangeDifference(request);
        if (!difference)
            return difference.error();
        if (*difference > 0)
            return exchangeByCard(request, *difference, key);
    }
    auto exchanged = m_store.exchange(request, *ctx);
    if (exchanged && !completeRefunds(request.orderId).isEmpty())
        return m_store.order(request.orderId);
    return exchanged;
}

Result<QStringList> InventoryEngine::setBlocked(const BlockRequest &request, const QString &key)
{
    if (auto refused = permit(Permission::Block))
        return *refused;
    if (request.showId <= 0)
        return Error::invalidInput(u"no show given"_s);
    if (request.seatIds.isEmpty())
        return Error::invalidInput(u"no seats given"_s);
    if (auto e = checkSeatList(request.seatIds))
        return *e;
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.setBlocked(request, *ctx);
}

Result<Hold> InventoryEngine::extendHold(qint64 holdId, const QString &key)
{
    if (auto refused = permit(Permission::ExtendHold))
        return *refused;
    if (holdId <= 0)
        return Error::invalidInput(u"no hold given"_s);
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.extendHold(holdId, m_defaultHoldMs, *ctx);
}

Result<QStringList> InventoryEngine::setSeatsHoldCode(qint64 showId, const QStringList &seatIds,
                                                      const QString &code, const QString &key)
{
    if (auto refused = permit(Permission::Block))
        return *refused;
    if (showId <= 0)
        return Error::invalidInput(u"no show given"_s);
    if (seatIds.isEmpty())
        return Error::invalidInput(u"no seats given"_s);
    if (auto e = checkSeatList(seatIds))
        return *e;
    if (!code.isEmpty() && !HoldCode::isValidCode(code))
        return Error::invalidInput(u"\"%1\" is not a hold code"_s.arg(code));
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.setSeatsHoldCode(showId, seatIds, code, *ctx);
}

Result<qint64> InventoryEngine::moveShowToSeatMap(qint64 showId, qint64 seatMapId, const QString &key)
{
    if (auto refused = permit(Permission::EditSeatMaps))
        return *refused;
    if (showId <= 0 || seatMapId <= 0)
        return Error::invalidInput(u"give a show and a seat map"_s);
    auto ctx = context(key);
    if (!ctx)
        return ctx.error();
    return m_store.moveShowToSeatMap(showId, seatMapId, *ctx);
}

Result<SweepResult> InventoryEngine::sweepExpired()
{
    return m_store.sweepExpired(CallContext{QString(), m_actor, m_terminal, m_clock.nowMs()});
}

Result<Order> InventoryEngine::sell(const SaleRequest &request, const QString &key)
{
    // Everything a person could get wrong is checked before the first write, so a refused sale leaves no
    // trace.
    if (auto refused = permit(request.method == Payment::Method::Comp ? Permission::Comp : Permission::Sell))
        return *refused;
    if (!request.best) {
        if (auto refused = permitHold(request.hold))
            return *refused;
    }
    if (request.best) {
        if (request.hold.showId <= 0)
            return Error::invalidInput(u"no show given"_s);
        if (!request.best->wheelchair &&
            (request.best->quantity <= 0 || request.best->quantity > MaxSeatsPerHold))
            return Error::invalidInput(u"best available takes 1 to %1 seats"_s.arg(MaxSeatsPerHold));
        if (request.tenderedMinor >= 0 && request.best->categoryId.isEmpty())
            return Error::invalidInput(u"the price of best available seats is known only for one category: "
                                       "name it to give the cash tendered"_s);
    } else if (auto e = checkHold(request.hold)) {
        return *e;
    }
    if (auto e = checkCustomer(request.customer))
        return *e;
    if (auto e = checkPayment(request.method, request.tenderedMinor, request.reason))
        return *e;
    if (auto ctx = context(key); !ctx)
        return ctx.error();
    if (request.method == Payment::Method::Cash && request.tenderedMinor >= 0 && request.best) {
        auto show = m_store.show(request.hold.showId, m_clock.nowMs());
        if (!show)
            return show.error();
        if (!show->prices.contains(request.best->categoryId))
            return Error::invalidInput(
                u"show %1 has no category %2"_s.arg(show->id).arg(request.best->categoryId));
        const int seats = request.best->wheelchair ? 2 : request.best->quantity;
        const Money due{show->prices.value(request.best->categoryId) * seats, show->currency};
        if (request.tenderedMinor < due.minor) {
            return Error::invalidInput(u"%1 tendered is less than the %2 due"_s.arg(
                Money{request.tenderedMinor, due.currency}.toString(), due.toString()));
        }
    } else if (request.method == Payment::Method::Cash && request.tenderedMinor >= 0) {
        auto total = priceOf(request.hold);
        if (!total)
            return total.error();
        if (request.tenderedMinor < total->minor) {
            return Error::invalidInput(u"%1 tendered is less than the %2 due"_s.arg(
                Money{request.tenderedMinor, total->currency}.toString(), total->toString()));
        }
    }

    auto held = request.best ? holdBestAvailable(request.hold.showId, *request.best, key + u":hold"_s)
                             : hold(request.hold, key + u":hold"_s);
    if (!held)
        return held.error();
    if (held->status == Hold::Status::Active) {
        // A replayed hold may belong to an earlier attempt under this key that was given up.
        auto current = m_store.holdById(held->id, m_clock.nowMs());
        if (!current)
            return current.error();
        if (current->status == Hold::Status::Released) {
            return Error::invalidState(
                u"the sale under key \"%1\" was abandoned earlier; start it again with a new key"_s.arg(key));
        }
    }
    auto order = createOrder({held->id, request.customer}, key + u":order"_s);
    if (!order) {
        if (held->status == Hold::Status::Active)
            (void)release(held->id, key + u":release"_s);
        return order.error();
    }
    if (order->status == Order::Status::PendingPayment && order->balanceMinor() > 0) {
        PaymentRequest payment;
        payment.orderId = order->id;
        payment.method = request.method;
        payment.currency = order->currency;
        payment.tenderedMinor = request.tenderedMinor;
        payment.reason = request.reason;
        auto paid = pay(payment, key + u":pay"_s);
        if (!paid) {
            (void)cancelOrder(order->id, u"payment refused"_s, key + u":cancel"_s);
            return paid.error();
        }
        if (paid->status == Payment::Status::Failed) {
            // Declined: the seats go back at once; the clerk starts again with another method.
            (void)cancelOrder(order->id, u"card declined"_s, key + u":cancel"_s);
            return Error::paymentDeclined(u"the card was declined; order %1 is cancelled and its seats are "
                                          "free again"_s.arg(order->number));
        }
        if (paid->status == Payment::Status::Processing)
            return m_store.order(order->id); // pending_payment, seats kept, listed to resolve
    }
    auto confirmed = confirm(order->id, key + u":confirm"_s);
    if (!confirmed && confirmed.error().code == Error::Code::InvalidState) {
        // Repeating a sale whose card payment reconciliation confirmed meanwhile: that is the answer.
        auto current = m_store.order(order->id);
        if (current && current->status == Order::Status::Confirmed)
            return current;
    }
    return confirmed;
}

Result<Money> InventoryEngine::priceOf(const HoldRequest &request)
{
    const qint64 now = m_clock.nowMs();
    auto show = m_store.show(request.showId, now);
    if (!show)
        return show.error();
    qint64 total = 0;
    if (!request.seatIds.isEmpty()) {
        auto seats = m_store.seatStates(request.showId, now);
        if (!seats)
            return seats.error();
        const QSet<QString> wanted(request.seatIds.cbegin(), request.seatIds.cend());
        for (const SeatState &s : *seats) {
            if (wanted.contains(s.seatId))
                total += show->prices.value(s.categoryId);
        }
    }
    if (!request.ga.isEmpty()) {
        auto areas = m_store.gaStates(request.showId, now);
        if (!areas)
            return areas.error();
        for (const GaQuantity &g : request.ga) {
            for (const GaAreaState &a : *areas) {
                if (a.areaId == g.areaId)
                    total += show->prices.value(a.categoryId) * g.quantity;
            }
        }
    }
    return Money{total, show->currency};
}

} // namespace Parterre
