#include "pretiximport.h"
#include "seatmap/jsonpathreader.h"

#include "generators.h"
#include "seatmapformat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <utility>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

// Categories without a usable colour get these, in order (ColorBrewer Dark2).
constexpr QLatin1StringView kPalette[] = {"#1b9e77"_L1, "#d95f02"_L1, "#7570b3"_L1, "#e7298a"_L1,
                                          "#66a61e"_L1, "#e6ab02"_L1, "#a6761d"_L1, "#666666"_L1};

struct NamedColour
{
    QLatin1StringView name;
    QLatin1StringView hex;
};

// The CSS colour names pretix plans use in practice; others fall back to the palette.
constexpr NamedColour kNamedColours[] = {
    {"black"_L1, "#000000"_L1},     {"white"_L1, "#ffffff"_L1},    {"red"_L1, "#ff0000"_L1},
    {"green"_L1, "#008000"_L1},     {"blue"_L1, "#0000ff"_L1},     {"yellow"_L1, "#ffff00"_L1},
    {"orange"_L1, "#ffa500"_L1},    {"purple"_L1, "#800080"_L1},   {"gray"_L1, "#808080"_L1},
    {"grey"_L1, "#808080"_L1},      {"silver"_L1, "#c0c0c0"_L1},   {"maroon"_L1, "#800000"_L1},
    {"olive"_L1, "#808000"_L1},     {"lime"_L1, "#00ff00"_L1},     {"aqua"_L1, "#00ffff"_L1},
    {"cyan"_L1, "#00ffff"_L1},      {"teal"_L1, "#008080"_L1},     {"navy"_L1, "#000080"_L1},
    {"fuchsia"_L1, "#ff00ff"_L1},   {"magenta"_L1, "#ff00ff"_L1},  {"pink"_L1, "#ffc0cb"_L1},
    {"brown"_L1, "#a52a2a"_L1},     {"gold"_L1, "#ffd700"_L1},     {"darkred"_L1, "#8b0000"_L1},
    {"darkgreen"_L1, "#006400"_L1}, {"darkblue"_L1, "#00008b"_L1}, {"lightgray"_L1, "#d3d3d3"_L1},
    {"lightgrey"_L1, "#d3d3d3"_L1}, {"darkgray"_L1, "#a9a9a9"_L1}, {"darkgrey"_L1, "#a9a9a9"_L1},
    {"violet"_L1, "#ee82ee"_L1},    {"indigo"_L1, "#4b0082"_L1},   {"turquoise"_L1, "#40e0d0"_L1},
};

constexpr QLatin1StringView kShapes[] = {"polygon"_L1, "rectangle"_L1, "ellipse"_L1, "circle"_L1, "text"_L1};

bool isHex(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f');
    });
}

// A CSS colour as #rrggbb (alpha dropped), or an empty string when it is not one this importer knows.
QString hexColour(const QString &css)
{
    const QString c = css.trimmed().toLower();
    if (c.startsWith(u'#') && isHex(c.mid(1))) {
        if (c.size() == 4 || c.size() == 5) // #rgb, #rgba
            return u'#' + c.mid(1, 1).repeated(2) + c.mid(2, 1).repeated(2) + c.mid(3, 1).repeated(2);
        if (c.size() == 7 || c.size() == 9) // #rrggbb, #rrggbbaa
            return c.left(7);
        return {};
    }
    static const QRegularExpression rgb(
        uR"(^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(,\s*[0-9.]+%?\s*)?\)$)"_s);
    if (const QRegularExpressionMatch m = rgb.match(c); m.hasMatch()) {
        QString hex = u"#"_s;
        for (int i = 1; i <= 3; ++i) {
            const int value = m.captured(i).toInt();
            if (value > 255)
                return {};
            hex += QString::number(value, 16).rightJustified(2, u'0');
        }
        return hex;
    }
    for (const NamedColour &named : kNamedColours) {
        if (named.name == c)
            return QString(named.hex);
    }
    return {};
}

