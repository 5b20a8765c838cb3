#pragma once

#include "model/inventory.h"
#include "model/result.h"
#include "model/seatmap.h"
#include "staff/user.h"

#include <QDate>
#include <QList>

namespace Parterre {

class Store;

// Fills an empty store with the demo venue, its seat map, two events and their shows, from the
// catalogue embedded at :/parterre/demo/demo.json, so a fresh install has something to sell.
class DemoSeeder final
{
public:
    DemoSeeder() = delete;

    // Show dates count from today (in the venue's time zone); returns the new shows' ids.
    static Result<QList<qint64>> seed(Store &store, const CallContext &ctx, const QDate &today);
    static Result<SeatMap> demoSeatMap();

    // The demo's staff, documented in the user guide: admin 1234, supervisor 2345, organizer 3456,
    // clerk 1111. Only for trying Parterre out: change or deactivate them before selling for real.
    struct DemoUser
    {
        QString name;
        Role role;
        QString pin;
    };
    static QList<DemoUser> demoUsers();
    // The demo users and hold codes (press, promoter, wheelchair), for `parterre-cli demo` after seed().
    static Result<Done> seedStaff(Store &store, const CallContext &ctx);
};

} // namespace Parterre
