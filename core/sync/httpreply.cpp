#include "httpreply.h"

#include "store/storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Parterre {

QString HttpReply::problemBase()
{
    return u"https://parterre.example.org/problems/"_s;
}

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::raw(const QByteArray &body, const QByteArray &contentType)
{
    HttpReply reply;
    reply.body = body;
    reply.contentType = contentType;
    return reply;
}

HttpReply HttpReply::problem(int status, const QString &slug, const QString &title, const QString &detail,
                             const QStringList &seatIds)
{
    QJsonObject o{{u"type"_s, QString(problemBase() + slug)},
                  {u"title"_s, title},
                  {u"status"_s, status},
                  {u"detail"_s, detail}};
    if (!seatIds.isEmpty())
        o.insert(u"seat_ids"_s, QJsonArray::fromStringList(seatIds));
    HttpReply reply = json(o, status);
    reply.contentType = QByteArrayLiteral("application/problem+json");
    return reply;
}

HttpReply HttpReply::fromError(const Error &error)
{
    // The problem type comes from StoreCodec, so a terminal reads back exactly the error the host had.
    const QString type = StoreCodec::problemType(error.code);
    switch (error.code) {
    case Error::Code::InvalidInput:
        return problem(400, type, u"The request is not valid"_s, error.message);
    case Error::Code::NotFound:
        return problem(404, type, u"Not found"_s, error.message);
    case Error::Code::SeatUnavailable:
        return problem(409, type, u"Seats are not available"_s, error.message, error.seatIds);
    case Error::Code::HoldExpired:
        return problem(410, type, u"The hold has expired"_s, error.message);
    case Error::Code::InvalidState:
        return problem(409, type, u"Not allowed in the current state"_s, error.message);
    case Error::Code::Conflict:
        return problem(409, type, u"The idempotency key was used for a different request"_s, error.message);
    case Error::Code::Forbidden:
        return problem(403, type, u"Not permitted"_s, error.message);
    case Error::Code::PaymentDeclined:
        return problem(402, type, u"The payment was declined"_s, error.message);
    case Error::Code::Storage:
        break;
    }
    return problem(503, type, u"The store is unavailable"_s, error.message);
}

} // namespace Parterre
