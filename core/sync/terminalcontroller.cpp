#include "terminalcontroller.h"

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "seatmap/seatmapformat.h"
#include "store/storecodec.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

enum class Who
{
    Readers, // every terminal role
    Sellers, // clerk, supervisor, admin
    Supervisors,
    Organizers,
    Keepers, // supervisor or organizer (house seats)
    Admins
};

struct Call
{
    const char *name;
    bool change;
    Who who;
};

constexpr Call kCalls[] = {
    {"venues", false, Who::Readers},
    {"events", false, Who::Readers},
    {"shows", false, Who::Readers},
    {"show", false, Who::Readers},
    {"seat-map", false, Who::Readers},
    {"seats", false, Who::Readers},
    {"ga", false, Who::Readers},
    {"hold", false, Who::Readers},
    {"order", false, Who::Readers},
    {"changes", false, Who::Readers},
    {"last-seq", false, Who::Readers},
    {"order-of-payment", false, Who::Readers},
    {"verify", false, Who::Supervisors},
    {"payments-to-resolve", false, Who::Readers},
    {"payment", false, Who::Readers},
    {"find-orders", false, Who::Readers},
    {"users", false, Who::Readers},
    {"user-credentials", false, Who::Sellers},
    {"hold-codes", false, Who::Readers},
    {"setting", false, Who::Readers},
    {"drawer-session", false, Who::Readers},
    {"drawer-sessions", false, Who::Readers},
    {"settle-payment", true, Who::Sellers},
    {"record-pin-attempt", true, Who::Sellers},
    {"extend-hold", true, Who::Sellers},
    {"open-drawer", true, Who::Sellers},
    {"close-drawer", true, Who::Sellers},
    {"ledger", false, Who::Readers},
    {"ticket-sales", false, Who::Readers},
    {"exchange", true, Who::Supervisors},
    {"create-user", true, Who::Admins},
    {"set-user-active", true, Who::Admins},
    {"set-user-pin", true, Who::Admins},
    {"set-setting", true, Who::Admins},
    {"create-hold-code", true, Who::Organizers},
    {"set-seats-hold-code", true, Who::Keepers},
    {"create-venue", true, Who::Organizers},
    {"add-seat-map", true, Who::Organizers},
    {"create-event", true, Who::Organizers},
    {"create-show", true, Who::Organizers},
    {"move-show", true, Who::Organizers},
    {"hold", true, Who::Sellers},
    {"hold-best", true, Who::Sellers},
    {"release", true, Who::Sellers},
    {"create-order", true, Who::Sellers},
    {"pay", true, Who::Sellers},
    {"confirm", true, Who::Sellers},
    {"cancel-order", true, Who::Sellers},
    {"sweep", true, Who::Sellers},
    {"refund", true, Who::Supervisors},
    {"set-blocked", true, Who::Supervisors},
};

bool allowed(Who who, const QString &role)
{
    if (role == u"admin"_s)
        return true;
    switch (who) {
    case Who::Readers:
        return role == u"clerk"_s || role == u"supervisor"_s || role == u"organizer"_s;
    case Who::Sellers:
        return role == u"clerk"_s || role == u"supervisor"_s;
    case Who::Supervisors:
        return role == u"supervisor"_s;
    case Who::Organizers:
        return role == u"organizer"_s;
    case Who::Keepers:
        return role == u"supervisor"_s || role == u"organizer"_s;
    case Who::Admins:
        return false; // admin was let through above
    }
    return false;
}

HttpReply badRequest(const QString &detail)
{
    return HttpReply::problem(400, u"invalid-request"_s, u"The request is not valid"_s, detail);
}

// An id from the query (?id=, ?show=, ...): digits only, at most 15 of them.
std::optional<qint64> idArgument(const SyncRequest &request, const QString &name)
{
    const QString text = request.query.queryItemValue(name);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 0 || text.size() > 15)
        return std::nullopt;
    return id;
}

std::optional<qint64> idField(const QJsonObject &body, const char *key)
{
    const QJsonValue v = body.value(QLatin1StringView(key));
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
        return std::nullopt;
    return v.toInteger();
}

