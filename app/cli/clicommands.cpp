#include "clicommands.h"

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "payment/simulatedcardterminal.h"
#include "seatmap/demoseeder.h"
#include "store/storelocation.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

const QString kUsage =
    u"Usage: parterre-cli COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  init   --db FILE                      create (or upgrade) a store\n"
    "  demo   --db FILE                      seed the demo venue, events and shows\n"
    "  shows  --db FILE [--json]             list shows\n"
    "  seats  --db FILE --show ID [--json]   list a show's seats and their status\n"
    "  sell   --db FILE --show ID (--seats ID,ID | --ga AREA:N | --best N [--category ID] [--wheelchair])\n"
    "         --payment cash|comp|card (or --method) [--simulate approve|decline|timeout|lost]\n"
    "         --key KEY [--tendered CENTS] [--reason TEXT] [--name NAME] [--email EMAIL]\n"
    "         [--as NAME --as-pin PIN] [--json]\n"
    "                                        hold, order, pay and confirm in one go; a card the\n"
    "                                        terminal did not answer leaves the order pending (exit 1)\n"
    "  payments-to-resolve --db FILE [--json]\n"
    "                                        card payments and refunds whose outcome is unknown\n"
    "  reconcile --db FILE [--min-age SECONDS] [--json]\n"
    "                                        ask the card terminal about them and settle each\n"
    "  orders --db FILE (--find TEXT [--limit N] | --order ID) [--json]\n"
    "                                        find orders by number, name, email or ticket code\n"
    "  refund --db FILE --order ID [--items ID,ID] --reason TEXT --key KEY [--json]\n"
    "                                        refund a whole order or chosen tickets, to the original\n"
    "                                        payments; the seats are free at once\n"
    "  exchange --db FILE --order ID --items ID,ID --show ID (--seats ID,ID | --ga AREA:N)\n"
    "         [--payment cash|comp|card] [--tendered CENTS] [--reason TEXT] --key KEY [--json]\n"
    "                                        move tickets to other seats, settling the difference\n"
    "  sweep  --db FILE                      release holds that ran out\n"
    "  verify --db FILE                      check every inventory invariant\n"
    "  import-seatmap --db FILE --format parterre|pretix IN [--venue NAME] [--json]\n"
    "                                        add a seat map to a venue (made when missing)\n"
    "  export-seatmap --db FILE --map ID --out OUT\n"
    "                                        write a seat map as Parterre JSON\n"
    "  generate-stadium --seats N --out FILE write a stadium map of exactly N seats\n"
    "  ticket --db FILE --order ID --pdf OUT [--receipt OUT] [--json]\n"
    "                                        write a confirmed order's tickets (and receipt) as PDF\n"
    "  token create --db FILE --role ROLE --name NAME [--json]\n"
    "                                        make a bearer token for the sync API (printed once;\n"
    "                                        roles: clerk, supervisor, organizer, admin, channel)\n"
    "  token revoke --db FILE --name NAME    revoke a token\n"
    "  token pairing-code --db FILE --role ROLE [--ttl SECONDS] [--json]\n"
    "                                        a one-time code a terminal trades for a token\n"
    "  user add --db FILE --name NAME --role clerk|supervisor|organizer|admin --pin PIN [--json]\n"
    "  user list|deactivate|activate|pin --db FILE [--name NAME] [--pin PIN] [--json]\n"
    "                                        staff who log in at terminals with a PIN\n"
    "  holdcode add --db FILE --code CODE --name NAME --roles ROLE,ROLE\n"
    "  holdcode list --db FILE [--json]\n"
    "  holdcode assign|release --db FILE --show ID --seats ID,ID [--code CODE]\n"
    "                                        house seats kept under a named hold code\n"
    "  hold-time --db FILE [--set SECONDS]   the store's hold time (admins set it; default 600)\n"
    "  closeout open --db FILE --terminal T --clerk NAME --float CENTS [--currency EUR] [--key KEY]\n"
    "  closeout close --db FILE --session ID --counted CENTS [--key KEY]\n"
    "  closeout report --db FILE --session ID [--csv OUT] [--json]\n"
    "                                        cash drawer sessions and their Z-report\n"
    "  report --db FILE --by show|category|method|clerk [--from DATE] [--to DATE] [--csv OUT]\n"
    "                                        sales over a period (dates ISO 8601, UTC)\n"
    "  user, holdcode, closeout and report take --as NAME --as-pin PIN to act as that user\n"
    "  (their role is checked); without it they run as the system, as every command does.\n"
    "\n"
    "Every command takes --postgres URL instead of --db FILE to use a shared PostgreSQL store, or\n"
    "--connect URL --token TOKEN to work through a host terminal (parterre --serve); token commands\n"
    "run on the host.\n"
    "Card payments use the simulated card terminal (sell --simulate; refund, exchange and reconcile\n"
    "take --simulate too); its ledger is FILE.terminal.json unless --terminal-ledger names one.\n"
    "Exit codes: 0 done, 1 failed, 2 bad input, 3 seats unavailable, 4 not permitted.\n"_s;

