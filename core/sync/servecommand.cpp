#include "servecommand.h"

#include "store/storelocation.h"
#include "sync/syncserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1;
}

} // namespace

bool ServeCommand::wanted(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--serve") == 0)
            return true;
    }
    return false;
}

int ServeCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Parterre sync host: serves a store over HTTP (docs/http-api.md)."_s);
    parser.addHelpOption();
    parser.addOption({u"serve"_s, u"Run the sync host without a window."_s});
    parser.addOption({u"db"_s, u"Serve the SQLite store in <file>."_s, u"file"_s});
    parser.addOption({u"postgres"_s, u"Serve the PostgreSQL store at <url>."_s, u"url"_s});
    parser.addOption({u"listen"_s, u"Address and port to listen on (default 127.0.0.1:8780; port 0: any)."_s,
                      u"addr:port"_s, u"127.0.0.1:8780"_s});
    parser.process(app);
    if (parser.isSet(u"db"_s) == parser.isSet(u"postgres"_s)) {
        std::fputs("parterre --serve: give --db FILE or --postgres URL\n", stderr);
        return 2;
    }
    const StoreLocation location =
        parser.isSet(u"postgres"_s)
            ? StoreLocation::postgres(parser.value(u"postgres"_s))
            : StoreLocation::sqlite(QFileInfo(parser.value(u"db"_s)).absoluteFilePath());
    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    SyncOptions options;
    options.port = colon > 0 ? listen.mid(colon + 1).toUShort(&portOk) : 0;
    options.address = QHostAddress(colon > 0 ? listen.left(colon) : QString());
    if (!portOk || options.address.isNull()) {
        std::fprintf(stderr, "parterre --serve: --listen needs ADDR:PORT, not \"%s\"\n", qPrintable(listen));
        return 2;
    }

    SyncServer server(location, options);
    auto port = server.start();
    if (!port) {
        std::fprintf(stderr, "parterre --serve: %s\n", qPrintable(port.error().message));
        return 1;
    }
    std::printf("listening on %s:%u\n", qPrintable(options.address.toString()), unsigned(*port));
    std::fflush(stdout);

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopCheck.start(100);
    const int code = app.exec();
    server.stop();
    return code;
}

} // namespace Parterre
