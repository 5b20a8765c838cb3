// parterre-cli token: makes and revokes the bearer tokens of the sync API (docs/http-api.md). A member of
// CliCommands kept in its own file.

#include "clicommands.h"

#include "inventory/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Parterre {

int CliCommands::token(const QStringList &args)
{
    Invocation run;
    run.positionals = 1;
    if (auto exit = prepare(run, args,
                            {{u"role"_s, u"clerk, supervisor, organizer, admin or channel."_s, u"ROLE"_s},
                             {u"name"_s, u"The token's name (one per terminal or script)."_s, u"NAME"_s},
                             {u"ttl"_s, u"How long a pairing code lives, in seconds (default 300)."_s,
                              u"SECONDS"_s, u"300"_s}}))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    const QString action = parser.positionalArguments().value(0);
    if (action != "create"_L1 && action != "revoke"_L1 && action != "pairing-code"_L1)
        return usage(u"token needs \"create\", \"revoke\" or \"pairing-code\""_s);
    const QString name = parser.value(u"name"_s);
    if (name.isEmpty() && action != "pairing-code"_L1)
        return usage(u"token needs --name NAME"_s);
    if (action != "revoke"_L1 && !ApiToken::isRole(parser.value(u"role"_s)))
        return usage(u"token %1 needs --role clerk|supervisor|organizer|admin|channel"_s.arg(action));
    bool ttlOk = false;
    const qint64 ttlSeconds = parser.value(u"ttl"_s).toLongLong(&ttlOk);
    if (!ttlOk || ttlSeconds < 1 || ttlSeconds > 3600)
        return usage(u"--ttl needs 1 to 3600 seconds"_s);
    if (auto exit = open(run))
        return *exit;

    SystemClock clock;
    const CallContext ctx{u"cli-token-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces), u"cli"_s,
                          QSysInfo::machineHostName(), clock.nowMs()};
    if (action == "pairing-code"_L1) {
        auto code = run.store->createPairingCode(parser.value(u"role"_s), ttlSeconds * 1000, ctx);
        if (!code)
            return fail(code.error(), run.json);
        if (run.json)
            m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"code"_s, *code},
                                                                 {u"role"_s, parser.value(u"role"_s)},
                                                                 {u"expires_in_s"_s, ttlSeconds}})
                                           .toJson(QJsonDocument::Compact))
                  << '\n';
        else
            m_out << *code << '\n';
        return Ok;
    }
    if (action == "create"_L1) {
        auto token = run.store->createToken(name, parser.value(u"role"_s), ctx);
        if (!token)
            return fail(token.error(), run.json);
        if (run.json)
            m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"token"_s, *token},
                                                                 {u"name"_s, name},
                                                                 {u"role"_s, parser.value(u"role"_s)}})
                                           .toJson(QJsonDocument::Compact))
                  << '\n';
        else
            m_out << *token << '\n';
        return Ok;
    }
    auto revoked = run.store->revokeToken(name, ctx);
    if (!revoked)
        return fail(revoked.error(), run.json);
    if (run.json)
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"name"_s, name}, {u"revoked"_s, true}})
                                       .toJson(QJsonDocument::Compact))
              << '\n';
    else
        m_out << "revoked " << name << '\n';
    return Ok;
}

} // namespace Parterre
