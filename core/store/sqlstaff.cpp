#include "sqlstaff.h"

#include "store/sqlinventory.h"
#include "store/sqlsession.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

const QString kUserColumns =
    u"SELECT id, name, role, active, created_at_ms, pin_salt, pin_hash, pin_iterations, "
    "failed_pins, locked_until_ms FROM users "_s;

QVariantList withSeats(QVariantList head, const QStringList &seats, const QVariantList &after = {})
{
    for (const QString &s : seats)
        head.append(s);
    head.append(after);
    return head;
}

} // namespace

namespace {

UserCredentials readCredentials(const SqlCursor &q)
{
    UserCredentials c;
    c.user.id = q.value(0).toLongLong();
    c.user.name = q.value(1).toString();
    roleFromName(q.value(2).toString(), &c.user.role);
    c.user.active = q.value(3).toLongLong() != 0;
    c.user.createdAtMs = q.value(4).toLongLong();
    c.pin.salt = q.value(5).toString().toLatin1();
    c.pin.hash = q.value(6).toString().toLatin1();
    c.pin.iterations = q.value(7).toInt();
    c.failedPins = q.value(8).toInt();
    c.lockedUntilMs = q.value(9).toLongLong();
    return c;
}

} // namespace

Result<UserCredentials> SqlStaff::credentialsWhere(const QString &condition, const QVariant &value)
{
    auto q = m_session.exec(kUserColumns + u"WHERE "_s + condition, {value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(u"no such user"_s);
    UserCredentials c = readCredentials(*q);
    q->finish();
    return c;
}

Result<User> SqlStaff::userById(qint64 userId)
{
    auto c = credentialsWhere(u"id = ?"_s, userId);
    if (!c)
        return c.error().code == Error::Code::NotFound ? Error::notFound(u"no user %1"_s.arg(userId))
                                                       : c.error();
    return c->user;
}

Result<UserCredentials> SqlStaff::userCredentials(const QString &nameOrId)
{
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    auto c = numeric ? credentialsWhere(u"id = ?"_s, id) : credentialsWhere(u"name = ?"_s, nameOrId);
    if (!c && c.error().code == Error::Code::NotFound)
        return Error::notFound(u"no user \"%1\""_s.arg(nameOrId));
    return c;
}

Result<User> SqlStaff::createUser(const User &user, const PinDigest &pin, const CallContext &ctx)
{
    // The PIN digest stays out of the request hash: its salt is new on every try.
    const QJsonObject json{{u"name"_s, user.name}, {u"role"_s, roleName(user.role)}};
    return m_session.mutate<User>(u"create_user"_s, json, ctx, [&]() -> Result<User> {
        auto existing = m_session.scalar(u"SELECT COUNT(*) FROM users WHERE name = ?"_s, {user.name});
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return Error::conflict(u"a user named \"%1\" exists already"_s.arg(user.name));
        auto id = m_session.scalar(
            u"INSERT INTO users (name, role, active, pin_salt, pin_hash, pin_iterations, created_at_ms) "
            "VALUES (?, ?, 1, ?, ?, ?, ?) RETURNING id"_s,
            {user.name, roleName(user.role), QString::fromLatin1(pin.salt), QString::fromLatin1(pin.hash),
             pin.iterations, ctx.nowMs});
        if (!id)
            return id.error();
        if (auto a = m_session.audit(ctx, u"create_user"_s, 0, json); !a)
            return a.error();
        return userById(*id);
    });
}

Result<User> SqlStaff::setUserActive(qint64 userId, bool active, const CallContext &ctx)
{
    const QJsonObject json{{u"user_id"_s, userId}, {u"active"_s, active}};
    return m_session.mutate<User>(u"set_user_active"_s, json, ctx, [&]() -> Result<User> {
        auto user = userById(userId);
        if (!user)
            return user.error();
        if (!active && user->role == Role::Admin && user->active) {
            // Someone must be able to manage users afterwards. The rows are locked on PostgreSQL, so two
            // admins deactivating each other at once cannot both pass.
            auto admins = m_session.exec(u"SELECT id FROM users WHERE role = 'admin' AND active = 1"_s +
                                         m_session.dialect().forUpdate);
            if (!admins)
                return admins.error();
            int count = 0;
            while (admins->next())
                ++count;
            if (count <= 1)
                return Error::invalidState(u"%1 is the last active admin"_s.arg(user->name));
        }
        if (auto q = m_session.exec(u"UPDATE users SET active = ? WHERE id = ?"_s, {active ? 1 : 0, userId});
            !q)
            return q.error();
        if (auto a = m_session.audit(ctx, active ? u"activate_user"_s : u"deactivate_user"_s, 0,
                                     {{u"user_id"_s, userId}, {u"name"_s, user->name}});
            !a)
            return a.error();
        return userById(userId);
    });
}

Result<User> SqlStaff::setUserPin(qint64 userId, const PinDigest &pin, const CallContext &ctx)
{
    CallContext plain = ctx; // a new salt every time: setting a PIN is not replayed under a key
    plain.idempotencyKey.clear();
    return m_session.mutate<User>(u"set_user_pin"_s, {}, plain, [&]() -> Result<User> {
        auto user = userById(userId);
        if (!user)
            return user.error();
        if (auto q = m_session.exec(
                u"UPDATE users SET pin_salt = ?, pin_hash = ?, pin_iterations = ?, "
                "failed_pins = 0, locked_until_ms = 0 WHERE id = ?"_s,
                {QString::fromLatin1(pin.salt), QString::fromLatin1(pin.hash), pin.iterations, userId});
            !q)
            return q.error();
        if (auto a = m_session.audit(ctx, u"set_pin"_s, 0, {{u"user_id"_s, userId}, {u"name"_s, user->name}});
            !a)
            return a.error();
        return user;
    });
}

Result<QList<User>> SqlStaff::users()
{
    auto q = m_session.exec(kUserColumns + u"ORDER BY name"_s);
    if (!q)
        return q.error();
    QList<User> list;
    while (q->next())
        list.append(readCredentials(*q).user);
    return list;
}

Result<UserCredentials> SqlStaff::recordPinAttempt(qint64 userId, bool success, int maxFailures,
                                                   qint64 lockMs, const CallContext &ctx)
{
    CallContext plain = ctx;
    plain.idempotencyKey.clear();
    auto done = m_session.mutate<qint64>(u"pin_attempt"_s, {}, plain, [&]() -> Result<qint64> {
        auto user = userById(userId);
        if (!user)
            return user.error();
        // One statement counts the failure and, at the limit, locks: two terminals guessing at once cannot
        // both slip under it. A lockout that has ended starts the count again.
        auto q = success
                     ? m_session.exec(u"UPDATE users SET failed_pins = 0, locked_until_ms = 0 WHERE id = ?"_s,
                                      {userId})
                     : m_session.exec(
                           u"UPDATE users SET failed_pins = CASE WHEN %1 THEN 1 ELSE failed_pins + 1 END, "
                           "locked_until_ms = CASE WHEN (CASE WHEN %1 THEN 1 ELSE failed_pins + 1 END) "
                           ">= ? THEN ? WHEN %1 THEN 0 ELSE locked_until_ms END WHERE id = ?"_s.arg(
                               u"(locked_until_ms > 0 AND locked_until_ms <= ?)"_s),
                           {ctx.nowMs, ctx.nowMs, maxFailures, ctx.nowMs + lockMs, ctx.nowMs, userId});
        if (!q)
            return q.error();
        if (auto a = m_session.audit(ctx, success ? u"login"_s : u"login_failed"_s, 0,
                                     {{u"user_id"_s, userId}, {u"name"_s, user->name}});
            !a)
            return a.error();
        return userId;
    });
    if (!done)
        return done.error();
    return credentialsWhere(u"id = ?"_s, userId);
}

Result<HoldCode> SqlStaff::createHoldCode(const HoldCode &code, const CallContext &ctx)
{
    const QJsonObject json{{u"code"_s, code.code}, {u"name"_s, code.name}, {u"roles"_s, code.rolesText()}};
    return m_session.mutate<HoldCode>(u"create_hold_code"_s, json, ctx, [&]() -> Result<HoldCode> {
        auto existing = m_session.scalar(u"SELECT COUNT(*) FROM hold_codes WHERE code = ?"_s, {code.code});
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return Error::conflict(u"hold code \"%1\" exists already"_s.arg(code.code));
        if (auto q = m_session.exec(
                u"INSERT INTO hold_codes (code, name, roles, created_at_ms) VALUES (?, ?, ?, ?)"_s,
                {code.code, code.name, code.rolesText(), ctx.nowMs});
            !q)
            return q.error();
        if (auto a = m_session.audit(ctx, u"create_hold_code"_s, 0, json); !a)
            return a.error();
        HoldCode created = code;
        created.createdAtMs = ctx.nowMs;
        return created;
    });
}

Result<QList<HoldCode>> SqlStaff::holdCodes()
{
    auto q = m_session.exec(u"SELECT code, name, roles, created_at_ms FROM hold_codes ORDER BY code"_s);
    if (!q)
        return q.error();
    QList<HoldCode> list;
    while (q->next()) {
        HoldCode h;
        h.code = q->value(0).toString();
        h.name = q->value(1).toString();
        HoldCode::rolesFromText(q->value(2).toString(), &h.roles);
        h.createdAtMs = q->value(3).toLongLong();
        list.append(h);
    }
    return list;
}

Result<QStringList> SqlStaff::setSeatsHoldCode(qint64 showId, const QStringList &seatIds, const QString &code,
                                               const CallContext &ctx)
{
    const QJsonObject json{
        {u"show_id"_s, showId}, {u"seat_ids"_s, QJsonArray::fromStringList(seatIds)}, {u"code"_s, code}};
    const bool release = code.isEmpty();
    return m_session.mutate<QStringList>(
        release ? u"release_hold_code"_s : u"set_hold_code"_s, json, ctx, [&]() -> Result<QStringList> {
            auto shows = m_session.scalar(u"SELECT COUNT(*) FROM shows WHERE id = ?"_s, {showId});
            if (!shows)
                return shows.error();
            if (*shows == 0)
                return Error::notFound(u"no show %1"_s.arg(showId));
            if (!release) {
                auto known = m_session.scalar(u"SELECT COUNT(*) FROM hold_codes WHERE code = ?"_s, {code});
                if (!known)
                    return known.error();
                if (*known == 0)
                    return Error::notFound(u"no hold code \"%1\""_s.arg(code));
            }
            const QString in = u"seat_id IN ("_s + SqlSession::placeholders(seatIds.size()) + u')';
            auto known = m_session.exec(u"SELECT seat_id FROM show_seats WHERE show_id = ? AND "_s + in,
                                        withSeats({showId}, seatIds));
            if (!known)
                return known.error();
            QSet<QString> present;
            while (known->next())
                present.insert(known->value(0).toString());
            known->finish();
            QStringList unknown;
            for (const QString &id : seatIds) {
                if (!present.contains(id))
                    unknown.append(id);
            }
            if (!unknown.isEmpty())
                return Error{Error::Code::InvalidInput,
                             u"show %1 has no seat %2"_s.arg(showId).arg(unknown.join(u", "_s)), unknown};
            // Free seats, seats under another code, or seats whose hold ran out go under the code; sold and
            // held seats stay as they are (and the whole request is refused).
            const QString expiredHold = u"(status = 'held' AND order_id IS NULL AND held_until_ms <= ?)"_s;
            auto changed =
                release
                    ? m_session.updateSeats(
                          u"UPDATE show_seats SET status = 'available', hold_code = NULL, hold_id = NULL, "
                          "held_until_ms = NULL, version = version + 1 WHERE show_id = ? AND "_s +
                              in + u" AND hold_code IS NOT NULL AND (status = 'blocked' OR "_s + expiredHold +
                              u") RETURNING show_id, seat_id, status, version"_s,
                          withSeats({showId}, seatIds, {ctx.nowMs}))
                    : m_session.updateSeats(
                          u"UPDATE show_seats SET status = 'blocked', hold_code = ?, hold_id = NULL, "
                          "held_until_ms = NULL, order_id = NULL, version = version + 1 WHERE show_id = ? AND "_s +
                              in +
                              u" AND (status = 'available' OR (status = 'blocked' AND hold_code IS NOT "
                              "NULL) OR "_s +
                              expiredHold + u") RETURNING show_id, seat_id, status, version"_s,
                          withSeats({code, showId}, seatIds, {ctx.nowMs}));
            if (!changed)
                return changed.error();
            QStringList done;
            for (const Change &c : *changed)
                done.append(c.seatId);
            if (done.size() != seatIds.size()) {
                QStringList rest;
                for (const QString &id : seatIds) {
                    if (!done.contains(id))
                        rest.append(id);
                }
                if (release)
                    return Error{Error::Code::InvalidState,
                                 u"not kept under a hold code, or held or sold: %1"_s.arg(rest.join(u", "_s)),
                                 rest};
                return Error::seatUnavailable(
                    u"cannot keep under \"%1\", held or sold: %2"_s.arg(code, rest.join(u", "_s)), rest);
            }
            if (auto r = m_session.appendChanges(*changed, ctx.nowMs); !r)
                return r.error();
            if (auto a =
                    m_session.audit(ctx, release ? u"release_hold_code"_s : u"set_hold_code"_s, showId, json);
                !a)
                return a.error();
            m_session.touchShow(showId);
            return done;
        });
}

Result<Hold> SqlStaff::extendHold(qint64 holdId, qint64 byMs, const CallContext &ctx)
{
    const QJsonObject json{{u"hold_id"_s, holdId}, {u"by_ms"_s, byMs}};
    return m_session.mutate<Hold>(u"extend_hold"_s, json, ctx, [&]() -> Result<Hold> {
        auto q = m_session.exec(
            u"SELECT show_id, status, expires_at_ms, extended_at_ms FROM holds WHERE id = ?"_s +
                m_session.dialect().forUpdate,
            {holdId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::notFound(u"no hold %1"_s.arg(holdId));
        const qint64 showId = q->value(0).toLongLong();
        const QString status = q->value(1).toString();
        const qint64 expiresAtMs = q->value(2).toLongLong();
        const bool extended = !q->value(3).isNull();
        q->finish();
        if (status == "ordered"_L1)
            return Error::invalidState(u"hold %1 belongs to an order, which keeps its seats"_s.arg(holdId));
        if (status == "released"_L1)
            return Error::invalidState(u"hold %1 was released"_s.arg(holdId));
        if (status != "active"_L1 || expiresAtMs <= ctx.nowMs)
            return Error::holdExpired(u"hold %1 has expired"_s.arg(holdId));
        if (extended)
            return Error::invalidState(
                u"hold %1 was extended already; a hold is extended once"_s.arg(holdId));
        // Not run out yet, so every seat of the hold is still its own: move them all on together.
        const qint64 until = expiresAtMs + byMs;
        if (auto u = m_session.exec(u"UPDATE holds SET expires_at_ms = ?, extended_at_ms = ? WHERE id = ?"_s,
                                    {until, ctx.nowMs, holdId});
            !u)
            return u.error();
        for (const QString &table : {u"show_seats"_s, u"ga_units"_s}) {
            if (auto u = m_session.exec(u"UPDATE "_s + table +
                                            u" SET held_until_ms = ? WHERE hold_id = ? AND status = 'held'"_s,
                                        {until, holdId});
                !u)
                return u.error();
        }
        if (auto a =
                m_session.audit(ctx, u"extend_hold"_s, showId,
                                {{u"hold_id"_s, holdId}, {u"by_ms"_s, byMs}, {u"expires_at_ms"_s, until}});
            !a)
            return a.error();
        return m_inventory.holdById(holdId, ctx.nowMs);
    });
}

Result<QString> SqlStaff::setting(const QString &key)
{
    auto q = m_session.exec(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!q)
        return q.error();
    if (!q->next())
        return QString();
    const QString value = q->value(0).toString();
    q->finish();
    return value;
}

Result<QString> SqlStaff::setSetting(const QString &key, const QString &value, const CallContext &ctx)
{
    CallContext plain = ctx; // setting a value twice leaves it as once
    plain.idempotencyKey.clear();
    auto done = m_session.mutate<qint64>(u"set_setting"_s, {}, plain, [&]() -> Result<qint64> {
        auto updated =
            m_session.exec(u"UPDATE settings SET value = ?, updated_at_ms = ? WHERE key = ? RETURNING key"_s,
                           {value, ctx.nowMs, key});
        if (!updated)
            return updated.error();
        const bool existed = updated->next();
        updated->finish();
        if (!existed) {
            if (auto q =
                    m_session.exec(u"INSERT INTO settings (key, value, updated_at_ms) VALUES (?, ?, ?)"_s,
                                   {key, value, ctx.nowMs});
                !q)
                return q.error();
        }
        if (auto a = m_session.audit(ctx, u"set_setting"_s, 0, {{u"key"_s, key}, {u"value"_s, value}}); !a)
            return a.error();
        return 1;
    });
    if (!done)
        return done.error();
    return value;
}

} // namespace Parterre
