#include "seatmapformat.h"
#include "seatmap/jsonpathreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kFormatName = "parterre-seatmap"_L1;

struct FlagName
{
    Seat::Flag flag;
    QLatin1StringView name;
};

// Also the order flags are written in.
constexpr FlagName kFlagNames[] = {{Seat::Wheelchair, "wheelchair"_L1},
                                   {Seat::Companion, "companion"_L1},
                                   {Seat::RestrictedView, "restricted_view"_L1},
                                   {Seat::Aisle, "aisle"_L1}};

constexpr QLatin1StringView kDecorationKinds[] = {"stage"_L1, "text"_L1, "shape"_L1};

bool isColour(const QString &text)
{
    if (text.size() != 7 || text.front() != u'#')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

// One pass over one document. Each step returns false after recording the first problem it meets; the
// document is then refused as a whole.
class Reader final : public JsonPathReader
{
public:
    Result<SeatMap> read(const QByteArray &json);

private:
    struct SeatRef
    {
        QString path;
        int flags = Seat::NoFlags;
    };
    struct CompanionLink
    {
        QString path; // of the companion_of member
        QString wheelchairId;
    };

    bool text(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required, QString *out);
    bool number(const QJsonValue &value, const QString &path, double *out);
    bool integer(const QJsonObject &o, QLatin1StringView key, const QString &path, int *out);
    bool point(const QJsonValue &value, const QString &path, QPointF *out);
    bool outline(const QJsonObject &o, const QString &path, QList<QPointF> *out);
    bool category(const QJsonObject &o, const QString &path, QString *out);

    bool readHeader(const QJsonObject &root);
    bool readCategories(const QJsonObject &root);
    bool readSections(const QJsonObject &root);
    bool readSection(const QJsonObject &o, const QString &path, Section *section);
    bool readRow(const QJsonObject &o, const QString &path, Row *row);
    bool readSeat(const QJsonObject &o, const QString &path, Seat *seat);
    bool checkCompanions();
    bool readGaAreas(const QJsonObject &root);
    bool readDecorations(const QJsonObject &root);

    SeatMap m_map;
    QHash<QString, QString> m_categoryPaths;
    QHash<QString, SeatRef> m_seats;
    QList<CompanionLink> m_companions;
};

Result<SeatMap> Reader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::invalidInput(u"document: not JSON ("_s + parseError.errorString() + u" at offset "_s +
                                   QString::number(parseError.offset) + u')');
    }
    if (!document.isObject())
        return Error::invalidInput(u"document: not a JSON object"_s);

    const QJsonObject root = document.object();
    const bool ok = readHeader(root) && readCategories(root) && readSections(root) && checkCompanions() &&
                    readGaAreas(root) && readDecorations(root);
    if (!ok)
        return Error::invalidInput(m_problem);
    if (m_map.seatCount() == 0 && m_map.gaAreas.isEmpty())
        return Error::invalidInput(u"sections: the map has neither seats nor GA areas"_s);
    return std::move(m_map);
}

bool Reader::text(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required,
                  QString *out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined()) {
        out->clear();
        return !required || fail(member(path, key), u"missing"_s);
    }
    if (!value.isString())
        return fail(member(path, key), u"not a string"_s);
    *out = value.toString();
    if (required && out->isEmpty())
        return fail(member(path, key), u"must not be empty"_s);
    return true;
}

bool Reader::number(const QJsonValue &value, const QString &path, double *out)
{
    if (value.isUndefined())
        return fail(path, u"missing"_s);
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d))
        return fail(path, u"not a finite number"_s);
    if (std::abs(d) > SeatMapFormat::kMaxCoordinate) {
        return fail(path, QString::number(d) + u" is out of range (at most "_s +
                              QString::number(SeatMapFormat::kMaxCoordinate) + u" from 0)"_s);
    }
    *out = d;
    return true;
}

bool Reader::integer(const QJsonObject &o, QLatin1StringView key, const QString &path, int *out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return fail(member(path, key), u"missing"_s);
    const double d = value.toDouble();
    // Beyond ±2^31 the value is refused by the caller's range check anyway; keep the cast defined.
    if (!value.isDouble() || !std::isfinite(d) || std::trunc(d) != d || std::abs(d) > 2e9)
        return fail(member(path, key), u"not an integer"_s);
    *out = static_cast<int>(d);
    return true;
}

