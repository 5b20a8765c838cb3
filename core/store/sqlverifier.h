#pragma once

#include "store/store.h"

namespace Parterre {

class SqlSession;

// Checks the one rule and everything it rests on against the stored rows, read-only.
class SqlVerifier final
{
public:
    explicit SqlVerifier(SqlSession &session)
        : m_session(session)
    {}

    Result<QList<Violation>> verify(qint64 nowMs);

private:
    Result<Done> check(QList<Violation> &out, const QString &rule, const QString &sql,
                       const QVariantList &args, const QString &format);
    // held_without_hold: every held seat and place is listed by its hold, and the hold is alive.
    Result<Done> checkHeldByTheirHolds(QList<Violation> &out);

    SqlSession &m_session;
};

} // namespace Parterre
