#include "holdcode.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Parterre {

bool HoldCode::isValidCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_-]{0,39}$"_s);
    return pattern.match(code).hasMatch();
}

QString HoldCode::rolesText() const
{
    QStringList names;
    for (Role role : allRoles()) {
        if (roles.contains(role))
            names.append(roleName(role));
    }
    return names.join(u',');
}

bool HoldCode::rolesFromText(const QString &text, QList<Role> *roles)
{
    roles->clear();
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        Role role;
        if (!roleFromName(part.trimmed(), &role))
            return false;
        if (!roles->contains(role))
            roles->append(role);
    }
    return true;
}

QJsonObject HoldCode::toJson() const
{
    return {
        {u"code"_s, code}, {u"name"_s, name}, {u"roles"_s, rolesText()}, {u"created_at_ms"_s, createdAtMs}};
}

HoldCode HoldCode::fromJson(const QJsonObject &o)
{
    HoldCode h;
    h.code = o.value(u"code"_s).toString();
    h.name = o.value(u"name"_s).toString();
    rolesFromText(o.value(u"roles"_s).toString(), &h.roles);
    h.createdAtMs = o.value(u"created_at_ms"_s).toInteger();
    return h;
}

} // namespace Parterre