bool Reader::point(const QJsonValue &value, const QString &path, QPointF *out)
{
    const QJsonArray pair = value.toArray();
    if (!value.isArray() || pair.size() != 2)
        return fail(path, u"not an [x, y] point"_s);
    double x = 0;
    double y = 0;
    if (!number(pair.at(0), element(path, 0), &x) || !number(pair.at(1), element(path, 1), &y))
        return false;
    *out = QPointF(x, y);
    return true;
}

bool Reader::outline(const QJsonObject &o, const QString &path, QList<QPointF> *out)
{
    QJsonArray points;
    if (!list(o, "outline"_L1, path, false, &points))
        return false;
    const QString outlinePath = member(path, "outline"_L1);
    out->clear();
    out->reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        QPointF p;
        if (!point(points.at(i), element(outlinePath, i), &p))
            return false;
        out->append(p);
    }
    return true;
}

bool Reader::category(const QJsonObject &o, const QString &path, QString *out)
{
    if (!text(o, "category"_L1, path, true, out))
        return false;
    if (!m_categoryPaths.contains(*out))
        return fail(member(path, "category"_L1), u"unknown category "_s + quoted(*out));
    return true;
}

bool Reader::readHeader(const QJsonObject &root)
{
    QString format;
    if (!text(root, "format"_L1, QString(), true, &format))
        return false;
    if (format != kFormatName)
        return fail(u"format"_s, quoted(format) + u" is not \""_s + kFormatName + u'"');

    int version = 0;
    if (!integer(root, "version"_L1, QString(), &version))
        return false;
    if (version != SeatMapFormat::kVersion) {
        return fail(u"version"_s, u"unsupported version "_s + QString::number(version) +
                                      u" (this reader knows version "_s +
                                      QString::number(SeatMapFormat::kVersion) + u')');
    }

    if (!text(root, "name"_L1, QString(), true, &m_map.name))
        return false;

    QJsonObject size;
    if (!object(root.value("size"_L1), u"size"_s, &size))
        return false;
    if (!number(size.value("width"_L1), u"size.width"_s, &m_map.width) ||
        !number(size.value("height"_L1), u"size.height"_s, &m_map.height)) {
        return false;
    }
    if (m_map.width <= 0)
        return fail(u"size.width"_s, u"must be greater than 0"_s);
    if (m_map.height <= 0)
        return fail(u"size.height"_s, u"must be greater than 0"_s);
    return true;
}

bool Reader::readCategories(const QJsonObject &root)
{
    QJsonArray categories;
    if (!list(root, "categories"_L1, QString(), true, &categories))
        return false;
    if (categories.isEmpty())
        return fail(u"categories"_s, u"must not be empty"_s);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString path = element(u"categories"_s, i);
        QJsonObject o;
        Category category;
        if (!object(categories.at(i), path, &o) || !text(o, "id"_L1, path, true, &category.id) ||
            !text(o, "name"_L1, path, true, &category.name) ||
            !text(o, "color"_L1, path, true, &category.color)) {
            return false;
        }
        if (const auto it = m_categoryPaths.constFind(category.id); it != m_categoryPaths.cend()) {
            return fail(member(path, "id"_L1),
                        u"duplicate category id "_s + quoted(category.id) + u" (also "_s + *it + u')');
        }
        if (!isColour(category.color)) {
            return fail(member(path, "color"_L1),
                        quoted(category.color) + u" is not a colour of the form #rrggbb"_s);
        }
        m_categoryPaths.insert(category.id, path);
        m_map.categories.append(category);
    }
    return true;
}

bool Reader::readSections(const QJsonObject &root)
{
    QJsonArray sections;
    if (!list(root, "sections"_L1, QString(), true, &sections))
        return false;
    QHash<QString, QString> sectionPaths;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString path = element(u"sections"_s, i);
        QJsonObject o;
        Section section;
        if (!object(sections.at(i), path, &o) || !readSection(o, path, &section))
            return false;
        if (const auto it = sectionPaths.constFind(section.id); it != sectionPaths.cend()) {
            return fail(member(path, "id"_L1),
                        u"duplicate section id "_s + quoted(section.id) + u" (also "_s + *it + u')');
        }
        sectionPaths.insert(section.id, path);
        m_map.sections.append(std::move(section));
    }
    return true;
}

