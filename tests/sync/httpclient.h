#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

#include <memory>
#include <utility>

namespace Parterre::Test {

struct HttpAnswer
{
    int status = 0; // 0: no answer (timeout or connection error)
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;

    QString problemType() const { return json.value(QStringLiteral("type")).toString(); }
};

// A blocking HTTP client on loopback for the sync tests (QNetworkAccessManager and a local event loop).
class HttpClient final
{
public:
    explicit HttpClient(quint16 port)
        : m_port(port)
        , m_manager(std::make_unique<QNetworkAccessManager>())
    {}

    void setToken(const QString &token) { m_token = token; }

    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    HttpAnswer get(const QString &path, int timeoutMs = 10'000);
    HttpAnswer post(const QString &path, const QByteArray &body, const QString &key);
    HttpAnswer post(const QString &path, const QJsonObject &body, const QString &key);
    HttpAnswer del(const QString &path, const QString &key);
    // Any request: method, path, body and extra headers exactly as given (no Idempotency-Key added).
    HttpAnswer send(const QByteArray &method, const QString &path, const QByteArray &body,
                    const Headers &headers, int timeoutMs = 10'000);

private:
    quint16 m_port;
    QString m_token;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace Parterre::Test
