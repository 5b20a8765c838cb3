#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
