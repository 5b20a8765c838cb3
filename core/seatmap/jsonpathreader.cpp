#include "jsonpathreader.h"

using namespace Qt::StringLiterals;

namespace Parterre {

QString JsonPathReader::member(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

QString JsonPathReader::element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString JsonPathReader::quoted(const QString &text)
{
    return u'"' + text + u'"';
}

bool JsonPathReader::fail(const QString &path, const QString &problem)
{
    m_problem = path + u": "_s + problem;
    return false;
}

bool JsonPathReader::object(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (value.isUndefined())
        return fail(path, u"missing"_s);
    if (!value.isObject())
        return fail(path, u"not an object"_s);
    *out = value.toObject();
    return true;
}

bool JsonPathReader::list(const QJsonObject &o, QLatin1StringView key, const QString &path, bool required,
                          QJsonArray *out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined()) {
        *out = {};
        return !required || fail(member(path, key), u"missing"_s);
    }
    if (!value.isArray())
        return fail(member(path, key), u"not a list"_s);
    *out = value.toArray();
    return true;
}

} // namespace Parterre
