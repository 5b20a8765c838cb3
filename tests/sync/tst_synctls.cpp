#include "testsupport.h"

#include "inventory/clock.h"
#include "sync/syncserver.h"
#include "sync/tlsidentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

struct Answer
{
    int status = 0; // 0: no answer: the TLS handshake was refused
    QJsonObject json;
};

// One HTTPS request that trusts exactly the certificate with fingerprint `pinned`, whoever signed it.
Answer pinnedRequest(quint16 port, const QByteArray &method, const QString &path, const QString &token,
                     const QString &pinned, const QByteArray &body = {}, const QByteArray &key = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!key.isEmpty())
        request.setRawHeader("Idempotency-Key", key);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply, pinned](const QList<QSslError> &errors) {
                         if (TlsIdentity::fingerprint(reply->sslConfiguration().peerCertificate()) == pinned)
                             reply->ignoreSslErrors(errors);
                     });
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
        reply->abort();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

} // namespace

class TestSyncTls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pinnedClientIsServed();
    void clientPinningAnotherCertificateIsRefused();
    void pairingAnswerCarriesTheFingerprint();
    void plainHttpGetsNoAnswer();
    void webSocketPushWorksOverTls();
    void identityIsKeptAndBadFilesAreRefused();

private:
    std::unique_ptr<SyncServer> start(Fixture &fixture, QString *token);

    QTemporaryDir m_dir;
    TlsIdentity m_host;
    TlsIdentity m_impostor;
};

void TestSyncTls::initTestCase()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("the openssl tool makes the test certificates");
    auto host = TlsIdentity::loadOrCreateSelfSigned(m_dir.filePath(u"host"_s), u"localhost"_s);
    QVERIFY2(host, qPrintable(host ? QString() : host.error().message));
    auto impostor = TlsIdentity::loadOrCreateSelfSigned(m_dir.filePath(u"impostor"_s), u"localhost"_s);
    QVERIFY(impostor);
    m_host = *host;
    m_impostor = *impostor;
    QVERIFY(m_host.fingerprint() != m_impostor.fingerprint());
    QVERIFY(m_host.fingerprint().startsWith(u"SHA256:"_s));
    QCOMPARE(m_host.fingerprint().size(), 7 + 32 * 3 - 1);
}

std::unique_ptr<SyncServer> TestSyncTls::start(Fixture &fixture, QString *token)
{
    const CallContext ctx{{}, u"test"_s, u"test"_s, SystemClock().nowMs()};
    auto created = fixture.store().createToken(u"clerk-terminal"_s, u"clerk"_s, ctx);
    if (!created)
        return nullptr;
    *token = *created;
    SyncOptions options;
    options.tlsCertificate = m_host.certificate;
    options.tlsKey = m_host.key;
    auto server = std::make_unique<SyncServer>(fixture.database().location(), options);
    if (!server->start())
        return nullptr;
    return server;
}

void TestSyncTls::pinnedClientIsServed()
{
    Fixture fixture;
    QString token;
    auto server = start(fixture, &token);
    QVERIFY(server);
    const Answer events = pinnedRequest(server->port(), "GET", u"/v1/events"_s, token, m_host.fingerprint());
    QCOMPARE(events.status, 200);
    QVERIFY(events.json.contains(u"events"_s));
}

void TestSyncTls::clientPinningAnotherCertificateIsRefused()
{
    Fixture fixture;
    QString token;
    auto server = start(fixture, &token);
    QVERIFY(server);
    const QByteArray before = fixture.snapshot();
    const QByteArray body = QJsonDocument(QJsonObject{{u"seat_ids"_s, QJsonArray{seatId(1, 1)}}}).toJson();
    const Answer hold = pinnedRequest(server->port(), "POST", u"/v1/shows/%1/holds"_s.arg(fixture.showId()),
                                      token, m_impostor.fingerprint(), body, "k1");
    QCOMPARE(hold.status, 0);
    QCOMPARE(fixture.snapshot(), before); // the request never reached the host
    // The same request from a client that pins the host's certificate goes through.
    const Answer pinned = pinnedRequest(server->port(), "POST", u"/v1/shows/%1/holds"_s.arg(fixture.showId()),
                                        token, m_host.fingerprint(), body, "k1");
    QCOMPARE(pinned.status, 201);
}

void TestSyncTls::pairingAnswerCarriesTheFingerprint()
{
    Fixture fixture;
    QString token;
    auto server = start(fixture, &token);
    QVERIFY(server);
    const CallContext ctx{{}, u"test"_s, u"test"_s, SystemClock().nowMs()};
    auto code = fixture.store().createPairingCode(u"clerk"_s, 600'000, ctx);
    QVERIFY(code);
    const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, *code}, {u"name"_s, u"till 2"_s}}).toJson();
    const Answer paired =
        pinnedRequest(server->port(), "POST", u"/v1/pairing"_s, QString(), m_host.fingerprint(), body, "p1");
    QCOMPARE(paired.status, 201);
    QCOMPARE(paired.json.value(u"tls_fingerprint"_s).toString(), m_host.fingerprint());
}

void TestSyncTls::plainHttpGetsNoAnswer()
{
    Fixture fixture;
    QString token;
    auto server = start(fixture, &token);
    QVERIFY(server);
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/v1/events"_s.arg(server->port())));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = manager.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    delete reply;
}

void TestSyncTls::webSocketPushWorksOverTls()
{
    Fixture fixture;
    QString token;
    auto server = start(fixture, &token);
    QVERIFY(server);
    QWebSocket socket;
    QList<QJsonObject> pages;
    connect(&socket, &QWebSocket::textMessageReceived, this,
            [&pages](const QString &text) { pages.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    const QString pinned = m_host.fingerprint();
    connect(&socket, &QWebSocket::sslErrors, this, [&socket, pinned](const QList<QSslError> &errors) {
        if (TlsIdentity::fingerprint(socket.sslConfiguration().peerCertificate()) == pinned)
            socket.ignoreSslErrors(errors);
    });
    QNetworkRequest request(QUrl(u"wss://127.0.0.1:%1/v1/changes/ws?since=0"_s.arg(server->port())));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    socket.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(socket.isValid(), 10'000);
    fixture.sell({seatId(2, 2)});
    // The sale went through another connection to the store; the host's feed finds it and pushes it.
    QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty(), 10'000);
    QVERIFY(!pages.last().value(u"changes"_s).toArray().isEmpty());
}

void TestSyncTls::identityIsKeptAndBadFilesAreRefused()
{
    auto again = TlsIdentity::loadOrCreateSelfSigned(m_dir.filePath(u"host"_s), u"localhost"_s);
    QVERIFY(again);
    QCOMPARE(again->fingerprint(), m_host.fingerprint());
    QVERIFY(!TlsIdentity::load(m_dir.filePath(u"none.pem"_s), m_dir.filePath(u"none.key"_s)));
    // A certificate file given as the key is refused, not served.
    const QString cert = m_dir.filePath(u"host/host-cert.pem"_s);
    QVERIFY(!TlsIdentity::load(cert, cert));
}

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_synctls.moc"
