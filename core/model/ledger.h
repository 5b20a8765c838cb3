#pragma once

#include "model/inventory.h"

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace Parterre {

// A cash drawer session of one clerk at one terminal: opened with a float, closed once with the counted
// cash. The expected cash and the variance are worked out by the store when it closes.
struct DrawerSession
{
    qint64 id = 0;
    QString terminal;
    QString clerk; // the user name the clerk's sales are stamped with
    QString currency;
    qint64 floatMinor = 0;
    qint64 openedAtMs = 0;
    QString openedBy;
    bool closed = false;
    qint64 closedAtMs = 0;
    QString closedBy;
    qint64 cashSalesMinor = 0;
    qint64 cashRefundsMinor = 0;
    qint64 expectedMinor = 0;
    qint64 countedMinor = 0;
    qint64 varianceMinor = 0; // counted - expected: negative when cash is missing

    QJsonObject toJson() const;
    static DrawerSession fromJson(const QJsonObject &o);
};

// One succeeded payment or refund, with what reports group it by.
struct LedgerEntry
{
    qint64 paymentId = 0;
    qint64 orderId = 0;
    QString orderNumber;
    qint64 showId = 0;
    QString showLabel; // "Event name · 2026-11-23 19:30" (UTC)
    Payment::Kind kind = Payment::Kind::Payment;
    Payment::Method method = Payment::Method::Cash;
    qint64 amountMinor = 0;
    QString currency;
    QString actor;
    QString terminal;
    qint64 atMs = 0;
};

// One ticket of an order confirmed in a period (still active, or refunded since).
struct TicketEntry
{
    qint64 orderId = 0;
    qint64 showId = 0;
    QString showLabel;
    QString categoryId;
    qint64 priceMinor = 0;
    QString currency;
    bool refunded = false;
    QString actor; // who confirmed the order
    qint64 confirmedAtMs = 0;
};

// Which payments and tickets a ledger read takes: a period [fromMs, toMs) and optionally one terminal and
// one actor.
struct LedgerFilter
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // 0: up to now
    QString terminal;
    QString actor;
};

} // namespace Parterre
