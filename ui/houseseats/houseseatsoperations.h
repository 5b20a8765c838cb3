#pragma once

#include "inventory/inventoryengine.h"
#include "model/result.h"
#include "staff/holdcode.h"
#include "store/showstate.h"

#include <QList>
#include <QStringList>

namespace Parterre {

// One show as the House Seats window draws it, with the hold codes of the store and what the person at the
// terminal may do there.
struct HouseSeatsState
{
    ShowState show;
    QList<HoldCode> codes;
    bool mayManageCodes = false; // define hold codes (organizers and admins)
};

// How many seats of one show a hold code keeps: still kept (blocked under it) and taken from it (held or
// sold from it).
struct HoldCodeCount
{
    int kept = 0;
    int taken = 0;
};

// The House Seats window's and the counter's hold-code work, run on the InventoryService's thread (never on
// the GUI thread): each function takes the engine, whose user's role the engine and StaffService check.
class HouseSeatsOperations final
{
public:
    HouseSeatsOperations() = delete;

    // Whether the person at the terminal may block seats and keep them under codes (the window opens).
    static Result<Done> mayOpen(InventoryEngine &engine);
    static Result<HouseSeatsState> read(InventoryEngine &engine, qint64 showId, qint64 knownSeatMapId);
    // The codes the person at the terminal may sell from: those whose roles include theirs, when their
    // role may sell from codes at all; every code without a user (the engine then allows everything).
    static Result<QList<HoldCode>> sellableCodes(InventoryEngine &engine);

    // reason: for the audit log (a broken seat, the sound desk); may be empty.
    static Result<QStringList> setBlocked(InventoryEngine &engine, qint64 showId, const QStringList &seatIds,
                                          bool block, const QString &reason, const QString &key);
    // An empty code puts the seats back on sale.
    static Result<QStringList> keepUnderCode(InventoryEngine &engine, qint64 showId,
                                             const QStringList &seatIds, const QString &code,
                                             const QString &key);
    static Result<HoldCode> createHoldCode(InventoryEngine &engine, const HoldCode &code, const QString &key);
    static QHash<QString, HoldCodeCount> countByCode(const QList<SeatState> &seats);
};

} // namespace Parterre