template<typename T>
HttpReply answer(const Result<T> &result)
{
    if (!result)
        return HttpReply::fromError(result.error());
    return HttpReply::json(result->toJson());
}

template<typename T>
HttpReply answerList(const Result<QList<T>> &result)
{
    if (!result)
        return HttpReply::fromError(result.error());
    return HttpReply::json(StoreCodec::encodeList(*result));
}

HttpReply answerId(const Result<qint64> &result, const QString &key = u"id"_s)
{
    if (!result)
        return HttpReply::fromError(result.error());
    return HttpReply::json({{key, *result}});
}

template<typename T>
std::optional<HttpReply> decodeFailed(const Result<T> &decoded)
{
    if (decoded)
        return std::nullopt;
    return HttpReply::fromError(decoded.error());
}

} // namespace

HttpReply TerminalController::handle(const SyncRequest &request, const QJsonObject &body)
{
    const QString op = operation(request.path);
    const bool wantsChange = request.method == "POST";
    const Call *found = nullptr;
    bool known = false;
    for (const Call &call : kCalls) {
        if (op != QLatin1StringView(call.name))
            continue;
        known = true;
        if (call.change == wantsChange)
            found = &call;
    }
    if (!known)
        return HttpReply::problem(404, u"not-found"_s, u"Not found"_s, u"no terminal call \"%1\""_s.arg(op));
    if (!found) {
        HttpReply reply = HttpReply::problem(
            405, u"method-not-allowed"_s, u"Method not allowed"_s,
            u"/v1/terminal/%1 is not called with %2"_s.arg(op, QString::fromLatin1(request.method)));
        reply.headers.append(
            {QByteArrayLiteral("Allow"), wantsChange ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST")});
        return reply;
    }
    if (!allowed(found->who, request.role)) {
        return HttpReply::problem(403, u"forbidden"_s, u"Not allowed for this role"_s,
                                  u"a %1 token may not call %2"_s.arg(request.role, request.path));
    }
    return wantsChange ? change(op, request, body) : read(op, request);
}

HttpReply TerminalController::read(const QString &op, const SyncRequest &request)
{
    const qint64 now = m_clock.nowMs();
    auto id = [&](const QString &name) { return idArgument(request, name); };
    if (op == u"venues"_s)
        return answerList(m_store.venues());
    if (op == u"events"_s)
        return answerList(m_store.events());
    if (op == u"last-seq"_s)
        return answerId(m_store.lastSeq(), u"seq"_s);
    if (op == u"verify"_s)
        return answerList(m_store.verify(now));
    if (op == u"users"_s)
        return answerList(m_store.users());
    if (op == u"hold-codes"_s)
        return answerList(m_store.holdCodes());
    if (op == u"user-credentials"_s) {
        auto credentials = m_store.userCredentials(request.query.queryItemValue(u"user"_s));
        if (!credentials)
            return HttpReply::fromError(credentials.error());
        return HttpReply::json(StoreCodec::encode(*credentials));
    }
    if (op == u"setting"_s) {
        auto value = m_store.setting(request.query.queryItemValue(u"key"_s));
        if (!value)
            return HttpReply::fromError(value.error());
        return HttpReply::json({{u"value"_s, *value}});
    }
    if (op == u"ledger"_s || op == u"ticket-sales"_s) {
        LedgerFilter filter;
        bool fromOk = false;
        bool toOk = false;
        filter.fromMs = request.query.queryItemValue(u"from_ms"_s).toLongLong(&fromOk);
        filter.toMs = request.query.queryItemValue(u"to_ms"_s).toLongLong(&toOk);
        if (!fromOk || !toOk || filter.fromMs < 0 || filter.toMs < 0)
            return badRequest(u"?from_ms= and ?to_ms= must be times in ms"_s);
        filter.terminal = request.query.queryItemValue(u"terminal"_s);
        filter.actor = request.query.queryItemValue(u"actor"_s);
        if (op == u"ledger"_s)
            return answerList(m_store.ledger(filter));
        return answerList(m_store.ticketSales(filter));
    }
    if (op == u"drawer-sessions"_s)
        return answerList(m_store.drawerSessions(request.query.queryItemValue(u"open_only"_s) == u"1"_s));
    if (op == u"payments-to-resolve"_s || op == u"find-orders"_s) {
        bool valid = false;
        const int limit = request.query.queryItemValue(u"limit"_s).toInt(&valid);
        if (!valid || limit < 1 || limit > 10'000)
            return badRequest(u"?limit= must be 1 to 10000"_s);
        if (op == u"payments-to-resolve"_s)
            return answerList(m_store.paymentsToResolve(limit));
        return answerList(m_store.findOrders(request.query.queryItemValue(u"q"_s), limit));
    }
    if (op == u"shows"_s) {
        const auto event = request.query.hasQueryItem(u"event"_s) ? id(u"event"_s) : std::optional<qint64>(0);
        if (!event)
            return badRequest(u"?event= must be an id"_s);
        return answerList(m_store.shows(*event, now));
    }
    const bool byShow = op == u"seats"_s || op == u"ga"_s;
    const auto which = id(byShow ? u"show"_s : u"id"_s);
    if (!which)
        return badRequest(u"?%1= must be an id"_s.arg(byShow ? u"show"_s : u"id"_s));
    if (op == u"show"_s) {
        auto show = m_store.show(*which, now);
        if (!show)
            return HttpReply::fromError(show.error());
        return HttpReply::json(StoreCodec::encode(*show));
    }
    if (op == u"seat-map"_s) {
        auto map = m_store.seatMap(*which);
        if (!map)
            return HttpReply::fromError(map.error());
        return HttpReply::raw(SeatMapFormat::write(*map), QByteArrayLiteral("application/json"));
    }
    if (op == u"seats"_s)
        return answerList(m_store.seatStates(*which, now));
    if (op == u"ga"_s)
        return answerList(m_store.gaStates(*which, now));
    if (op == u"hold"_s)
        return answer(m_store.holdById(*which, now));
    if (op == u"order"_s)
        return answer(m_store.order(*which));
    if (op == u"order-of-payment"_s)
        return answerId(m_store.orderOfPayment(*which));
    if (op == u"payment"_s)
        return answer(m_store.payment(*which));
    if (op == u"drawer-session"_s)
        return answer(m_store.drawerSession(*which));
    return HttpReply::problem(404, u"not-found"_s, u"Not found"_s, u"no terminal call \"%1\""_s.arg(op));
}

HttpReply TerminalController::change(const QString &op, const SyncRequest &request, const QJsonObject &body)
{
    // Who did it: the person the terminal names (its clerk), at the terminal the token names.
    QString actor = QString::fromUtf8(QByteArray::fromPercentEncoding(request.actor)).trimmed();
    if (actor.isEmpty() || actor.size() > 200)
        actor = request.tokenName;
    const CallContext ctx{request.key, actor, request.tokenName, m_clock.nowMs()};
    m_engine.setActor(actor, request.tokenName);

    if (op == u"create-venue"_s) {
        auto venue = StoreCodec::decodeVenue(body);
        if (auto bad = decodeFailed(venue))
            return *bad;
        return answerId(m_store.createVenue(*venue, ctx));
    }
    if (op == u"add-seat-map"_s) {
        const auto venue = idField(body, "venue_id");
        if (!venue || !body.value("map"_L1).isObject())
            return badRequest(u"the body is {\"venue_id\": id, \"map\": seat map}"_s);
        auto map = SeatMapFormat::read(QJsonDocument(body.value("map"_L1).toObject()).toJson());
        if (auto bad = decodeFailed(map))
            return *bad;
        return answerId(m_store.addSeatMap(*venue, *map, ctx));
    }
    if (op == u"create-event"_s) {
        auto event = StoreCodec::decodeEvent(body);
        if (auto bad = decodeFailed(event))
            return *bad;
        return answerId(m_store.createEvent(*event, ctx));
    }
    if (op == u"create-show"_s) {
        auto show = StoreCodec::decodeNewShow(body);
        if (auto bad = decodeFailed(show))
            return *bad;
        return answerId(m_store.createShow(*show, ctx));
    }
    if (op == u"move-show"_s) {
        const auto show = idField(body, "show_id");
        const auto map = idField(body, "seat_map_id");
        if (!show || !map)
            return badRequest(u"the body is {\"show_id\": id, \"seat_map_id\": id}"_s);
        return answerId(m_engine.moveShowToSeatMap(*show, *map, ctx.idempotencyKey));
    }
    if (op == u"hold"_s) {
        auto hold = StoreCodec::decodeHoldRequest(body);
        if (auto bad = decodeFailed(hold))
            return *bad;
        return answer(m_engine.hold(*hold, ctx.idempotencyKey));
    }
    if (op == u"hold-best"_s) {
        const auto show = idField(body, "show_id");
        const auto duration = idField(body, "duration_ms");
        if (!show || !duration || !body.value("best"_L1).isObject())
            return badRequest(u"the body is {\"show_id\": id, \"best\": {…}, \"duration_ms\": n}"_s);
        auto best = StoreCodec::decodeBestAvailableRequest(body.value("best"_L1).toObject());
        if (auto bad = decodeFailed(best))
            return *bad;
        return answer(m_engine.holdBestAvailable(*show, *best, ctx.idempotencyKey, *duration));
    }
    if (op == u"release"_s) {
        const auto hold = idField(body, "hold_id");
        if (!hold)
            return badRequest(u"the body is {\"hold_id\": id}"_s);
        return answer(m_engine.release(*hold, ctx.idempotencyKey));
    }
    if (op == u"create-order"_s) {
        auto order = StoreCodec::decodeOrderRequest(body);
        if (auto bad = decodeFailed(order))
            return *bad;
        return answer(m_engine.createOrder(*order, ctx.idempotencyKey));
    }
    if (op == u"pay"_s) {
        auto payment = StoreCodec::decodePaymentRequest(body);
        if (auto bad = decodeFailed(payment))
            return *bad;
        // A card is charged by the terminal's own card device: its engine asks the store to record the
        // payment as processing (this call), charges, then settles it. The host records; it charges nothing.
        if (payment->method == Payment::Method::Card)
            return answer(m_store.pay(*payment, ctx));
        return answer(m_engine.pay(*payment, ctx.idempotencyKey));
    }
    if (op == u"confirm"_s || op == u"cancel-order"_s) {
        const auto order = idField(body, "order_id");
        if (!order)
            return badRequest(u"the body is {\"order_id\": id, …}"_s);
        if (op == u"confirm"_s)
            return answer(m_engine.confirm(*order, ctx.idempotencyKey));
        if (!body.value("reason"_L1).isString())
            return badRequest(u"\"reason\" must be a string"_s);
        return answer(m_engine.cancelOrder(*order, body.value("reason"_L1).toString(), ctx.idempotencyKey));
    }
    if (op == u"refund"_s) {
        auto refund = StoreCodec::decodeRefundRequest(body);
        if (auto bad = decodeFailed(refund))
            return *bad;
        return answer(m_engine.refund(*refund, ctx.idempotencyKey));
    }
    if (op == u"set-blocked"_s) {
        auto block = StoreCodec::decodeBlockRequest(body);
        if (auto bad = decodeFailed(block))
            return *bad;
        auto seats = m_engine.setBlocked(*block, ctx.idempotencyKey);
        if (!seats)
            return HttpReply::fromError(seats.error());
        return HttpReply::json({{u"items"_s, QJsonArray::fromStringList(*seats)}});
    }
    if (op == u"sweep"_s)
        return answer(m_engine.sweepExpired());
    if (op == u"settle-payment"_s) {
        auto settlement = StoreCodec::decodePaymentSettlement(body);
        if (auto bad = decodeFailed(settlement))
            return *bad;
        return answer(m_store.settlePayment(*settlement, ctx));
    }
    if (op == u"record-pin-attempt"_s) {
        const auto user = idField(body, "user_id");
        const auto maxFailures = idField(body, "max_failures");
        const auto lockMs = idField(body, "lock_ms");
        if (!user || !maxFailures || !lockMs || !body.value("success"_L1).isBool())
            return badRequest(u"the body is {\"user_id\", \"success\", \"max_failures\", \"lock_ms\"}"_s);
        auto credentials = m_store.recordPinAttempt(*user, body.value("success"_L1).toBool(),
                                                    int(*maxFailures), *lockMs, ctx);
        if (!credentials)
            return HttpReply::fromError(credentials.error());
        return HttpReply::json(StoreCodec::encode(*credentials));
    }
    if (op == u"extend-hold"_s) {
        const auto hold = idField(body, "hold_id");
        const auto by = idField(body, "by_ms");
        if (!hold || !by || *by <= 0 || *by > 24 * 3600 * 1000)
            return badRequest(u"the body is {\"hold_id\": id, \"by_ms\": 1 ms to 24 h}"_s);
        return answer(m_store.extendHold(*hold, *by, ctx));
    }
    if (op == u"exchange"_s) {
        auto exchange = StoreCodec::decodeExchangeRequest(body);
        if (auto bad = decodeFailed(exchange))
            return *bad;
        return answer(m_store.exchange(*exchange, ctx));
    }
    const auto pinOf = [](const QJsonObject &o) {
        return PinDigest{o.value("salt"_L1).toString().toLatin1(), o.value("hash"_L1).toString().toLatin1(),
                         int(o.value("iterations"_L1).toInteger())};
    };
    if (op == u"create-user"_s) {
        if (!body.value("user"_L1).isObject() || !body.value("pin"_L1).isObject())
            return badRequest(u"the body is {\"user\": {…}, \"pin\": {…}}"_s);
        return answer(m_store.createUser(User::fromJson(body.value("user"_L1).toObject()),
                                         pinOf(body.value("pin"_L1).toObject()), ctx));
    }
    if (op == u"set-user-active"_s || op == u"set-user-pin"_s) {
        const auto user = idField(body, "user_id");
        if (!user)
            return badRequest(u"the body needs \"user_id\""_s);
        if (op == u"set-user-active"_s) {
            if (!body.value("active"_L1).isBool())
                return badRequest(u"\"active\" must be true or false"_s);
            return answer(m_store.setUserActive(*user, body.value("active"_L1).toBool(), ctx));
        }
        if (!body.value("pin"_L1).isObject())
            return badRequest(u"\"pin\" must be an object"_s);
        return answer(m_store.setUserPin(*user, pinOf(body.value("pin"_L1).toObject()), ctx));
    }
    if (op == u"set-setting"_s) {
        if (!body.value("key"_L1).isString() || !body.value("value"_L1).isString())
            return badRequest(u"the body is {\"key\": text, \"value\": text}"_s);
        auto value =
            m_store.setSetting(body.value("key"_L1).toString(), body.value("value"_L1).toString(), ctx);
        if (!value)
            return HttpReply::fromError(value.error());
        return HttpReply::json({{u"value"_s, *value}});
    }
    if (op == u"create-hold-code"_s)
        return answer(m_store.createHoldCode(HoldCode::fromJson(body), ctx));
    if (op == u"set-seats-hold-code"_s) {
        const auto show = idField(body, "show_id");
        if (!show || !body.value("seat_ids"_L1).isArray() || !body.value("code"_L1).isString())
            return badRequest(u"the body is {\"show_id\", \"seat_ids\", \"code\"}"_s);
        QStringList seats;
        for (const QJsonValue &v : body.value("seat_ids"_L1).toArray())
            seats.append(v.toString());
        auto kept = m_store.setSeatsHoldCode(*show, seats, body.value("code"_L1).toString(), ctx);
        if (!kept)
            return HttpReply::fromError(kept.error());
        return HttpReply::json({{u"items"_s, QJsonArray::fromStringList(*kept)}});
    }
    if (op == u"open-drawer"_s) {
        if (!body.value("currency"_L1).isString())
            return badRequest(u"the body is a drawer session"_s);
        return answer(m_store.openDrawer(DrawerSession::fromJson(body), ctx));
    }
    if (op == u"close-drawer"_s) {
        const auto session = idField(body, "session_id");
        const auto counted = idField(body, "counted_minor");
        if (!session || !counted)
            return badRequest(u"the body is {\"session_id\": id, \"counted_minor\": n}"_s);
        return answer(m_store.closeDrawer(*session, *counted, ctx));
    }
    return HttpReply::problem(404, u"not-found"_s, u"Not found"_s, u"no terminal call \"%1\""_s.arg(op));
}

} // namespace Parterre
