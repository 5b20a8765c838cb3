#include "servecommand.h"

#include "store/storelocation.h"
#include "sync/syncserver.h"
#include "sync/tlsidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostInfo>
#include <QStandardPaths>
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
    parser.addOption({u"tls"_s,
                      u"Serve HTTPS; without --tls-cert/--tls-key, with a self-signed certificate kept "
                      "in the data folder."_s});
    parser.addOption({u"tls-cert"_s, u"Serve HTTPS with the PEM certificate in <file>."_s, u"file"_s});
    parser.addOption(
        {u"tls-key"_s, u"The PEM private key of --tls-cert (EC or RSA, no pass phrase)."_s, u"file"_s});
    parser.addOption(
        {u"admission-rate"_s, u"Waiting room: sessions admitted per second (default 10)."_s, u"n"_s});
    parser.addOption({u"admission-capacity"_s,
                      u"Waiting room: admitted sessions at once, at most (default 500)."_s, u"n"_s});
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

    if (parser.isSet(u"admission-rate"_s)) {
        bool ok = false;
        options.waitingRoom.admissionsPerSecond = parser.value(u"admission-rate"_s).toDouble(&ok);
        if (!ok || options.waitingRoom.admissionsPerSecond <= 0) {
            std::fputs("parterre --serve: --admission-rate needs a positive number\n", stderr);
            return 2;
        }
    }
    if (parser.isSet(u"admission-capacity"_s)) {
        bool ok = false;
        options.waitingRoom.capacity = parser.value(u"admission-capacity"_s).toInt(&ok);
        if (!ok || options.waitingRoom.capacity <= 0) {
            std::fputs("parterre --serve: --admission-capacity needs a positive whole number\n", stderr);
            return 2;
        }
    }
    if (parser.isSet(u"tls-cert"_s) != parser.isSet(u"tls-key"_s)) {
        std::fputs("parterre --serve: give --tls-cert and --tls-key together\n", stderr);
        return 2;
    }
    if (parser.isSet(u"tls-cert"_s) || parser.isSet(u"tls"_s)) {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        auto identity = parser.isSet(u"tls-cert"_s)
                            ? TlsIdentity::load(parser.value(u"tls-cert"_s), parser.value(u"tls-key"_s))
                            : TlsIdentity::loadOrCreateSelfSigned(dataDir, QHostInfo::localHostName());
        if (!identity) {
            std::fprintf(stderr, "parterre --serve: %s\n", qPrintable(identity.error().message));
            return 1;
        }
        options.tlsCertificate = identity->certificate;
        options.tlsKey = identity->key;
    }

    SyncServer server(location, options);
    auto port = server.start();
    if (!port) {
        std::fprintf(stderr, "parterre --serve: %s\n", qPrintable(port.error().message));
        return 1;
    }
    std::printf("listening on %s:%u\n", qPrintable(options.address.toString()), unsigned(*port));
    if (options.tls())
        std::printf("serving HTTPS; certificate fingerprint %s\n",
                    qPrintable(TlsIdentity::fingerprint(options.tlsCertificate)));
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
