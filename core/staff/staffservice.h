#pragma once

#include "inventory/clock.h"
#include "staff/holdcode.h"
#include "staff/permissions.h"
#include "staff/user.h"
#include "store/store.h"

#include <optional>

namespace Parterre {

// Who may use a terminal: PIN login with lockout, and the user and hold-code records, each change checked
// against the role of the user logged in. PINs are hashed here, outside any database transaction.
// Without a user set, as for the engine, every call is allowed (the CLI and scripts).
class StaffService final
{
public:
    StaffService(Store &store, const Clock &clock, const QString &terminal = QStringLiteral("local"));

    void setUser(const User &user) { m_user = user; }
    void clearUser() { m_user.reset(); }
    const std::optional<User> &user() const { return m_user; }
    void setTerminal(const QString &terminal) { m_terminal = terminal; }
    void setPinIterations(int iterations) { m_iterations = iterations; } // tests use fewer

    // The user whose PIN this is. Every refusal is Forbidden and says as little as it can: a wrong PIN, an
    // unknown or inactive user read alike; after PinHasher::MaxFailures wrong PINs in a row the user is
    // locked out for PinHasher::LockoutMs, and even the right PIN is refused meanwhile.
    Result<User> login(const QString &nameOrId, const QString &pin);

    Result<User> createUser(const QString &name, Role role, const QString &pin, const QString &key);
    Result<User> setActive(const QString &nameOrId, bool active, const QString &key);
    Result<User> setPin(const QString &nameOrId, const QString &pin);
    Result<QList<User>> users();

    Result<HoldCode> createHoldCode(const HoldCode &code, const QString &key);
    // The store-wide hold time every terminal's engine reads (InventoryEngine::loadHoldTime).
    Result<qint64> setHoldTime(qint64 ms);

private:
    std::optional<Error> permit(Permission permission) const;
    CallContext context(const QString &key) const;
    Result<User> find(const QString &nameOrId);

    Store &m_store;
    const Clock &m_clock;
    QString m_terminal;
    std::optional<User> m_user;
    int m_iterations;
};

} // namespace Parterre