bool Reader::readSection(const QJsonObject &o, const QString &path, Section *section)
{
    if (!text(o, "id"_L1, path, true, &section->id) || !text(o, "name"_L1, path, true, &section->name) ||
        !outline(o, path, &section->outline)) {
        return false;
    }
    QJsonArray rows;
    if (!list(o, "rows"_L1, path, true, &rows))
        return false;
    const QString rowsPath = member(path, "rows"_L1);
    if (rows.isEmpty())
        return fail(rowsPath, u"must not be empty"_s);

    QHash<QString, QString> rowPaths;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString rowPath = element(rowsPath, i);
        QJsonObject rowObject;
        Row row;
        if (!object(rows.at(i), rowPath, &rowObject) || !readRow(rowObject, rowPath, &row))
            return false;
        if (const auto it = rowPaths.constFind(row.label); it != rowPaths.cend()) {
            return fail(member(rowPath, "label"_L1),
                        u"duplicate row label "_s + quoted(row.label) + u" (also "_s + *it + u')');
        }
        rowPaths.insert(row.label, rowPath);
        section->rows.append(std::move(row));
    }
    return true;
}

bool Reader::readRow(const QJsonObject &o, const QString &path, Row *row)
{
    if (!text(o, "label"_L1, path, true, &row->label))
        return false;
    QJsonArray seats;
    if (!list(o, "seats"_L1, path, true, &seats))
        return false;
    const QString seatsPath = member(path, "seats"_L1);
    if (seats.isEmpty())
        return fail(seatsPath, u"must not be empty"_s);

    row->seats.reserve(seats.size());
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QString seatPath = element(seatsPath, i);
        QJsonObject seatObject;
        Seat seat;
        if (!object(seats.at(i), seatPath, &seatObject) || !readSeat(seatObject, seatPath, &seat))
            return false;
        if (const auto it = m_seats.constFind(seat.id); it != m_seats.cend()) {
            return fail(u"seats"_s, u"duplicate seat id "_s + quoted(seat.id) + u" ("_s + it->path +
                                        u" and "_s + seatPath + u')');
        }
        m_seats.insert(seat.id, {seatPath, seat.flags});
        row->seats.append(std::move(seat));
    }
    return true;
}

bool Reader::readSeat(const QJsonObject &o, const QString &path, Seat *seat)
{
    double x = 0;
    double y = 0;
    if (!text(o, "id"_L1, path, true, &seat->id) || !text(o, "label"_L1, path, true, &seat->label) ||
        !number(o.value("x"_L1), member(path, "x"_L1), &x) ||
        !number(o.value("y"_L1), member(path, "y"_L1), &y) || !category(o, path, &seat->categoryId)) {
        return false;
    }
    seat->position = QPointF(x, y);

    QJsonArray flags;
    if (!list(o, "flags"_L1, path, false, &flags))
        return false;
    const QString flagsPath = member(path, "flags"_L1);
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const QJsonValue value = flags.at(i);
        if (!value.isString())
            return fail(element(flagsPath, i), u"not a string"_s);
        const QString name = value.toString();
        const auto known = std::find_if(std::begin(kFlagNames), std::end(kFlagNames),
                                        [&name](const FlagName &f) { return f.name == name; });
        if (known == std::end(kFlagNames))
            return fail(element(flagsPath, i), u"unknown flag "_s + quoted(name));
        seat->flags |= known->flag;
    }
    if ((seat->flags & Seat::Wheelchair) && (seat->flags & Seat::Companion))
        return fail(flagsPath, u"a seat cannot be both a wheelchair space and a companion seat"_s);

    const QString companionPath = member(path, "companion_of"_L1);
    if (!text(o, "companion_of"_L1, path, false, &seat->companionOf))
        return false;
    if (seat->flags & Seat::Companion) {
        if (seat->companionOf.isEmpty())
            return fail(companionPath, u"missing (a companion seat names its wheelchair space)"_s);
        // Resolved once every seat is known: the wheelchair space may come later in the document.
        m_companions.append({companionPath, seat->companionOf});
    } else if (o.contains("companion_of"_L1)) {
        return fail(companionPath, u"only a seat flagged \"companion\" has one"_s);
    }
    return true;
}

