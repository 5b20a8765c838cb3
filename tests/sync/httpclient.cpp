#include "httpclient.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Parterre::Test {

HttpAnswer HttpClient::get(const QString &path, int timeoutMs)
{
    return send("GET", path, {}, {}, timeoutMs);
}

HttpAnswer HttpClient::post(const QString &path, const QByteArray &body, const QString &key)
{
    return send("POST", path, body,
                {{"Idempotency-Key", key.toUtf8()}, {"Content-Type", "application/json"}});
}

HttpAnswer HttpClient::post(const QString &path, const QJsonObject &body, const QString &key)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), key);
}

HttpAnswer HttpClient::del(const QString &path, const QString &key)
{
    return send("DELETE", path, {}, {{"Idempotency-Key", key.toUtf8()}});
}

HttpAnswer HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_manager->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    HttpAnswer answer;
    answer.elapsedMs = timer.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return answer;
}

} // namespace Parterre::Test
