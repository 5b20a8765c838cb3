#pragma once

#include <QString>
#include <QStringList>

namespace Parterre {

// Comma-separated values as RFC 4180 has them: a field with a comma, a double quote, CR or LF is quoted,
// its quotes doubled; records end with CRLF.
class Csv final
{
public:
    Csv() = delete;

    static QString field(const QString &value);
    static QString record(const QStringList &fields); // with the trailing CRLF
    static QString amount(qint64 minor);              // "12.50", "-0.05": two decimals, no currency
};

} // namespace Parterre