bool Reader::checkCompanions()
{
    for (const CompanionLink &link : std::as_const(m_companions)) {
        const auto it = m_seats.constFind(link.wheelchairId);
        if (it == m_seats.cend())
            return fail(link.path, u"unknown seat "_s + quoted(link.wheelchairId));
        if (!(it->flags & Seat::Wheelchair)) {
            return fail(link.path, u"seat "_s + quoted(link.wheelchairId) + u" ("_s + it->path +
                                       u") is not a wheelchair space"_s);
        }
    }
    return true;
}

bool Reader::readGaAreas(const QJsonObject &root)
{
    QJsonArray areas;
    if (!list(root, "ga_areas"_L1, QString(), false, &areas))
        return false;
    QHash<QString, QString> areaPaths;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const QString path = element(u"ga_areas"_s, i);
        QJsonObject o;
        GaArea area;
        if (!object(areas.at(i), path, &o) || !text(o, "id"_L1, path, true, &area.id) ||
            !text(o, "name"_L1, path, true, &area.name) || !integer(o, "capacity"_L1, path, &area.capacity) ||
            !category(o, path, &area.categoryId) || !outline(o, path, &area.outline)) {
            return false;
        }
        const QString idPath = member(path, "id"_L1);
        if (const auto it = areaPaths.constFind(area.id); it != areaPaths.cend())
            return fail(idPath, u"duplicate GA area id "_s + quoted(area.id) + u" (also "_s + *it + u')');
        if (const auto it = m_seats.constFind(area.id); it != m_seats.cend())
            return fail(idPath, quoted(area.id) + u" is also a seat id ("_s + it->path + u')');
        if (area.capacity < 1 || area.capacity > SeatMapFormat::kMaxGaCapacity) {
            return fail(member(path, "capacity"_L1), QString::number(area.capacity) + u" is outside 1.."_s +
                                                         QString::number(SeatMapFormat::kMaxGaCapacity));
        }
        // The area is what people click to buy places: it needs a shape.
        if (area.outline.size() < 3)
            return fail(member(path, "outline"_L1), u"needs at least 3 points"_s);
        areaPaths.insert(area.id, path);
        m_map.gaAreas.append(std::move(area));
    }
    return true;
}

bool Reader::readDecorations(const QJsonObject &root)
{
    QJsonArray decorations;
    if (!list(root, "decoration"_L1, QString(), false, &decorations))
        return false;
    for (qsizetype i = 0; i < decorations.size(); ++i) {
        const QString path = element(u"decoration"_s, i);
        QJsonObject o;
        Decoration decoration;
        if (!object(decorations.at(i), path, &o) || !text(o, "kind"_L1, path, true, &decoration.kind) ||
            !text(o, "text"_L1, path, false, &decoration.text) || !outline(o, path, &decoration.outline)) {
            return false;
        }
        const auto known =
            std::find(std::begin(kDecorationKinds), std::end(kDecorationKinds), decoration.kind);
        if (known == std::end(kDecorationKinds))
            return fail(member(path, "kind"_L1), u"unknown decoration kind "_s + quoted(decoration.kind));
        const bool hasPosition = o.contains("position"_L1);
        if (hasPosition && !point(o.value("position"_L1), member(path, "position"_L1), &decoration.position))
            return false;
        if (!hasPosition && decoration.outline.isEmpty())
            return fail(path, u"needs an outline or a position"_s);
        m_map.decorations.append(std::move(decoration));
    }
    return true;
}

// The same rules as Reader, over a map in memory; paths name elements as they would appear in the JSON.
class Checker final : public JsonPathReader
{
public:
    Result<Done> check(const SeatMap &map);

private:
    bool text(const QString &value, const QString &path);
    bool number(double value, const QString &path);
    bool point(const QPointF &p, const QString &path);
    bool outline(const QList<QPointF> &points, const QString &path);
    bool category(const QString &id, const QString &path);
    struct SeatIndex
    {
        qsizetype section = 0;
        qsizetype row = 0;
        qsizetype seat = 0;
    };
    struct SeatEntry
    {
        SeatIndex at;
        int flags = 0;
    };
    static bool isValidNumber(double value)
    {
        return std::isfinite(value) && std::abs(value) <= SeatMapFormat::kMaxCoordinate;
    }
    // Paths are only put together for the problem reported: a large map is checked without building any.
    static QString seatPath(const SeatIndex &at);
    bool checkSections(const SeatMap &map);
    bool checkSeat(const Seat &seat, const SeatIndex &at);
    bool checkCompanions();
    bool checkGaAreas(const SeatMap &map);
    bool checkDecorations(const SeatMap &map);