// pretix fills %s in a row_label or seat_label with the row or seat number; without a label the number
// itself names the row or seat.
QString applyTemplate(const QString &label, const QString &number)
{
    if (label.isEmpty())
        return number;
    QString filled = label;
    return filled.replace(u"%s"_s, number);
}

QPointF rotated(const QPointF &p, double degrees)
{
    if (degrees == 0)
        return p;
    const double a = degrees * std::numbers::pi / 180; // clockwise on the map, whose y grows down
    return {p.x() * std::cos(a) - p.y() * std::sin(a), p.x() * std::sin(a) + p.y() * std::cos(a)};
}

QPointF tidy(const QPointF &p)
{
    return {std::round(p.x() * 100) / 100, std::round(p.y() * 100) / 100};
}

bool inRange(const QPointF &p)
{
    return std::abs(p.x()) <= SeatMapFormat::kMaxCoordinate &&
           std::abs(p.y()) <= SeatMapFormat::kMaxCoordinate;
}

// One pass over one plan. Each step returns false after recording the first problem it meets; the plan is
// then refused as a whole.
class Reader final : public JsonPathReader
{
public:
    Result<SeatMap> read(const QByteArray &json);

private:
    bool text(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required, QString *out,
              bool nullable = false);
    bool number(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required, double *out);
    bool boolean(const QJsonObject &o, QLatin1StringView key, const QString &path);
    bool position(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required,
                  QPointF *out);
    bool range(const QPointF &p, const QString &path);

    bool readCategories(const QJsonObject &root);
    bool readZones(const QJsonObject &root);
    bool readZone(const QJsonObject &o, const QString &path, qsizetype index);
    bool readRow(const QJsonObject &o, const QString &path, const QPointF &zoneOrigin, Section *section,
                 QHash<QString, qsizetype> *rowIndex, QList<QPointF> *seatPoints, double *seatRadius);
    bool readSeat(const QJsonObject &o, const QString &path, const QPointF &rowOrigin,
                  const QString &seatLabel, qsizetype index, Seat *seat, double *radius);
    bool readArea(const QJsonObject &o, const QString &path, const QPointF &zoneOrigin);
    bool readAreaText(const QJsonObject &o, const QString &path, QString *text,
                      std::optional<QPointF> *anchor);
    bool readShape(const QJsonObject &o, const QString &path, const QString &shape, QList<QPointF> *outline,
                   QPointF *centre);
    bool readSize(const QJsonObject &root);
    QString sectionId(const QJsonObject &zone, qsizetype index, const QString &name);

    SeatMap m_map;
    QHash<QString, QString> m_categoryPaths; // name -> path
    QHash<QString, QString> m_seatPaths;     // seat_guid -> path
    QList<QPointF> m_extent;                 // everything placed, for plans without a size
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
    if (!text(root, "name"_L1, QString(), true, &m_map.name) || !readCategories(root) || !readZones(root) ||
        !readSize(root)) {
        return Error::invalidInput(m_problem);
    }
    if (m_map.name.trimmed().isEmpty())
        m_map.name = u"Imported seating plan"_s;
    if (m_map.seatCount() == 0)
        return Error::invalidInput(u"zones: the plan has no seats"_s);

    // The format's own reader has the last word: what it refuses is not imported.
    Result<SeatMap> checked = SeatMapFormat::read(SeatMapFormat::write(m_map));
    if (!checked)
        return Error::invalidInput(u"the imported map is not a valid seat map: "_s + checked.error().message);
    return checked;
}

bool Reader::text(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required,
                  QString *out, bool nullable)
{
    const QJsonValue value = o.value(key);
    out->clear();
    if (value.isUndefined())
        return !required || fail(member(path, key), u"missing"_s);
    if (nullable && value.isNull())
        return true;
    if (!value.isString())
        return fail(member(path, key), nullable ? u"not a string or null"_s : u"not a string"_s);
    *out = value.toString();
    return true;
}

