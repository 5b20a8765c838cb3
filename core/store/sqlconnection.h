#pragma once

#include "model/result.h"

#include <QString>
#include <QVariant>

#include <memory>

namespace Parterre {

// One prepared statement of a connection. Values bind positionally from QVariants; a QVariant holding a null
// QString binds as an empty text, SQL NULL is an invalid QVariant or one made from a bare QMetaType.
class SqlStatement
{
public:
    enum class Outcome
    {
        Ok,
        Busy,        // lock contention or a serialization conflict: the same work may succeed if retried
        Failed,      // the statement is wrong for the data (constraint, syntax): retrying will not help
        Disconnected // the connection is gone: reconnect, then retry the whole transaction
    };

    virtual ~SqlStatement() = default;
    virtual Outcome exec(const QVariantList &args) = 0; // runs up to the first row
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0;
    virtual int columnCount() const = 0;
    virtual void reset() = 0; // releases the result so the statement can run again
    // Runs a statement whose answer nobody reads (an INSERT into a log, BEGIN). A back end may queue it and
    // send it with the next statement that does answer: PostgreSQL pipelines them, one round trip for
    // several. A queued statement's failure then surfaces as the failure of that next statement, which is
    // why only statements inside a transaction that ends with COMMIT may be deferred.
    virtual Outcome execDeferred(const QVariantList &args)
    {
        const Outcome outcome = exec(args);
        reset();
        return outcome;
    }
    // Runs a read whose rows are wanted later, not at once: a back end may queue it like execDeferred, so
    // that it travels with the next statement that answers. collect() waits for its rows if they have not
    // come yet (sending the queue when nothing else did) and says how it went; until then collected() is
    // false. Back ends that cannot queue run it at once.
    virtual Outcome execAhead(const QVariantList &args) { return exec(args); }
    virtual bool collected() const { return true; }
    virtual Outcome collect() { return Outcome::Ok; }
    virtual QString lastError() const = 0;
};

// A database connection, bound to the thread that opened it. SqlSession talks SQL through this and nothing
// else, so each back end binds and steps statements the cheapest way its client library allows.
class SqlConnection
{
public:
    virtual ~SqlConnection() = default;
    virtual Result<std::unique_ptr<SqlStatement>> prepare(const QString &sql) = 0;

    // For servers that can go away: whether the connection is known to be lost, and a fresh start. Statements
    // prepared before a reconnect prepare themselves again when next run.
    virtual bool isBroken() const { return false; }
    virtual Result<Done> reconnect() { return Done{}; }
};

} // namespace Parterre
