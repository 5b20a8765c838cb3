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
    // A queued read's result goes to `slot` when the queue is read: its rows, or a failure in outcome and
    // error (see SqlStatement::execAhead). forget() drops the slot of a statement that no longer waits.
    struct Slot
    {
        PGresult **result = nullptr;
        SqlStatement::Outcome *outcome = nullptr;
        QString *error = nullptr;
    };
    SqlStatement::Outcome queue(const char *name, int count, const char *const *values, const int *lengths,
                                const int *formats, QString *error, const Slot *slot = nullptr);
    bool awaits(PGresult *const *result) const;
    void forget(PGresult *const *result);
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
    int m_queued = 0;    // statements sent in pipeline mode whose results are not read yet
    QList<Slot> m_slots; // one per queued statement: where its result goes (a null result: nowhere)
};

} // namespace Parterre
