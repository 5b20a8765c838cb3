#include "storelocation.h"

#include "store/postgresconnection.h"
#include "store/postgresstore.h"
#include "store/remotestore.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace Parterre {

StoreLocation StoreLocation::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(QDir(dir).filePath(QStringLiteral("parterre.sqlite")));
}

QString StoreLocation::describe() const
{
    if (kind == Kind::Postgres)
        return QStringLiteral("PostgreSQL ") + PostgresConnection::redacted(path);
    if (kind == Kind::Remote)
        return QStringLiteral("Host ") + QUrl(path).toString(QUrl::RemoveUserInfo);
    return QStringLiteral("SQLite ") + QDir::toNativeSeparators(path);
}

Result<std::unique_ptr<Store>> StoreLocation::open() const
{
    if (kind == Kind::Remote) {
        RemoteStore::Options options;
        options.pinnedFingerprint = pin;
        auto store = RemoteStore::open(QUrl(path), token, options);
        if (!store)
            return store.error();
        return std::unique_ptr<Store>(std::move(store).value());
    }
    if (kind == Kind::Postgres) {
        auto store = PostgresStore::open(path);
        if (!store)
            return store.error();
        return std::unique_ptr<Store>(std::move(store).value());
    }
    auto store = SqliteStore::open(path);
    if (!store)
        return store.error();
    return std::unique_ptr<Store>(std::move(store).value());
}

} // namespace Parterre
