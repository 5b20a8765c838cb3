// parterre-cli closeout and report: cash drawer sessions, Z-reports and sales reports with CSV export.
// Members of CliCommands kept in their own file.

#include "clicommands.h"

#include "inventory/clock.h"
#include "report/cashdrawer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

// "2026-11-23" (midnight UTC) or "2026-11-23T18:00:00Z"; -1 when it is neither.
qint64 parseWhen(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return -1;
        when = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toMSecsSinceEpoch();
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int CliCommands::closeOut(const QStringList &args)
{
    Invocation run;
    run.positionals = 1;
    QList<QCommandLineOption> options{
        {u"terminal"_s, u"The terminal whose drawer it is (default: this machine)."_s, u"T"_s},
        {u"clerk"_s, u"The clerk (user name) whose drawer it is."_s, u"NAME"_s},
        {u"float"_s, u"Cash in the drawer when it opens, in cents."_s, u"CENTS"_s},
        {u"currency"_s, u"Currency of the drawer (default EUR)."_s, u"CODE"_s, u"EUR"_s},
        {u"session"_s, u"Drawer session id."_s, u"ID"_s},
        {u"counted"_s, u"Cash counted at the close, in cents."_s, u"CENTS"_s},
        {u"csv"_s, u"Write the Z-report as CSV to this file."_s, u"OUT"_s},
        {u"key"_s, u"Idempotency key."_s, u"KEY"_s}};
    options.append(actAsOptions());
    if (auto exit = prepare(run, args, options))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    const QString action = parser.positionalArguments().value(0);
    if (action != "open"_L1 && action != "close"_L1 && action != "report"_L1)
        return usage(u"closeout needs open, close or report"_s);
    const auto bad = [&](const QString &message) { return fail(Error::invalidInput(message), run.json); };
    bool ok = false;
    qint64 floatMinor = 0;
    qint64 sessionId = 0;
    qint64 counted = 0;
    if (action == "open"_L1) {
        floatMinor = parser.value(u"float"_s).toLongLong(&ok);
        if (!ok)
            return bad(u"closeout open needs --float CENTS"_s);
        if (!parser.isSet(u"clerk"_s) && !parser.isSet(u"as"_s))
            return bad(u"closeout open needs --clerk NAME (or --as NAME)"_s);
    } else {
        sessionId = parser.value(u"session"_s).toLongLong(&ok);
        if (!ok || sessionId <= 0)
            return bad(u"closeout %1 needs --session ID"_s.arg(action));
        if (action == "close"_L1) {
            counted = parser.value(u"counted"_s).toLongLong(&ok);
            if (!ok)
                return bad(u"closeout close needs --counted CENTS"_s);
        }
    }
    if (auto exit = open(run))
        return *exit;
    std::optional<User> as;
    if (auto exit = actAs(run, &as))
        return *exit;

    SystemClock clock;
    CashDrawer drawer(*run.store, clock,
                      parser.isSet(u"terminal"_s) ? parser.value(u"terminal"_s)
                                                  : QSysInfo::machineHostName());
    if (as)
        drawer.setUser(*as);
    const QString key = parser.isSet(u"key"_s)
                            ? parser.value(u"key"_s)
                            : u"cli-closeout-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (action == "open"_L1 || action == "close"_L1) {
        auto session = action == "open"_L1 ? drawer.open(parser.value(u"clerk"_s),
                                                         {floatMinor, parser.value(u"currency"_s)}, key)
                                           : drawer.close(sessionId, counted, key);
        if (!session)
            return fail(session.error(), run.json);
        if (run.json) {
            m_out << QString::fromUtf8(QJsonDocument(session->toJson()).toJson(QJsonDocument::Compact))
                  << '\n';
            return Ok;
        }
        if (action == "open"_L1) {
            m_out << "Drawer session " << session->id << " open: " << session->clerk << " at "
                  << session->terminal << ", float "
                  << Money{session->floatMinor, session->currency}.toString() << '\n';
            return Ok;
        }
    }
    auto z = drawer.zReport(sessionId);
    if (!z)
        return fail(z.error(), run.json);
    if (parser.isSet(u"csv"_s)) {
        QString error;
        if (!writeFile(parser.value(u"csv"_s), z->toCsv(), &error))
            return fail(Error::storage(error), run.json);
    }
    if (run.json)
        m_out << QString::fromUtf8(QJsonDocument(z->session.toJson()).toJson(QJsonDocument::Compact)) << '\n';
    else
        m_out << z->toText();
    return Ok;
}

int CliCommands::report(const QStringList &args)
{
    Invocation run;
    QList<QCommandLineOption> options{
        {u"by"_s, u"show, category, method or clerk."_s, u"BY"_s},
        {u"from"_s, u"Start (ISO 8601 date or time, UTC)."_s, u"DATE"_s},
        {u"to"_s, u"End, not included (ISO 8601 date or time, UTC)."_s, u"DATE"_s},
        {u"csv"_s, u"Write the report as CSV to this file."_s, u"OUT"_s}};
    options.append(actAsOptions());
    if (auto exit = prepare(run, args, options))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    SalesReport::By by;
    if (!SalesReport::byFromName(parser.value(u"by"_s), &by))
        return usage(u"report needs --by show|category|method|clerk"_s);
    const qint64 from = parser.isSet(u"from"_s) ? parseWhen(parser.value(u"from"_s)) : 0;
    const qint64 to = parser.isSet(u"to"_s) ? parseWhen(parser.value(u"to"_s)) : 0;
    if (from < 0 || to < 0)
        return fail(Error::invalidInput(u"--from and --to take ISO 8601 dates, e.g. 2026-11-23"_s), run.json);
    if (auto exit = open(run))
        return *exit;
    std::optional<User> as;
    if (auto exit = actAs(run, &as))
        return *exit;
    SystemClock clock;
    CashDrawer drawer(*run.store, clock, QSysInfo::machineHostName());
    if (as)
        drawer.setUser(*as);
    auto rows = drawer.salesReport(by, from, to);
    if (!rows)
        return fail(rows.error(), run.json);
    if (parser.isSet(u"csv"_s)) {
        QString error;
        if (!writeFile(parser.value(u"csv"_s), SalesReport::toCsv(by, *rows), &error))
            return fail(Error::storage(error), run.json);
    }
    if (run.json) {
        QJsonArray array;
        for (const SalesReport::Row &r : *rows)
            array.append(QJsonObject{{u"key"_s, r.key},
                                     {u"label"_s, r.label},
                                     {u"tickets"_s, r.tickets},
                                     {u"gross_minor"_s, r.grossMinor},
                                     {u"refunds_minor"_s, r.refundsMinor},
                                     {u"net_minor"_s, r.netMinor()},
                                     {u"currency"_s, r.currency}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
        return Ok;
    }
    m_out << SalesReport::toText(by, *rows);
    return Ok;
}

} // namespace Parterre
