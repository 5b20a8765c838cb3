#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Parterre {

// A typed failure of a store or engine call; callers switch on code, people read message.
struct Error
{
    enum class Code
    {
        InvalidInput,    // the request itself is malformed or refers to nothing sensible
        NotFound,        // a show, seat, hold or order that does not exist
        SeatUnavailable, // one or more seats or places are taken; seatIds names them
        HoldExpired,     // the hold ran out (or was released) before it was used
        InvalidState,    // the transition is not allowed from the current state
        Conflict,        // an idempotency key reused with a different request
        Storage,         // the database failed; nothing was written
        Forbidden,       // the user's role may not do this (or the user is locked out); nothing was written
        PaymentDeclined, // the card terminal declined; the failed payment is recorded
    };

    Code code = Code::Storage;
    QString message;
    QStringList seatIds;

    static Error invalidInput(const QString &message) { return {Code::InvalidInput, message, {}}; }
    static Error notFound(const QString &message) { return {Code::NotFound, message, {}}; }
    static Error seatUnavailable(const QString &message, const QStringList &seats)
    {
        return {Code::SeatUnavailable, message, seats};
    }
    static Error holdExpired(const QString &message) { return {Code::HoldExpired, message, {}}; }
    static Error invalidState(const QString &message) { return {Code::InvalidState, message, {}}; }
    static Error conflict(const QString &message) { return {Code::Conflict, message, {}}; }
    static Error storage(const QString &message) { return {Code::Storage, message, {}}; }
    static Error forbidden(const QString &message) { return {Code::Forbidden, message, {}}; }
    static Error paymentDeclined(const QString &message) { return {Code::PaymentDeclined, message, {}}; }

    // Stable machine-readable names, shared by the CLI's JSON and (later) the HTTP problem types.
    static QString codeName(Code code);
    QString codeName() const { return codeName(code); }
    QJsonObject toJson() const;
};

} // namespace Parterre
