#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace Parterre {

// What a person may do at a terminal; each role may do at least what the one before it may, except that an
// organizer (who draws maps and plans events) does not work the till.
enum class Role
{
    Clerk,
    Supervisor,
    Organizer,
    Admin
};

QString roleName(Role role);
bool roleFromName(const QString &name, Role *role);
QList<Role> allRoles();

// A person who logs in at a terminal with a PIN. The PIN itself is never kept: see PinHasher.
struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Clerk;
    bool active = true;
    qint64 createdAtMs = 0;

    QJsonObject toJson() const;
    static User fromJson(const QJsonObject &o);
};

// A PIN as the store keeps it: a salted PBKDF2-SHA256 digest.
struct PinDigest
{
    QByteArray salt; // hex
    QByteArray hash; // hex
    int iterations = 0;
};

// A user with what authentication needs: read outside any transaction, compared outside the store.
struct UserCredentials
{
    User user;
    PinDigest pin;
    int failedPins = 0;
    qint64 lockedUntilMs = 0;
};

} // namespace Parterre
