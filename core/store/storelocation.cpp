#include "storelocation.h"

#include "store/postgresconnection.h"
#include "store/postgresstore.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QStandardPaths>

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
    return QStringLiteral("SQLite ") + QDir::toNativeSeparators(path);
}

Result<std::unique_ptr<Store>> StoreLocation::open() const
{
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
