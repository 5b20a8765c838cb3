#include "tlsidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Parterre {

QString TlsIdentity::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    return u"SHA256:"_s + QString::fromLatin1(hex);
}

Result<TlsIdentity> TlsIdentity::load(const QString &certificateFile, const QString &keyFile)
{
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error::invalidInput(
            u"cannot read the certificate %1: %2"_s.arg(certificateFile, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Error::invalidInput(u"%1 holds no PEM certificate"_s.arg(certificateFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalidInput(u"cannot read the key %1: %2"_s.arg(keyFile, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return Error::invalidInput(u"%1 holds no unencrypted EC or RSA private key in PEM"_s.arg(keyFile));
    return TlsIdentity{chain.first(), key};
}

Result<TlsIdentity> TlsIdentity::loadOrCreateSelfSigned(const QString &dir, const QString &hostName)
{
    const QString certFile = QDir(dir).filePath(u"host-cert.pem"_s);
    const QString keyFile = QDir(dir).filePath(u"host-key.pem"_s);
    if (QFileInfo::exists(certFile) && QFileInfo::exists(keyFile))
        return load(certFile, keyFile);
    if (!QDir().mkpath(dir))
        return Error::storage(u"cannot create the folder %1"_s.arg(dir));
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        return Error::invalidState(
            u"the openssl tool is needed to make a self-signed certificate; give --tls-cert and --tls-key"_s);
    QProcess process;
    process.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"825"_s, u"-subj"_s,
                            u"/CN="_s + hostName, u"-addext"_s,
                            u"subjectAltName=DNS:"_s + hostName + u",IP:127.0.0.1"_s, u"-keyout"_s, keyFile,
                            u"-out"_s, certFile});
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        QFile::remove(certFile);
        QFile::remove(keyFile);
        return Error::storage(u"openssl could not make a certificate: %1"_s.arg(
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    }
    // Only the host's user may read the key.
    QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return load(certFile, keyFile);
}

} // namespace Parterre
