#pragma once

#include <QString>

namespace Parterre {

// The bearer tokens this terminal got from its hosts by pairing, one per host URL, kept in the user's
// settings file (made readable by its owner only). A token is a secret: it is never shown.
namespace TerminalTokens {

QString token(const QString &hostUrl);
QString pin(const QString &hostUrl); // the host certificate's fingerprint (https hosts)
void remember(const QString &hostUrl, const QString &token, const QString &pin = {});
void forget(const QString &hostUrl);

} // namespace TerminalTokens

} // namespace Parterre
