// parterre-cli user and holdcode: the staff who log in at terminals and the hold codes that keep house
// seats. Members of CliCommands kept in their own file.

#include "clicommands.h"

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "staff/staffservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

QString newKey(const QString &what)
{
    return u"cli-"_s + what + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void printCompact(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << '\n';
}

} // namespace

QList<QCommandLineOption> CliCommands::actAsOptions()
{
    return {{u"as"_s, u"Act as this user (their role is checked)."_s, u"NAME"_s},
            {u"as-pin"_s, u"The PIN of the --as user."_s, u"PIN"_s}};
}

std::optional<int> CliCommands::actAs(Invocation &run, std::optional<User> *user)
{
    user->reset();
    if (!run.parser.isSet(u"as"_s))
        return std::nullopt;
    SystemClock clock;
    StaffService staff(*run.store, clock, QSysInfo::machineHostName());
    auto in = staff.login(run.parser.value(u"as"_s), run.parser.value(u"as-pin"_s));
    if (!in)
        return fail(in.error(), run.json);
    *user = *in;
    return std::nullopt;
}

int CliCommands::user(const QStringList &args)
{
    Invocation run;
    run.positionals = 1;
    QList<QCommandLineOption> options{{u"name"_s, u"User name (or id)."_s, u"NAME"_s},
                                      {u"role"_s, u"clerk, supervisor, organizer or admin."_s, u"ROLE"_s},
                                      {u"pin"_s, u"4 to 8 digits."_s, u"PIN"_s},
                                      {u"key"_s, u"Idempotency key."_s, u"KEY"_s}};
    options.append(actAsOptions());
    if (auto exit = prepare(run, args, options))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    const QString action = parser.positionalArguments().value(0);
    static const QStringList actions{u"add"_s, u"list"_s, u"deactivate"_s, u"activate"_s, u"pin"_s};
    if (!actions.contains(action))
        return usage(u"user needs add, list, deactivate, activate or pin"_s);
    Role role = Role::Clerk;
    if (action == "add"_L1 && !roleFromName(parser.value(u"role"_s), &role))
        return usage(u"user add needs --role clerk|supervisor|organizer|admin"_s);
    if (action != "list"_L1 && parser.value(u"name"_s).trimmed().isEmpty())
        return usage(u"user %1 needs --name NAME"_s.arg(action));
    if ((action == "add"_L1 || action == "pin"_L1) && !parser.isSet(u"pin"_s))
        return usage(u"user %1 needs --pin PIN (4 to 8 digits)"_s.arg(action));
    if (auto exit = open(run))
        return *exit;
    std::optional<User> as;
    if (auto exit = actAs(run, &as))
        return *exit;

    SystemClock clock;
    StaffService staff(*run.store, clock, QSysInfo::machineHostName());
    if (as)
        staff.setUser(*as);
    const QString key = parser.isSet(u"key"_s) ? parser.value(u"key"_s) : newKey(u"user"_s);
    const QString name = parser.value(u"name"_s);
    if (action == "list"_L1) {
        auto users = staff.users();
        if (!users)
            return fail(users.error(), run.json);
        if (run.json) {
            QJsonArray array;
            for (const User &u : *users)
                array.append(u.toJson());
            printCompact(m_out, array);
            return Ok;
        }
        for (const User &u : *users)
            m_out << QStringLiteral("%1  %2  %3%4\n")
                         .arg(u.id, 4)
                         .arg(u.name, -20)
                         .arg(roleName(u.role), -10)
                         .arg(u.active ? QString() : u"  (inactive)"_s);
        return Ok;
    }
    Result<User> done = action == "add"_L1        ? staff.createUser(name, role, parser.value(u"pin"_s), key)
                        : action == "pin"_L1      ? staff.setPin(name, parser.value(u"pin"_s))
                        : action == "activate"_L1 ? staff.setActive(name, true, key)
                                                  : staff.setActive(name, false, key);
    if (!done)
        return fail(done.error(), run.json);
    if (run.json) {
        printCompact(m_out, done->toJson());
        return Ok;
    }
    m_out << "User " << done->name << " (id " << done->id << ", " << roleName(done->role) << ")"
          << (done->active ? "" : ", inactive") << '\n';
    return Ok;
}

