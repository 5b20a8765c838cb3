#include "demoseeder.h"

#include "seatmapformat.h"
#include "staff/pinhasher.h"
#include "store/store.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>
#include <QTimeZone>

#include <cmath>
#include <utility>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kDemoDirectory = ":/parterre/demo/"_L1;
constexpr auto kCatalogueName = "demo.json"_L1;
constexpr int kMaxDaysFromToday = 3660;

struct PlannedEvent
{
    Event event;
    QList<NewShow> shows; // eventId and seatMapId are filled in while seeding
};

// Everything the seeder will store, checked before the first write so a broken demo stores nothing.
struct Plan
{
    Venue venue;
    SeatMap map;
    QString currency;
    QList<PlannedEvent> events;
};

Result<QByteArray> readResource(const QString &name)
{
    QFile file(kDemoDirectory + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(u"the demo resource "_s + file.fileName() + u" is missing from this build"_s);
    return file.readAll();
}

Error catalogueError(const QString &path, const QString &problem)
{
    return Error::invalidInput(kCatalogueName + u": "_s + path + u": "_s + problem);
}

Result<QJsonObject> readCatalogue()
{
    Result<QByteArray> bytes = readResource(kCatalogueName);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return catalogueError(u"document"_s, u"not JSON ("_s + parseError.errorString() + u')');
    if (!document.isObject())
        return catalogueError(u"document"_s, u"not a JSON object"_s);
    return document.object();
}

Result<SeatMap> readSeatMap(const QJsonObject &catalogue)
{
    const QString name = catalogue.value("seat_map"_L1).toString();
    if (name.isEmpty() || name.contains(u'/'))
        return catalogueError(u"seat_map"_s, u"not the file name of a seat map next to the catalogue"_s);
    Result<QByteArray> bytes = readResource(name);
    if (!bytes)
        return bytes.error();
    Result<SeatMap> map = SeatMapFormat::read(*bytes);
    if (!map)
        return Error::invalidInput(name + u": "_s + map.error().message);
    return map;
}

bool readText(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required, QString *out,
              Error *error)
{
    const QJsonValue value = o.value(key);
    *out = value.toString();
    if (!value.isString() || (required && out->isEmpty())) {
        *error = catalogueError(path + u'.' + key, u"missing, empty or not a string"_s);
        return false;
    }
    return true;
}

Result<NewShow> planShow(const QJsonValue &value, const QString &path, const Plan &plan, const QDate &today,
                         const QTimeZone &zone)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject())
        return catalogueError(path, u"not an object"_s);

    const double days = o.value("days_from_today"_L1).toDouble(NAN);
    if (!std::isfinite(days) || std::trunc(days) != days || std::abs(days) > kMaxDaysFromToday)
        return catalogueError(path + u".days_from_today"_s, u"not a whole number of days"_s);
    const QTime time = QTime::fromString(o.value("time"_L1).toString(), u"HH:mm"_s);
    if (!time.isValid())
        return catalogueError(path + u".time"_s, u"not a time of the form HH:mm"_s);
    const QDateTime startsAt(today.addDays(static_cast<qint64>(days)), time, zone);
    if (!startsAt.isValid())
        return catalogueError(path + u".time"_s, u"does not exist on that day in "_s + plan.venue.timeZone);

    NewShow show;
    show.startsAtMs = startsAt.toMSecsSinceEpoch();
    show.currency = plan.currency;
    const QJsonObject prices = o.value("prices"_L1).toObject();
    for (auto it = prices.constBegin(); it != prices.constEnd(); ++it) {
        const QString pricePath = path + u".prices."_s + it.key();
        if (!plan.map.category(it.key()))
            return catalogueError(pricePath, u"not a category of the seat map"_s);
        const double minor = it.value().toDouble(-1);
        if (minor < 0 || std::trunc(minor) != minor || minor > 1e12)
            return catalogueError(pricePath, u"not a price in cents"_s);
        show.prices.insert(it.key(), static_cast<qint64>(minor));
    }
    for (const Category &category : plan.map.categories) {
        if (!show.prices.contains(category.id))
            return catalogueError(path + u".prices"_s, u"no price for category "_s + category.id);
    }
    return show;
}

