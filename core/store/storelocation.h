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
        Postgres,
        Remote // a host terminal's sync endpoint
    };

    Kind kind = Kind::Sqlite;
    QString path;  // the SQLite file, the PostgreSQL connection URL, or the host's URL
    QString token; // Remote: this terminal's bearer token (a secret: never shown or logged)
    QString pin;   // Remote over https: the host certificate's fingerprint this terminal accepts

    static StoreLocation sqlite(const QString &path) { return {Kind::Sqlite, path, {}, {}}; }
    static StoreLocation postgres(const QString &url) { return {Kind::Postgres, url, {}, {}}; }
    static StoreLocation remote(const QString &url, const QString &token, const QString &pin = {})
    {
        return {Kind::Remote, url, token, pin};
    }
    // The embedded default: parterre.sqlite in QStandardPaths::AppDataLocation.
    static StoreLocation defaultLocation();

    // For people and logs: never shows a password or a token.
    QString describe() const;
    // Opens (creating and migrating when needed) a store bound to the calling thread.
    Result<std::unique_ptr<Store>> open() const;
};

} // namespace Parterre
