#pragma once

#include "store/store.h"

namespace Parterre {

class SqlSession;

// Bearer tokens in SQL: random 256-bit tokens of which only the SHA-256 is stored, with a role, revocable.
class SqlTokens final
{
public:
    explicit SqlTokens(SqlSession &session)
        : m_session(session)
    {}

    // A new random token ("pt_" and 43 base64url characters); its hash, name and role are stored.
    static QString generate();
    static QByteArray hashOf(const QString &token); // lowercase hex SHA-256 of the UTF-8 token

    Result<QString> create(const QString &name, const QString &role, const CallContext &ctx);
    Result<ApiToken> revoke(const QString &name, const CallContext &ctx);
    Result<ApiToken> byHash(const QByteArray &sha256Hex);

    static constexpr qint64 MaxPairingTtlMs = 60 * 60 * 1000;
    // "ABCD-EFGH" from 31 unambiguous letters and digits (~40 bits): short enough to type; guessing is
    // held off by the host's rate limit and the code's short life.
    static QString generatePairingCode();
    static QString normalisedPairingCode(const QString &code); // upper case, without spaces or dashes
    Result<QString> createPairingCode(const QString &role, qint64 ttlMs, const CallContext &ctx);
    Result<QString> redeemPairingCode(const QString &code, const QString &name, const CallContext &ctx);

private:
    Result<ApiToken> byName(const QString &name);
    Result<Done> insertToken(const QString &name, const QString &role, const QString &token,
                             const CallContext &ctx);

    SqlSession &m_session;
};

} // namespace Parterre
