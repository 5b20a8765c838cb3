#include "moneytext.h"

#include <QLocale>

namespace Parterre {

int MoneyText::decimals(const QString &currency)
{
    static const QStringList none{QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("ISK"),
                                  QStringLiteral("CLP"), QStringLiteral("VND"), QStringLiteral("HUF")};
    static const QStringList three{QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("JOD"),
                                   QStringLiteral("OMR"), QStringLiteral("TND")};
    if (none.contains(currency))
        return 0;
    return three.contains(currency) ? 3 : 2;
}

QString MoneyText::amount(qint64 minor, const QString &currency)
{
    const int digits = decimals(currency);
    qint64 unit = 1;
    for (int i = 0; i < digits; ++i)
        unit *= 10;
    const QLocale locale;
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString text = locale.toString(magnitude / unit);
    if (digits > 0)
        text +=
            locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % unit, digits, 10, QLatin1Char('0'));
    return minor < 0 ? locale.negativeSign() + text : text;
}

QString MoneyText::format(const Money &money)
{
    return amount(money.minor, money.currency) + QLatin1Char(' ') + money.currency;
}

std::optional<qint64> MoneyText::parse(const QString &text, const QString &currency)
{
    QString cleaned;
    for (const QChar c : text) {
        if (!c.isSpace())
            cleaned.append(c);
    }
    if (!currency.isEmpty() && cleaned.endsWith(currency, Qt::CaseInsensitive))
        cleaned.chop(currency.size());
    if (cleaned.isEmpty())
        return std::nullopt;
    const int digits = decimals(currency);
    // The last separator followed by at most `digits` digits is the decimal point; others group thousands.
    const qsizetype last =
        std::max(cleaned.lastIndexOf(QLatin1Char('.')), cleaned.lastIndexOf(QLatin1Char(',')));
    QString whole = cleaned;
    QString fraction;
    if (last >= 0 && digits > 0 && cleaned.size() - last - 1 <= digits) {
        whole = cleaned.left(last);
        fraction = cleaned.mid(last + 1);
    }
    whole.remove(QLatin1Char('.'));
    whole.remove(QLatin1Char(','));
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : whole) {
        if (!c.isDigit() || value > 1'000'000'000'000)
            return std::nullopt;
        value = value * 10 + c.digitValue();
    }
    for (int i = 0; i < digits; ++i) {
        const QChar c = i < fraction.size() ? fraction.at(i) : QLatin1Char('0');
        if (!c.isDigit())
            return std::nullopt;
        value = value * 10 + c.digitValue();
    }
    return value;
}

} // namespace Parterre
