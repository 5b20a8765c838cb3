#pragma once

#include "store/sqlconnection.h"

#include <QString>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace Parterre {

// PostgreSQL through libpq: server-side prepared statements (prepared on first use, with parameter types
// taken from the values bound), text results converted by column type, and a reconnect that lets statements
// prepare themselves again on the new session.
class PostgresConnection final : public SqlConnection
{
public:
    static Result<std::unique_ptr<PostgresConnection>> open(const QString &url);
    ~PostgresConnection() override;

    Result<std::unique_ptr<SqlStatement>> prepare(const QString &sql) override;
    bool isBroken() const override;
    Result<Done> reconnect() override;

    PGconn *handle() const { return m_conn; }

    // Pipelining of deferred statements (SqlStatement::execDeferred): queue() sends a prepared statement
    // without waiting; sendAfterQueue() sends one more, syncs and reads everything, returning the last
    // statement's result (null on failure: the first failure of the batch is the outcome); sendQueue()
    // syncs and reads what is queued.
    int queued() const { return m_queued; }
    SqlStatement::Outcome queue(const char *name, int count, const char *const *values, const int *lengths,
                                const int *formats, QString *error);
    PGresult *sendAfterQueue(const char *name, int count, const char *const *values, const int *lengths,
                             const int *formats, SqlStatement::Outcome *outcome, QString *error);
    SqlStatement::Outcome sendQueue(QString *error);
    quint64 generation() const { return m_generation; }
    QString nextStatementName();

    // "?" placeholders become "$1", "$2", … outside string literals.
    static QString numberPlaceholders(const QString &sql);
    // The URL with any password replaced by "***": what logs and error messages may show.
    static QString redacted(const QString &url);

private:
    explicit PostgresConnection(const QString &url)
        : m_url(url)
    {}
    Result<Done> connect();
    SqlStatement::Outcome collect(PGresult **answer, QString *error);

    QString m_url;
    PGconn *m_conn = nullptr;
    quint64 m_generation = 0;
    quint64 m_statements = 0;
    int m_queued = 0; // statements sent in pipeline mode whose results are not read yet
};

} // namespace Parterre
