#pragma once

#include "store/sqlconnection.h"

#include <QString>

typedef struct pg_conn PGconn;

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

    QString m_url;
    PGconn *m_conn = nullptr;
    quint64 m_generation = 0;
    quint64 m_statements = 0;
};

} // namespace Parterre
