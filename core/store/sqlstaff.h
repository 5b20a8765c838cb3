#pragma once

#include "store/store.h"

namespace Parterre {

class SqlInventory;
class SqlSession;

// Staff records in SQL: users and their PIN digests, hold codes and the seats kept under them, the one
// extension of a hold, and store-wide settings. Permission checks are the callers' job.
class SqlStaff final
{
public:
    SqlStaff(SqlSession &session, SqlInventory &inventory)
        : m_session(session)
        , m_inventory(inventory)
    {}

    Result<User> createUser(const User &user, const PinDigest &pin, const CallContext &ctx);
    Result<User> setUserActive(qint64 userId, bool active, const CallContext &ctx);
    Result<User> setUserPin(qint64 userId, const PinDigest &pin, const CallContext &ctx);
    Result<QList<User>> users();
    Result<UserCredentials> userCredentials(const QString &nameOrId);
    Result<UserCredentials> recordPinAttempt(qint64 userId, bool success, int maxFailures, qint64 lockMs,
                                             const CallContext &ctx);

    Result<HoldCode> createHoldCode(const HoldCode &code, const CallContext &ctx);
    Result<QList<HoldCode>> holdCodes();
    Result<QStringList> setSeatsHoldCode(qint64 showId, const QStringList &seatIds, const QString &code,
                                         const CallContext &ctx);
    Result<Hold> extendHold(qint64 holdId, qint64 byMs, const CallContext &ctx);

    Result<QString> setting(const QString &key);
    Result<QString> setSetting(const QString &key, const QString &value, const CallContext &ctx);

private:
    Result<UserCredentials> credentialsWhere(const QString &condition, const QVariant &value);
    Result<User> userById(qint64 userId);

    SqlSession &m_session;
    SqlInventory &m_inventory;
};

} // namespace Parterre
