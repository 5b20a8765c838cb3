#include "sqlpayments.h"

#include "model/money.h"
#include "store/sqlinventory.h"
#include "store/sqlsession.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

const QString kPaymentColumns =
    u"p.id, p.order_id, p.kind, p.method, p.status, p.amount_minor, p.currency, "
    "p.tendered_minor, p.change_minor, p.reason, p.created_at_ms, p.provider_key, "
    "p.provider_ref, p.refund_of"_s;
constexpr int kPaymentColumnCount = 14;

Payment readPayment(const SqlCursor &r)
{
    Payment p;
    p.id = r.value(0).toLongLong();
    p.orderId = r.value(1).toLongLong();
    p.kind = Payment::kindFromName(r.value(2).toString());
    Payment::methodFromName(r.value(3).toString(), &p.method);
    p.status = Payment::statusFromName(r.value(4).toString());
    p.amountMinor = r.value(5).toLongLong();
    p.currency = r.value(6).toString();
    p.tenderedMinor = r.value(7).toLongLong();
    p.changeMinor = r.value(8).toLongLong();
    p.reason = r.value(9).toString();
    p.createdAtMs = r.value(10).toLongLong();
    p.providerKey = r.value(11).toString();
    p.providerReference = r.value(12).toString();
    p.refundOf = r.value(13).toLongLong();
    return p;
}

QString escapeLike(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

// Order numbers use Crockford's alphabet: read over the phone, O is 0 and I or L is 1.
QString normalisedOrderNumber(const QString &text)
{
    QString out;
    for (QChar c : text.toUpper()) {
        if (c == u'-' || c.isSpace())
            continue;
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        out += c;
    }
    return out;
}

} // namespace

