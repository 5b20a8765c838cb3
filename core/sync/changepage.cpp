#include "changepage.h"

#include "store/store.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Parterre {

QJsonObject ChangePage::changeJson(const Change &change)
{
    QJsonObject o{{u"seq"_s, change.seq},
                  {u"show_id"_s, change.showId},
                  {u"status"_s, SeatState::statusName(change.status)},
                  {u"version"_s, change.version},
                  {u"at_ms"_s, change.atMs}};
    if (!change.seatId.isEmpty()) {
        o.insert(u"seat_id"_s, change.seatId);
    } else {
        o.insert(u"ga_area"_s, change.gaAreaId);
        o.insert(u"ga_unit"_s, change.gaUnit);
    }
    return o;
}

ChangePage ChangePage::read(Store &store, qint64 since, int limit)
{
    ChangePage page;
    page.seq = since;
    auto list = store.changesSince(since, limit);
    if (!list) {
        page.reply = HttpReply::fromError(list.error());
        return page;
    }
    QJsonArray changes;
    for (const Change &change : *list) {
        changes.append(changeJson(change));
        page.seq = std::max(page.seq, change.seq);
    }
    page.empty = list->isEmpty();
    page.more = list->size() >= limit;
    page.reply = HttpReply::json(
        {{u"since"_s, since}, {u"seq"_s, page.seq}, {u"more"_s, page.more}, {u"changes"_s, changes}});
    return page;
}

} // namespace Parterre
