#include "postgresstore.h"

#include "store/postgresconnection.h"
#include "store/postgresnotifier.h"

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

SqlDialect postgresDialect()
{
    return {u"postgres"_s,
            u"BEGIN"_s,
            u" FOR UPDATE SKIP LOCKED"_s,
            u" FOR UPDATE"_s,
            u"SELECT pg_advisory_xact_lock(7243051)"_s,
            false,
            true};
}

} // namespace

PostgresStore::PostgresStore(std::unique_ptr<SqlConnection> connection, const QString &url)
    : SqlStore(std::move(connection), postgresDialect(), u"PostgreSQL "_s + PostgresConnection::redacted(url))
    , m_notifier(PostgresNotifier::forUrl(url))
{
    // After each commit, the shows it changed go to the batched notifier, never a NOTIFY per transaction.
    session().setAfterCommit([this] { m_notifier->post(session().takeTouchedShows()); });
}

PostgresStore::~PostgresStore()
{
    m_notifier->flush();
}

Result<qint64> PostgresStore::createShow(const NewShow &show, const CallContext &ctx)
{
    auto created = SqlStore::createShow(show, ctx);
    if (created)
        (void)session().execRaw(u"ANALYZE show_seats, ga_units"_s);
    return created;
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const QString &url)
{
    if (url.trimmed().isEmpty())
        return Error::invalidInput(u"no PostgreSQL URL given"_s);
    auto connection = PostgresConnection::open(url);
    if (!connection)
        return connection.error();
    std::unique_ptr<PostgresStore> store(new PostgresStore(std::move(connection).value(), url));
    for (const QString &setting : {u"SET client_min_messages = warning"_s, u"SET TIME ZONE 'UTC'"_s}) {
        if (auto r = store->session().execRaw(setting); !r)
            return r.error();
    }
    if (auto r = store->migrate(); !r)
        return r.error();
    return store;
}

} // namespace Parterre
