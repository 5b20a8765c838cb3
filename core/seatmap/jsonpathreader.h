#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Parterre {

// What the seat-map reader and the pretix importer share: JSON paths for error messages ("zones[0].rows[3]")
// and the first problem found, named by its path.
class JsonPathReader
{
public:
    static QString member(const QString &path, QLatin1StringView key);
    static QString element(const QString &path, qsizetype index);
    static QString quoted(const QString &text);

protected:
    // Records "path: problem" and returns false, so checks read `return fail(...)`.
    bool fail(const QString &path, const QString &problem);
    bool object(const QJsonValue &value, const QString &path, QJsonObject *out);
    bool list(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required,
              QJsonArray *out);

    QString m_problem;
};

} // namespace Parterre
