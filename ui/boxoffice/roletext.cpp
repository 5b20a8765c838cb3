#include "roletext.h"

namespace Parterre {

QString RoleText::title(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Organizer:
        return tr("Organizer");
    case Role::Admin:
        return tr("Admin");
    }
    return roleName(role);
}

} // namespace Parterre
