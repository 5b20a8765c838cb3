#pragma once

#include "model/money.h"

#include <QString>

#include <optional>

namespace Parterre {

// Money as the counter shows and reads it: integer minor units in and out, never a double on the way.
class MoneyText final
{
public:
    MoneyText() = delete;

    // Digits after the decimal point (2 for EUR, 0 for JPY, 3 for KWD).
    static int decimals(const QString &currency);
    // "1,234.50 EUR" in the current locale.
    static QString format(const Money &money);
    // The amount without its currency, in the current locale: "1,234.50".
    static QString amount(qint64 minor, const QString &currency);
    // What a clerk types for an amount: "50", "50.5", "50,50", "1.234,50". Empty or unreadable: nullopt.
    static std::optional<qint64> parse(const QString &text, const QString &currency);
};

} // namespace Parterre
