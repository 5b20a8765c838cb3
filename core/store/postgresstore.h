#pragma once

#include "store/sqlstore.h"

namespace Parterre {

class PostgresNotifier;

// The shared store: every counter connects to one PostgreSQL server. Same schema, constraints and
// transitions as SQLite; rows read before a change are locked (FOR UPDATE), standing places are claimed with
// SKIP LOCKED, and a lost connection is reconnected and the call retried under its idempotency key.
class PostgresStore final : public SqlStore
{
public:
    // url: a libpq connection URI or key=value string, e.g. postgresql://user@host:5432/parterre
    static Result<std::unique_ptr<PostgresStore>> open(const QString &url);

    ~PostgresStore() override;

    // A new show adds thousands of rows at once: refresh the planner's statistics right away, so the first
    // sales do not run on plans made for empty tables until autovacuum gets round to it.
    Result<qint64> createShow(const NewShow &show, const CallContext &ctx) override;

private:
    PostgresStore(std::unique_ptr<SqlConnection> connection, const QString &url);

    std::shared_ptr<PostgresNotifier> m_notifier;
};

} // namespace Parterre
