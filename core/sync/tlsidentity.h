#pragma once

#include "model/result.h"

#include <QSslCertificate>
#include <QSslKey>

namespace Parterre {

// The certificate and key a sync host serves HTTPS with, and the fingerprint terminals pin at pairing.
struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;

    // "SHA256:" and the certificate's SHA-256 digest as colon-separated upper-case hex pairs.
    static QString fingerprint(const QSslCertificate &certificate);
    QString fingerprint() const { return fingerprint(certificate); }

    // PEM files; the key may be EC or RSA, without a pass phrase.
    static Result<TlsIdentity> load(const QString &certificateFile, const QString &keyFile);
    // The identity in folder `dir` (host-cert.pem, host-key.pem), made first with the openssl tool as a
    // self-signed certificate for `hostName` when it is not there yet.
    static Result<TlsIdentity> loadOrCreateSelfSigned(const QString &dir, const QString &hostName);
};

} // namespace Parterre
