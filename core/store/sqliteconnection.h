#pragma once

#include "store/sqlconnection.h"

struct sqlite3;

namespace Parterre {

// SQLite through its C API: statements are prepared once and reused, values bind without the
// QSqlQuery/QSqlResult layer, which cost more than the statements themselves on the inventory's hot path.
class SqliteConnection final : public SqlConnection
{
public:
    static Result<std::unique_ptr<SqliteConnection>> open(const QString &path, int busyTimeoutMs);
    ~SqliteConnection() override;

    Result<std::unique_ptr<SqlStatement>> prepare(const QString &sql) override;

private:
    explicit SqliteConnection(sqlite3 *db)
        : m_db(db)
    {}

    sqlite3 *m_db = nullptr;
};

} // namespace Parterre
