#pragma once

#include <QLocale>
#include <QString>

#include <optional>

class QCoreApplication;

namespace Parterre {

// The language of the interface: the one asked for with --lang, else the one remembered from an earlier
// --lang, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Installs Qt's and Parterre's translators.
namespace UiLanguage {

inline constexpr char SettingsKey[] = "ui/language";

// The value of --lang <code> or --lang=<code> in the arguments, else an empty string. Read before the
// command line is parsed, so that --help is already in the chosen language.
QString fromArguments(int argc, char *argv[]);

// The locale to run in. `requested` is a language code ("de", "de_AT", "en") or "system"; with `remember`
// a code is kept in the settings for the next start and "system" forgets it. An empty request takes the
// remembered choice, else the system's. Sets the default QLocale, so numbers, money and dates follow.
// An unknown code returns std::nullopt and changes nothing.
std::optional<QLocale> choose(const QString &requested, bool remember);

// Installs the translators for `locale`: Qt's own from Qt's translations folder, then Parterre's
// parterre_<lang>.qm from `directory` (the executable embeds them under :/i18n). Returns whether Parterre
// has a translation for the locale; English, the source language, needs none.
bool install(QCoreApplication &app, const QLocale &locale,
             const QString &directory = QStringLiteral(":/i18n"));

} // namespace UiLanguage

} // namespace Parterre