bool Reader::number(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required,
                    double *out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return !required || fail(member(path, key), u"missing"_s);
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d))
        return fail(member(path, key), u"not a number"_s);
    if (std::abs(d) > SeatMapFormat::kMaxCoordinate) {
        return fail(member(path, key), QString::number(d) + u" is out of range (at most "_s +
                                           QString::number(SeatMapFormat::kMaxCoordinate) + u" from 0)"_s);
    }
    *out = d;
    return true;
}

bool Reader::boolean(const QJsonObject &o, QLatin1StringView key, const QString &path)
{
    const QJsonValue value = o.value(key);
    return value.isUndefined() || value.isBool() || fail(member(path, key), u"not true or false"_s);
}

bool Reader::position(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required,
                      QPointF *out)
{
    *out = {};
    const QJsonValue value = o.value(key);
    if (value.isUndefined() && !required)
        return true;
    const QString at = member(path, key);
    QJsonObject p;
    double x = 0;
    double y = 0;
    if (!object(value, at, &p) || !number(p, "x"_L1, at, true, &x) || !number(p, "y"_L1, at, true, &y))
        return false;
    *out = QPointF(x, y);
    return true;
}

bool Reader::range(const QPointF &p, const QString &path)
{
    if (inRange(p))
        return true;
    return fail(path, u"lies out of range (at most "_s + QString::number(SeatMapFormat::kMaxCoordinate) +
                          u" from 0 once zone and row positions are added)"_s);
}

bool Reader::readCategories(const QJsonObject &root)
{
    QJsonArray categories;
    if (!list(root, "categories"_L1, QString(), true, &categories))
        return false;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString path = element(u"categories"_s, i);
        QJsonObject o;
        QString name;
        QString colour;
        if (!object(categories.at(i), path, &o) || !text(o, "name"_L1, path, true, &name) ||
            !text(o, "color"_L1, path, false, &colour)) {
            return false;
        }
        if (name.isEmpty())
            return fail(member(path, "name"_L1), u"must not be empty"_s);
        if (const auto it = m_categoryPaths.constFind(name); it != m_categoryPaths.cend())
            return fail(member(path, "name"_L1),
                        u"duplicate category "_s + quoted(name) + u" (also "_s + *it + u')');
        m_categoryPaths.insert(name, path);
        QString hex = hexColour(colour);
        if (hex.isEmpty())
            hex = QString(kPalette[m_map.categories.size() % std::size(kPalette)]);
        // The name is what seats refer to and what pretix maps to products: it stays the id.
        m_map.categories.append({name, name, hex});
    }
    return true;
}

bool Reader::readZones(const QJsonObject &root)
{
    QJsonArray zones;
    if (!list(root, "zones"_L1, QString(), true, &zones))
        return false;
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString path = element(u"zones"_s, i);
        QJsonObject o;
        if (!object(zones.at(i), path, &o) || !readZone(o, path, i))
            return false;
    }
    return true;
}

