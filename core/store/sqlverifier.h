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

    SqlSession &m_session;
};

} // namespace Parterre
