#include "postgresconnection.h"

#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <utility>

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

// What a failed result means for the caller: retry, reconnect or give up.
SqlStatement::Outcome outcomeOf(PGconn *conn, PGresult *result, QString *error)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return SqlStatement::Outcome::Ok;
    *error = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : errorOf(conn);
    if (error->isEmpty())
        *error = errorOf(conn);
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return SqlStatement::Outcome::Disconnected;
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QByteArray sqlState(state ? state : "");
    // 40001 serialization failure, 40P01 deadlock, 55P03 lock not available: try again.
    if (sqlState == "40001" || sqlState == "40P01" || sqlState == "55P03")
        return SqlStatement::Outcome::Busy;
    // Class 08 (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now).
    if (sqlState.startsWith("08") || sqlState.startsWith("57P"))
        return SqlStatement::Outcome::Disconnected;
    return SqlStatement::Outcome::Failed;
}

// Parameter values in libpq's text form (bytea binary), alive as long as this object.
class Parameters
{
public:
    explicit Parameters(const QVariantList &args)
        : m_values(size_t(args.size()), nullptr)
        , m_lengths(size_t(args.size()), 0)
        , m_formats(size_t(args.size()), 0)
    {
        m_storage.reserve(args.size());
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
                m_formats[size_t(i)] = 1;
                break;
            default:
                bytes = v.toString().toUtf8();
                break;
            }
            m_storage.append(bytes);
            m_values[size_t(i)] = m_storage.last().constData();
            m_lengths[size_t(i)] = int(m_storage.last().size());
        }
    }

    int count() const { return int(m_values.size()); }
    const char *const *values() const { return m_values.data(); }
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    QList<QByteArray> m_storage;
    std::vector<const char *> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
};

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
        if (const Outcome ready = prepared(args); ready != Outcome::Ok)
            return ready;
        const Parameters p(args);
        if (m_connection->queued() > 0) {
            Outcome outcome = Outcome::Ok;
            m_result = m_connection->sendAfterQueue(m_name.constData(), p.count(), p.values(), p.lengths(),
                                                    p.formats(), &outcome, &m_error);
            return outcome;
        }
        m_result = PQexecPrepared(m_connection->handle(), m_name.constData(), p.count(), p.values(),
                                  p.lengths(), p.formats(), 0);
        return check(m_result);
    }

    Outcome execDeferred(const QVariantList &args) override
    {
        clear();
        if (const Outcome ready = prepared(args); ready != Outcome::Ok)
            return ready;
        const Parameters p(args);
        return m_connection->queue(m_name.constData(), p.count(), p.values(), p.lengths(), p.formats(),
                                   &m_error);
    }

    Outcome execAhead(const QVariantList &args) override
    {
        clear();
        if (const Outcome ready = prepared(args); ready != Outcome::Ok)
            return ready;
        const Parameters p(args);
        m_aheadOutcome = Outcome::Ok;
        const PostgresConnection::Slot slot{&m_result, &m_aheadOutcome, &m_error};
        return m_connection->queue(m_name.constData(), p.count(), p.values(), p.lengths(), p.formats(),
                                   &m_error, &slot);
    }

    bool collected() const override { return !m_connection->awaits(&m_result); }

    Outcome collect() override
    {
        if (!collected()) {
            QString ignored; // a later statement's failure is that statement's, not this read's
            (void)m_connection->sendQueue(&ignored);
        }
        if (!collected()) { // the connection went away before the rows came
            m_connection->forget(&m_result);
            m_error = u"not connected to PostgreSQL"_s;
            return Outcome::Disconnected;
        }
        return m_aheadOutcome;
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
    // Connected, and prepared on this session of the connection (after anything queued was sent: libpq
    // prepares synchronously, which pipeline mode does not allow).
    Outcome prepared(const QVariantList &args)
    {
        PGconn *conn = m_connection->handle();
        if (!conn || PQstatus(conn) != CONNECTION_OK) {
            m_error = u"not connected to PostgreSQL"_s;
            return Outcome::Disconnected;
        }
        if (m_preparedGeneration == m_connection->generation() && !m_name.isEmpty())
            return Outcome::Ok;
        if (m_connection->queued() > 0) {
            if (const Outcome sent = m_connection->sendQueue(&m_error); sent != Outcome::Ok)
                return sent;
        }
        return prepareWith(args);
    }

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

    Outcome check(PGresult *result) { return outcomeOf(m_connection->handle(), result, &m_error); }

    void clear()
    {
        m_connection->forget(&m_result); // a read sent ahead and no longer wanted
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
    Outcome m_aheadOutcome = Outcome::Ok;
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
    m_queued = 0;
    m_slots.clear();
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

SqlStatement::Outcome PostgresConnection::queue(const char *name, int count, const char *const *values,
                                                const int *lengths, const int *formats, QString *error,
                                                const Slot *slot)
{
    if (m_queued == 0 && PQenterPipelineMode(m_conn) != 1) {
        *error = errorOf(m_conn);
        return isBroken() ? SqlStatement::Outcome::Disconnected : SqlStatement::Outcome::Failed;
    }
    if (PQsendQueryPrepared(m_conn, name, count, values, lengths, formats, 0) != 1) {
        *error = errorOf(m_conn);
        QString ignored;
        (void)collect(nullptr, &ignored);
        return isBroken() ? SqlStatement::Outcome::Disconnected : SqlStatement::Outcome::Failed;
    }
    ++m_queued;
    m_slots.append(slot ? *slot : Slot());
    return SqlStatement::Outcome::Ok;
}

bool PostgresConnection::awaits(PGresult *const *result) const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(),
                       [result](const Slot &s) { return s.result == result; });
}

