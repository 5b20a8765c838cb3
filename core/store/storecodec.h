#pragma once

#include "model/catalog.h"
#include "model/inventory.h"
#include "model/result.h"
#include "seatmap/seatselector.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Parterre::StoreCodec {

// The JSON that carries Store calls between a terminal (RemoteStore) and its host (TerminalController):
// every request and answer of the Store interface, field for field, so that a call over the wire means
// exactly what it means in process. Decoders are strict about types; a malformed message is an
// InvalidInput error that names the field.

QJsonObject encode(const Venue &venue);
QJsonObject encode(const Event &event);
QJsonObject encode(const Show &show);
QJsonObject encode(const SeatState &state);
QJsonObject encode(const GaAreaState &state);
QJsonObject encode(const Change &change);
QJsonObject encode(const Violation &violation);
QJsonObject encode(const NewShow &show);
QJsonObject encode(const HoldRequest &request);
QJsonObject encode(const BestAvailableRequest &request);
QJsonObject encode(const OrderRequest &request);
QJsonObject encode(const PaymentRequest &request);
QJsonObject encode(const RefundRequest &request);
QJsonObject encode(const BlockRequest &request);

Result<Venue> decodeVenue(const QJsonObject &o);
Result<Event> decodeEvent(const QJsonObject &o);
Result<Show> decodeShow(const QJsonObject &o);
Result<SeatState> decodeSeatState(const QJsonObject &o);
Result<GaAreaState> decodeGaAreaState(const QJsonObject &o);
Result<Change> decodeChange(const QJsonObject &o);
Result<Violation> decodeViolation(const QJsonObject &o);
Result<NewShow> decodeNewShow(const QJsonObject &o);
Result<HoldRequest> decodeHoldRequest(const QJsonObject &o);
Result<BestAvailableRequest> decodeBestAvailableRequest(const QJsonObject &o);
Result<OrderRequest> decodeOrderRequest(const QJsonObject &o);
Result<PaymentRequest> decodePaymentRequest(const QJsonObject &o);
Result<RefundRequest> decodeRefundRequest(const QJsonObject &o);
Result<BlockRequest> decodeBlockRequest(const QJsonObject &o);

QJsonObject encode(const PaymentSettlement &settlement);
QJsonObject encode(const PaymentToResolve &item);
QJsonObject encode(const OrderSummary &summary);
QJsonObject encode(const UserCredentials &credentials);
QJsonObject encode(const User &user);
QJsonObject encode(const HoldCode &code);
QJsonObject encode(const DrawerSession &session);
Result<PaymentSettlement> decodePaymentSettlement(const QJsonObject &o);
Result<PaymentToResolve> decodePaymentToResolve(const QJsonObject &o);
Result<OrderSummary> decodeOrderSummary(const QJsonObject &o);
Result<UserCredentials> decodeUserCredentials(const QJsonObject &o);
Result<User> decodeUser(const QJsonObject &o);
Result<HoldCode> decodeHoldCode(const QJsonObject &o);
Result<DrawerSession> decodeDrawerSession(const QJsonObject &o);

QJsonObject encode(const LedgerEntry &entry);
QJsonObject encode(const TicketEntry &entry);
QJsonObject encode(const ExchangeRequest &request);
Result<LedgerEntry> decodeLedgerEntry(const QJsonObject &o);
Result<TicketEntry> decodeTicketEntry(const QJsonObject &o);
Result<ExchangeRequest> decodeExchangeRequest(const QJsonObject &o);

// Lists travel as {"items": [...]}.
template<typename T>
QJsonObject encodeList(const QList<T> &list)
{
    QJsonArray items;
    for (const T &item : list)
        items.append(encode(item));
    return {{QStringLiteral("items"), items}};
}

template<typename T>
Result<QList<T>> decodeList(const QJsonObject &o, Result<T> (*decodeItem)(const QJsonObject &))
{
    const QJsonValue items = o.value(QStringLiteral("items"));
    if (!items.isArray())
        return Error::invalidInput(QStringLiteral("\"items\" must be an array"));
    QList<T> list;
    list.reserve(items.toArray().size());
    for (const QJsonValue &v : items.toArray()) {
        if (!v.isObject())
            return Error::invalidInput(QStringLiteral("every item must be an object"));
        auto item = decodeItem(v.toObject());
        if (!item)
            return item.error();
        list.append(std::move(item).value());
    }
    return list;
}

// An Error as a problem+json body and back (the HTTP status travels beside it).
QString problemType(Error::Code code);
Error errorFromProblem(int status, const QJsonObject &problem);

} // namespace Parterre::StoreCodec
