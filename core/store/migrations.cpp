#include "migrations.h"

#include "store/sqlsession.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

struct Migration
{
    int version;
    QString path;
};

QList<Migration> migrationsFor(const QString &dialect)
{
    QList<Migration> list;
    const QDir dir(u":/parterre/sql/"_s + dialect);
    static const QRegularExpression name(u"^(\\d{4})-[\\w-]+\\.sql$"_s);
    for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), dir.filePath(file)});
    }
    return list;
}

// Statements end with a semicolon at the end of a line; comment lines are dropped.
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"_s) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            out.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace

int Migrations::latestVersion(const QString &dialect)
{
    const auto list = migrationsFor(dialect);
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> Migrations::apply(SqlSession &session)
{
    const auto lock = [&session]() -> Result<Done> {
        if (session.dialect().migrationLock.isEmpty())
            return Done{};
        return session.execRaw(session.dialect().migrationLock);
    };
    if (auto begun = session.begin(); !begun)
        return begun.error();
    if (auto r = lock(); !r) {
        session.rollback();
        return r.error();
    }
    if (auto r =
            session.execRaw(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                            "applied_at_ms BIGINT NOT NULL)"_s);
        !r) {
        session.rollback();
        return r.error();
    }
    if (auto r = session.commit(); !r)
        return r.error();
    int current = 0;
    for (const Migration &m : migrationsFor(session.dialect().name)) {
        if (auto begun = session.begin(); !begun)
            return begun.error();
        // Read inside the write transaction: two processes opening a new store apply each step once.
        if (auto r = lock(); !r) {
            session.rollback();
            return r.error();
        }
        auto applied =
            session.scalar(u"SELECT COUNT(*) FROM schema_migrations WHERE version = ?"_s, {m.version});
        if (!applied) {
            session.rollback();
            return applied.error();
        }
        if (*applied > 0) {
            session.rollback();
            current = m.version;
            continue;
        }
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly)) {
            session.rollback();
            return Error::storage(u"cannot read migration "_s + m.path);
        }
        for (const QString &statement : statements(QString::fromUtf8(file.readAll()))) {
            if (auto r = session.execRaw(statement); !r) {
                session.rollback();
                return Error::storage(u"migration %1 failed: %2"_s.arg(m.version).arg(r.error().message));
            }
        }
        if (auto r = session.exec(u"INSERT INTO schema_migrations (version, applied_at_ms) VALUES (?, ?)"_s,
                                  {m.version, QDateTime::currentMSecsSinceEpoch()});
            !r) {
            session.rollback();
            return r.error();
        }
        if (auto r = session.commit(); !r) {
            session.rollback();
            return r.error();
        }
        current = m.version;
    }
    return current;
}

} // namespace Parterre
