#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace Parterre {

// An amount in integer minor units (cents) with its ISO 4217 currency code; never a double.
struct Money
{
    qint64 minor = 0;
    QString currency;

    static bool isValidCurrency(const QString &code);
    // "12.50 EUR"; the venue's locale formatting belongs to the UI.
    QString toString() const;
    // The same with the locale's decimal point, for people: "12,50 EUR" in German.
    QString toString(const QLocale &locale) const;

    friend bool operator==(const Money &, const Money &) = default;
};

} // namespace Parterre
