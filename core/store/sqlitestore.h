#pragma once

#include "store/sqlstore.h"

namespace Parterre {

// The embedded store: one SQLite file in WAL mode with synchronous=FULL (a confirmed sale survives a power
// cut), foreign keys on, a busy timeout, and BEGIN IMMEDIATE for every write transaction so that
// read-then-write transactions never fail half way on a lock upgrade.
class SqliteStore final : public SqlStore
{
public:
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path);

    QString path() const { return m_path; }

private:
    SqliteStore(std::unique_ptr<SqlConnection> connection, const QString &path);

    QString m_path;
};

} // namespace Parterre
