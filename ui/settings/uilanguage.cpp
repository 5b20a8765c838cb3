#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <cstring>

namespace Parterre::UiLanguage {

QString fromArguments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0)
            return i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

std::optional<QLocale> choose(const QString &requested, bool remember)
{
    QSettings settings;
    QString code = requested.trimmed();
    if (code == QLatin1String("system")) {
        if (remember)
            settings.remove(QLatin1String(SettingsKey));
        QLocale::setDefault(QLocale::system());
        return QLocale::system();
    }
    const bool fromSettings = code.isEmpty();
    if (fromSettings)
        code = settings.value(QLatin1String(SettingsKey)).toString();
    if (code.isEmpty()) {
        QLocale::setDefault(QLocale::system());
        return QLocale::system();
    }
    const QLocale locale(code);
    if (locale.language() == QLocale::C) { // QLocale's answer to a code it does not know
        if (fromSettings) {
            QLocale::setDefault(QLocale::system());
            return QLocale::system();
        }
        return std::nullopt;
    }
    if (remember && !fromSettings)
        settings.setValue(QLatin1String(SettingsKey), code);
    QLocale::setDefault(locale);
    return locale;
}

bool install(QCoreApplication &app, const QLocale &locale, const QString &directory)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("parterre"), QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace Parterre::UiLanguage