void PostgresConnection::forget(PGresult *const *result)
{
    for (Slot &s : m_slots) {
        if (s.result == result)
            s = Slot();
    }
}

SqlStatement::Outcome PostgresConnection::sendQueue(QString *error)
{
    return collect(nullptr, error);
}

PGresult *PostgresConnection::sendAfterQueue(const char *name, int count, const char *const *values,
                                             const int *lengths, const int *formats,
                                             SqlStatement::Outcome *outcome, QString *error)
{
    PGresult *answer = nullptr;
    if (PQsendQueryPrepared(m_conn, name, count, values, lengths, formats, 0) != 1) {
        *error = errorOf(m_conn);
        QString ignored;
        (void)collect(nullptr, &ignored);
        *outcome = isBroken() ? SqlStatement::Outcome::Disconnected : SqlStatement::Outcome::Failed;
        return nullptr;
    }
    *outcome = collect(&answer, error);
    return answer;
}

SqlStatement::Outcome PostgresConnection::collect(PGresult **answer, QString *error)
{
    // The first failure wins: after it the server skips everything up to the sync point (PIPELINE_ABORTED),
    // and the caller rolls the transaction back.
    SqlStatement::Outcome outcome = SqlStatement::Outcome::Ok;
    const int queries = m_queued + (answer ? 1 : 0);
    m_queued = 0;
    const QList<Slot> pending = std::exchange(m_slots, {});
    if (PQpipelineSync(m_conn) != 1) {
        *error = errorOf(m_conn);
        outcome = isBroken() ? SqlStatement::Outcome::Disconnected : SqlStatement::Outcome::Failed;
    }
    for (int i = 0; i < queries; ++i) {
        const bool isAnswer = answer && i == queries - 1;
        const Slot slot = i < pending.size() ? pending.at(i) : Slot();
        while (PGresult *result = PQgetResult(m_conn)) {
            const ExecStatusType status = PQresultStatus(result);
            if (slot.result) { // a read sent ahead: its rows or its failure are its own
                if (status == PGRES_TUPLES_OK && !*slot.result) {
                    *slot.result = result;
                    continue;
                }
                if (status == PGRES_PIPELINE_ABORTED) {
                    *slot.outcome = SqlStatement::Outcome::Failed;
                    *slot.error = u"a pipelined statement was skipped"_s;
                } else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
                    *slot.outcome = outcomeOf(m_conn, result, slot.error);
                }
            }
            if (status == PGRES_PIPELINE_ABORTED) {
                if (outcome == SqlStatement::Outcome::Ok) {
                    *error = u"a pipelined statement was skipped"_s;
                    outcome = SqlStatement::Outcome::Failed;
                }
            } else if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
                if (outcome == SqlStatement::Outcome::Ok)
                    outcome = outcomeOf(m_conn, result, error);
            } else if (isAnswer && !*answer) {
                *answer = result;
                continue;
            }
            PQclear(result);
        }
    }
    for (const Slot &slot : pending) {
        if (slot.result && !*slot.result && *slot.outcome == SqlStatement::Outcome::Ok) {
            *slot.outcome = isBroken() ? SqlStatement::Outcome::Disconnected : SqlStatement::Outcome::Failed;
            *slot.error = u"no answer came for a pipelined statement"_s;
        }
    }
    // The sync point's own result, then back to one statement at a time. Reading up to the sync first
    // spares libpq a refused exit (whose error message it would look up and format every time).
    for (int spins = 0; spins < 16; ++spins) {
        PGresult *rest = PQgetResult(m_conn);
        if (!rest) {
            if (isBroken())
                break;
            continue;
        }
        const bool synced = PQresultStatus(rest) == PGRES_PIPELINE_SYNC;
        PQclear(rest);
        if (synced)
            break;
    }
    for (int spins = 0; PQexitPipelineMode(m_conn) != 1 && spins < 16; ++spins) {
        PGresult *rest = PQgetResult(m_conn);
        if (!rest && isBroken())
            break;
        PQclear(rest);
    }
    if (isBroken())
        outcome = SqlStatement::Outcome::Disconnected;
    if (outcome != SqlStatement::Outcome::Ok && answer && *answer) {
        PQclear(*answer);
        *answer = nullptr;
    }
    return outcome;
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
