#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <utility>

namespace Parterre {

// One answer of the sync endpoint, made on the store's thread and written on the server's: a status, a
// body and its headers; errors are RFC 9457 application/problem+json with a stable type.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static QString problemBase(); // "https://parterre.example.org/problems/"

    static HttpReply json(const QJsonObject &object, int status = 200);
    static HttpReply raw(const QByteArray &body, const QByteArray &contentType);
    // slug: the last part of the problem type ("seat-unavailable").
    static HttpReply problem(int status, const QString &slug, const QString &title, const QString &detail,
                             const QStringList &seatIds = {});
    // The problem that answers a store or engine error.
    static HttpReply fromError(const Error &error);
};

} // namespace Parterre