Result<Plan> makePlan(const QDate &today)
{
    if (!today.isValid())
        return Error::invalidInput(u"demo: today is not a valid date"_s);
    Result<QJsonObject> catalogue = readCatalogue();
    if (!catalogue)
        return catalogue.error();
    Result<SeatMap> map = readSeatMap(*catalogue);
    if (!map)
        return map.error();

    Plan plan;
    plan.map = std::move(map).value();
    Error error;
    const QJsonObject venue = catalogue->value("venue"_L1).toObject();
    if (!readText(venue, "name"_L1, u"venue"_s, true, &plan.venue.name, &error) ||
        !readText(venue, "city"_L1, u"venue"_s, false, &plan.venue.city, &error) ||
        !readText(venue, "time_zone"_L1, u"venue"_s, true, &plan.venue.timeZone, &error) ||
        !readText(*catalogue, "currency"_L1, u"catalogue"_s, true, &plan.currency, &error)) {
        return error;
    }
    const QTimeZone zone(plan.venue.timeZone.toUtf8());
    if (!zone.isValid())
        return catalogueError(u"venue.time_zone"_s, u"unknown time zone "_s + plan.venue.timeZone);

    const QJsonArray events = catalogue->value("events"_L1).toArray();
    if (events.isEmpty())
        return catalogueError(u"events"_s, u"missing or empty"_s);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString path = u"events["_s + QString::number(i) + u']';
        const QJsonObject o = events.at(i).toObject();
        PlannedEvent planned;
        if (!readText(o, "name"_L1, path, true, &planned.event.name, &error) ||
            !readText(o, "performer"_L1, path, false, &planned.event.performer, &error) ||
            !readText(o, "description"_L1, path, false, &planned.event.description, &error)) {
            return error;
        }
        const QJsonArray shows = o.value("shows"_L1).toArray();
        if (shows.isEmpty())
            return catalogueError(path + u".shows"_s, u"missing or empty"_s);
        for (qsizetype j = 0; j < shows.size(); ++j) {
            const QString showPath = path + u".shows["_s + QString::number(j) + u']';
            Result<NewShow> show = planShow(shows.at(j), showPath, plan, today, zone);
            if (!show)
                return show.error();
            planned.shows.append(std::move(show).value());
        }
        plan.events.append(std::move(planned));
    }
    return plan;
}

// Each store call gets its own idempotency key: one key reused for different requests is a conflict.
CallContext stepContext(const CallContext &ctx, const QString &step)
{
    CallContext stepCtx = ctx;
    if (!ctx.idempotencyKey.isEmpty())
        stepCtx.idempotencyKey = ctx.idempotencyKey + u':' + step;
    return stepCtx;
}

Error stepError(const Error &error, const QString &step)
{
    Error e = error;
    e.message = u"demo "_s + step + u": "_s + error.message;
    return e;
}

} // namespace

Result<QList<qint64>> DemoSeeder::seed(Store &store, const CallContext &ctx, const QDate &today)
{
    Result<Plan> plan = makePlan(today);
    if (!plan)
        return plan.error();

    const Result<qint64> venueId = store.createVenue(plan->venue, stepContext(ctx, u"venue"_s));
    if (!venueId)
        return stepError(venueId.error(), u"venue"_s);
    const Result<qint64> seatMapId = store.addSeatMap(*venueId, plan->map, stepContext(ctx, u"seat-map"_s));
    if (!seatMapId)
        return stepError(seatMapId.error(), u"seat map"_s);

    QList<qint64> showIds;
    for (qsizetype i = 0; i < plan->events.size(); ++i) {
        const PlannedEvent &planned = plan->events.at(i);
        const QString eventStep = u"event-"_s + QString::number(i);
        const Result<qint64> eventId = store.createEvent(planned.event, stepContext(ctx, eventStep));
        if (!eventId)
            return stepError(eventId.error(), eventStep);
        for (qsizetype j = 0; j < planned.shows.size(); ++j) {
            NewShow show = planned.shows.at(j);
            show.eventId = *eventId;
            show.seatMapId = *seatMapId;
            const QString showStep = eventStep + u"-show-"_s + QString::number(j);
            const Result<qint64> showId = store.createShow(show, stepContext(ctx, showStep));
            if (!showId)
                return stepError(showId.error(), showStep);
            showIds.append(*showId);
        }
    }
    return showIds;
}

QList<DemoSeeder::DemoUser> DemoSeeder::demoUsers()
{
    return {{u"admin"_s, Role::Admin, u"1234"_s},
            {u"supervisor"_s, Role::Supervisor, u"2345"_s},
            {u"organizer"_s, Role::Organizer, u"3456"_s},
            {u"clerk"_s, Role::Clerk, u"1111"_s}};
}

Result<Done> DemoSeeder::seedStaff(Store &store, const CallContext &ctx)
{
    // Names already taken (an admin made before the demo) are left as they are.
    for (const DemoUser &demo : demoUsers()) {
        User user;
        user.name = demo.name;
        user.role = demo.role;
        auto created =
            store.createUser(user, PinHasher::digest(demo.pin), stepContext(ctx, u"user-"_s + demo.name));
        if (!created && created.error().code != Error::Code::Conflict)
            return stepError(created.error(), u"user "_s + demo.name);
    }
    const QList<HoldCode> codes{
        {u"press"_s, u"Press"_s, {Role::Supervisor}, 0},
        {u"promoter"_s, u"Promoter"_s, {Role::Supervisor}, 0},
        {u"wheelchair"_s, u"Wheelchair reserve"_s, {Role::Clerk, Role::Supervisor}, 0}};
    for (const HoldCode &code : codes) {
        auto created = store.createHoldCode(code, stepContext(ctx, u"hold-code-"_s + code.code));
        if (!created && created.error().code != Error::Code::Conflict)
            return stepError(created.error(), u"hold code "_s + code.code);
    }
    return Done{};
}

Result<SeatMap> DemoSeeder::demoSeatMap()
{
    Result<QJsonObject> catalogue = readCatalogue();
    if (!catalogue)
        return catalogue.error();
    return readSeatMap(*catalogue);
}

} // namespace Parterre
