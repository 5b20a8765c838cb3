#pragma once

#include "staff/user.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Parterre {

// A named reason to keep seats back from sale (press, promoter, wheelchair reserve) and the roles that may
// sell seats kept under it. Admins may always sell them.
struct HoldCode
{
    QString code; // short and stable: "press", "wheelchair"
    QString name; // for people: "Press tickets"
    QList<Role> roles;
    qint64 createdAtMs = 0;

    bool allows(Role role) const { return role == Role::Admin || roles.contains(role); }
    static bool isValidCode(const QString &code); // 1 to 40 of a-z, 0-9, '-' and '_'
    QString rolesText() const;                    // "clerk,supervisor"
    static bool rolesFromText(const QString &text, QList<Role> *roles);

    QJsonObject toJson() const;
    static HoldCode fromJson(const QJsonObject &o);
};

} // namespace Parterre
