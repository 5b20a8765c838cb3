#include "sqlsession.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Parterre {

QJsonObject JsonCodec<QStringList>::encode(const QStringList &value)
{
    return {{u"items"_s, QJsonArray::fromStringList(value)}};
}

QStringList JsonCodec<QStringList>::decode(const QJsonObject &o)
{
    QStringList list;
    for (const QJsonValue &v : o.value("items"_L1).toArray())
        list.append(v.toString());
    return list;
}

SqlSession::SqlSession(std::unique_ptr<SqlConnection> connection, const SqlDialect &dialect)
    : m_connection(std::move(connection))
    , m_dialect(dialect)
{}

SqlSession::~SqlSession()
{
    if (m_inTransaction)
        rollback();
    m_statements.clear();
    m_connection.reset();
}

SqlCursor::SqlCursor(SqlSession *session, QString sql, std::unique_ptr<SqlStatement> statement)
    : m_session(session)
    , m_sql(std::move(sql))
    , m_statement(std::move(statement))
{}

SqlCursor::SqlCursor(SqlCursor &&other) noexcept
    : m_session(std::exchange(other.m_session, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_statement(std::move(other.m_statement))
{}

SqlCursor::~SqlCursor()
{
    if (m_session && m_statement)
        m_session->giveBack(m_sql, std::move(m_statement));
}

Result<std::unique_ptr<SqlStatement>> SqlSession::take(const QString &sql)
{
    if (auto it = m_statements.find(sql); it != m_statements.end()) {
        std::unique_ptr<SqlStatement> statement = std::move(it->second);
        m_statements.erase(it);
        return statement;
    }
    return m_connection->prepare(sql);
}

void SqlSession::giveBack(const QString &sql, std::unique_ptr<SqlStatement> statement)
{
    // Statements built for long IN lists come in many shapes: keep the cache bounded.
    constexpr std::size_t maxStatements = 256;
    statement->reset();
    if (m_statements.contains(sql))
        return;
    if (m_statements.size() >= maxStatements)
        m_statements.clear();
    m_statements.emplace(sql, std::move(statement));
}

Result<SqlCursor> SqlSession::exec(const QString &sql, const QVariantList &args)
{
    for (int attempt = 0;; ++attempt) {
        auto statement = take(sql);
        if (!statement)
            return statement.error();
        const SqlStatement::Outcome outcome = statement.value()->exec(args);
        if (outcome == SqlStatement::Outcome::Ok)
            return SqlCursor(this, sql, std::move(statement).value());
        const QString message = statement.value()->lastError();
        giveBack(sql, std::move(statement).value());
        m_lastOutcome = outcome;
        // Outside a transaction a read may simply run again on a fresh connection, once the server is back.
        if (outcome == SqlStatement::Outcome::Disconnected && !m_inTransaction && attempt < 1 && reconnect())
            continue;
        return Error::storage(message);
    }
}

bool SqlSession::retryAfterFailure(int attempt)
{
    constexpr int maxBusyRetries = 20;
    if (m_connection->isBroken() || m_lastOutcome == SqlStatement::Outcome::Disconnected) {
        m_inTransaction = false;
        return reconnect();
    }
    if (m_lastOutcome == SqlStatement::Outcome::Busy && attempt < maxBusyRetries) {
        QThread::msleep(std::min(2 * (attempt + 1), 50));
        return true;
    }
    return false;
}

bool SqlSession::reconnect()
{
    // Wait out a server restart, up to half a minute, then give up with the error.
    constexpr qint64 maxReconnectMs = 30'000;
    QElapsedTimer waited;
    waited.start();
    for (int i = 0; waited.elapsed() < maxReconnectMs; ++i) {
        if (m_connection->reconnect())
            return true;
        QThread::msleep(std::min(100 * (i + 1), 1000));
    }
    return false;
}

void SqlSession::afterCommit()
{
    if (m_afterCommit)
        m_afterCommit();
    else
        m_touchedShows.clear();
}

Result<qint64> SqlSession::scalar(const QString &sql, const QVariantList &args)
{
    auto query = exec(sql, args);
    if (!query)
        return query.error();
    qint64 value = 0;
    if (query->next())
        value = query->value(0).toLongLong();
    return value;
}

Result<Done> SqlSession::execRaw(const QString &sql)
{
    auto statement = m_connection->prepare(sql);
    if (!statement)
        return statement.error();
    if (statement.value()->exec({}) != SqlStatement::Outcome::Ok)
        return Error::storage(statement.value()->lastError());
    while (statement.value()->next()) {
    }
    return Done{};
}

QString SqlSession::placeholders(qsizetype count)
{
    QString s;
    s.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            s += u", "_s;
        s += u'?';
    }
    return s;
}

Result<Done> SqlSession::control(const QString &sql, const QString &what, Control how)
{
    // The busy timeout makes SQLite wait for the write lock; a few more tries ride out checkpoints.
    for (int attempt = 0;; ++attempt) {
        auto statement = take(sql);
        if (!statement)
            return statement.error();
        const SqlStatement::Outcome outcome =
            how == Control::Deferred ? statement.value()->execDeferred({}) : statement.value()->exec({});
        const QString message = statement.value()->lastError();
        giveBack(sql, std::move(statement).value());
        if (outcome == SqlStatement::Outcome::Ok)
            return Done{};
        m_lastOutcome = outcome;
        if (outcome != SqlStatement::Outcome::Busy || how == Control::Once || attempt >= 20)
            return Error::storage(what + u": "_s + message);
        QThread::msleep(5 + 5 * attempt);
    }
}

Result<Done> SqlSession::begin()
{
    // On PostgreSQL BEGIN travels with the transaction's first question (pipelined); SQLite runs it at once
    // and may wait for the write lock.
    auto begun = control(m_dialect.beginWrite, u"cannot start a transaction"_s, Control::Deferred);
    m_inTransaction = begun.ok();
    return begun;
}

Result<Done> SqlSession::commit()
{
    // A COMMIT that failed on PostgreSQL must never run again: in an aborted transaction it "succeeds" as a
    // ROLLBACK. SQLite may be busy on COMMIT and keeps its transaction open meanwhile: there a retry is safe.
    const Control how = m_dialect.name == u"sqlite"_s ? Control::Retry : Control::Once;
    auto committed = control(u"COMMIT"_s, u"cannot commit"_s, how);
    if (committed)
        m_inTransaction = false;
    return committed;
}

void SqlSession::rollback()
{
    if (!m_inTransaction)
        return;
    // A ROLLBACK pipelined behind a failed statement is skipped by the server: send it again on its own.
    if (!control(u"ROLLBACK"_s, u"cannot roll back"_s) && !m_connection->isBroken())
        (void)control(u"ROLLBACK"_s, u"cannot roll back"_s);
    m_inTransaction = false;
}

Result<SqlCursor> SqlSession::execAhead(const QString &sql, const QVariantList &args)
{
    if (!m_inTransaction) // nothing would send it: run it now
        return exec(sql, args);
    auto statement = take(sql);
    if (!statement)
        return statement.error();
    const SqlStatement::Outcome outcome = statement.value()->execAhead(args);
    if (outcome == SqlStatement::Outcome::Ok)
        return SqlCursor(this, sql, std::move(statement).value());
    const QString message = statement.value()->lastError();
    giveBack(sql, std::move(statement).value());
    m_lastOutcome = outcome;
    return Error::storage(message);
}

Result<Done> SqlCursor::collect()
{
    const SqlStatement::Outcome outcome = m_statement->collect();
    if (outcome == SqlStatement::Outcome::Ok)
        return Done{};
    if (m_session)
        m_session->m_lastOutcome = outcome;
    return Error::storage(m_statement->lastError());
}

Result<Done> SqlSession::execDeferred(const QString &sql, const QVariantList &args)
{
    if (!m_inTransaction) { // nothing would send it: run it now
        auto query = exec(sql, args);
        if (!query)
            return query.error();
        return Done{};
    }
    auto statement = take(sql);
    if (!statement)
        return statement.error();
    const SqlStatement::Outcome outcome = statement.value()->execDeferred(args);
    const QString message = statement.value()->lastError();
    giveBack(sql, std::move(statement).value());
    if (outcome == SqlStatement::Outcome::Ok)
        return Done{};
    m_lastOutcome = outcome;
    return Error::storage(message);
}

QString SqlSession::requestHash(const QString &operation, const QJsonObject &request)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(operation.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument(request).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

Result<SqlCursor> SqlSession::askStoredAnswer(const QString &key)
{
    return execAhead(u"SELECT operation, request_hash, response FROM idempotency_keys WHERE key = ?"_s,
                     {key});
}

Result<QJsonObject> SqlSession::storedAnswer(SqlCursor &q, const QString &key, const QString &operation,
                                             const QString &hash)
{
    if (auto collected = q.collect(); !collected)
        return collected.error();
    if (!q.next())
        return QJsonObject();
    const QString storedOperation = q.value(0).toString();
    const QString storedHash = q.value(1).toString();
    const QByteArray response = q.value(2).toString().toUtf8();
    q.finish();
    if (storedOperation != operation || storedHash != hash) {
        return Error::conflict(u"idempotency key \"%1\" was already used for a different request (%2)"_s.arg(
            key, storedOperation));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(response);
    if (!doc.isObject())
        return Error::storage(u"stored answer for key \"%1\" is unreadable"_s.arg(key));
    return doc.object();
}

Result<Done> SqlSession::storeAnswer(const CallContext &ctx, const QString &operation, const QString &hash,
                                     const QJsonObject &answer)
{
    auto query =
        execDeferred(u"INSERT INTO idempotency_keys (key, operation, request_hash, response, "
                     "created_at_ms) VALUES (?, ?, ?, ?, ?)"_s,
                     {ctx.idempotencyKey, operation, hash,
                      QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)), ctx.nowMs});
    if (!query)
        return query.error();
    return Done{};
}

Result<Done> SqlSession::appendChanges(const QList<Change> &changes, qint64 nowMs)
{
    for (const Change &c : changes)
        m_touchedShows.insert(c.showId);
    constexpr qsizetype chunk = 100;
    for (qsizetype start = 0; start < changes.size(); start += chunk) {
        const qsizetype count = std::min(chunk, changes.size() - start);
        QString sql =
            u"INSERT INTO change_log (show_id, seat_id, ga_area_id, ga_unit_no, status, version, at_ms) "
            "VALUES "_s;
        QVariantList args;
        args.reserve(count * 7);
        for (qsizetype i = 0; i < count; ++i) {
            const Change &c = changes.at(start + i);
            if (i > 0)
                sql += u", "_s;
            sql += u"(?, ?, ?, ?, ?, ?, ?)"_s;
            const bool isSeat = !c.seatId.isEmpty();
            args << c.showId << (isSeat ? QVariant(c.seatId) : QVariant(QMetaType::fromType<QString>()))
                 << (isSeat ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.gaAreaId))
                 << (isSeat ? QVariant(QMetaType::fromType<int>()) : QVariant(c.gaUnit))
                 << SeatState::statusName(c.status) << c.version << nowMs;
        }
        if (auto written = execDeferred(sql, args); !written)
            return written.error();
    }
    return Done{};
}

