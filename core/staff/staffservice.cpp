#include "staffservice.h"

#include "inventory/inventoryengine.h"
#include "staff/pinhasher.h"

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

constexpr int kMaxNameLength = 100;

Error wrongPin()
{
    return Error::forbidden(u"wrong name or PIN"_s);
}

} // namespace

StaffService::StaffService(Store &store, const Clock &clock, const QString &terminal)
    : m_store(store)
    , m_clock(clock)
    , m_terminal(terminal)
    , m_iterations(PinHasher::DefaultIterations)
{}

std::optional<Error> StaffService::permit(Permission permission) const
{
    if (!m_user)
        return std::nullopt;
    return Permissions::check(*m_user, permission);
}

CallContext StaffService::context(const QString &key) const
{
    return CallContext{key, m_user ? m_user->name : u"system"_s, m_terminal, m_clock.nowMs()};
}

Result<User> StaffService::find(const QString &nameOrId)
{
    auto found = m_store.userCredentials(nameOrId.trimmed());
    if (!found)
        return found.error();
    return found->user;
}

Result<User> StaffService::login(const QString &nameOrId, const QString &pin)
{
    const QString who = nameOrId.trimmed();
    if (who.isEmpty() || !PinHasher::isValidPin(pin)) {
        return wrongPin();
    }
    auto found = m_store.userCredentials(who);
    if (!found) {
        if (found.error().code != Error::Code::NotFound)
            return found.error();
        // Take as long as a real check, so the time taken does not tell which names exist.
        (void)PinHasher::matches(pin, PinDigest{QByteArrayLiteral("00"), QByteArray(), m_iterations});
        return wrongPin();
    }
    const qint64 now = m_clock.nowMs();
    if (found->lockedUntilMs > now) {
        const qint64 minutes = (found->lockedUntilMs - now + 59'999) / 60'000;
        return Error::forbidden(
            u"%1 is locked after too many wrong PINs; try again in %2 min"_s.arg(found->user.name)
                .arg(minutes));
    }
    const bool matches = PinHasher::matches(pin, found->pin);
    CallContext ctx{QString(), found->user.name, m_terminal, now};
    auto after = m_store.recordPinAttempt(found->user.id, matches && found->user.active,
                                          PinHasher::MaxFailures, PinHasher::LockoutMs, ctx);
    if (!after)
        return after.error();
    if (matches && found->user.active)
        return found->user;
    if (after->lockedUntilMs > now)
        return Error::forbidden(
            u"%1 is locked after %2 wrong PINs; try again in %3 min"_s.arg(found->user.name)
                .arg(PinHasher::MaxFailures)
                .arg(PinHasher::LockoutMs / 60'000));
    return wrongPin();
}

Result<User> StaffService::createUser(const QString &name, Role role, const QString &pin, const QString &key)
{
    if (auto refused = permit(Permission::ManageUsers))
        return *refused;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return Error::invalidInput(u"a user needs a name of 1 to %1 characters"_s.arg(kMaxNameLength));
    bool numeric = false;
    (void)trimmed.toLongLong(&numeric);
    if (numeric)
        return Error::invalidInput(u"a user name cannot be a number (numbers log in by id)"_s);
    if (!PinHasher::isValidPin(pin))
        return Error::invalidInput(u"a PIN is 4 to 8 digits"_s);
    if (key.trimmed().isEmpty())
        return Error::invalidInput(u"every change needs an idempotency key"_s);
    User user;
    user.name = trimmed;
    user.role = role;
    const PinDigest digest = PinHasher::digest(pin, m_iterations);
    return m_store.createUser(user, digest, context(key));
}

Result<User> StaffService::setActive(const QString &nameOrId, bool active, const QString &key)
{
    if (auto refused = permit(Permission::ManageUsers))
        return *refused;
    if (key.trimmed().isEmpty())
        return Error::invalidInput(u"every change needs an idempotency key"_s);
    auto user = find(nameOrId);
    if (!user)
        return user.error();
    if (!active && m_user && m_user->id == user->id)
        return Error::invalidInput(u"you cannot deactivate yourself"_s);
    return m_store.setUserActive(user->id, active, context(key));
}

Result<User> StaffService::setPin(const QString &nameOrId, const QString &pin)
{
    auto user = find(nameOrId);
    if (!user)
        return user.error();
    // Everyone may change their own PIN; others' PINs are the user managers'.
    if (!m_user || m_user->id != user->id) {
        if (auto refused = permit(Permission::ManageUsers))
            return *refused;
    }
    if (!PinHasher::isValidPin(pin))
        return Error::invalidInput(u"a PIN is 4 to 8 digits"_s);
    return m_store.setUserPin(user->id, PinHasher::digest(pin, m_iterations), context(QString()));
}

Result<QList<User>> StaffService::users()
{
    return m_store.users();
}

Result<HoldCode> StaffService::createHoldCode(const HoldCode &code, const QString &key)
{
    if (auto refused = permit(Permission::ManageHoldCodes))
        return *refused;
    if (!HoldCode::isValidCode(code.code))
        return Error::invalidInput(
            u"\"%1\" is not a hold code: 1 to 40 of a-z, 0-9, '-' and '_', starting with a letter or digit"_s
                .arg(code.code));
    if (code.name.trimmed().isEmpty() || code.name.size() > kMaxNameLength)
        return Error::invalidInput(u"a hold code needs a name of 1 to %1 characters"_s.arg(kMaxNameLength));
    if (key.trimmed().isEmpty())
        return Error::invalidInput(u"every change needs an idempotency key"_s);
    HoldCode trimmed = code;
    trimmed.name = code.name.trimmed();
    return m_store.createHoldCode(trimmed, context(key));
}

Result<qint64> StaffService::setHoldTime(qint64 ms)
{
    if (auto refused = permit(Permission::ManageUsers))
        return *refused;
    if (ms < 60'000 || ms > 24LL * 60 * 60 * 1000)
        return Error::invalidInput(u"a hold lasts from a minute to a day"_s);
    auto stored = m_store.setSetting(QString::fromLatin1(InventoryEngine::HoldTimeSetting),
                                     QString::number(ms), context({}));
    if (!stored)
        return stored.error();
    return ms;
}

} // namespace Parterre
