#pragma once

#include "staff/user.h"

#include <QByteArray>
#include <QString>

namespace Parterre {

// PINs of 4 to 8 digits, kept only as salted PBKDF2-SHA256 digests and compared in constant time. A PIN
// has few possible values, so the digest alone would not stop a patient attacker with the database: the
// store's lockout after MaxFailures wrong PINs is what holds guessing off at the terminal.
class PinHasher final
{
public:
    PinHasher() = delete;

    static constexpr int DefaultIterations = 60000;
    static constexpr int MaxFailures = 5;
    static constexpr qint64 LockoutMs = 5 * 60 * 1000;

    static bool isValidPin(const QString &pin);
    // A new random salt and the digest of `pin` under it.
    static PinDigest digest(const QString &pin, int iterations = DefaultIterations);
    // Whether `pin` matches `stored`; the comparison takes as long whatever the bytes.
    static bool matches(const QString &pin, const PinDigest &stored);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    static QByteArray derive(const QString &pin, const QByteArray &saltHex, int iterations);
};

} // namespace Parterre
