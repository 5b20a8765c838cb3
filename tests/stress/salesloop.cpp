#include "salesloop.h"

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "store/storelocation.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Parterre::Test {

int runSalesLoop(const SalesLoopOptions &options, QTextStream &out)
{
    auto opened = options.location.open();
    if (!opened) {
        out << "ERROR " << opened.error().message << Qt::endl;
        return 1;
    }
    std::unique_ptr<Store> store = std::move(opened).value();
    SystemClock clock;
    InventoryEngine engine(*store, clock);
    engine.setActor(u"loop-"_s + options.keyPrefix, options.keyPrefix);

    auto seats = store->seatStates(options.showId, clock.nowMs());
    if (!seats || seats->isEmpty()) {
        out << "ERROR no seats" << Qt::endl;
        return 1;
    }
    QStringList ids;
    for (const SeatState &s : *seats)
        ids.append(s.seatId);

    QRandomGenerator random(options.seed);
    int sold = 0;
    int refused = 0;
    int attempt = 0;
    for (; options.attempts < 0 || attempt < options.attempts; ++attempt) {
        const QString key = options.keyPrefix + u'-' + QString::number(attempt);
        HoldRequest request{options.showId, {}, {}, 0};
        const int wanted = 1 + int(random.bounded(3));
        const int first = int(random.bounded(ids.size()));
        for (int i = 0; i < wanted && first + i < ids.size(); ++i)
            request.seatIds.append(ids.at(first + i)); // neighbours, as people buy them

        if (int(random.bounded(100)) < options.releasePercent) {
            auto hold = engine.hold(request, key + u":hold"_s);
            if (hold)
                (void)engine.release(hold->id, key + u":release"_s);
            else
                ++refused;
            continue;
        }
        SaleRequest sale;
        sale.hold = request;
        sale.method = random.bounded(4) == 0 ? Payment::Method::Comp : Payment::Method::Cash;
        sale.reason = u"stress"_s;
        auto order = engine.sell(sale, key);
        if (!order) {
            if (order.error().code != Error::Code::SeatUnavailable) {
                out << "ERROR " << order.error().codeName() << ' ' << order.error().message << Qt::endl;
                return 1;
            }
            ++refused;
            continue;
        }
        QStringList soldSeats;
        QStringList codes;
        for (const OrderItem &item : order->items) {
            soldSeats.append(item.seatId);
            codes.append(item.ticketCode);
        }
        out << "SOLD " << order->id << ' ' << soldSeats.join(u',') << ' ' << codes.join(u',') << Qt::endl;
        ++sold;
        if (int(random.bounded(100)) < options.refundPercent) {
            auto refund = engine.refund({order->id, {}, u"stress refund"_s}, key + u":refund"_s);
            if (!refund) {
                out << "ERROR refund " << refund.error().message << Qt::endl;
                return 1;
            }
            out << "REFUNDED " << order->id << Qt::endl;
        }
    }
    out << "DONE " << attempt << ' ' << sold << ' ' << refused << Qt::endl;
    return 0;
}

} // namespace Parterre::Test
