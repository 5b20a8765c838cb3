#include "sqliteconnection.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

class SqliteStatement final : public SqlStatement
{
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    {}
    ~SqliteStatement() override { sqlite3_finalize(m_statement); }

    Outcome exec(const QVariantList &args) override
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_hasRow = false;
        m_rowPending = false;
        for (int i = 0; i < args.size(); ++i) {
            if (bind(i + 1, args.at(i)) != SQLITE_OK)
                return fail();
        }
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            m_rowPending = true;
            return Outcome::Ok;
        }
        if (rc == SQLITE_DONE)
            return Outcome::Ok;
        return fail();
    }

    bool next() override
    {
        if (m_rowPending) {
            m_rowPending = false;
            m_hasRow = true;
            return true;
        }
        if (!m_hasRow)
            return false;
        m_hasRow = sqlite3_step(m_statement) == SQLITE_ROW;
        return m_hasRow;
    }

    QVariant value(int column) const override
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, column));
        case SQLITE_TEXT:
            return QVariant(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                  sqlite3_column_bytes(m_statement, column)));
        case SQLITE_BLOB:
            return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                                       sqlite3_column_bytes(m_statement, column)));
        default:
            return QVariant();
        }
    }

    int columnCount() const override { return sqlite3_column_count(m_statement); }

    void reset() override
    {
        sqlite3_reset(m_statement);
        m_hasRow = false;
        m_rowPending = false;
    }

    QString lastError() const override { return m_error; }

private:
    int bind(int index, const QVariant &value)
    {
        if (value.isNull() && value.typeId() != QMetaType::QString)
            return sqlite3_bind_null(m_statement, index);
        switch (value.typeId()) {
        case QMetaType::QString: {
            if (value.isNull())
                return sqlite3_bind_null(m_statement, index);
            const QByteArray utf8 = value.toString().toUtf8();
            return sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                                     SQLITE_TRANSIENT);
        }
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::Bool:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong());
        case QMetaType::Double:
            return sqlite3_bind_double(m_statement, index, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                                     SQLITE_TRANSIENT);
        }
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            return sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                                     SQLITE_TRANSIENT);
        }
        }
    }

    Outcome fail()
    {
        const int code = sqlite3_extended_errcode(m_db) & 0xff;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        m_hasRow = false;
        m_rowPending = false;
        return (code == SQLITE_BUSY || code == SQLITE_LOCKED) ? Outcome::Busy : Outcome::Failed;
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    bool m_hasRow = false;
    bool m_rowPending = false;
    QString m_error;
};

} // namespace

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, int busyTimeoutMs)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return Error::storage(message);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busyTimeoutMs);
    return std::unique_ptr<SqliteConnection>(new SqliteConnection(db));
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<SqlStatement>> SqliteConnection::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
        return Error::storage(u"cannot prepare statement: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    if (!statement)
        return Error::storage(u"empty statement"_s);
    return std::unique_ptr<SqlStatement>(new SqliteStatement(m_db, statement));
}

} // namespace Parterre