    QSet<QString> m_categories;
    QHash<QString, SeatEntry> m_seats;
    QList<SeatIndex> m_companions;
    const SeatMap *m_map = nullptr;
};

Result<Done> Checker::check(const SeatMap &map)
{
    bool ok = text(map.name, u"name"_s) && number(map.width, u"size.width"_s) &&
              number(map.height, u"size.height"_s);
    if (ok && map.width <= 0)
        ok = fail(u"size.width"_s, u"must be greater than 0"_s);
    if (ok && map.height <= 0)
        ok = fail(u"size.height"_s, u"must be greater than 0"_s);
    if (ok && map.categories.isEmpty())
        ok = fail(u"categories"_s, u"must not be empty"_s);
    for (qsizetype i = 0; ok && i < map.categories.size(); ++i) {
        const Category &c = map.categories.at(i);
        const QString path = element(u"categories"_s, i);
        ok = text(c.id, member(path, "id"_L1)) && text(c.name, member(path, "name"_L1)) &&
             text(c.color, member(path, "color"_L1));
        if (ok && m_categories.contains(c.id))
            ok = fail(member(path, "id"_L1), u"duplicate category id "_s + quoted(c.id));
        if (ok && !isColour(c.color))
            ok = fail(member(path, "color"_L1), quoted(c.color) + u" is not a colour of the form #rrggbb"_s);
        m_categories.insert(c.id);
    }
    ok = ok && checkSections(map) && checkCompanions() && checkGaAreas(map) && checkDecorations(map);
    if (!ok)
        return Error::invalidInput(m_problem);
    if (m_seats.isEmpty() && map.gaAreas.isEmpty())
        return Error::invalidInput(u"sections: the map has neither seats nor GA areas"_s);
    return Done{};
}

bool Checker::text(const QString &value, const QString &path)
{
    return !value.isEmpty() || fail(path, u"must not be empty"_s);
}

bool Checker::number(double value, const QString &path)
{
    if (!std::isfinite(value))
        return fail(path, u"not a finite number"_s);
    if (std::abs(value) > SeatMapFormat::kMaxCoordinate) {
        return fail(path, QString::number(value) + u" is out of range (at most "_s +
                              QString::number(SeatMapFormat::kMaxCoordinate) + u" from 0)"_s);
    }
    return true;
}

bool Checker::point(const QPointF &p, const QString &path)
{
    return number(p.x(), element(path, 0)) && number(p.y(), element(path, 1));
}

bool Checker::outline(const QList<QPointF> &points, const QString &path)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (!point(points.at(i), element(path, i)))
            return false;
    }
    return true;
}

bool Checker::category(const QString &id, const QString &path)
{
    if (!text(id, path))
        return false;
    return m_categories.contains(id) || fail(path, u"unknown category "_s + quoted(id));
}

QString Checker::seatPath(const SeatIndex &at)
{
    const QString rows = member(element(u"sections"_s, at.section), "rows"_L1);
    return element(member(element(rows, at.row), "seats"_L1), at.seat);
}

bool Checker::checkSections(const SeatMap &map)
{
    m_map = &map;
    m_seats.reserve(map.seatCount());
    QSet<QString> sectionIds;
    for (qsizetype s = 0; s < map.sections.size(); ++s) {
        const Section &section = map.sections.at(s);
        const QString path = element(u"sections"_s, s);
        if (!text(section.id, member(path, "id"_L1)) || !text(section.name, member(path, "name"_L1)) ||
            !outline(section.outline, member(path, "outline"_L1))) {
            return false;
        }
        if (sectionIds.contains(section.id))
            return fail(member(path, "id"_L1), u"duplicate section id "_s + quoted(section.id));
        sectionIds.insert(section.id);
        const QString rowsPath = member(path, "rows"_L1);
        if (section.rows.isEmpty())
            return fail(rowsPath, u"must not be empty"_s);
        QSet<QString> labels;
        for (qsizetype r = 0; r < section.rows.size(); ++r) {
            const Row &row = section.rows.at(r);
            if (row.label.isEmpty() || labels.contains(row.label)) {
                const QString labelPath = member(element(rowsPath, r), "label"_L1);
                return row.label.isEmpty() ? text(row.label, labelPath)
                                           : fail(labelPath, u"duplicate row label "_s + quoted(row.label));
            }
            labels.insert(row.label);
            if (row.seats.isEmpty())
                return fail(member(element(rowsPath, r), "seats"_L1), u"must not be empty"_s);
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                if (!checkSeat(row.seats.at(i), {s, r, i}))
                    return false;
            }
        }
    }
    return true;
}

