#include "clicommands.h"

#include <QCoreApplication>

#ifdef PARTERRE_HAS_TICKETS
#include <QGuiApplication>
#endif

#include <cstring>
#include <memory>

namespace {

// Every command runs headless on a QCoreApplication, except `ticket`: QPdfWriter lays out text with
// QFont, and fonts need a QGuiApplication. That one gets the offscreen platform (unless the caller chose
// one), so it still runs without a display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef PARTERRE_HAS_TICKETS
    if (argc > 1 && std::strcmp(argv[1], "ticket") == 0) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Parterre"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("parterre.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTERRE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Parterre::CliCommands commands(out, err);
    const int code = commands.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
