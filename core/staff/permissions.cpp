#include "permissions.h"

using namespace Qt::StringLiterals;

namespace Parterre {

bool Permissions::allows(Role role, Permission permission)
{
    if (role == Role::Admin)
        return true;
    switch (permission) {
    case Permission::Sell:
    case Permission::CloseOut:
    case Permission::SellFromHoldCode: // and then only the roles the code names
        return role == Role::Clerk || role == Role::Supervisor;
    case Permission::Comp:
    case Permission::Refund:
    case Permission::Exchange:
    case Permission::ExtendHold:
        return role == Role::Supervisor;
    case Permission::Block:
    case Permission::Reports:
        return role == Role::Supervisor || role == Role::Organizer;
    case Permission::ManageHoldCodes:
    case Permission::EditSeatMaps:
        return role == Role::Organizer;
    case Permission::ManageUsers:
        return false;
    }
    return false;
}

QString Permissions::name(Permission permission)
{
    switch (permission) {
    case Permission::Sell:
        return u"sell"_s;
    case Permission::Comp:
        return u"give complimentary tickets"_s;
    case Permission::Refund:
        return u"refund"_s;
    case Permission::Exchange:
        return u"exchange tickets"_s;
    case Permission::ExtendHold:
        return u"extend a hold"_s;
    case Permission::Block:
        return u"block or unblock seats"_s;
    case Permission::ManageHoldCodes:
        return u"manage hold codes"_s;
    case Permission::SellFromHoldCode:
        return u"sell seats kept under a hold code"_s;
    case Permission::EditSeatMaps:
        return u"edit seat maps and events"_s;
    case Permission::ManageUsers:
        return u"manage users and settings"_s;
    case Permission::CloseOut:
        return u"open or close a cash drawer"_s;
    case Permission::Reports:
        return u"read sales reports"_s;
    }
    return {};
}

std::optional<Error> Permissions::check(const User &user, Permission permission)
{
    if (!user.active)
        return Error::forbidden(u"%1 is no longer an active user"_s.arg(user.name));
    if (!allows(user.role, permission))
        return Error::forbidden(
            u"%1 (%2) may not %3"_s.arg(user.name, roleName(user.role), name(permission)));
    return std::nullopt;
}

} // namespace Parterre