bool Checker::checkSeat(const Seat &seat, const SeatIndex &at)
{
    if (seat.id.isEmpty() || seat.label.isEmpty() || !isValidNumber(seat.position.x()) ||
        !isValidNumber(seat.position.y()) || !m_categories.contains(seat.categoryId)) {
        const QString path = seatPath(at);
        return text(seat.id, member(path, "id"_L1)) && text(seat.label, member(path, "label"_L1)) &&
               number(seat.position.x(), member(path, "x"_L1)) &&
               number(seat.position.y(), member(path, "y"_L1)) &&
               category(seat.categoryId, member(path, "category"_L1));
    }
    int known = 0;
    for (const FlagName &f : kFlagNames)
        known |= f.flag;
    if (seat.flags & ~known)
        return fail(member(seatPath(at), "flags"_L1),
                    u"unknown flag bits "_s + QString::number(seat.flags & ~known));
    if ((seat.flags & Seat::Wheelchair) && (seat.flags & Seat::Companion)) {
        return fail(member(seatPath(at), "flags"_L1),
                    u"a seat cannot be both a wheelchair space and a companion seat"_s);
    }
    if (seat.flags & Seat::Companion) {
        if (seat.companionOf.isEmpty()) {
            return fail(member(seatPath(at), "companion_of"_L1),
                        u"missing (a companion seat names its wheelchair space)"_s);
        }
        m_companions.append(at);
    } else if (!seat.companionOf.isEmpty()) {
        return fail(member(seatPath(at), "companion_of"_L1), u"only a seat flagged \"companion\" has one"_s);
    }
    const qsizetype before = m_seats.size();
    SeatEntry &entry = m_seats[seat.id];
    if (m_seats.size() == before) {
        return fail(u"seats"_s, u"duplicate seat id "_s + quoted(seat.id) + u" ("_s + seatPath(entry.at) +
                                    u" and "_s + seatPath(at) + u')');
    }
    entry = SeatEntry{at, seat.flags};
    return true;
}

bool Checker::checkCompanions()
{
    for (const SeatIndex &at : std::as_const(m_companions)) {
        const QString &wheelchairId =
            m_map->sections.at(at.section).rows.at(at.row).seats.at(at.seat).companionOf;
        const auto it = m_seats.constFind(wheelchairId);
        const auto path = [&at] { return member(seatPath(at), "companion_of"_L1); };
        if (it == m_seats.cend())
            return fail(path(), u"unknown seat "_s + quoted(wheelchairId));
        if (!(it->flags & Seat::Wheelchair)) {
            return fail(path(), u"seat "_s + quoted(wheelchairId) + u" ("_s + seatPath(it->at) +
                                    u") is not a wheelchair space"_s);
        }
    }
    return true;
}

bool Checker::checkGaAreas(const SeatMap &map)
{
    QSet<QString> ids;
    for (qsizetype a = 0; a < map.gaAreas.size(); ++a) {
        const GaArea &area = map.gaAreas.at(a);
        const QString path = element(u"ga_areas"_s, a);
        const QString idPath = member(path, "id"_L1);
        if (!text(area.id, idPath) || !text(area.name, member(path, "name"_L1)) ||
            !category(area.categoryId, member(path, "category"_L1)) ||
            !outline(area.outline, member(path, "outline"_L1))) {
            return false;
        }
        if (ids.contains(area.id))
            return fail(idPath, u"duplicate GA area id "_s + quoted(area.id));
        if (const auto it = m_seats.constFind(area.id); it != m_seats.cend())
            return fail(idPath, quoted(area.id) + u" is also a seat id ("_s + seatPath(it->at) + u')');
        if (area.capacity < 1 || area.capacity > SeatMapFormat::kMaxGaCapacity) {
            return fail(member(path, "capacity"_L1), QString::number(area.capacity) + u" is outside 1.."_s +
                                                         QString::number(SeatMapFormat::kMaxGaCapacity));
        }
        if (area.outline.size() < 3)
            return fail(member(path, "outline"_L1), u"needs at least 3 points"_s);
        ids.insert(area.id);
    }
    return true;
}

