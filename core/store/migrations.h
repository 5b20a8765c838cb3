#pragma once

#include "model/result.h"

namespace Parterre {

class SqlSession;

// Numbered schema migrations from :/parterre/sql/<dialect>/NNNN-name.sql, each applied in one transaction and
// recorded in schema_migrations, so a store opened by a newer Parterre is brought up to date exactly once.
class Migrations final
{
public:
    static Result<int> apply(SqlSession &session); // the schema version after applying
    static int latestVersion(const QString &dialect);
};

} // namespace Parterre