Result<Done> SqlSession::audit(const CallContext &ctx, const QString &action, qint64 showId,
                               const QJsonObject &details)
{
    return execDeferred(u"INSERT INTO audit_log (at_ms, actor, terminal, action, show_id, details) "
                        "VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {ctx.nowMs, ctx.actor, ctx.terminal, action,
                         showId > 0 ? QVariant(showId) : QVariant(QMetaType::fromType<qint64>()),
                         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
}

Result<QList<Change>> SqlSession::updateSeats(const QString &sql, const QVariantList &args,
                                              QStringList *extra)
{
    auto query = exec(sql, args);
    if (!query)
        return query.error();
    SqlCursor &q = query.value();
    QList<Change> changes;
    while (q.next()) {
        Change c;
        c.showId = q.value(0).toLongLong();
        c.seatId = q.value(1).toString();
        SeatState::statusFromName(q.value(2).toString(), &c.status);
        c.version = q.value(3).toLongLong();
        changes.append(c);
        if (extra)
            extra->append(q.value(4).toString());
    }
    q.finish();
    return changes;
}

Result<QList<Change>> SqlSession::updateUnits(const QString &sql, const QVariantList &args)
{
    auto query = exec(sql, args);
    if (!query)
        return query.error();
    SqlCursor &q = query.value();
    QList<Change> changes;
    while (q.next()) {
        Change c;
        c.showId = q.value(0).toLongLong();
        c.gaAreaId = q.value(1).toString();
        c.gaUnit = q.value(2).toInt();
        SeatState::statusFromName(q.value(3).toString(), &c.status);
        c.version = q.value(4).toLongLong();
        changes.append(c);
    }
    q.finish();
    return changes;
}

} // namespace Parterre