struct Parsed
{
    QCommandLineParser parser;
    QString error;
};

// Every command shares the store options; each adds its own.
bool parse(QCommandLineParser &parser, const QStringList &args, const QList<QCommandLineOption> &extra,
           qsizetype positionals, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({u"db"_s, u"SQLite store file."_s, u"FILE"_s});
    parser.addOption({u"postgres"_s, u"PostgreSQL connection URL (instead of --db)."_s, u"URL"_s});
    parser.addOption({u"connect"_s, u"A host terminal's URL (instead of --db)."_s, u"URL"_s});
    parser.addOption({u"token"_s, u"This terminal's token for --connect (or PARTERRE_TOKEN)."_s, u"TOKEN"_s});
    parser.addOption({u"pin"_s, u"With an https --connect: the host certificate's fingerprint to accept."_s,
                      u"SHA256:…"_s});
    parser.addOption({u"json"_s, u"Print JSON."_s});
    parser.addOptions(extra);
    if (!parser.parse(args)) {
        *error = parser.errorText();
        return false;
    }
    if (int(parser.isSet(u"db"_s)) + int(parser.isSet(u"postgres"_s)) + int(parser.isSet(u"connect"_s)) > 1) {
        *error = u"give one of --db, --postgres and --connect"_s;
        return false;
    }
    if (parser.isSet(u"connect"_s) && parser.value(u"token"_s).isEmpty() &&
        qEnvironmentVariableIsEmpty("PARTERRE_TOKEN")) {
        *error = u"--connect needs --token TOKEN (or PARTERRE_TOKEN) from the host"_s;
        return false;
    }
    if (parser.positionalArguments().size() > positionals) {
        *error = u"unexpected argument: "_s + parser.positionalArguments().at(positionals);
        return false;
    }
    return true;
}

StoreLocation locationOf(const QCommandLineParser &parser)
{
    if (parser.isSet(u"postgres"_s))
        return StoreLocation::postgres(parser.value(u"postgres"_s));
    if (parser.isSet(u"connect"_s)) {
        const QString token =
            parser.isSet(u"token"_s) ? parser.value(u"token"_s) : qEnvironmentVariable("PARTERRE_TOKEN");
        return StoreLocation::remote(parser.value(u"connect"_s), token, parser.value(u"pin"_s));
    }
    return parser.isSet(u"db"_s) ? StoreLocation::sqlite(parser.value(u"db"_s))
                                 : StoreLocation::defaultLocation();
}

