#include "sqltokens.h"

#include "store/sqlsession.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Parterre {

// A revocation's answer kept under its idempotency key (it holds no secret).
template<>
struct JsonCodec<ApiToken>
{
    static QJsonObject encode(const ApiToken &t)
    {
        return {{u"id"_s, t.id},
                {u"name"_s, t.name},
                {u"role"_s, t.role},
                {u"created_at_ms"_s, t.createdAtMs},
                {u"revoked_at_ms"_s, t.revokedAtMs}};
    }
    static ApiToken decode(const QJsonObject &o)
    {
        return {o.value(u"id"_s).toInteger(), o.value(u"name"_s).toString(), o.value(u"role"_s).toString(),
                o.value(u"created_at_ms"_s).toInteger(), o.value(u"revoked_at_ms"_s).toInteger()};
    }
};

QString SqlTokens::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return u"pt_"_s + QString::fromLatin1(
                          bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray SqlTokens::hashOf(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

namespace {

Result<Done> checkName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return Error::invalidInput(u"a token needs a name of 1 to 200 characters"_s);
    return Done{};
}

Result<Done> checkRole(const QString &role)
{
    if (!ApiToken::isRole(role))
        return Error::invalidInput(
            u"unknown role '%1' (clerk, supervisor, organizer, admin, channel)"_s.arg(role));
    return Done{};
}

} // namespace

Result<Done> SqlTokens::insertToken(const QString &name, const QString &role, const QString &token,
                                    const CallContext &ctx)
{
    auto existing = m_session.scalar(u"SELECT COUNT(*) FROM api_tokens WHERE name = ?"_s, {name});
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error::conflict(u"a token named '%1' exists already"_s.arg(name));
    auto inserted = m_session.scalar(u"INSERT INTO api_tokens (name, role, token_hash, created_at_ms) "
                                     "VALUES (?, ?, ?, ?) RETURNING id"_s,
                                     {name, role, QString::fromLatin1(hashOf(token)), ctx.nowMs});
    if (!inserted)
        return inserted.error();
    return m_session.audit(ctx, u"create_token"_s, 0, {{u"name"_s, name}, {u"role"_s, role}});
}

Result<QString> SqlTokens::create(const QString &name, const QString &role, const CallContext &ctx)
{
    if (auto checked = checkName(name); !checked)
        return checked.error();
    if (auto checked = checkRole(role); !checked)
        return checked.error();
    const QString token = generate();
    // The answer is the token itself: it must not be kept under an idempotency key, so none is used.
    CallContext plain = ctx;
    plain.idempotencyKey.clear();
    auto done = m_session.mutate<qint64>(u"create_token"_s, {}, plain, [&]() -> Result<qint64> {
        if (auto inserted = insertToken(name, role, token, ctx); !inserted)
            return inserted.error();
        return 1;
    });
    if (!done)
        return done.error();
    return token;
}

QString SqlTokens::generatePairingCode()
{
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no I, L, O, 0, 1
    const int size = int(sizeof(alphabet)) - 1;
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += u'-';
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]);
    }
    return code;
}

QString SqlTokens::normalisedPairingCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c != u'-' && !c.isSpace())
            out += c.toUpper();
    }
    return out;
}

Result<QString> SqlTokens::createPairingCode(const QString &role, qint64 ttlMs, const CallContext &ctx)
{
    if (auto checked = checkRole(role); !checked)
        return checked.error();
    if (ttlMs <= 0 || ttlMs > MaxPairingTtlMs)
        return Error::invalidInput(u"a pairing code lives from 1 ms to an hour"_s);
    const QString code = generatePairingCode();
    CallContext plain = ctx;
    plain.idempotencyKey.clear();
    auto done = m_session.mutate<qint64>(u"create_pairing_code"_s, {}, plain, [&]() -> Result<qint64> {
        auto inserted = m_session.exec(
            u"INSERT INTO pairing_codes (code_hash, role, created_at_ms, expires_at_ms) "
            "VALUES (?, ?, ?, ?)"_s,
            {QString::fromLatin1(hashOf(normalisedPairingCode(code))), role, ctx.nowMs, ctx.nowMs + ttlMs});
        if (!inserted)
            return inserted.error();
        if (auto logged = m_session.audit(ctx, u"create_pairing_code"_s, 0, {{u"role"_s, role}}); !logged)
            return logged.error();
        return 1;
    });
    if (!done)
        return done.error();
    return code;
}

Result<QString> SqlTokens::redeemPairingCode(const QString &code, const QString &name, const CallContext &ctx)
{
    if (auto checked = checkName(name); !checked)
        return checked.error();
    const QString hash = QString::fromLatin1(hashOf(normalisedPairingCode(code)));
    const QString token = generate();
    CallContext plain = ctx;
    plain.idempotencyKey.clear();
    auto done = m_session.mutate<qint64>(u"redeem_pairing_code"_s, {}, plain, [&]() -> Result<qint64> {
        // Used once: the conditional update decides, so two terminals racing with one code get one token.
        auto role = m_session.exec(u"UPDATE pairing_codes SET used_at_ms = ?, token_name = ? "
                                   "WHERE code_hash = ? AND used_at_ms IS NULL AND expires_at_ms > ? "
                                   "RETURNING role"_s,
                                   {ctx.nowMs, name, hash, ctx.nowMs});
        if (!role)
            return role.error();
        if (!role->next())
            return Error::notFound(u"no such pairing code, or it has been used or has expired"_s);
        const QString roleName = role->value(0).toString();
        role->finish();
        if (auto inserted = insertToken(name, roleName, token, ctx); !inserted)
            return inserted.error();
        return 1;
    });
    if (!done)
        return done.error();
    return token;
}

Result<ApiToken> SqlTokens::revoke(const QString &name, const CallContext &ctx)
{
    return m_session.mutate<ApiToken>(u"revoke_token"_s, {{u"name"_s, name}}, ctx, [&]() -> Result<ApiToken> {
        auto token = byName(name);
        if (!token)
            return token.error();
        if (token->revokedAtMs == 0) {
            auto updated = m_session.exec(u"UPDATE api_tokens SET revoked_at_ms = ? WHERE id = ?"_s,
                                          {ctx.nowMs, token->id});
            if (!updated)
                return updated.error();
            token->revokedAtMs = ctx.nowMs;
            if (auto logged = m_session.audit(ctx, u"revoke_token"_s, 0, {{u"name"_s, name}}); !logged)
                return logged.error();
        }
        return token;
    });
}

namespace {

Result<ApiToken> readOne(Result<SqlCursor> query, const QString &what)
{
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(u"no token %1"_s.arg(what));
    ApiToken token;
    token.id = query->value(0).toLongLong();
    token.name = query->value(1).toString();
    token.role = query->value(2).toString();
    token.createdAtMs = query->value(3).toLongLong();
    token.revokedAtMs = query->value(4).isNull() ? 0 : query->value(4).toLongLong();
    query->finish();
    return token;
}

} // namespace

Result<ApiToken> SqlTokens::byName(const QString &name)
{
    return readOne(m_session.exec(u"SELECT id, name, role, created_at_ms, revoked_at_ms FROM api_tokens "
                                  "WHERE name = ?"_s,
                                  {name}),
                   u"named '%1'"_s.arg(name));
}

Result<ApiToken> SqlTokens::byHash(const QByteArray &sha256Hex)
{
    return readOne(m_session.exec(u"SELECT id, name, role, created_at_ms, revoked_at_ms FROM api_tokens "
                                  "WHERE token_hash = ?"_s,
                                  {QString::fromLatin1(sha256Hex)}),
                   u"with that hash"_s);
}

} // namespace Parterre
