#include "money.h"

namespace Parterre {

bool Money::isValidCurrency(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

QString Money::toString() const
{
    const qint64 whole = minor / 100;
    const qint64 cents = qAbs(minor % 100);
    const QString sign = (minor < 0 && whole == 0) ? QStringLiteral("-") : QString();
    return sign + QString::number(whole) + u'.' + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0')) +
           u' ' + currency;
}

QString Money::toString(const QLocale &locale) const
{
    return toString().replace(u'.', locale.decimalPoint()); // the only point: no grouping, letters after
}

} // namespace Parterre
