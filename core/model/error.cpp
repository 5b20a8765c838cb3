#include "error.h"

#include <QJsonArray>

namespace Parterre {

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::InvalidInput:
        return QStringLiteral("invalid_input");
    case Code::NotFound:
        return QStringLiteral("not_found");
    case Code::SeatUnavailable:
        return QStringLiteral("seat_unavailable");
    case Code::HoldExpired:
        return QStringLiteral("hold_expired");
    case Code::InvalidState:
        return QStringLiteral("invalid_state");
    case Code::Conflict:
        return QStringLiteral("conflict");
    case Code::Storage:
        return QStringLiteral("storage");
    case Code::Forbidden:
        return QStringLiteral("forbidden");
    case Code::PaymentDeclined:
        return QStringLiteral("payment_declined");
    }
    return QStringLiteral("storage");
}

QJsonObject Error::toJson() const
{
    QJsonObject o{{QStringLiteral("error"), codeName()}, {QStringLiteral("message"), message}};
    if (!seatIds.isEmpty())
        o.insert(QStringLiteral("seat_ids"), QJsonArray::fromStringList(seatIds));
    return o;
}

} // namespace Parterre
