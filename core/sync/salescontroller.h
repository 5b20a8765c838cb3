#pragma once

#include "sync/httpreply.h"

#include <QJsonObject>

#include <optional>

namespace Parterre {

class InventoryEngine;

// The routes that change the inventory: holds, their release, orders with their payment, payment
// confirmation and refunds. Every body is parsed and checked in full before the engine is called; every
// call runs under the request's (namespaced) idempotency key.
class SalesController final
{
public:
    explicit SalesController(InventoryEngine &engine)
        : m_engine(engine)
    {}

    // A JSON object from a request body, or the 400 problem that says what is wrong with it.
    static std::optional<QJsonObject> parseBody(const QByteArray &body, HttpReply *problem);

    HttpReply hold(qint64 showId, const QJsonObject &body, const QString &key);
    HttpReply release(qint64 holdId, const QString &key);
    HttpReply createOrder(const QJsonObject &body, const QString &key);
    HttpReply confirmPayment(qint64 paymentId, const QString &key);
    HttpReply refund(qint64 orderId, const QJsonObject &body, const QString &key);

private:
    InventoryEngine &m_engine;
};

} // namespace Parterre
