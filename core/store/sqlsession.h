#pragma once

#include "model/catalog.h"
#include "model/inventory.h"
#include "model/result.h"

#include "store/sqlconnection.h"
#include <QJsonObject>

#include <QHash>
#include <QSet>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace Parterre {

// How an answer is kept under its idempotency key: by default the type's own toJson()/fromJson().
template<typename T>
struct JsonCodec
{
    static QJsonObject encode(const T &value) { return value.toJson(); }
    static T decode(const QJsonObject &o) { return T::fromJson(o); }
};

template<>
struct JsonCodec<QStringList>
{
    static QJsonObject encode(const QStringList &value);
    static QStringList decode(const QJsonObject &o);
};

template<>
struct JsonCodec<qint64>
{
    static QJsonObject encode(qint64 value) { return {{QStringLiteral("id"), value}}; }
    static qint64 decode(const QJsonObject &o) { return o.value(QStringLiteral("id")).toInteger(); }
};

class SqlSession;

// A prepared statement lent out by the session's statement cache; returns to the cache when it goes out of
// scope, so the hot statements of the inventory are parsed once per connection.
class SqlCursor final
{
public:
    SqlCursor(SqlSession *session, QString sql, std::unique_ptr<SqlStatement> statement);
    SqlCursor(SqlCursor &&other) noexcept;
    SqlCursor &operator=(SqlCursor &&) = delete;
    SqlCursor(const SqlCursor &) = delete;
    ~SqlCursor();

    bool next() { return m_statement->next(); }
    QVariant value(int index) const { return m_statement->value(index); }
    int columnCount() const { return m_statement->columnCount(); }
    void finish() { m_statement->reset(); }
    // For a read sent ahead (SqlSession::execAhead): whether its rows are here, and waiting for them.
    bool collected() const { return m_statement->collected(); }
    Result<Done> collect();

private:
    SqlSession *m_session;
    QString m_sql;
    std::unique_ptr<SqlStatement> m_statement;
};

// What differs between SQL back ends, kept in one place.
struct SqlDialect
{
    QString name;             // "sqlite", "postgres": also the migrations folder
    QString beginWrite;       // "BEGIN IMMEDIATE" on SQLite: take the write lock before reading
    QString skipLockedSuffix; // appended to GA claim subqueries ("FOR UPDATE SKIP LOCKED" on PostgreSQL)
    // Locks a hold or order row read before it is changed; empty where the write lock is already taken.
    QString forUpdate;
    // Serialises schema migrations between processes; empty where BEGIN IMMEDIATE does it.
    QString migrationLock;
    bool gaplessChangeLog = true; // PostgreSQL sequences skip numbers on rollback
    // INSERT/UPDATE inside WITH (PostgreSQL): a seat hold's writes go to the server as one statement.
    bool dataModifyingCte = false;
};

// One open connection and the transaction discipline every write follows: begin, check the idempotency
// key, validate, write, log, record the answer, commit. Bound to the thread that opened it.
class SqlSession final
{
public:
    SqlSession(std::unique_ptr<SqlConnection> connection, const SqlDialect &dialect);
    ~SqlSession();
    SqlSession(const SqlSession &) = delete;
    SqlSession &operator=(const SqlSession &) = delete;

    const SqlDialect &dialect() const { return m_dialect; }

    // Prepares, binds positionally and runs one statement. The query is forward-only.
    Result<SqlCursor> exec(const QString &sql, const QVariantList &args = {});
    // Runs a query expected to yield one integer (COUNT, SUM, RETURNING id); null yields 0.
    Result<qint64> scalar(const QString &sql, const QVariantList &args = {});
    // Runs a statement without parameters that is not worth caching (PRAGMA, DDL), reading any rows it
    // yields.
    Result<Done> execRaw(const QString &sql);
    // Runs a write whose answer nobody reads, inside a transaction; PostgreSQL sends it with the next
    // statement (see SqlStatement::execDeferred), so its failure may show up there or at COMMIT.
    Result<Done> execDeferred(const QString &sql, const QVariantList &args = {});
    // A read inside a transaction whose rows are wanted later: on PostgreSQL it travels with the next
    // statement that answers (see SqlStatement::execAhead); SqlCursor::collect() before reading it.
    Result<SqlCursor> execAhead(const QString &sql, const QVariantList &args = {});

    static QString placeholders(qsizetype count); // "?, ?, ?"
    // The one definition of "free to take" for a seat or unit row: available, or held by a hold that has
    // run out and has no order (unless the row is kept under a hold code: then it returns to the code).
    // Binds one parameter: now in ms.
    static QString claimable()
    {
        return QStringLiteral("(status = 'available' OR (status = 'held' AND order_id IS NULL AND "
                              "held_until_ms <= ? AND hold_code IS NULL))");
    }
    // Free to take under a hold code: kept under it and blocked, or held under it by a hold that has run
    // out. Binds two parameters: the code, and now in ms.
    static QString claimableUnderCode()
    {
        return QStringLiteral("(hold_code = ? AND (status = 'blocked' OR (status = 'held' AND order_id IS "
                              "NULL AND held_until_ms <= ?)))");
    }
    // The status a seat or unit returns to when it is let go: kept under a code, it stays blocked.
    static QString freedStatus()
    {
        return QStringLiteral("CASE WHEN hold_code IS NULL THEN 'available' ELSE 'blocked' END");
    }

