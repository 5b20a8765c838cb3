#pragma once

#include "model/result.h"

#include <QString>

#include <memory>

namespace Parterre {

class Store;

// Where a terminal keeps its inventory: a SQLite file (the embedded default), later a PostgreSQL URL or
// a host. Open one Store per thread from the same location.
struct StoreLocation
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString path; // the SQLite file, or the PostgreSQL connection URL

    static StoreLocation sqlite(const QString &path) { return {Kind::Sqlite, path}; }
    static StoreLocation postgres(const QString &url) { return {Kind::Postgres, url}; }
    // The embedded default: parterre.sqlite in QStandardPaths::AppDataLocation.
    static StoreLocation defaultLocation();

    // For people and logs: never shows a password.
    // For people and logs: never shows a password.
    QString describe() const;
    // Opens (creating and migrating when needed) a store bound to the calling thread.
    Result<std::unique_ptr<Store>> open() const;
};

} // namespace Parterre