Result<Payment> SqlPayments::payment(qint64 paymentId)
{
    auto q =
        m_session.exec(u"SELECT "_s + kPaymentColumns + u" FROM payments p WHERE p.id = ?"_s, {paymentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(u"no payment %1"_s.arg(paymentId));
    return readPayment(q.value());
}

Result<Payment> SqlPayments::settle(const PaymentSettlement &settlement, const CallContext &ctx)
{
    // The terminal's words are not part of the request: the same outcome reported twice (by the charging
    // terminal and by reconciliation, say) is one settlement, whatever each was told.
    const QJsonObject json{{u"payment_id"_s, settlement.paymentId},
                           {u"succeeded"_s, settlement.succeeded},
                           {u"reference"_s, settlement.providerReference}};
    return m_session.mutate<Payment>(u"settle_payment"_s, json, ctx, [&]() -> Result<Payment> {
        auto orderId =
            m_session.scalar(u"SELECT order_id FROM payments WHERE id = ?"_s, {settlement.paymentId});
        if (!orderId)
            return orderId.error();
        if (*orderId == 0)
            return Error::notFound(u"no payment %1"_s.arg(settlement.paymentId));
        auto head = m_inventory.orderHead(*orderId); // locks the order first, as every payment call does
        if (!head)
            return head.error();
        auto current = payment(settlement.paymentId);
        if (!current)
            return current.error();
        if (current->method != Payment::Method::Card)
            return Error::invalidInput(u"payment %1 is not a card payment"_s.arg(settlement.paymentId));
        const Payment::Status wanted =
            settlement.succeeded ? Payment::Status::Succeeded : Payment::Status::Failed;
        if (current->status == wanted)
            return *current; // the terminal's answer was written down already
        if (current->kind == Payment::Kind::Refund) {
            // A refund the terminal declined stays to resolve: the customer is still owed the money.
            if (!settlement.succeeded)
                return Error::invalidInput(u"a card refund is settled only when it went through"_s);
            if (current->status != Payment::Status::Processing) {
                return Error::invalidState(
                    u"refund %1 is %2"_s.arg(settlement.paymentId).arg(Payment::statusName(current->status)));
            }
        } else {
            // A charge marked failed may still turn out to have gone through (the terminal answered late):
            // the truth wins, and any money the order does not need goes back below.
            const bool allowed = current->status == Payment::Status::Processing ||
                                 (current->status == Payment::Status::Failed && settlement.succeeded);
            if (!allowed) {
                return Error::invalidState(u"payment %1 is %2"_s.arg(settlement.paymentId)
                                               .arg(Payment::statusName(current->status)));
            }
        }
        if (auto r = m_session.exec(u"UPDATE payments SET status = ?, provider_ref = ?, message = ?, "
                                    "settled_at_ms = ? WHERE id = ?"_s,
                                    {Payment::statusName(wanted), settlement.providerReference,
                                     settlement.message.left(200), ctx.nowMs, settlement.paymentId});
            !r)
            return r.error();
        QJsonObject details = json;
        details.insert(u"message"_s, settlement.message);
        if (auto a = m_session.audit(ctx, u"settle_payment"_s, head->showId, details); !a)
            return a.error();
        if (current->kind == Payment::Kind::Payment && settlement.succeeded) {
            // Money the order no longer needs (its seats are gone, or it was paid otherwise meanwhile)
            // goes back to the card at once.
            auto paid = m_session.scalar(u"SELECT "_s + SqlInventory::paidSql(u"?"_s), {*orderId});
            if (!paid)
                return paid.error();
            const qint64 excess = std::min(*paid - head->totalMinor, current->amountMinor);
            if (excess > 0) {
                const QString key = current->providerKey + u":late-refund"_s;
                if (auto r = m_session.exec(
                        u"INSERT INTO payments (order_id, kind, method, status, amount_minor, currency, "
                        "reason, created_at_ms, actor, terminal, refund_of, provider_key) VALUES (?, "
                        "'refund', "
                        "'card', 'processing', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {*orderId, excess, current->currency, u"paid after the seats were lost"_s, ctx.nowMs,
                         ctx.actor, ctx.terminal, settlement.paymentId, key});
                    !r)
                    return r.error();
                if (auto a = m_session.audit(ctx, u"late_payment_refund"_s, head->showId,
                                             {{u"payment_id"_s, settlement.paymentId},
                                              {u"order_id"_s, *orderId},
                                              {u"amount_minor"_s, excess},
                                              {u"order_status"_s, Order::statusName(head->status)}});
                    !a)
                    return a.error();
            }
        }
        return payment(settlement.paymentId);
    });
}

Result<QList<PaymentToResolve>> SqlPayments::toResolve(int limit)
{
    auto q = m_session.exec(
        u"SELECT "_s + kPaymentColumns +
            u", o.number, o.status, o.show_id FROM payments p JOIN orders o ON o.id = "
            "p.order_id WHERE p.status = 'processing' ORDER BY p.created_at_ms, p.id LIMIT ?"_s,
        {std::clamp(limit, 1, 10000)});
    if (!q)
        return q.error();
    QList<PaymentToResolve> list;
    while (q->next()) {
        PaymentToResolve p;
        p.payment = readPayment(q.value());
        p.orderNumber = q->value(kPaymentColumnCount).toString();
        p.orderStatus = Order::statusFromName(q->value(kPaymentColumnCount + 1).toString());
        p.showId = q->value(kPaymentColumnCount + 2).toLongLong();
        list.append(p);
    }
    return list;
}

Result<QList<OrderSummary>> SqlPayments::findOrders(const QString &query, int limit)
{
    const QString text = query.trimmed();
    if (text.isEmpty())
        return Error::invalidInput(u"search for an order number, a name, an email or a ticket code"_s);
    if (text.size() > 200)
        return Error::invalidInput(u"a search is at most 200 characters"_s);
    if (limit <= 0 || limit > 500)
        return Error::invalidInput(u"a search returns 1 to 500 orders"_s);
    auto q = m_session.exec(
        u"SELECT o.id, o.number, o.show_id, o.status, o.customer_name, o.customer_email, o.customer_phone, "
        "o.total_minor, o.currency, o.created_at_ms, (SELECT COUNT(*) FROM order_items i WHERE i.order_id = "
        "o.id AND i.status = 'active') FROM orders o WHERE o.number = ? OR o.customer_folded LIKE ? ESCAPE "
        "'\\' OR lower(o.customer_email) LIKE ? ESCAPE '\\' OR o.id IN (SELECT order_id FROM order_items "
        "WHERE ticket_code = ?) ORDER BY o.created_at_ms DESC, o.id DESC LIMIT ?"_s,
        {normalisedOrderNumber(text), QString(u'%' + escapeLike(text.toCaseFolded()) + u'%'),
         QString(u'%' + escapeLike(text.toLower()) + u'%'), text, limit});
    if (!q)
        return q.error();
    QList<OrderSummary> list;
    while (q->next()) {
        OrderSummary s;
        s.id = q->value(0).toLongLong();
        s.number = q->value(1).toString();
        s.showId = q->value(2).toLongLong();
        s.status = Order::statusFromName(q->value(3).toString());
        s.customer.name = q->value(4).toString();
        s.customer.email = q->value(5).toString();
        s.customer.phone = q->value(6).toString();
        s.totalMinor = q->value(7).toLongLong();
        s.currency = q->value(8).toString();
        s.createdAtMs = q->value(9).toLongLong();
        s.activeItems = q->value(10).toInt();
        list.append(s);
    }
    return list;
}

Result<Order> SqlPayments::exchange(const ExchangeRequest &request, const CallContext &ctx)
{
    QJsonArray items;
    for (qint64 id : request.itemIds)
        items.append(id);
    QJsonArray ga;
    for (const GaQuantity &g : request.target.ga)
        ga.append(QJsonObject{{u"area"_s, g.areaId}, {u"quantity"_s, g.quantity}});
    const QJsonObject json{{u"order_id"_s, request.orderId},
                           {u"items"_s, items},
                           {u"show_id"_s, request.target.showId},
                           {u"seat_ids"_s, QJsonArray::fromStringList(request.target.seatIds)},
                           {u"ga"_s, ga},
                           {u"method"_s, Payment::methodName(request.method)},
                           {u"tendered_minor"_s, request.tenderedMinor},
                           {u"reason"_s, request.reason}};
    // The hold and the card charge of a card difference are not part of the request: the engine derives
    // them from the exchange's key, and a repeated exchange (which no longer knows them) must replay.
    return m_session.mutate<Order>(u"exchange"_s, json, ctx, [&]() -> Result<Order> {
        auto head = m_inventory.orderHead(request.orderId);
        if (!head)
            return head.error();
        if (head->status != Order::Status::Confirmed && head->status != Order::Status::PartiallyRefunded) {
            return Error::invalidState(
                u"order %1 is %2; only confirmed tickets can be exchanged"_s.arg(request.orderId)
                    .arg(Order::statusName(head->status)));
        }
        auto targetCurrency =
            m_session.exec(u"SELECT currency FROM shows WHERE id = ?"_s, {request.target.showId});
        if (!targetCurrency)
            return targetCurrency.error();
        if (!targetCurrency->next())
            return Error::notFound(u"no show %1"_s.arg(request.target.showId));
        if (targetCurrency->value(0).toString() != head->currency) {
            return Error::invalidInput(
                u"show %1 sells in %2, the order was paid in %3"_s.arg(request.target.showId)
                    .arg(targetCurrency->value(0).toString(), head->currency));
        }
        targetCurrency->finish();

        struct Item
        {
            qint64 showId;
            QString seatId;
            QString areaId;
            int unit;
            qint64 price;
        };
        auto q = m_session.exec(u"SELECT id, show_id, seat_id, ga_area_id, ga_unit_no, price_minor FROM "
                                "order_items WHERE order_id = ? AND status = 'active'"_s,
                                {request.orderId});
        if (!q)
            return q.error();
        QHash<qint64, Item> active;
        while (q->next()) {
            active.insert(q->value(0).toLongLong(),
                          {q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                           q->value(4).toInt(), q->value(5).toLongLong()});
        }
        q->finish();
        qint64 oldPrice = 0;
        QSet<qint64> seen;
        for (qint64 id : request.itemIds) {
            if (!active.contains(id) || seen.contains(id))
                return Error::invalidInput(
                    u"item %1 is not an active item of order %2"_s.arg(id).arg(request.orderId));
            seen.insert(id);
            oldPrice += active.value(id).price;
        }

        // The old seats go back first, so an exchange may keep some of them (A, B -> B, C).
        for (qint64 id : request.itemIds) {
            const Item &item = active[id];
            if (auto r = m_session.exec(u"UPDATE order_items SET status = 'void' WHERE id = ?"_s, {id}); !r)
                return r.error();
            const QString set = u" SET status = 'available', order_id = NULL, version = version + 1 "
                                "WHERE show_id = ? AND order_id = ? AND status = 'sold' AND "_s;
            int changed = 0;
            const auto returned =
                item.seatId.isEmpty()
                    ? m_session.updateUnits(u"UPDATE ga_units"_s + set +
                                                u"area_id = ? AND unit_no = ? RETURNING show_id, area_id, "
                                                "unit_no, status, version"_s,
                                            {item.showId, request.orderId, item.areaId, item.unit})
                    : m_session.updateSeats(u"UPDATE show_seats"_s + set +
                                                u"seat_id = ? RETURNING show_id, seat_id, status, version"_s,
                                            {item.showId, request.orderId, item.seatId});
            if (auto r = m_inventory.logged(returned, ctx.nowMs, &changed); !r)
                return r.error();
            if (changed != 1)
                return Error::storage(u"item %1 of order %2 is not sold"_s.arg(id).arg(request.orderId));
        }

        Result<Hold> held = Error::storage(u"no hold"_s);
        if (request.holdId > 0) {
            // Held beforehand, while the card was charged for the difference: the hold must still be whole.
            if (auto locked = m_inventory.lockRow(u"holds"_s, request.holdId); !locked)
                return locked.error();
            held = m_inventory.holdById(request.holdId, ctx.nowMs);
            if (!held)
                return held.error();
            if (held->status != Hold::Status::Active || held->showId != request.target.showId)
                return Error::holdExpired(u"hold %1 for the new seats is gone"_s.arg(request.holdId));
            auto stillHeld = m_session.scalar(
                u"SELECT (SELECT COUNT(*) FROM show_seats WHERE hold_id = ? AND status = 'held') + (SELECT "
                "COUNT(*) FROM ga_units WHERE hold_id = ? AND status = 'held')"_s,
                {request.holdId, request.holdId});
            if (!stillHeld)
                return stillHeld.error();
            if (*stillHeld != held->itemCount())
                return Error::holdExpired(u"hold %1 lost some of the new seats"_s.arg(request.holdId));
        } else {
            HoldRequest target = request.target;
            target.durationMs = 60'000; // converted into sold seats below, in this same transaction
            held = m_inventory.claim(target, ctx);
            if (!held)
                return held.error();
        }
        if (auto r = m_session.exec(
                u"INSERT INTO order_items (order_id, show_id, seat_id, category_id, price_minor, status) "
                "SELECT ?, s.show_id, s.seat_id, s.category_id, p.price_minor, 'active' FROM show_seats s "
                "JOIN show_prices p ON p.show_id = s.show_id AND p.category_id = s.category_id "
                "WHERE s.hold_id = ? ORDER BY s.seat_id"_s,
                {request.orderId, held->id});
            !r)
            return r.error();
        if (auto r = m_session.exec(
                u"INSERT INTO order_items (order_id, show_id, ga_area_id, ga_unit_no, category_id, "
                u"price_minor, "
                "status) SELECT ?, u.show_id, u.area_id, u.unit_no, u.category_id, p.price_minor, 'active' "
                "FROM ga_units u JOIN show_prices p ON p.show_id = u.show_id AND p.category_id = "
                "u.category_id "
                "WHERE u.hold_id = ? ORDER BY u.area_id, u.unit_no"_s,
                {request.orderId, held->id});
            !r)
            return r.error();
        const QString sold = u" SET status = 'sold', hold_id = NULL, held_until_ms = NULL, order_id = ?, "
                             "version = version + 1 WHERE hold_id = ? AND status = 'held'"_s;
        if (auto r = m_inventory.logged(
                m_session.updateSeats(u"UPDATE show_seats"_s + sold +
                                          u" RETURNING show_id, seat_id, status, version"_s,
                                      {request.orderId, held->id}),
                ctx.nowMs);
            !r)
            return r.error();
        if (auto r = m_inventory.logged(
                m_session.updateUnits(u"UPDATE ga_units"_s + sold +
                                          u" RETURNING show_id, area_id, unit_no, status, version"_s,
                                      {request.orderId, held->id}),
                ctx.nowMs);
            !r)
            return r.error();
        if (auto r = m_session.exec(u"UPDATE holds SET status = 'ordered' WHERE id = ?"_s, {held->id}); !r)
            return r.error();
        auto fresh =
            m_session.exec(u"SELECT id FROM order_items WHERE order_id = ? AND status = 'active' AND "
                           "ticket_code IS NULL"_s,
                           {request.orderId});
        if (!fresh)
            return fresh.error();
        QList<qint64> freshIds;
        while (fresh->next())
            freshIds.append(fresh->value(0).toLongLong());
        fresh->finish();
        for (qint64 id : std::as_const(freshIds)) {
            if (auto r = m_session.exec(u"UPDATE order_items SET ticket_code = ? WHERE id = ?"_s,
                                        {SqlInventory::newTicketCode(), id});
                !r)
                return r.error();
        }
        const qint64 newPrice = held->priceMinor;
        const qint64 difference = newPrice - oldPrice;
        if (auto r = m_session.exec(u"UPDATE orders SET total_minor = total_minor + ? WHERE id = ?"_s,
                                    {difference, request.orderId});
            !r)
            return r.error();

        QJsonObject details = json;
        details.insert(u"difference_minor"_s, difference);
        if (request.differencePaymentId > 0) {
            // The card was charged for the difference before this transaction: it must be that difference.
            auto charged = payment(request.differencePaymentId);
            if (!charged)
                return charged.error();
            if (charged->orderId != request.orderId || charged->method != Payment::Method::Card ||
                charged->status != Payment::Status::Processing || charged->amountMinor != difference) {
                return Error::invalidState(
                    u"the card charge %1 does not pay this exchange's difference of %2"_s
                        .arg(request.differencePaymentId)
                        .arg(Money{difference, head->currency}.toString()));
            }
            if (auto r =
                    m_session.exec(u"UPDATE payments SET status = 'succeeded', provider_ref = ?, "
                                   "settled_at_ms = ? WHERE id = ?"_s,
                                   {request.differenceReference, ctx.nowMs, request.differencePaymentId});
                !r)
                return r.error();
        } else if (difference > 0) {
            Payment extra;
            extra.amountMinor = difference;
            switch (request.method) {
            case Payment::Method::Card:
                return Error::invalidInput(u"a card difference is charged before the exchange"_s);
            case Payment::Method::Comp:
                extra.reason = request.reason.trimmed();
                if (extra.reason.isEmpty())
                    return Error::invalidInput(u"a complimentary difference needs a reason"_s);
                break;
            case Payment::Method::Cash:
                extra.tenderedMinor = request.tenderedMinor < 0 ? difference : request.tenderedMinor;
                if (extra.tenderedMinor < difference) {
                    return Error::invalidInput(u"%1 tendered is less than the %2 due"_s.arg(
                        Money{extra.tenderedMinor, head->currency}.toString(),
                        Money{difference, head->currency}.toString()));
                }
                extra.changeMinor = extra.tenderedMinor - difference;
                extra.reason = request.reason.trimmed();
                break;
            }
            if (auto r = m_session.exec(
                    u"INSERT INTO payments (order_id, kind, method, status, amount_minor, currency, "
                    "tendered_minor, change_minor, reason, created_at_ms, actor, terminal) VALUES (?, "
                    "'payment', "
                    "?, 'succeeded', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {request.orderId, Payment::methodName(request.method), difference, head->currency,
                     extra.tenderedMinor, extra.changeMinor, extra.reason, ctx.nowMs, ctx.actor,
                     ctx.terminal});
                !r)
                return r.error();
        } else if (difference < 0) {
            const QString reason =
                request.reason.trimmed().isEmpty() ? u"exchange"_s : request.reason.trimmed();
            if (auto r = m_inventory.refundPayments(request.orderId, -difference, reason, ctx); !r)
                return r.error();
        }
        if (auto a = m_session.audit(ctx, u"exchange"_s, head->showId, details); !a)
            return a.error();
        return m_inventory.order(request.orderId);
    });
}

} // namespace Parterre
