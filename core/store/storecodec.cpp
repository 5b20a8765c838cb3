#include "storecodec.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parterre::StoreCodec {

namespace {

// Reads the fields of one message, remembering the first one that is missing or of the wrong type.
class Fields
{
public:
    Fields(const QJsonObject &o, const char *what)
        : m_object(o)
        , m_what(what)
    {}

    qint64 integer(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d || std::abs(d) > 9007199254740992.0) {
            fail(key, "an integer");
            return 0;
        }
        return qint64(d);
    }
    QString text(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (!v.isString())
            fail(key, "a string");
        return v.toString();
    }
    bool flag(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (!v.isBool())
            fail(key, "true or false");
        return v.toBool();
    }
    QStringList texts(const char *key)
    {
        QStringList out;
        for (const QJsonValue &v : array(key)) {
            if (!v.isString()) {
                fail(key, "an array of strings");
                return {};
            }
            out.append(v.toString());
        }
        return out;
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (!v.isArray())
            fail(key, "an array");
        return v.toArray();
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (!v.isObject())
            fail(key, "an object");
        return v.toObject();
    }
    QHash<QString, qint64> prices(const char *key)
    {
        QHash<QString, qint64> out;
        const QJsonObject o = object(key);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isDouble()) {
                fail(key, "an object of integers");
                return {};
            }
            out.insert(it.key(), it.value().toInteger());
        }
        return out;
    }
    SeatState::Status seatStatus(const char *key)
    {
        SeatState::Status status = SeatState::Status::Available;
        if (!SeatState::statusFromName(text(key), &status))
            fail(key, "a seat status");
        return status;
    }

    template<typename T>
    Result<T> result(T value) const
    {
        if (!m_problem.isEmpty())
            return Error::invalidInput(m_problem);
        return value;
    }

private:
    void fail(const char *key, const char *expected)
    {
        if (m_problem.isEmpty())
            m_problem = u"%1: \"%2\" must be %3"_s.arg(QLatin1StringView(m_what), QLatin1StringView(key),
                                                       QLatin1StringView(expected));
    }

    const QJsonObject &m_object;
    const char *m_what;
    QString m_problem;
};

