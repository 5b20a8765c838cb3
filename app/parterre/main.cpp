// parterre: the box-office GUI. Parses the command line, opens the store and shows the main window; the
// window and everything it does live in parterre-ui.

#include "boxoffice/counterwindow.h"
#include "editor/editorwindow.h"
#include "inventory/inventoryservice.h"
#include "seatmap/demoseeder.h"
#include "settings/terminaltokens.h"
#include "settings/uilanguage.h"
#include "store/remotestore.h"
#include "store/store.h"
#include "store/storelocation.h"
#include "sync/servecommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QSysInfo>
#include <QUrl>

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

// The language comes first, so that --help is translated too. An unknown --lang is refused before anything
// else happens; only a window start remembers the choice (--help and --version leave the settings alone).
void installTranslators(QCoreApplication &app, int argc, char *argv[], bool remember)
{
    const QString requested = UiLanguage::fromArguments(argc, argv);
    const auto locale = UiLanguage::choose(requested, remember);
    if (!locale) {
        fputs(
            qPrintable(QCoreApplication::translate("main", "Unknown language \"%1\" for --lang: give a code "
                                                           "such as de or en, or system.\n")
                           .arg(requested)),
            stderr);
        ::exit(2);
    }
    UiLanguage::install(app, *locale);
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

struct Options
{
    StoreLocation location;
    QString pairingCode; // with --connect
    bool editSeatMap = false;
    QString seatMapFile; // with editSeatMap; empty for a new map
};

Options parseCommandLine(QCoreApplication &app)
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
    const QCommandLineOption connectOption(
        QStringLiteral("connect"),
        QCoreApplication::translate("main", "Work through the host terminal at <url> (one running "
                                            "parterre --serve), pairing with it on first use."),
        QCoreApplication::translate("main", "url"));
    parser.addOption(connectOption);
    const QCommandLineOption pairingOption(
        QStringLiteral("pairing-code"),
        QCoreApplication::translate("main", "With --connect: the one-time code the host gave (asked for "
                                            "when needed)."),
        QCoreApplication::translate("main", "code"));
    parser.addOption(pairingOption);
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
    parser.addOption(
        {QStringLiteral("tls"),
         QCoreApplication::translate("main", "With --serve: serve HTTPS with a self-signed certificate "
                                             "kept in the data folder.")});
    parser.addOption(
        {QStringLiteral("tls-cert"),
         QCoreApplication::translate("main", "With --serve: serve HTTPS with the PEM certificate in "
                                             "<file> (and --tls-key)."),
         QCoreApplication::translate("main", "file")});
    parser.addOption({QStringLiteral("tls-key"),
                      QCoreApplication::translate("main", "With --serve: the PEM private key of --tls-cert."),
                      QCoreApplication::translate("main", "file")});
    parser.addOption({QStringLiteral("admission-rate"),
                      QCoreApplication::translate("main", "With --serve: waiting-room sessions admitted per "
                                                          "second (default 10)."),
                      QCoreApplication::translate("main", "n")});
    parser.addOption(
        {QStringLiteral("admission-capacity"),
         QCoreApplication::translate("main", "With --serve: admitted waiting-room sessions at once "
                                             "(default 500)."),
         QCoreApplication::translate("main", "n")});
    // Read before parsing (see installTranslators); listed here so that --help shows it.
    parser.addOption(
        {QStringLiteral("lang"),
         QCoreApplication::translate("main", "Use the language <code> (e.g. de, en) and keep it for "
                                             "the next start; \"system\" goes back to the "
                                             "system's language."),
         QCoreApplication::translate("main", "code")});
    const QCommandLineOption editOption(
        QStringLiteral("edit-seatmap"),
        QCoreApplication::translate("main",
                                    "Open the seat-map editor instead of the box office: on [file] (a "
                                    "Parterre seat-map JSON file), or on a new map without one."));
    parser.addOption(editOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "With --edit-seatmap: the seat map to edit."),
        QStringLiteral("[file]"));
    parser.process(app);
    if (int(parser.isSet(dbOption)) + int(parser.isSet(postgresOption)) + int(parser.isSet(connectOption)) >
        1) {
        fputs(
            qPrintable(QCoreApplication::translate("main", "Give one of --db, --postgres and --connect.\n")),
            stderr);
        ::exit(2);
    }
    Options options;
    if (parser.isSet(editOption)) {
        const QStringList files = parser.positionalArguments();
        if (files.size() > 1) {
            fputs(qPrintable(QCoreApplication::translate("main", "Give --edit-seatmap one file at most.\n")),
                  stderr);
            ::exit(2);
        }
        options.editSeatMap = true;
        if (!files.isEmpty())
            options.seatMapFile = QFileInfo(files.first()).absoluteFilePath();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        fputs(qPrintable(QCoreApplication::translate("main", "A file is only taken with --edit-seatmap.\n")),
              stderr);
        ::exit(2);
    }
    if (parser.isSet(connectOption)) {
        const QString url = parser.value(connectOption);
        options.location = StoreLocation::remote(url, TerminalTokens::token(url), TerminalTokens::pin(url));
        options.pairingCode = parser.value(pairingOption);
    } else if (parser.isSet(postgresOption)) {
        options.location = StoreLocation::postgres(parser.value(postgresOption));
    } else if (parser.isSet(dbOption)) {
        options.location = StoreLocation::sqlite(QFileInfo(parser.value(dbOption)).absoluteFilePath());
    } else {
        // The store chosen last time in the connection dialog (kept without its password), else the default.
        const QSettings settings;
        const QString saved = settings.value(QStringLiteral("store/location")).toString();
        if (saved.isEmpty())
            options.location = StoreLocation::defaultLocation();
        else if (settings.value(QStringLiteral("store/kind")).toString() == QLatin1String("postgres"))
            options.location = StoreLocation::postgres(saved);
        else
            options.location = StoreLocation::sqlite(saved);
    }
    return options;
}