QString localTime(qint64 ms, const QString &zone)
{
    const QTimeZone tz(zone.toUtf8());
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return (tz.isValid() ? utc.toTimeZone(tz) : utc).toString(u"yyyy-MM-dd HH:mm"_s);
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

int CliCommands::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(u"no command given"_s);
    const QString command = arguments.at(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.first());
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        m_out << kUsage;
        return Ok;
    }
    if (command == "--version"_L1) {
        m_out << "parterre-cli " << PARTERRE_VERSION << '\n';
        return Ok;
    }
    if (command == "init"_L1)
        return init(rest);
    if (command == "demo"_L1)
        return demo(rest);
    if (command == "shows"_L1)
        return shows(rest);
    if (command == "seats"_L1)
        return seats(rest);
    if (command == "sell"_L1)
        return sell(rest);
    if (command == "sweep"_L1)
        return sweep(rest);
    if (command == "verify"_L1)
        return verify(rest);
    if (command == "import-seatmap"_L1)
        return importSeatMap(rest);
    if (command == "export-seatmap"_L1)
        return exportSeatMap(rest);
    if (command == "generate-stadium"_L1)
        return generateStadium(rest);
    if (command == "ticket"_L1)
        return ticket(rest);
    if (command == "token"_L1)
        return token(rest);
    if (command == "user"_L1)
        return user(rest);
    if (command == "holdcode"_L1)
        return holdCode(rest);
    if (command == "hold-time"_L1)
        return holdTime(rest);
    if (command == "closeout"_L1)
        return closeOut(rest);
    if (command == "report"_L1)
        return report(rest);
    if (command == "payments-to-resolve"_L1)
        return paymentsToResolve(rest);
    if (command == "reconcile"_L1)
        return reconcile(rest);
    if (command == "orders"_L1)
        return orders(rest);
    if (command == "refund"_L1)
        return refund(rest);
    if (command == "exchange"_L1)
        return exchange(rest);
    return usage(u"unknown command \""_s + command + u'"');
}

std::optional<int> CliCommands::prepare(Invocation &run, const QStringList &args,
                                        const QList<QCommandLineOption> &extra)
{
    QString problem;
    if (!parse(run.parser, args, extra, run.positionals, &problem))
        return usage(problem);
    run.json = run.parser.isSet(u"json"_s);
    return std::nullopt;
}

std::optional<int> CliCommands::open(Invocation &run)
{
    auto store = locationOf(run.parser).open();
    if (!store)
        return fail(store.error(), run.json);
    run.store = std::move(store).value();
    return std::nullopt;
}

int CliCommands::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << "parterre-cli: " << problem << "\n\n";
    m_err << kUsage;
    return BadInput;
}

int CliCommands::exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::SeatUnavailable:
        return Unavailable;
    case Error::Code::InvalidInput:
    case Error::Code::NotFound:
    case Error::Code::Conflict:
    case Error::Code::HoldExpired:
    case Error::Code::InvalidState:
        return BadInput;
    case Error::Code::Forbidden:
        return NotPermitted;
    case Error::Code::Storage:
    case Error::Code::PaymentDeclined:
        return Failed;
    }
    return Failed;
}

int CliCommands::fail(const Error &error, bool json)
{
    if (json)
        printJson(m_out, error.toJson());
    m_err << "parterre-cli: " << error.message << '\n';
    m_err.flush();
    return exitCodeFor(error);
}

int CliCommands::init(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(run, args, {}))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    const StoreLocation location = locationOf(parser);
    auto store = location.open();
    if (!store)
        return fail(store.error(), false);
    m_out << "Store ready: " << location.describe() << '\n';
    return Ok;
}

int CliCommands::demo(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(run, args, {}))
        return *exit;
    if (auto exit = open(run))
        return *exit;
    Store &store = *run.store;
    auto events = store.events();
    if (!events)
        return fail(events.error(), false);
    if (!events->isEmpty()) {
        m_out << "The store already has events; the demo was not added.\n";
        return Ok;
    }
    SystemClock clock;
    const QDate today = QDate::currentDate();
    const CallContext ctx{u"demo-seed-"_s + today.toString(Qt::ISODate), u"demo"_s,
                          QSysInfo::machineHostName(), clock.nowMs()};
    auto shows = DemoSeeder::seed(store, ctx, today);
    if (!shows)
        return fail(shows.error(), false);
    if (auto staff = DemoSeeder::seedStaff(store, ctx); !staff)
        return fail(staff.error(), false);
    m_out << "Demo seeded: " << shows->size() << " shows.\n";
    m_out << "Demo users (name / PIN): admin 1234, supervisor 2345, organizer 3456, clerk 1111.\n";
    return Ok;
}