QString Reader::sectionId(const QJsonObject &zone, qsizetype index, const QString &name)
{
    // pretix itself falls back from zone_id to the name.
    QString base = zone.value("zone_id"_L1).toString();
    if (base.isEmpty())
        base = name;
    if (base.isEmpty())
        base = u"zone-"_s + QString::number(index + 1);
    const auto taken = [this](const QString &id) {
        return std::any_of(m_map.sections.cbegin(), m_map.sections.cend(),
                           [&id](const Section &s) { return s.id == id; });
    };
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

bool Reader::readZone(const QJsonObject &o, const QString &path, qsizetype index)
{
    QString name;
    QString ignored;
    QPointF origin;
    QJsonArray rows;
    QJsonArray areas;
    if (!text(o, "name"_L1, path, false, &name) || !text(o, "zone_id"_L1, path, false, &ignored) ||
        !text(o, "uuid"_L1, path, false, &ignored) || !boolean(o, "displayed"_L1, path) ||
        !position(o, "position"_L1, path, true, &origin) || !list(o, "rows"_L1, path, true, &rows) ||
        !list(o, "areas"_L1, path, false, &areas)) {
        return false;
    }

    Section section;
    section.name = name.trimmed().isEmpty() ? u"Zone "_s + QString::number(index + 1) : name;
    QHash<QString, qsizetype> rowIndex;
    QList<QPointF> seatPoints;
    double seatRadius = PretixImport::kDefaultSeatRadius;
    const QString rowsPath = member(path, "rows"_L1);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString rowPath = element(rowsPath, r);
        QJsonObject row;
        if (!object(rows.at(r), rowPath, &row) ||
            !readRow(row, rowPath, origin, &section, &rowIndex, &seatPoints, &seatRadius)) {
            return false;
        }
    }
    // A zone of areas only (a stage, a bar) has nothing to sell: its areas still become decoration.
    if (!seatPoints.isEmpty()) {
        section.id = sectionId(o, index, name);
        section.outline = Generators::outlineAround(seatPoints, seatRadius);
        m_map.sections.append(std::move(section));
    }

    const QString areasPath = member(path, "areas"_L1);
    for (qsizetype a = 0; a < areas.size(); ++a) {
        const QString areaPath = element(areasPath, a);
        QJsonObject area;
        if (!object(areas.at(a), areaPath, &area) || !readArea(area, areaPath, origin))
            return false;
    }
    return true;
}

bool Reader::readRow(const QJsonObject &o, const QString &path, const QPointF &zoneOrigin, Section *section,
                     QHash<QString, qsizetype> *rowIndex, QList<QPointF> *seatPoints, double *seatRadius)
{
    QString rowNumber;
    QString rowLabel;
    QString seatLabel;
    QString ignored;
    QPointF offset;
    double count = 0;
    QJsonArray seats;
    if (!text(o, "row_number"_L1, path, true, &rowNumber) ||
        !text(o, "row_label"_L1, path, false, &rowLabel, true) ||
        !text(o, "seat_label"_L1, path, false, &seatLabel, true) ||
        !text(o, "uuid"_L1, path, false, &ignored) ||
        !text(o, "row_number_position"_L1, path, false, &ignored, true) ||
        !number(o, "number_of_seats"_L1, path, false, &count) ||
        !number(o, "seats_spacing"_L1, path, false, &count) ||
        !position(o, "position"_L1, path, false, &offset) || !list(o, "seats"_L1, path, true, &seats)) {
        return false;
    }
    const QPointF origin = zoneOrigin + offset;

    QString label = applyTemplate(rowLabel, rowNumber);
    if (label.trimmed().isEmpty())
        label = QString::number(section->rows.size() + 1);
    // Rows of one zone with the same name are one row in pretix (a row split by an aisle, say): so here.
    qsizetype target = rowIndex->value(label, -1);
    const QString seatsPath = member(path, "seats"_L1);
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QString seatPath = element(seatsPath, i);
        QJsonObject seatObject;
        Seat seat;
        double radius = PretixImport::kDefaultSeatRadius;
        if (!object(seats.at(i), seatPath, &seatObject) ||
            !readSeat(seatObject, seatPath, origin, seatLabel, i, &seat, &radius)) {
            return false;
        }
        if (target < 0) {
            target = section->rows.size();
            rowIndex->insert(label, target);
            section->rows.append({label, {}});
        }
        seatPoints->append(seat.position);
        *seatRadius = std::max(*seatRadius, radius);
        section->rows[target].seats.append(std::move(seat));
    }
    return true;
}

