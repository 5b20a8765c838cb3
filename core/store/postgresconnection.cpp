#include "postgresconnection.h"

#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

// Type OIDs from pg_type.h (stable across PostgreSQL versions).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;
constexpr Oid kByteaOid = 17;

QString errorOf(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

Oid typeFor(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return kInt8Oid;
    case QMetaType::Bool:
        return kBoolOid;
    case QMetaType::Double:
        return kFloat8Oid;
    case QMetaType::QByteArray:
        return kByteaOid;
    default:
        return 0; // let the server infer (text literals, NULLs)
    }
}

class PostgresStatement final : public SqlStatement
{
public:
    PostgresStatement(PostgresConnection *connection, QString sql)
        : m_connection(connection)
        , m_sql(std::move(sql))
    {}
    ~PostgresStatement() override { clear(); }

    Outcome exec(const QVariantList &args) override
    {
        clear();
        PGconn *conn = m_connection->handle();
        if (!conn || PQstatus(conn) != CONNECTION_OK) {
            m_error = u"not connected to PostgreSQL"_s;
            return Outcome::Disconnected;
        }
        if (m_preparedGeneration != m_connection->generation() || m_name.isEmpty()) {
            if (const Outcome outcome = prepareWith(args); outcome != Outcome::Ok)
                return outcome;
        }
        QList<QByteArray> storage;
        storage.reserve(args.size());
        std::vector<const char *> values(size_t(args.size()), nullptr);
        std::vector<int> lengths(size_t(args.size()), 0);
        std::vector<int> formats(size_t(args.size()), 0);
        for (int i = 0; i < args.size(); ++i) {
            const QVariant &v = args.at(i);
            if (v.isNull())
                continue; // SQL NULL (a QVariant of a null QString is not null: it binds as '')
            QByteArray bytes;
            switch (v.typeId()) {
            case QMetaType::Bool:
                bytes = v.toBool() ? "t" : "f";
                break;
            case QMetaType::QByteArray:
                bytes = v.toByteArray();
                formats[size_t(i)] = 1;
                break;
            default:
                bytes = v.toString().toUtf8();
                break;
            }
            storage.append(bytes);
            values[size_t(i)] = storage.last().constData();
            lengths[size_t(i)] = int(storage.last().size());
        }
        m_result = PQexecPrepared(conn, m_name.constData(), int(args.size()), values.data(), lengths.data(),
                                  formats.data(), 0);
        return check(m_result);
    }

    bool next() override
    {
        if (!m_result || m_row + 1 >= PQntuples(m_result))
            return false;
        ++m_row;
        return true;
    }

    QVariant value(int column) const override
    {
        if (!m_result || m_row < 0 || PQgetisnull(m_result, m_row, column))
            return QVariant();
        const char *text = PQgetvalue(m_result, m_row, column);
        const int length = PQgetlength(m_result, m_row, column);
        switch (PQftype(m_result, column)) {
        case kInt8Oid:
        case kInt4Oid:
        case kInt2Oid:
            return QVariant(QByteArray::fromRawData(text, length).toLongLong());
        case kFloat4Oid:
        case kFloat8Oid:
            return QVariant(QByteArray::fromRawData(text, length).toDouble());
        case kNumericOid: {
            const QByteArray number = QByteArray::fromRawData(text, length);
            bool integral = false;
            const qint64 whole = number.toLongLong(&integral);
            return integral ? QVariant(whole) : QVariant(number.toDouble());
        }
        case kBoolOid:
            return QVariant(text[0] == 't');
        default:
            return QVariant(QString::fromUtf8(text, length));
        }
    }

    int columnCount() const override { return m_result ? PQnfields(m_result) : 0; }
    void reset() override { clear(); }
    QString lastError() const override { return m_error; }

private:
    Outcome prepareWith(const QVariantList &args)
    {
        std::vector<Oid> types(size_t(args.size()), 0);
        for (int i = 0; i < args.size(); ++i)
            types[size_t(i)] = typeFor(args.at(i));
        m_name = m_connection->nextStatementName().toLatin1();
        PGresult *result = PQprepare(m_connection->handle(), m_name.constData(),
                                     PostgresConnection::numberPlaceholders(m_sql).toUtf8().constData(),
                                     int(args.size()), types.data());
        const Outcome outcome = check(result);
        PQclear(result);
        if (outcome == Outcome::Ok)
            m_preparedGeneration = m_connection->generation();
        else
            m_name.clear();
        return outcome;
    }

    Outcome check(PGresult *result)
    {
        const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            return Outcome::Ok;
        PGconn *conn = m_connection->handle();
        m_error = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : errorOf(conn);
        if (!conn || PQstatus(conn) != CONNECTION_OK)
            return Outcome::Disconnected;
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        const QByteArray sqlState(state ? state : "");
        // 40001 serialization failure, 40P01 deadlock, 55P03 lock not available: try again.
        if (sqlState == "40001" || sqlState == "40P01" || sqlState == "55P03")
            return Outcome::Busy;
        // Class 08 (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now).
        if (sqlState.startsWith("08") || sqlState.startsWith("57P"))
            return Outcome::Disconnected;
        return Outcome::Failed;
    }

    void clear()
    {
        if (m_result)
            PQclear(m_result);
        m_result = nullptr;
        m_row = -1;
    }

    PostgresConnection *m_connection;
    QString m_sql;
    QByteArray m_name;
    quint64 m_preparedGeneration = 0;
    PGresult *m_result = nullptr;
    int m_row = -1;
    QString m_error;
};

} // namespace

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::open(const QString &url)
{
    std::unique_ptr<PostgresConnection> connection(new PostgresConnection(url));
    if (auto connected = connection->connect(); !connected)
        return connected.error();
    return connection;
}

PostgresConnection::~PostgresConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<Done> PostgresConnection::connect()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = PQconnectdb(m_url.toUtf8().constData());
    ++m_generation;
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = errorOf(m_conn);
        PQfinish(m_conn);
        m_conn = nullptr;
        return Error::storage(u"cannot connect to PostgreSQL at %1: %2"_s.arg(redacted(m_url), message));
    }
    // Quiet NOTICEs (e.g. "relation already exists, skipping") instead of printing them on stderr.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    return Done{};
}

Result<std::unique_ptr<SqlStatement>> PostgresConnection::prepare(const QString &sql)
{
    return std::unique_ptr<SqlStatement>(new PostgresStatement(this, sql));
}

bool PostgresConnection::isBroken() const
{
    return !m_conn || PQstatus(m_conn) != CONNECTION_OK;
}

Result<Done> PostgresConnection::reconnect()
{
    return connect();
}

QString PostgresConnection::nextStatementName()
{
    return u"parterre_%1"_s.arg(++m_statements);
}

QString PostgresConnection::numberPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    bool inString = false;
    int number = 0;
    for (const QChar c : sql) {
        if (c == u'\'')
            inString = !inString;
        if (c == u'?' && !inString) {
            out += u'$' + QString::number(++number);
            continue;
        }
        out += c;
    }
    return out;
}

QString PostgresConnection::redacted(const QString &url)
{
    QUrl parsed(url);
    if (parsed.isValid() && !parsed.scheme().isEmpty()) {
        if (!parsed.password().isEmpty())
            parsed.setPassword(u"***"_s);
        return parsed.toString();
    }
    // key=value connection strings
    QString out = url;
    static const QRegularExpression password(u"password\\s*=\\s*\\S+"_s);
    out.replace(password, u"password=***"_s);
    return out;
}

} // namespace Parterre