bool Checker::checkDecorations(const SeatMap &map)
{
    for (qsizetype d = 0; d < map.decorations.size(); ++d) {
        const Decoration &decoration = map.decorations.at(d);
        const QString path = element(u"decoration"_s, d);
        if (!text(decoration.kind, member(path, "kind"_L1)))
            return false;
        if (std::find(std::begin(kDecorationKinds), std::end(kDecorationKinds), decoration.kind) ==
            std::end(kDecorationKinds)) {
            return fail(member(path, "kind"_L1), u"unknown decoration kind "_s + quoted(decoration.kind));
        }
        if (!outline(decoration.outline, member(path, "outline"_L1)) ||
            !point(decoration.position, member(path, "position"_L1))) {
            return false;
        }
    }
    return true;
}

QJsonArray pointJson(const QPointF &p)
{
    return {p.x(), p.y()};
}

QJsonArray outlineJson(const QList<QPointF> &outline)
{
    QJsonArray points;
    for (const QPointF &p : outline)
        points.append(pointJson(p));
    return points;
}

QJsonObject seatJson(const Seat &seat)
{
    QJsonObject o{{u"id"_s, seat.id},
                  {u"label"_s, seat.label},
                  {u"x"_s, seat.position.x()},
                  {u"y"_s, seat.position.y()},
                  {u"category"_s, seat.categoryId}};
    QJsonArray flags;
    for (const FlagName &f : kFlagNames) {
        if (seat.flags & f.flag)
            flags.append(QString(f.name));
    }
    if (!flags.isEmpty())
        o.insert(u"flags"_s, flags);
    if (!seat.companionOf.isEmpty())
        o.insert(u"companion_of"_s, seat.companionOf);
    return o;
}

QJsonObject sectionJson(const Section &section)
{
    QJsonArray rows;
    for (const Row &row : section.rows) {
        QJsonArray seats;
        for (const Seat &seat : row.seats)
            seats.append(seatJson(seat));
        rows.append(QJsonObject{{u"label"_s, row.label}, {u"seats"_s, seats}});
    }
    return {{u"id"_s, section.id},
            {u"name"_s, section.name},
            {u"outline"_s, outlineJson(section.outline)},
            {u"rows"_s, rows}};
}

QJsonObject decorationJson(const Decoration &decoration)
{
    QJsonObject o{{u"kind"_s, decoration.kind}};
    if (!decoration.outline.isEmpty())
        o.insert(u"outline"_s, outlineJson(decoration.outline));
    // The model has no "no position"; an outlined decoration at the origin is taken to have none.
    if (decoration.outline.isEmpty() || !decoration.position.isNull())
        o.insert(u"position"_s, pointJson(decoration.position));
    if (!decoration.text.isEmpty())
        o.insert(u"text"_s, decoration.text);
    return o;
}

} // namespace

Result<SeatMap> SeatMapFormat::read(const QByteArray &json)
{
    return Reader().read(json);
}

Result<Done> SeatMapFormat::validate(const SeatMap &map)
{
    return Checker().check(map);
}

QByteArray SeatMapFormat::write(const SeatMap &map)
{
    QJsonArray categories;
    for (const Category &c : map.categories)
        categories.append(QJsonObject{{u"id"_s, c.id}, {u"name"_s, c.name}, {u"color"_s, c.color}});

    QJsonArray sections;
    for (const Section &section : map.sections)
        sections.append(sectionJson(section));

    QJsonArray areas;
    for (const GaArea &area : map.gaAreas) {
        areas.append(QJsonObject{{u"id"_s, area.id},
                                 {u"name"_s, area.name},
                                 {u"capacity"_s, area.capacity},
                                 {u"category"_s, area.categoryId},
                                 {u"outline"_s, outlineJson(area.outline)}});
    }

    QJsonArray decorations;
    for (const Decoration &decoration : map.decorations)
        decorations.append(decorationJson(decoration));

    const QJsonObject root{{u"format"_s, QString(kFormatName)},
                           {u"version"_s, kVersion},
                           {u"name"_s, map.name},
                           {u"size"_s, QJsonObject{{u"width"_s, map.width}, {u"height"_s, map.height}}},
                           {u"categories"_s, categories},
                           {u"sections"_s, sections},
                           {u"ga_areas"_s, areas},
                           {u"decoration"_s, decorations}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Parterre