bool Reader::readSeat(const QJsonObject &o, const QString &path, const QPointF &rowOrigin,
                      const QString &seatLabel, qsizetype index, Seat *seat, double *radius)
{
    QString seatNumber;
    QString ignored;
    QPointF offset;
    if (!text(o, "seat_guid"_L1, path, true, &seat->id) ||
        !text(o, "seat_number"_L1, path, true, &seatNumber) || !text(o, "uuid"_L1, path, false, &ignored) ||
        !text(o, "start_direction"_L1, path, false, &ignored, true) ||
        !number(o, "radius"_L1, path, false, radius) || !position(o, "position"_L1, path, true, &offset) ||
        !text(o, "category"_L1, path, true, &seat->categoryId)) {
        return false;
    }
    const QString guidPath = member(path, "seat_guid"_L1);
    if (seat->id.isEmpty())
        return fail(guidPath, u"must not be empty"_s);
    if (const auto it = m_seatPaths.constFind(seat->id); it != m_seatPaths.cend())
        return fail(guidPath, u"duplicate seat_guid "_s + quoted(seat->id) + u" (also "_s + *it + u')');
    if (!m_categoryPaths.contains(seat->categoryId))
        return fail(member(path, "category"_L1), u"unknown category "_s + quoted(seat->categoryId));
    m_seatPaths.insert(seat->id, path);

    seat->label = applyTemplate(seatLabel, seatNumber);
    if (seat->label.trimmed().isEmpty())
        seat->label = QString::number(index + 1);
    seat->position = rowOrigin + offset;
    m_extent.append(seat->position + QPointF(*radius, *radius));
    return range(seat->position, member(path, "position"_L1));
}

bool Reader::readAreaText(const QJsonObject &o, const QString &path, QString *text,
                          std::optional<QPointF> *anchor)
{
    const QJsonValue value = o.value("text"_L1);
    if (value.isUndefined() || value.isString()) { // the older shape: a plain string, centred
        *text = value.toString();
        return true;
    }
    const QString at = member(path, "text"_L1);
    QJsonObject t;
    QString colour;
    double size = 0;
    QPointF offset;
    if (!object(value, at, &t) || !this->text(t, "text"_L1, at, true, text) ||
        !this->text(t, "color"_L1, at, false, &colour) || !number(t, "size"_L1, at, false, &size) ||
        !position(t, "position"_L1, at, true, &offset)) {
        return false;
    }
    *anchor = offset;
    return true;
}

bool Reader::readShape(const QJsonObject &o, const QString &path, const QString &shape,
                       QList<QPointF> *outline, QPointF *centre)
{
    const QString at = path + u'.' + shape; // the shape's own object: "rectangle", "circle" …
    QJsonObject details;
    if (shape == "rectangle"_L1) {
        // The older shape puts width and height on the area itself.
        const bool old = !o.contains("rectangle"_L1) && (o.contains("width"_L1) || o.contains("height"_L1));
        if (!old && !object(o.value("rectangle"_L1), at, &details))
            return false;
        double width = 0;
        double height = 0;
        if (!number(old ? o : details, "width"_L1, old ? path : at, true, &width) ||
            !number(old ? o : details, "height"_L1, old ? path : at, true, &height)) {
            return false;
        }
        *outline = {{0, 0}, {width, 0}, {width, height}, {0, height}};
        *centre = QPointF(width / 2, height / 2);
        return true;
    }
    if (shape == "circle"_L1 || shape == "ellipse"_L1) {
        double rx = 0;
        double ry = 0;
        if (!object(o.value(shape), at, &details))
            return false;
        if (shape == "circle"_L1) {
            if (!number(details, "radius"_L1, at, true, &rx))
                return false;
            ry = rx;
        } else {
            QPointF radius;
            if (!position(details, "radius"_L1, at, true, &radius))
                return false;
            rx = radius.x();
            ry = radius.y();
        }
        for (int i = 0; i < PretixImport::kCurveSegments; ++i) {
            const double a = 2 * std::numbers::pi * i / PretixImport::kCurveSegments;
            outline->append({rx * std::cos(a), ry * std::sin(a)});
        }
        *centre = {};
        return true;
    }
    if (shape == "polygon"_L1) {
        QJsonArray points;
        if (!object(o.value("polygon"_L1), at, &details) || !list(details, "points"_L1, at, true, &points))
            return false;
        const QString pointsPath = member(at, "points"_L1);
        QPointF sum;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QString pointPath = element(pointsPath, i);
            QJsonObject p;
            double x = 0;
            double y = 0;
            if (!object(points.at(i), pointPath, &p) || !number(p, "x"_L1, pointPath, true, &x) ||
                !number(p, "y"_L1, pointPath, true, &y)) {
                return false;
            }
            outline->append({x, y});
            sum += QPointF(x, y);
        }
        *centre = outline->isEmpty() ? QPointF() : sum / double(outline->size());
        return true;
    }
    *centre = {}; // text: only the label
    return true;
}

