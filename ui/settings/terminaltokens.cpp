#include "terminaltokens.h"

#include <QFile>
#include <QSettings>
#include <QUrl>

namespace Parterre::TerminalTokens {

namespace {

QString keyFor(const QString &hostUrl)
{
    // One settings key per host; the URL is percent-encoded so its slashes do not make groups.
    const QUrl url(hostUrl);
    const QString normal = url.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::RemoveQuery);
    return QStringLiteral("terminal-tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(normal));
}

} // namespace

QString token(const QString &hostUrl)
{
    return QSettings().value(keyFor(hostUrl)).toString();
}

QString pin(const QString &hostUrl)
{
    return QSettings().value(keyFor(hostUrl) + QStringLiteral("-pin")).toString();
}

void remember(const QString &hostUrl, const QString &token, const QString &pin)
{
    QSettings settings;
    settings.setValue(keyFor(hostUrl), token);
    settings.setValue(keyFor(hostUrl) + QStringLiteral("-pin"), pin);
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void forget(const QString &hostUrl)
{
    QSettings settings;
    settings.remove(keyFor(hostUrl));
    settings.remove(keyFor(hostUrl) + QStringLiteral("-pin"));
}

} // namespace Parterre::TerminalTokens