    Result<Done> begin();
    Result<Done> commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Runs body inside one write transaction under ctx.idempotencyKey (when not empty): a repeated key with
    // the same operation and request returns the stored answer without running body; with a different
    // request it is a Conflict. A failing body rolls everything back and records nothing.
    // Called after every commit (PostgreSQL uses it to batch its NOTIFY); set by the store.
    void setAfterCommit(std::function<void()> hook) { m_afterCommit = std::move(hook); }
    // Remembers that the current transaction changed a show, for afterCommit's listeners.
    void touchShow(qint64 showId) { m_touchedShows.insert(showId); }
    QSet<qint64> takeTouchedShows() { return std::exchange(m_touchedShows, {}); }

    template<typename T>
    Result<T> mutate(const QString &operation, const QJsonObject &request, const CallContext &ctx,
                     const std::function<Result<T>()> &body);

    // The change log and the audit log, written inside the current transaction.
    Result<Done> appendChanges(const QList<Change> &changes, qint64 nowMs);
    Result<Done> audit(const CallContext &ctx, const QString &action, qint64 showId,
                       const QJsonObject &details);

    // Runs an inventory UPDATE ending in "RETURNING show_id, seat_id, status, version" (seats) or
    // "RETURNING show_id, area_id, unit_no, status, version" (GA units) and collects what changed.
    // A fifth RETURNING column, when asked for, is collected as text into `extra`, row for row.
    Result<QList<Change>> updateSeats(const QString &sql, const QVariantList &args,
                                      QStringList *extra = nullptr);
    Result<QList<Change>> updateUnits(const QString &sql, const QVariantList &args);

private:
    template<typename T>
    Result<T> attemptOnce(const QString &operation, const QString &hash, const CallContext &ctx,
                          const std::function<Result<T>()> &body);
    // After a failed attempt: whether to try again (reconnecting first if the connection is gone).
    bool retryAfterFailure(int attempt);
    bool reconnect(); // with backoff, for as long as a server restart takes (bounded)
    void afterCommit();

    // The answer kept under an idempotency key is asked for ahead of the work (askStoredAnswer: on
    // PostgreSQL the question goes with the work's first statement, a round trip less for every write) and
    // read before anything is kept (storedAnswer: empty when the key is new).
    Result<SqlCursor> askStoredAnswer(const QString &key);
    Result<QJsonObject> storedAnswer(SqlCursor &asked, const QString &key, const QString &operation,
                                     const QString &hash);
    Result<Done> storeAnswer(const CallContext &ctx, const QString &operation, const QString &hash,
                             const QJsonObject &answer);
    static QString requestHash(const QString &operation, const QJsonObject &request);

    friend class SqlCursor;
    void giveBack(const QString &sql, std::unique_ptr<SqlStatement> statement);
    Result<std::unique_ptr<SqlStatement>> take(const QString &sql);
    // Runs BEGIN/COMMIT, retrying for a while when another writer holds the lock.
    enum class Control
    {
        Retry,    // again while the database is busy
        Deferred, // may be pipelined with the next statement
        Once      // never run twice
    };
    Result<Done> control(const QString &sql, const QString &what, Control how = Control::Retry);

    std::unique_ptr<SqlConnection> m_connection;
    SqlDialect m_dialect;
    std::unordered_map<QString, std::unique_ptr<SqlStatement>> m_statements;
    SqlStatement::Outcome m_lastOutcome = SqlStatement::Outcome::Ok;
    std::function<void()> m_afterCommit;
    QSet<qint64> m_touchedShows;
    bool m_inTransaction = false;
};

template<typename T>
Result<T> SqlSession::mutate(const QString &operation, const QJsonObject &request, const CallContext &ctx,
                             const std::function<Result<T>()> &body)
{
    const QString hash = requestHash(operation, request);
    for (int attempt = 0;; ++attempt) {
        m_lastOutcome = SqlStatement::Outcome::Ok;
        Result<T> result = attemptOnce<T>(operation, hash, ctx, body);
        // A lost connection or a lost race for a lock runs the whole transaction again, under the same key:
        // if the first try did commit, the key answers; if not, nothing of it was written.
        if (result.ok() || !retryAfterFailure(attempt))
            return result;
    }
}

template<typename T>
Result<T> SqlSession::attemptOnce(const QString &operation, const QString &hash, const CallContext &ctx,
                                  const std::function<Result<T>()> &body)
{
    if (auto begun = begin(); !begun)
        return begun.error();
    std::optional<SqlCursor> asked;
    // A key seen before answers what it answered then; nothing of this attempt is kept.
    const auto answeredBefore = [&]() -> std::optional<Result<T>> {
        auto stored = storedAnswer(*asked, ctx.idempotencyKey, operation, hash);
        asked.reset();
        if (stored && stored->isEmpty())
            return std::nullopt;
        rollback();
        if (!stored)
            return Result<T>(stored.error());
        return Result<T>(JsonCodec<T>::decode(*stored));
    };
    if (!ctx.idempotencyKey.isEmpty()) {
        auto question = askStoredAnswer(ctx.idempotencyKey);
        if (!question) {
            rollback();
            return question.error();
        }
        asked.emplace(std::move(question).value());
        if (asked->collected()) { // asked at once (SQLite): no need to do the work first
            if (auto before = answeredBefore())
                return *before;
        }
    }
    Result<T> result = body();
    if (asked) { // the answer came with (or after) the work, which a stored answer throws away
        if (auto before = answeredBefore())
            return *before;
    }
    if (!result) {
        rollback();
        return result;
    }
    if (!ctx.idempotencyKey.isEmpty()) {
        if (auto saved = storeAnswer(ctx, operation, hash, JsonCodec<T>::encode(result.value())); !saved) {
            rollback();
            return saved.error();
        }
    }
    if (auto committed = commit(); !committed) {
        rollback();
        return committed.error();
    }
    afterCommit();
    return result;
}

} // namespace Parterre