int CliCommands::shows(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(run, args, {}))
        return *exit;
    if (auto exit = open(run))
        return *exit;
    Store &store = *run.store;
    SystemClock clock;
    auto list = store.shows(0, clock.nowMs());
    if (!list)
        return fail(list.error(), run.json);
    if (run.json) {
        QJsonArray array;
        for (const Show &s : *list)
            array.append(s.toJson());
        printJson(m_out, array);
        return Ok;
    }
    for (const Show &s : *list) {
        m_out << QStringLiteral("%1  %2  %3  %4  %5/%6 available\n")
                     .arg(s.id, 4)
                     .arg(localTime(s.startsAtMs, s.timeZone), s.eventName, s.venueName)
                     .arg(s.availableCount)
                     .arg(s.seatCount);
    }
    return Ok;
}

int CliCommands::seats(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(run, args, {{u"show"_s, u"Show id."_s, u"ID"_s}}))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    bool ok = false;
    const qint64 showId = parser.value(u"show"_s).toLongLong(&ok);
    if (!ok || showId <= 0)
        return usage(u"--show needs a show id"_s);
    if (auto exit = open(run))
        return *exit;
    Store &store = *run.store;
    SystemClock clock;
    auto list = store.seatStates(showId, clock.nowMs());
    if (!list)
        return fail(list.error(), run.json);
    auto areas = store.gaStates(showId, clock.nowMs());
    if (!areas)
        return fail(areas.error(), run.json);
    if (run.json) {
        QJsonArray seatArray;
        for (const SeatState &s : *list)
            seatArray.append(s.toJson());
        QJsonArray gaArray;
        for (const GaAreaState &a : *areas)
            gaArray.append(a.toJson());
        printJson(m_out, QJsonObject{{u"show_id"_s, showId}, {u"seats"_s, seatArray}, {u"ga"_s, gaArray}});
        return Ok;
    }
    for (const SeatState &s : *list) {
        m_out << QStringLiteral("%1  %2 row %3 seat %4  %5  %6\n")
                     .arg(s.seatId, -16)
                     .arg(s.section, s.row, s.label, s.categoryId, SeatState::statusName(s.status));
    }
    for (const GaAreaState &a : *areas) {
        m_out << QStringLiteral("%1  %2: %3 of %4 available (%5 held, %6 sold)\n")
                     .arg(a.areaId, -16)
                     .arg(a.name)
                     .arg(a.available)
                     .arg(a.capacity)
                     .arg(a.held)
                     .arg(a.sold);
    }
    return Ok;
}

