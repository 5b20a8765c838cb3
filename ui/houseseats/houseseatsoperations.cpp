#include "houseseatsoperations.h"

#include "staff/permissions.h"
#include "staff/staffservice.h"


using namespace Qt::StringLiterals;

namespace Parterre {

Result<Done> HouseSeatsOperations::mayOpen(InventoryEngine &engine)
{
    if (auto refused = engine.permit(Permission::Block))
        return *refused;
    return Done{};
}

Result<HouseSeatsState> HouseSeatsOperations::read(InventoryEngine &engine, qint64 showId,
                                                   qint64 knownSeatMapId)
{
    HouseSeatsState state;
    auto show = ShowState::read(engine.store(), showId, knownSeatMapId, engine.clock().nowMs());
    if (!show)
        return show.error();
    state.show = std::move(show).value();
    auto codes = engine.store().holdCodes();
    if (!codes)
        return codes.error();
    state.codes = std::move(codes).value();
    state.mayManageCodes = !engine.permit(Permission::ManageHoldCodes).has_value();
    return state;
}

Result<QList<HoldCode>> HouseSeatsOperations::sellableCodes(InventoryEngine &engine)
{
    if (engine.permit(Permission::SellFromHoldCode))
        return QList<HoldCode>();
    auto codes = engine.store().holdCodes();
    if (!codes)
        return codes.error();
    if (!engine.user())
        return codes;
    QList<HoldCode> allowed;
    for (const HoldCode &code : std::as_const(*codes)) {
        if (code.allows(engine.user()->role))
            allowed.append(code);
    }
    return allowed;
}

Result<QStringList> HouseSeatsOperations::setBlocked(InventoryEngine &engine, qint64 showId,
                                                     const QStringList &seatIds, bool block,
                                                     const QString &reason, const QString &key)
{
    BlockRequest request;
    request.showId = showId;
    request.seatIds = seatIds;
    request.block = block;
    request.reason = reason.trimmed();
    return engine.setBlocked(request, key);
}

Result<QStringList> HouseSeatsOperations::keepUnderCode(InventoryEngine &engine, qint64 showId,
                                                        const QStringList &seatIds, const QString &code,
                                                        const QString &key)
{
    return engine.setSeatsHoldCode(showId, seatIds, code, key);
}

Result<HoldCode> HouseSeatsOperations::createHoldCode(InventoryEngine &engine, const HoldCode &code,
                                                      const QString &key)
{
    // StaffService checks the role, as it does for the CLI: the same person as the engine's.
    StaffService staff(engine.store(), engine.clock(), engine.terminal());
    if (engine.user())
        staff.setUser(*engine.user());
    return staff.createHoldCode(code, key);
}

QHash<QString, HoldCodeCount> HouseSeatsOperations::countByCode(const QList<SeatState> &seats)
{
    QHash<QString, HoldCodeCount> counts;
    for (const SeatState &seat : seats) {
        if (seat.holdCode.isEmpty())
            continue;
        HoldCodeCount &count = counts[seat.holdCode];
        if (seat.status == SeatState::Status::Blocked)
            ++count.kept;
        else
            ++count.taken;
    }
    return counts;
}

} // namespace Parterre
