#include "sqlitestore.h"

#include "store/sqliteconnection.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

SqlDialect sqliteDialect()
{
    return {u"sqlite"_s, u"BEGIN IMMEDIATE"_s, QString(), QString(), QString(), true};
}

} // namespace

SqliteStore::SqliteStore(std::unique_ptr<SqlConnection> connection, const QString &path)
    : SqlStore(std::move(connection), sqliteDialect(), u"SQLite "_s + QDir::toNativeSeparators(path))
    , m_path(path)
{}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path)
{
    if (path.isEmpty())
        return Error::invalidInput(u"no database file given"_s);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(
            u"cannot create the folder %1"_s.arg(QDir::toNativeSeparators(info.absolutePath())));
    auto connection = SqliteConnection::open(info.absoluteFilePath(), 30'000);
    if (!connection) {
        return Error::storage(
            u"cannot open %1: %2"_s.arg(QDir::toNativeSeparators(path), connection.error().message));
    }
    std::unique_ptr<SqliteStore> store(
        new SqliteStore(std::move(connection).value(), info.absoluteFilePath()));
    for (const QString &pragma :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (auto r = store->session().execRaw(pragma); !r)
            return Error::storage(
                u"cannot set up %1: %2"_s.arg(QDir::toNativeSeparators(path), r.error().message));
    }
    if (auto r = store->migrate(); !r)
        return r.error();
    return store;
}

} // namespace Parterre