int CliCommands::sell(const QStringList &args)
{
    Invocation run;
    if (auto exit =
            prepare(run, args,
                    terminalOptions() +
                        QList<QCommandLineOption>{
                            {u"show"_s, u"Show id."_s, u"ID"_s},
                            {u"seats"_s, u"Seat ids, comma-separated."_s, u"IDS"_s},
                            {u"ga"_s, u"Standing area and quantity."_s, u"AREA:N"_s},
                            {u"best"_s, u"The best N seats available."_s, u"N"_s},
                            {u"category"_s, u"With --best: only this category."_s, u"ID"_s},
                            {u"wheelchair"_s, u"With --best: a wheelchair space and its companion seat."_s},
                            {{u"payment"_s, u"method"_s}, u"cash, comp or card."_s, u"METHOD"_s},
                            {u"key"_s, u"Idempotency key: the same key never sells twice."_s, u"KEY"_s},
                            {u"tendered"_s, u"Cash handed over, in cents (default: exact)."_s, u"CENTS"_s},
                            {u"reason"_s, u"Reason for a complimentary sale."_s, u"TEXT"_s},
                            {u"name"_s, u"Customer name."_s, u"NAME"_s},
                            {u"email"_s, u"Customer email."_s, u"EMAIL"_s},
                            actAsOptions().at(0),
                            actAsOptions().at(1)}))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    const auto bad = [&](const QString &message) { return fail(Error::invalidInput(message), run.json); };

    SaleRequest request;
    bool ok = false;
    request.hold.showId = parser.value(u"show"_s).toLongLong(&ok);
    if (!ok || request.hold.showId <= 0)
        return bad(u"--show needs a show id"_s);
    if (int(parser.isSet(u"seats"_s)) + int(parser.isSet(u"ga"_s)) + int(parser.isSet(u"best"_s)) != 1)
        return bad(u"give one of --seats, --ga or --best"_s);
    if (parser.isSet(u"best"_s)) {
        BestAvailableRequest best;
        best.quantity = parser.value(u"best"_s).toInt(&ok);
        if (!ok)
            return bad(u"--best takes a number of seats"_s);
        best.categoryId = parser.value(u"category"_s);
        best.wheelchair = parser.isSet(u"wheelchair"_s);
        request.best = best;
    } else if (parser.isSet(u"category"_s) || parser.isSet(u"wheelchair"_s)) {
        return bad(u"--category and --wheelchair go with --best"_s);
    }
    if (request.best) {
        // chosen by the store
    } else if (parser.isSet(u"seats"_s)) {
        for (const QString &id : parser.value(u"seats"_s).split(u',', Qt::KeepEmptyParts))
            request.hold.seatIds.append(id.trimmed());
    } else {
        const QString ga = parser.value(u"ga"_s);
        const qsizetype colon = ga.lastIndexOf(u':');
        const int quantity = colon > 0 ? ga.mid(colon + 1).toInt(&ok) : 0;
        if (colon <= 0 || !ok)
            return bad(u"--ga takes AREA:N, e.g. standing:2"_s);
        request.hold.ga.append({ga.left(colon), quantity});
    }
    const QString method = parser.value(u"payment"_s);
    if (!Payment::methodFromName(method, &request.method))
        return bad(u"--payment is cash, comp or card"_s);
    if (request.method == Payment::Method::Card && !parser.isSet(u"simulate"_s))
        return bad(
            u"no card terminal is set up: --simulate approve|decline|timeout|lost uses the simulated one"_s);
    if (request.method != Payment::Method::Card && parser.isSet(u"simulate"_s))
        return bad(u"--simulate goes with --payment card"_s);
    if (parser.isSet(u"tendered"_s)) {
        if (request.method != Payment::Method::Cash)
            return bad(u"--tendered goes with cash"_s);
        request.tenderedMinor = parser.value(u"tendered"_s).toLongLong(&ok);
        if (!ok || request.tenderedMinor < 0)
            return bad(u"--tendered takes an amount in cents"_s);
    }
    request.reason = parser.value(u"reason"_s);
    if (request.method == Payment::Method::Comp && request.reason.trimmed().isEmpty())
        request.reason = u"complimentary (parterre-cli)"_s;
    request.customer.name = parser.value(u"name"_s);
    request.customer.email = parser.value(u"email"_s);
    const QString key = parser.value(u"key"_s);
    if (key.trimmed().isEmpty())
        return bad(u"--key is required: it makes a repeated sale safe"_s);

    if (auto exit = open(run))
        return *exit;
    Store &store = *run.store;
    SystemClock clock;
    std::optional<User> as;
    if (auto exit = actAs(run, &as))
        return *exit;
    InventoryEngine engine(store, clock);
    engine.setActor(u"cli"_s, QSysInfo::machineHostName());
    if (as)
        engine.setUser(*as);
    if (auto holdTime = engine.loadHoldTime(); !holdTime)
        return fail(holdTime.error(), run.json);
    std::unique_ptr<SimulatedCardTerminal> terminal;
    if (request.method == Payment::Method::Card) {
        QString problem;
        terminal = terminalFor(run, &problem);
        if (!terminal)
            return bad(problem);
        engine.setPaymentProvider(terminal.get());
    }
    auto order = engine.sell(request, key);
    if (!order)
        return fail(order.error(), run.json);
    // A card the terminal did not answer for: the order waits, its seats kept, until reconcile.
    const bool pending = order->status == Order::Status::PendingPayment;

    qint64 change = 0;
    for (const Payment &p : order->payments)
        change += p.changeMinor;
    if (run.json) {
        QJsonArray seatsArray;
        QJsonArray tickets;
        for (const OrderItem &item : order->items) {
            seatsArray.append(item.seatId.isEmpty() ? item.gaAreaId + u':' + QString::number(item.gaUnit)
                                                    : item.seatId);
            tickets.append(QJsonObject{{u"seat_id"_s, item.seatId},
                                       {u"ga_area"_s, item.gaAreaId},
                                       {u"ga_unit"_s, item.gaUnit},
                                       {u"label"_s, item.label},
                                       {u"price_minor"_s, item.priceMinor},
                                       {u"code"_s, item.ticketCode}});
        }
        printJson(m_out, QJsonObject{{u"order_id"_s, order->id},
                                     {u"order_number"_s, order->number},
                                     {u"status"_s, Order::statusName(order->status)},
                                     {u"show_id"_s, order->showId},
                                     {u"seats"_s, seatsArray},
                                     {u"tickets"_s, tickets},
                                     {u"total_minor"_s, order->totalMinor},
                                     {u"currency"_s, order->currency},
                                     {u"change_minor"_s, change},
                                     {u"payments"_s, order->toJson().value(u"payments"_s)}});
        return pending ? Failed : Ok;
    }
    if (pending) {
        m_out << "Order " << order->number << " (id " << order->id << ") is waiting for its card payment: "
              << "the terminal did not answer. Its seats are kept; run parterre-cli reconcile.\n";
        return Failed;
    }
    m_out << "Order " << order->number << " (id " << order->id << ") " << Order::statusName(order->status)
          << ": " << order->items.size() << " ticket(s), "
          << Money{order->totalMinor, order->currency}.toString() << '\n';
    if (change > 0)
        m_out << "Change: " << Money{change, order->currency}.toString() << '\n';
    for (const OrderItem &item : order->items)
        m_out << "  " << item.label << "  " << item.ticketCode << '\n';
    return Ok;
}