int CliCommands::holdCode(const QStringList &args)
{
    Invocation run;
    run.positionals = 1;
    QList<QCommandLineOption> options{
        {u"code"_s, u"The hold code: a-z, 0-9, - and _."_s, u"CODE"_s},
        {u"name"_s, u"What people read: \"Press tickets\"."_s, u"NAME"_s},
        {u"roles"_s, u"Roles that may sell from it, comma-separated."_s, u"ROLES"_s},
        {u"show"_s, u"Show id."_s, u"ID"_s},
        {u"seats"_s, u"Seat ids, comma-separated."_s, u"IDS"_s},
        {u"key"_s, u"Idempotency key."_s, u"KEY"_s}};
    options.append(actAsOptions());
    if (auto exit = prepare(run, args, options))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    const QString action = parser.positionalArguments().value(0);
    static const QStringList actions{u"add"_s, u"list"_s, u"assign"_s, u"release"_s};
    if (!actions.contains(action))
        return usage(u"holdcode needs add, list, assign or release"_s);
    HoldCode code;
    code.code = parser.value(u"code"_s);
    code.name = parser.value(u"name"_s);
    if (action == "add"_L1 && !HoldCode::rolesFromText(parser.value(u"roles"_s), &code.roles))
        return usage(u"--roles takes clerk, supervisor, organizer and admin, comma-separated"_s);
    if (action == "assign"_L1 && code.code.isEmpty())
        return usage(u"holdcode assign needs --code CODE"_s);
    bool ok = false;
    const qint64 showId = parser.value(u"show"_s).toLongLong(&ok);
    QStringList seats;
    for (const QString &s : parser.value(u"seats"_s).split(u',', Qt::SkipEmptyParts))
        seats.append(s.trimmed());
    if ((action == "assign"_L1 || action == "release"_L1) && (!ok || showId <= 0 || seats.isEmpty()))
        return usage(u"holdcode %1 needs --show ID and --seats ID,ID"_s.arg(action));
    if (auto exit = open(run))
        return *exit;
    std::optional<User> as;
    if (auto exit = actAs(run, &as))
        return *exit;

    SystemClock clock;
    const QString key = parser.isSet(u"key"_s) ? parser.value(u"key"_s) : newKey(u"holdcode"_s);
    if (action == "list"_L1) {
        auto codes = run.store->holdCodes();
        if (!codes)
            return fail(codes.error(), run.json);
        if (run.json) {
            QJsonArray array;
            for (const HoldCode &c : *codes)
                array.append(c.toJson());
            printCompact(m_out, array);
            return Ok;
        }
        for (const HoldCode &c : *codes)
            m_out << QStringLiteral("%1  %2  %3\n").arg(c.code, -16).arg(c.name, -28).arg(c.rolesText());
        return Ok;
    }
    if (action == "add"_L1) {
        StaffService staff(*run.store, clock, QSysInfo::machineHostName());
        if (as)
            staff.setUser(*as);
        auto created = staff.createHoldCode(code, key);
        if (!created)
            return fail(created.error(), run.json);
        if (run.json)
            printCompact(m_out, created->toJson());
        else
            m_out << "Hold code " << created->code << " (" << created->name << "): " << created->rolesText()
                  << '\n';
        return Ok;
    }
    InventoryEngine engine(*run.store, clock);
    engine.setActor(u"cli"_s, QSysInfo::machineHostName());
    if (as)
        engine.setUser(*as);
    auto changed = engine.setSeatsHoldCode(showId, seats, action == "assign"_L1 ? code.code : QString(), key);
    if (!changed)
        return fail(changed.error(), run.json);
    if (run.json)
        printCompact(m_out, QJsonObject{{u"show_id"_s, showId},
                                        {u"seats"_s, QJsonArray::fromStringList(*changed)},
                                        {u"code"_s, action == "assign"_L1 ? code.code : QString()}});
    else if (action == "assign"_L1)
        m_out << changed->size() << " seat(s) kept under " << code.code << '\n';
    else
        m_out << changed->size() << " seat(s) back on sale\n";
    return Ok;
}

int CliCommands::holdTime(const QStringList &args)
{
    Invocation run;
    QList<QCommandLineOption> options{{u"set"_s, u"New hold time in seconds (60 to 86400)."_s, u"SECONDS"_s}};
    options.append(actAsOptions());
    if (auto exit = prepare(run, args, options))
        return *exit;
    bool ok = true;
    const qint64 seconds = run.parser.isSet(u"set"_s) ? run.parser.value(u"set"_s).toLongLong(&ok) : 0;
    if (!ok)
        return fail(Error::invalidInput(u"--set takes a number of seconds"_s), run.json);
    if (auto exit = open(run))
        return *exit;
    std::optional<User> as;
    if (auto exit = actAs(run, &as))
        return *exit;
    SystemClock clock;
    if (run.parser.isSet(u"set"_s)) {
        StaffService staff(*run.store, clock, QSysInfo::machineHostName());
        if (as)
            staff.setUser(*as);
        if (auto set = staff.setHoldTime(seconds * 1000); !set)
            return fail(set.error(), run.json);
    }
    InventoryEngine engine(*run.store, clock);
    auto ms = engine.loadHoldTime();
    if (!ms)
        return fail(ms.error(), run.json);
    if (run.json)
        printCompact(m_out, QJsonObject{{u"hold_time_ms"_s, *ms}});
    else
        m_out << "Holds last " << *ms / 1000 << " s.\n";
    return Ok;
}

} // namespace Parterre
