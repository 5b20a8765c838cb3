// parterre: the box-office GUI. Parses the command line, opens the store and shows the main window; the
// window and everything it does live in parterre-ui.

#include "boxoffice/counterwindow.h"
#include "inventory/inventoryservice.h"
#include "seatmap/demoseeder.h"
#include "store/store.h"
#include "store/storelocation.h"
#include "sync/servecommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

using namespace Parterre;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Parterre"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("parterre.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTERRE_VERSION));
}

void installTranslators(QCoreApplication &app)
{
    // Qt's own strings (dialog buttons, --help), then ours from the .qm files embedded under :/i18n.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("parterre"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

// --help and --version need no display: answer them from a QCoreApplication.
bool onlyAsksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

StoreLocation parseCommandLine(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Parterre box office and seat maps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Use the SQLite store in <file> (default: %1).")
            .arg(QDir::toNativeSeparators(StoreLocation::defaultLocation().path)),
        QCoreApplication::translate("main", "file"));
    parser.addOption(dbOption);
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QCoreApplication::translate("main", "Use the shared PostgreSQL store at <url>, e.g. "
                                            "postgresql://clerk@boxoffice-server/parterre."),
        QCoreApplication::translate("main", "url"));
    parser.addOption(postgresOption);
    // Handled before the GUI starts (see ServeCommand); listed here so that --help shows them.
    parser.addOption(
        {QStringLiteral("serve"),
         QCoreApplication::translate("main", "Run headless as the host that serves the store to other "
                                             "terminals over HTTP (with --db or --postgres).")});
    parser.addOption(
        {QStringLiteral("listen"),
         QCoreApplication::translate("main", "With --serve: address and port to listen on (default "
                                             "127.0.0.1:8780)."),
         QCoreApplication::translate("main", "addr:port")});
    parser.process(app);
    if (parser.isSet(dbOption) && parser.isSet(postgresOption)) {
        fputs(qPrintable(QCoreApplication::translate("main", "Give --db or --postgres, not both.\n")),
              stderr);
        ::exit(2);
    }
    if (parser.isSet(postgresOption))
        return StoreLocation::postgres(parser.value(postgresOption));
    if (parser.isSet(dbOption))
        return StoreLocation::sqlite(QFileInfo(parser.value(dbOption)).absoluteFilePath());
    // The store chosen last time in the connection dialog (kept without its password), else the default.
    const QSettings settings;
    const QString saved = settings.value(QStringLiteral("store/location")).toString();
    if (!saved.isEmpty())
        return settings.value(QStringLiteral("store/kind")).toString() == QLatin1String("postgres")
                   ? StoreLocation::postgres(saved)
                   : StoreLocation::sqlite(saved);
    return StoreLocation::defaultLocation();
}

// A fresh store gets the demo venue and shows, so there is something to look at and sell.
Result<bool> seedDemoIfEmpty(InventoryEngine &engine, const QDate &today)
{
    auto events = engine.store().events();
    if (!events)
        return events.error();
    if (!events->isEmpty())
        return false;
    const CallContext ctx{QStringLiteral("demo-seed-") + today.toString(Qt::ISODate), QStringLiteral("demo"),
                          QStringLiteral("local"), engine.clock().nowMs()};
    auto seeded = DemoSeeder::seed(engine.store(), ctx, today);
    if (!seeded)
        return seeded.error();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (ServeCommand::wanted(argc, argv)) // the sync host, headless: no display needed
        return ServeCommand::run(argc, argv);

    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslators(app);
        parseCommandLine(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.parterre.Parterre"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.parterre.Parterre"),
                                                 QIcon(QStringLiteral(":/icons/org.parterre.Parterre.svg"))));
    installTranslators(app);

    const StoreLocation location = parseCommandLine(app);
    if (location.kind == StoreLocation::Kind::Sqlite)
        QDir().mkpath(QFileInfo(location.path).absolutePath());

    // The counter is the sale screen a box office opens on; File ▸ Shows Overview opens the live overview.
    CounterWindow window(location);
    window.resize(1280, 800);
    window.show();

    // Jobs run in order on the store's thread: the seed finishes before the window's first read.
    const QDate today = QDate::currentDate();
    window.service()
        ->run([today](InventoryEngine &engine) { return seedDemoIfEmpty(engine, today); })
        .then(&window, [&window](const Result<bool> &seeded) {
            if (!seeded)
                window.reportError(QCoreApplication::translate("main", "Could not add the demo shows"),
                                   seeded.error());
            window.start();
        });

    return app.exec();
}