bool Reader::readArea(const QJsonObject &o, const QString &path, const QPointF &zoneOrigin)
{
    QString shape;
    QString ignored;
    double rotation = 0;
    QPointF offset;
    QString label;
    std::optional<QPointF> anchor;
    if (!text(o, "shape"_L1, path, false, &shape) || !text(o, "color"_L1, path, false, &ignored) ||
        !text(o, "border_color"_L1, path, false, &ignored) || !text(o, "uuid"_L1, path, false, &ignored) ||
        !number(o, "rotation"_L1, path, false, &rotation) ||
        !position(o, "position"_L1, path, false, &offset) || !readAreaText(o, path, &label, &anchor)) {
        return false;
    }
    if (shape.isEmpty()) { // the older shape has no "shape": a rectangle, or a bare label
        if (o.contains("width"_L1) || o.contains("height"_L1))
            shape = u"rectangle"_s;
        else if (!label.isEmpty())
            shape = u"text"_s;
        else
            return true;
    }
    if (std::find(std::begin(kShapes), std::end(kShapes), shape) == std::end(kShapes))
        return fail(member(path, "shape"_L1), u"unknown shape "_s + quoted(shape));

    QList<QPointF> outline;
    QPointF centre;
    if (!readShape(o, path, shape, &outline, &centre))
        return false;

    // Everything in an area is relative to its position and turns around it.
    const QPointF origin = zoneOrigin + offset;
    const auto place = [&](const QPointF &p) { return tidy(origin + rotated(p, rotation)); };
    Decoration decoration;
    decoration.text = label;
    for (const QPointF &p : std::as_const(outline))
        decoration.outline.append(place(p));
    if (!label.isEmpty())
        decoration.position = place(anchor.value_or(centre));
    decoration.kind = decoration.outline.isEmpty() ? u"text"_s : u"shape"_s;
    if (decoration.outline.isEmpty() && decoration.text.isEmpty())
        return true; // an empty polygon or a text area without text draws nothing
    for (const QPointF &p : std::as_const(decoration.outline)) {
        if (!range(p, path))
            return false;
        m_extent.append(p);
    }
    if (!range(decoration.position, path))
        return false;
    m_extent.append(decoration.position);
    m_map.decorations.append(std::move(decoration));
    return true;
}

bool Reader::readSize(const QJsonObject &root)
{
    // Required by the current schema, missing from older plans: then the plan is as large as its content.
    if (root.contains("size"_L1)) {
        QJsonObject size;
        if (!object(root.value("size"_L1), u"size"_s, &size) ||
            !number(size, "width"_L1, u"size"_s, true, &m_map.width) ||
            !number(size, "height"_L1, u"size"_s, true, &m_map.height)) {
            return false;
        }
    }
    constexpr double kMargin = 20;
    const bool fitWidth = m_map.width <= 0;
    const bool fitHeight = m_map.height <= 0;
    for (const QPointF &p : std::as_const(m_extent)) {
        if (fitWidth)
            m_map.width = std::max(m_map.width, p.x() + kMargin);
        if (fitHeight)
            m_map.height = std::max(m_map.height, p.y() + kMargin);
    }
    m_map.width = std::max(m_map.width, 1.0);
    m_map.height = std::max(m_map.height, 1.0);
    return true;
}

} // namespace

Result<SeatMap> PretixImport::read(const QByteArray &json)
{
    return Reader().read(json);
}

} // namespace Parterre
