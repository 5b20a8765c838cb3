#pragma once

#include "staff/user.h"

#include <QCoreApplication>
#include <QString>

namespace Parterre {

// A role as people read it, in their language. roleName() is the stored key ("supervisor"): for the
// store, the logs and error messages, never for a label.
class RoleText final
{
    Q_DECLARE_TR_FUNCTIONS(Parterre::RoleText)

public:
    RoleText() = delete;

    static QString title(Role role);
};

} // namespace Parterre