int CliCommands::sweep(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(run, args, {}))
        return *exit;
    if (auto exit = open(run))
        return *exit;
    Store &store = *run.store;
    SystemClock clock;
    InventoryEngine engine(store, clock);
    engine.setActor(u"cli"_s, QSysInfo::machineHostName());
    auto result = engine.sweepExpired();
    if (!result)
        return fail(result.error(), false);
    m_out << "Released " << result->seatsReleased << " seat(s) and " << result->unitsReleased
          << " standing place(s) from " << result->holdsExpired << " expired hold(s).\n";
    return Ok;
}

int CliCommands::verify(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(run, args, {}))
        return *exit;
    if (auto exit = open(run))
        return *exit;
    Store &store = *run.store;
    SystemClock clock;
    auto violations = store.verify(clock.nowMs());
    if (!violations)
        return fail(violations.error(), run.json);
    if (run.json) {
        QJsonArray array;
        for (const Violation &v : *violations)
            array.append(QJsonObject{{u"rule"_s, v.rule}, {u"detail"_s, v.detail}});
        printJson(m_out, QJsonObject{{u"ok"_s, violations->isEmpty()}, {u"violations"_s, array}});
    } else if (violations->isEmpty()) {
        m_out << "OK: every invariant holds.\n";
    } else {
        for (const Violation &v : *violations)
            m_out << v.rule << ": " << v.detail << '\n';
        m_out << violations->size() << " violation(s).\n";
    }
    return violations->isEmpty() ? Ok : Failed;
}

} // namespace Parterre