QJsonObject pricesJson(const QHash<QString, qint64> &prices)
{
    QJsonObject o;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QJsonObject encode(const Venue &venue)
{
    return {{u"id"_s, venue.id},
            {u"name"_s, venue.name},
            {u"city"_s, venue.city},
            {u"time_zone"_s, venue.timeZone}};
}

Result<Venue> decodeVenue(const QJsonObject &o)
{
    Fields f(o, "venue");
    Venue v;
    v.id = f.integer("id");
    v.name = f.text("name");
    v.city = f.text("city");
    v.timeZone = f.text("time_zone");
    return f.result(v);
}

QJsonObject encode(const Event &event)
{
    return event.toJson();
}

Result<Event> decodeEvent(const QJsonObject &o)
{
    Fields f(o, "event");
    Event e;
    e.id = f.integer("id");
    e.name = f.text("name");
    e.performer = f.text("performer");
    e.description = f.text("description");
    return f.result(e);
}

QJsonObject encode(const Show &show)
{
    return show.toJson();
}

Result<Show> decodeShow(const QJsonObject &o)
{
    Fields f(o, "show");
    Show s;
    s.id = f.integer("id");
    s.eventId = f.integer("event_id");
    s.eventName = f.text("event");
    s.venueId = f.integer("venue_id");
    s.venueName = f.text("venue");
    s.city = f.text("city");
    s.timeZone = f.text("time_zone");
    s.seatMapId = f.integer("seat_map_id");
    s.startsAtMs = f.integer("starts_at_ms");
    s.currency = f.text("currency");
    s.prices = f.prices("prices");
    s.seatCount = int(f.integer("seat_count"));
    s.availableCount = int(f.integer("available"));
    return f.result(s);
}

QJsonObject encode(const SeatState &state)
{
    return state.toJson();
}

Result<SeatState> decodeSeatState(const QJsonObject &o)
{
    Fields f(o, "seat");
    SeatState s;
    s.seatId = f.text("id");
    s.section = f.text("section");
    s.row = f.text("row");
    s.label = f.text("label");
    s.categoryId = f.text("category");
    s.status = f.seatStatus("status");
    s.version = f.integer("version");
    s.holdCode = o.value("hold_code"_L1).toString(); // only present for seats kept under a code
    return f.result(s);
}

QJsonObject encode(const GaAreaState &state)
{
    return state.toJson();
}

Result<GaAreaState> decodeGaAreaState(const QJsonObject &o)
{
    Fields f(o, "standing area");
    GaAreaState s;
    s.areaId = f.text("area");
    s.name = f.text("name");
    s.categoryId = f.text("category");
    s.capacity = int(f.integer("capacity"));
    s.available = int(f.integer("available"));
    s.held = int(f.integer("held"));
    s.sold = int(f.integer("sold"));
    s.blocked = int(f.integer("blocked"));
    return f.result(s);
}

QJsonObject encode(const Change &change)
{
    return {{u"seq"_s, change.seq},         {u"show_id"_s, change.showId},
            {u"seat_id"_s, change.seatId},  {u"ga_area"_s, change.gaAreaId},
            {u"ga_unit"_s, change.gaUnit},  {u"status"_s, SeatState::statusName(change.status)},
            {u"version"_s, change.version}, {u"at_ms"_s, change.atMs}};
}

Result<Change> decodeChange(const QJsonObject &o)
{
    Fields f(o, "change");
    Change c;
    c.seq = f.integer("seq");
    c.showId = f.integer("show_id");
    c.seatId = f.text("seat_id");
    c.gaAreaId = f.text("ga_area");
    c.gaUnit = int(f.integer("ga_unit"));
    c.status = f.seatStatus("status");
    c.version = f.integer("version");
    c.atMs = f.integer("at_ms");
    return f.result(c);
}

QJsonObject encode(const Violation &violation)
{
    return {{u"rule"_s, violation.rule}, {u"detail"_s, violation.detail}};
}

Result<Violation> decodeViolation(const QJsonObject &o)
{
    Fields f(o, "violation");
    Violation v;
    v.rule = f.text("rule");
    v.detail = f.text("detail");
    return f.result(v);
}

QJsonObject encode(const NewShow &show)
{
    return {{u"event_id"_s, show.eventId},
            {u"seat_map_id"_s, show.seatMapId},
            {u"starts_at_ms"_s, show.startsAtMs},
            {u"currency"_s, show.currency},
            {u"prices"_s, pricesJson(show.prices)}};
}

Result<NewShow> decodeNewShow(const QJsonObject &o)
{
    Fields f(o, "new show");
    NewShow s;
    s.eventId = f.integer("event_id");
    s.seatMapId = f.integer("seat_map_id");
    s.startsAtMs = f.integer("starts_at_ms");
    s.currency = f.text("currency");
    s.prices = f.prices("prices");
    return f.result(s);
}

QJsonObject encode(const HoldRequest &request)
{
    QJsonArray ga;
    for (const GaQuantity &g : request.ga)
        ga.append(QJsonObject{{u"area"_s, g.areaId}, {u"quantity"_s, g.quantity}});
    return {{u"show_id"_s, request.showId},
            {u"seat_ids"_s, QJsonArray::fromStringList(request.seatIds)},
            {u"ga"_s, ga},
            {u"duration_ms"_s, request.durationMs},
            {u"hold_code"_s, request.holdCode}};
}

Result<HoldRequest> decodeHoldRequest(const QJsonObject &o)
{
    Fields f(o, "hold");
    HoldRequest r;
    r.showId = f.integer("show_id");
    r.seatIds = f.texts("seat_ids");
    r.durationMs = f.integer("duration_ms");
    r.holdCode = f.text("hold_code");
    for (const QJsonValue &v : f.array("ga")) {
        const QJsonObject g = v.toObject();
        Fields gf(g, "hold.ga");
        GaQuantity q;
        q.areaId = gf.text("area");
        q.quantity = int(gf.integer("quantity"));
        auto checked = gf.result(q);
        if (!checked)
            return checked.error();
        r.ga.append(q);
    }
    return f.result(r);
}

QJsonObject encode(const BestAvailableRequest &request)
{
    return {{u"category"_s, request.categoryId},
            {u"quantity"_s, request.quantity},
            {u"wheelchair"_s, request.wheelchair}};
}

Result<BestAvailableRequest> decodeBestAvailableRequest(const QJsonObject &o)
{
    Fields f(o, "best available");
    BestAvailableRequest r;
    r.categoryId = f.text("category");
    r.quantity = int(f.integer("quantity"));
    r.wheelchair = f.flag("wheelchair");
    return f.result(r);
}

QJsonObject encode(const OrderRequest &request)
{
    return {{u"hold_id"_s, request.holdId},
            {u"customer"_s, QJsonObject{{u"name"_s, request.customer.name},
                                        {u"email"_s, request.customer.email},
                                        {u"phone"_s, request.customer.phone}}}};
}

Result<OrderRequest> decodeOrderRequest(const QJsonObject &o)
{
    Fields f(o, "order");
    OrderRequest r;
    r.holdId = f.integer("hold_id");
    const QJsonObject customer = f.object("customer");
    Fields cf(customer, "order.customer");
    r.customer.name = cf.text("name");
    r.customer.email = cf.text("email");
    r.customer.phone = cf.text("phone");
    if (auto checked = cf.result(r.customer); !checked)
        return checked.error();
    return f.result(r);
}

QJsonObject encode(const PaymentRequest &request)
{
    return {{u"order_id"_s, request.orderId},
            {u"method"_s, Payment::methodName(request.method)},
            {u"amount_minor"_s, request.amountMinor},
            {u"currency"_s, request.currency},
            {u"tendered_minor"_s, request.tenderedMinor},
            {u"reason"_s, request.reason}};
}

Result<PaymentRequest> decodePaymentRequest(const QJsonObject &o)
{
    Fields f(o, "payment");
    PaymentRequest r;
    r.orderId = f.integer("order_id");
    const QString method = f.text("method");
    r.amountMinor = f.integer("amount_minor");
    r.currency = f.text("currency");
    r.tenderedMinor = f.integer("tendered_minor");
    r.reason = f.text("reason");
    auto checked = f.result(r);
    if (!checked)
        return checked.error();
    if (!Payment::methodFromName(method, &r.method))
        return Error::invalidInput(u"payment: \"%1\" is not a payment method"_s.arg(method));
    return r;
}

QJsonObject encode(const RefundRequest &request)
{
    QJsonArray items;
    for (qint64 id : request.itemIds)
        items.append(id);
    return {{u"order_id"_s, request.orderId}, {u"item_ids"_s, items}, {u"reason"_s, request.reason}};
}

Result<RefundRequest> decodeRefundRequest(const QJsonObject &o)
{
    Fields f(o, "refund");
    RefundRequest r;
    r.orderId = f.integer("order_id");
    r.reason = f.text("reason");
    for (const QJsonValue &v : f.array("item_ids")) {
        if (!v.isDouble())
            return Error::invalidInput(u"refund: \"item_ids\" must be an array of integers"_s);
        r.itemIds.append(v.toInteger());
    }
    return f.result(r);
}

QJsonObject encode(const BlockRequest &request)
{
    return {{u"show_id"_s, request.showId},
            {u"seat_ids"_s, QJsonArray::fromStringList(request.seatIds)},
            {u"block"_s, request.block},
            {u"reason"_s, request.reason}};
}

Result<BlockRequest> decodeBlockRequest(const QJsonObject &o)
{
    Fields f(o, "block");
    BlockRequest r;
    r.showId = f.integer("show_id");
    r.seatIds = f.texts("seat_ids");
    r.block = f.flag("block");
    r.reason = f.text("reason");
    return f.result(r);
}

QJsonObject encode(const PaymentSettlement &settlement)
{
    return {{u"payment_id"_s, settlement.paymentId},
            {u"succeeded"_s, settlement.succeeded},
            {u"provider_reference"_s, settlement.providerReference},
            {u"message"_s, settlement.message}};
}

Result<PaymentSettlement> decodePaymentSettlement(const QJsonObject &o)
{
    Fields f(o, "settlement");
    PaymentSettlement s;
    s.paymentId = f.integer("payment_id");
    s.succeeded = f.flag("succeeded");
    s.providerReference = f.text("provider_reference");
    s.message = f.text("message");
    return f.result(s);
}

QJsonObject encode(const PaymentToResolve &item)
{
    return item.toJson();
}

Result<PaymentToResolve> decodePaymentToResolve(const QJsonObject &o)
{
    Fields f(o, "payment to resolve");
    PaymentToResolve item;
    item.payment = Payment::fromJson(o);
    item.orderNumber = f.text("order_number");
    item.orderStatus = Order::statusFromName(f.text("order_status"));
    item.showId = f.integer("show_id");
    return f.result(item);
}

QJsonObject encode(const OrderSummary &summary)
{
    return summary.toJson();
}

Result<OrderSummary> decodeOrderSummary(const QJsonObject &o)
{
    Fields f(o, "order summary");
    OrderSummary s;
    s.id = f.integer("order_id");
    s.number = f.text("order_number");
    s.showId = f.integer("show_id");
    s.status = Order::statusFromName(f.text("status"));
    const QJsonObject customer = f.object("customer");
    s.customer = {customer.value("name"_L1).toString(), customer.value("email"_L1).toString(),
                  customer.value("phone"_L1).toString()};
    s.totalMinor = f.integer("total_minor");
    s.currency = f.text("currency");
    s.activeItems = int(f.integer("active_items"));
    s.createdAtMs = f.integer("created_at_ms");
    return f.result(s);
}

QJsonObject encode(const User &user)
{
    return user.toJson();
}

Result<User> decodeUser(const QJsonObject &o)
{
    if (!o.value("name"_L1).isString())
        return Error::invalidInput(u"user: \"name\" must be a string"_s);
    return User::fromJson(o);
}

QJsonObject encode(const UserCredentials &credentials)
{
    return {{u"user"_s, credentials.user.toJson()},
            {u"pin_salt"_s, QString::fromLatin1(credentials.pin.salt)},
            {u"pin_hash"_s, QString::fromLatin1(credentials.pin.hash)},
            {u"pin_iterations"_s, credentials.pin.iterations},
            {u"failed_pins"_s, credentials.failedPins},
            {u"locked_until_ms"_s, credentials.lockedUntilMs}};
}

Result<UserCredentials> decodeUserCredentials(const QJsonObject &o)
{
    Fields f(o, "credentials");
    UserCredentials c;
    auto user = decodeUser(f.object("user"));
    if (!user)
        return user.error();
    c.user = *user;
    c.pin.salt = f.text("pin_salt").toLatin1();
    c.pin.hash = f.text("pin_hash").toLatin1();
    c.pin.iterations = int(f.integer("pin_iterations"));
    c.failedPins = int(f.integer("failed_pins"));
    c.lockedUntilMs = f.integer("locked_until_ms");
    return f.result(c);
}

QJsonObject encode(const HoldCode &code)
{
    return code.toJson();
}

Result<HoldCode> decodeHoldCode(const QJsonObject &o)
{
    return HoldCode::fromJson(o);
}

QJsonObject encode(const DrawerSession &session)
{
    return session.toJson();
}

Result<DrawerSession> decodeDrawerSession(const QJsonObject &o)
{
    return DrawerSession::fromJson(o);
}

QJsonObject encode(const LedgerEntry &entry)
{
    return {{u"payment_id"_s, entry.paymentId},
            {u"order_id"_s, entry.orderId},
            {u"order_number"_s, entry.orderNumber},
            {u"show_id"_s, entry.showId},
            {u"show_label"_s, entry.showLabel},
            {u"kind"_s, Payment::kindName(entry.kind)},
            {u"method"_s, Payment::methodName(entry.method)},
            {u"amount_minor"_s, entry.amountMinor},
            {u"currency"_s, entry.currency},
            {u"actor"_s, entry.actor},
            {u"terminal"_s, entry.terminal},
            {u"at_ms"_s, entry.atMs}};
}

Result<LedgerEntry> decodeLedgerEntry(const QJsonObject &o)
{
    Fields f(o, "ledger entry");
    LedgerEntry e;
    e.paymentId = f.integer("payment_id");
    e.orderId = f.integer("order_id");
    e.orderNumber = f.text("order_number");
    e.showId = f.integer("show_id");
    e.showLabel = f.text("show_label");
    e.kind = Payment::kindFromName(f.text("kind"));
    const QString method = f.text("method");
    e.amountMinor = f.integer("amount_minor");
    e.currency = f.text("currency");
    e.actor = f.text("actor");
    e.terminal = f.text("terminal");
    e.atMs = f.integer("at_ms");
    if (!Payment::methodFromName(method, &e.method))
        return Error::invalidInput(u"ledger entry: \"%1\" is not a payment method"_s.arg(method));
    return f.result(e);
}

QJsonObject encode(const TicketEntry &entry)
{
    return {{u"order_id"_s, entry.orderId},
            {u"show_id"_s, entry.showId},
            {u"show_label"_s, entry.showLabel},
            {u"category"_s, entry.categoryId},
            {u"price_minor"_s, entry.priceMinor},
            {u"currency"_s, entry.currency},
            {u"refunded"_s, entry.refunded},
            {u"actor"_s, entry.actor},
            {u"confirmed_at_ms"_s, entry.confirmedAtMs}};
}

Result<TicketEntry> decodeTicketEntry(const QJsonObject &o)
{
    Fields f(o, "ticket entry");
    TicketEntry e;
    e.orderId = f.integer("order_id");
    e.showId = f.integer("show_id");
    e.showLabel = f.text("show_label");
    e.categoryId = f.text("category");
    e.priceMinor = f.integer("price_minor");
    e.currency = f.text("currency");
    e.refunded = f.flag("refunded");
    e.actor = f.text("actor");
    e.confirmedAtMs = f.integer("confirmed_at_ms");
    return f.result(e);
}

QJsonObject encode(const ExchangeRequest &request)
{
    QJsonArray items;
    for (qint64 id : request.itemIds)
        items.append(id);
    return {{u"order_id"_s, request.orderId},
            {u"item_ids"_s, items},
            {u"target"_s, encode(request.target)},
            {u"method"_s, Payment::methodName(request.method)},
            {u"tendered_minor"_s, request.tenderedMinor},
            {u"reason"_s, request.reason},
            {u"hold_id"_s, request.holdId},
            {u"difference_payment_id"_s, request.differencePaymentId},
            {u"difference_reference"_s, request.differenceReference}};
}

Result<ExchangeRequest> decodeExchangeRequest(const QJsonObject &o)
{
    Fields f(o, "exchange");
    ExchangeRequest r;
    r.orderId = f.integer("order_id");
    for (const QJsonValue &v : f.array("item_ids")) {
        if (!v.isDouble())
            return Error::invalidInput(u"exchange: \"item_ids\" must be an array of integers"_s);
        r.itemIds.append(v.toInteger());
    }
    auto target = decodeHoldRequest(f.object("target"));
    if (!target)
        return target.error();
    r.target = *target;
    const QString method = f.text("method");
    r.tenderedMinor = f.integer("tendered_minor");
    r.reason = f.text("reason");
    r.holdId = f.integer("hold_id");
    r.differencePaymentId = f.integer("difference_payment_id");
    r.differenceReference = f.text("difference_reference");
    auto checked = f.result(r);
    if (!checked)
        return checked.error();
    if (!Payment::methodFromName(method, &r.method))
        return Error::invalidInput(u"exchange: \"%1\" is not a payment method"_s.arg(method));
    return r;
}

QString problemType(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidInput:
        return u"invalid-request"_s;
    case Error::Code::NotFound:
        return u"not-found"_s;
    case Error::Code::SeatUnavailable:
        return u"seat-unavailable"_s;
    case Error::Code::HoldExpired:
        return u"hold-expired"_s;
    case Error::Code::InvalidState:
        return u"invalid-state"_s;
    case Error::Code::Conflict:
        return u"idempotency-key-reused"_s;
    case Error::Code::Forbidden:
        return u"forbidden"_s;
    case Error::Code::PaymentDeclined:
        return u"payment-declined"_s;
    case Error::Code::Storage:
        break;
    }
    return u"storage-unavailable"_s;
}

Error errorFromProblem(int status, const QJsonObject &problem)
{
    const QString type = problem.value("type"_L1).toString().section(u'/', -1);
    QString detail = problem.value("detail"_L1).toString();
    if (detail.isEmpty())
        detail = u"the host answered HTTP %1"_s.arg(status);
    QStringList seats;
    for (const QJsonValue &v : problem.value("seat_ids"_L1).toArray())
        seats.append(v.toString());
    for (const Error::Code code :
         {Error::Code::InvalidInput, Error::Code::NotFound, Error::Code::SeatUnavailable,
          Error::Code::HoldExpired, Error::Code::InvalidState, Error::Code::Conflict, Error::Code::Forbidden,
          Error::Code::PaymentDeclined}) {
        if (problemType(code) == type)
            return Error{code, detail, seats};
    }
    switch (status) {
    case 400:
    case 413:
        return Error::invalidInput(detail);
    case 401:
    case 403:
        return Error::forbidden(u"the host refused this terminal: %1"_s.arg(detail));
    case 404:
        return Error::notFound(detail);
    default:
        return Error::storage(u"the host: %1"_s.arg(detail));
    }
}

} // namespace Parterre::StoreCodec