// A terminal without a token for its host trades a one-time pairing code for one, once.
bool pairIfNeeded(StoreLocation &location, QString code)
{
    if (location.kind != StoreLocation::Kind::Remote || !location.token.isEmpty())
        return true;
    if (code.isEmpty()) {
        bool ok = false;
        code = QInputDialog::getText(
            nullptr, QCoreApplication::translate("main", "Pair with the host"),
            QCoreApplication::translate("main", "The host %1 has not met this terminal yet.\n"
                                                "Enter the pairing code it shows "
                                                "(parterre-cli token pairing-code):")
                .arg(location.path),
            QLineEdit::Normal, QString(), &ok);
        if (!ok || code.trimmed().isEmpty())
            return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto token = RemoteStore::pair(QUrl(location.path), code.trimmed(), QSysInfo::machineHostName());
    QGuiApplication::restoreOverrideCursor();
    if (!token) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Pairing failed"),
                              token.error().message);
        return false;
    }
    location.token = token->token;
    location.pin = token->fingerprint;
    TerminalTokens::remember(location.path, token->token, token->fingerprint);
    return true;
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
    if (auto staff = DemoSeeder::seedStaff(engine.store(), ctx); !staff)
        return staff.error();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (ServeCommand::wanted(argc, argv)) { // the sync host, headless: no display needed
        describeApplication();              // the same data folder as the GUI's (--tls keeps its key there)
        return ServeCommand::run(argc, argv);
    }

    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslators(app, argc, argv, false);
        (void)parseCommandLine(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.parterre.Parterre"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.parterre.Parterre"),
                                                 QIcon(QStringLiteral(":/icons/org.parterre.Parterre.svg"))));
    installTranslators(app, argc, argv, true);

    Options options = parseCommandLine(app);
    if (options.editSeatMap) {
        EditorWindow::openInNewWindow(options.seatMapFile);
        return app.exec();
    }
    StoreLocation &location = options.location;
    if (location.kind == StoreLocation::Kind::Sqlite)
        QDir().mkpath(QFileInfo(location.path).absolutePath());
    if (!pairIfNeeded(location, options.pairingCode))
        return 1;

    // The counter is the sale screen a box office opens on; File ▸ Shows Overview opens the live overview.
    CounterWindow window(location);
    window.resize(1280, 800);
    window.show();

    // Jobs run in order on the store's thread: the seed finishes before the window's first read.
    const QDate today = QDate::currentDate();
    const bool mayBeEmpty = location.kind != StoreLocation::Kind::Remote; // a host seeds its own store
    window.service()
        ->run([today, mayBeEmpty](InventoryEngine &engine) -> Result<bool> {
            if (!mayBeEmpty)
                return false;
            return seedDemoIfEmpty(engine, today);
        })
        .then(&window, [&window](const Result<bool> &seeded) {
            if (!seeded)
                window.reportError(QCoreApplication::translate("main", "Could not add the demo shows"),
                                   seeded.error());
            window.start();
        });

    return app.exec();
}
