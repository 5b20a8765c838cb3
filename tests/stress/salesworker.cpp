// A separate process running the shared sales loop: the race and crash suites start several of these.

#include "salesloop.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"db"_s, u"SQLite file."_s, u"FILE"_s},
                       {u"postgres"_s, u"PostgreSQL URL."_s, u"URL"_s},
                       {u"connect"_s, u"A host's URL."_s, u"URL"_s},
                       {u"token"_s, u"The token for --connect."_s, u"TOKEN"_s},
                       {u"show"_s, u"Show id."_s, u"ID"_s},
                       {u"attempts"_s, u"Attempts; -1 runs until killed."_s, u"N"_s},
                       {u"seed"_s, u"Random seed."_s, u"N"_s},
                       {u"prefix"_s, u"Idempotency key prefix."_s, u"TEXT"_s},
                       {u"refund-percent"_s, u"Share of sales refunded."_s, u"N"_s}});
    parser.process(app);
    Parterre::Test::SalesLoopOptions options;
    if (parser.isSet(u"connect"_s))
        options.location =
            Parterre::StoreLocation::remote(parser.value(u"connect"_s), parser.value(u"token"_s));
    else if (parser.isSet(u"postgres"_s))
        options.location = Parterre::StoreLocation::postgres(parser.value(u"postgres"_s));
    else
        options.location = Parterre::StoreLocation::sqlite(parser.value(u"db"_s));
    options.showId = parser.value(u"show"_s).toLongLong();
    options.attempts = parser.value(u"attempts"_s).toInt();
    options.seed = parser.value(u"seed"_s).toUInt();
    options.keyPrefix = parser.value(u"prefix"_s);
    if (parser.isSet(u"refund-percent"_s))
        options.refundPercent = parser.value(u"refund-percent"_s).toInt();
    QTextStream out(stdout);
    return Parterre::Test::runSalesLoop(options, out);
}
