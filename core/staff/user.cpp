#include "user.h"

using namespace Qt::StringLiterals;

namespace Parterre {

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return u"clerk"_s;
    case Role::Supervisor:
        return u"supervisor"_s;
    case Role::Organizer:
        return u"organizer"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return u"clerk"_s;
}

bool roleFromName(const QString &name, Role *role)
{
    for (Role r : allRoles()) {
        if (roleName(r) == name) {
            *role = r;
            return true;
        }
    }
    return false;
}

QList<Role> allRoles()
{
    return {Role::Clerk, Role::Supervisor, Role::Organizer, Role::Admin};
}

QJsonObject User::toJson() const
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"role"_s, roleName(role)},
            {u"active"_s, active},
            {u"created_at_ms"_s, createdAtMs}};
}

User User::fromJson(const QJsonObject &o)
{
    User user;
    user.id = o.value(u"id"_s).toInteger();
    user.name = o.value(u"name"_s).toString();
    roleFromName(o.value(u"role"_s).toString(), &user.role);
    user.active = o.value(u"active"_s).toBool();
    user.createdAtMs = o.value(u"created_at_ms"_s).toInteger();
    return user;
}

} // namespace Parterre
