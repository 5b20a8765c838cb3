#include "pinhasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Parterre {

bool PinHasher::isValidPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QByteArray PinHasher::derive(const QString &pin, const QByteArray &saltHex, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(),
                                              QByteArray::fromHex(saltHex), iterations, 32)
        .toHex();
}

PinDigest PinHasher::digest(const QString &pin, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    PinDigest d;
    d.salt = salt.toHex();
    d.iterations = iterations;
    d.hash = derive(pin, d.salt, iterations);
    return d;
}

bool PinHasher::matches(const QString &pin, const PinDigest &stored)
{
    if (stored.iterations <= 0 || stored.salt.isEmpty())
        return false;
    return constantTimeEquals(derive(pin, stored.salt, stored.iterations), stored.hash);
}

bool PinHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Every byte is looked at whatever differs first, so timing does not tell how much of a guess was right.
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace Parterre
