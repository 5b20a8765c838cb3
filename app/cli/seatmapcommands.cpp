// parterre-cli's seat-map commands: import-seatmap, export-seatmap and generate-stadium. They are members of
// CliCommands (sharing its option parsing, store opening and exit codes) kept in their own file by topic.

#include "clicommands.h"

#include "inventory/clock.h"
#include "seatmap/generators.h"
#include "seatmap/pretiximport.h"
#include "seatmap/seatmapformat.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalidInput(u"cannot read "_s + path + u": "_s + file.errorString());
    return file.readAll();
}

// Written whole or not at all: a failed export never leaves half a file behind.
Result<Done> writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error::invalidInput(u"cannot write "_s + path + u": "_s + file.errorString());
    return Done{};
}

void printObject(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// The venue called name, made when there is none yet.
Result<qint64> venueNamed(Store &store, const QString &name, const CallContext &ctx)
{
    auto venues = store.venues();
    if (!venues)
        return venues.error();
    for (const Venue &venue : std::as_const(*venues)) {
        if (venue.name == name.trimmed())
            return venue.id;
    }
    Venue venue;
    venue.name = name;
    return store.createVenue(venue, ctx);
}

} // namespace

int CliCommands::importSeatMap(const QStringList &args)
{
    Invocation run;
    run.positionals = 1;
    if (auto exit = prepare(run, args,
                            {{u"format"_s, u"parterre or pretix."_s, u"FORMAT"_s},
                             {u"venue"_s, u"Venue to add the map to (made when missing)."_s, u"NAME"_s}}))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    const QString format = parser.value(u"format"_s);
    if (format != "parterre"_L1 && format != "pretix"_L1)
        return usage(u"--format is parterre or pretix"_s);
    if (parser.positionalArguments().size() != 1)
        return usage(u"import-seatmap needs the file to import"_s);
    if (parser.isSet(u"venue"_s) && parser.value(u"venue"_s).trimmed().isEmpty())
        return usage(u"--venue needs a name"_s);

    // Everything about the file is checked before the store is even opened: a bad file changes nothing.
    const QString path = parser.positionalArguments().constFirst();
    const Result<QByteArray> document = readFile(path);
    if (!document)
        return fail(document.error(), run.json);
    const Result<SeatMap> map =
        format == "pretix"_L1 ? PretixImport::read(*document) : SeatMapFormat::read(*document);
    if (!map) {
        return fail(Error::invalidInput(path + u": "_s + map.error().message), run.json);
    }

    if (auto exit = open(run))
        return *exit;
    Store &store = *run.store;
    SystemClock clock;
    const CallContext ctx{{}, u"cli"_s, QSysInfo::machineHostName(), clock.nowMs()};
    const QString venueName = parser.isSet(u"venue"_s) ? parser.value(u"venue"_s) : map->name;
    const Result<qint64> venueId = venueNamed(store, venueName, ctx);
    if (!venueId)
        return fail(venueId.error(), run.json);
    const Result<qint64> mapId = store.addSeatMap(*venueId, *map, ctx);
    if (!mapId)
        return fail(mapId.error(), run.json);

    if (run.json) {
        printObject(m_out,
                    {{u"seat_map_id"_s, *mapId}, {u"seats"_s, map->seatCount()}, {u"venue_id"_s, *venueId}});
        return Ok;
    }
    m_out << "Seat map " << *mapId << " \"" << map->name << "\": " << map->seatCount() << " seats, venue "
          << *venueId << " \"" << venueName.trimmed() << "\"\n";
    return Ok;
}

int CliCommands::exportSeatMap(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(
            run, args, {{u"map"_s, u"Seat map id."_s, u"ID"_s}, {u"out"_s, u"File to write."_s, u"FILE"_s}}))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    bool ok = false;
    const qint64 mapId = parser.value(u"map"_s).toLongLong(&ok);
    if (!ok || mapId <= 0)
        return usage(u"--map needs a seat map id"_s);
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return usage(u"--out needs a file name"_s);

    if (auto exit = open(run))
        return *exit;
    const Result<SeatMap> map = run.store->seatMap(mapId);
    if (!map)
        return fail(map.error(), run.json);
    if (auto written = writeFile(out, SeatMapFormat::write(*map)); !written)
        return fail(written.error(), run.json);

    if (run.json) {
        printObject(m_out, {{u"seat_map_id"_s, mapId}, {u"seats"_s, map->seatCount()}, {u"out"_s, out}});
        return Ok;
    }
    m_out << "Seat map " << mapId << " (" << map->seatCount() << " seats) written to " << out << '\n';
    return Ok;
}

int CliCommands::generateStadium(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(
            run, args,
            {{u"seats"_s, u"Exact number of seats."_s, u"N"_s}, {u"out"_s, u"File to write."_s, u"FILE"_s}}))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    bool ok = false;
    const int seats = parser.value(u"seats"_s).toInt(&ok);
    if (!ok)
        return usage(u"--seats needs a number of seats"_s);
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return usage(u"--out needs a file name"_s);

    const Result<SeatMap> map = Generators::stadium(seats);
    if (!map)
        return fail(map.error(), run.json);
    if (auto written = writeFile(out, SeatMapFormat::write(*map)); !written)
        return fail(written.error(), run.json);

    if (run.json) {
        printObject(
            m_out,
            {{u"seats"_s, map->seatCount()}, {u"sections"_s, int(map->sections.size())}, {u"out"_s, out}});
        return Ok;
    }
    m_out << "Stadium of " << map->seatCount() << " seats in " << map->sections.size()
          << " sections written to " << out << '\n';
    return Ok;
}

} // namespace Parterre
