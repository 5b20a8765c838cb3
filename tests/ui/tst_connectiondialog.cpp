// The connection dialog builds the store location a person chose, keeps the password out of everything
// shown or saved, and tests a connection without freezing.

#include "settings/connectiondialog.h"
#include "testsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestConnectionDialog final : public QObject
{
    Q_OBJECT

private slots:
    void buildsSqliteLocation();
    void buildsPostgresUrlAndHidesPassword();
    void reopensWithTheCurrentServer();
    void testsAGoodAndABadServer();
};

void TestConnectionDialog::buildsSqliteLocation()
{
    ConnectionDialog dialog(StoreLocation::sqlite(u"/tmp/counter.sqlite"_s));
    QCOMPARE(dialog.location().kind, StoreLocation::Kind::Sqlite);
    QCOMPARE(dialog.location().path, u"/tmp/counter.sqlite"_s);
}

void TestConnectionDialog::buildsPostgresUrlAndHidesPassword()
{
    ConnectionDialog dialog(StoreLocation::sqlite(u"/tmp/x.sqlite"_s));
    dialog.setPostgres(u"db.example.org"_s, 6543, u"boxoffice"_s, u"clerk"_s, u"s3cr3t:@/"_s, u"require"_s);
    const StoreLocation location = dialog.location();
    QCOMPARE(location.kind, StoreLocation::Kind::Postgres);
    const QUrl url(location.path);
    QCOMPARE(url.host(), u"db.example.org"_s);
    QCOMPARE(url.port(), 6543);
    QCOMPARE(url.path(), u"/boxoffice"_s);
    QCOMPARE(url.userName(), u"clerk"_s);
    QCOMPARE(url.password(), u"s3cr3t:@/"_s); // special characters survive the encoding
    QVERIFY(location.path.contains(u"sslmode=require"_s));
    QVERIFY(!location.describe().contains(u"s3cr3t"_s));
    QVERIFY(!dialog.locationWithoutPassword().path.contains(u"s3cr3t"_s));
    dialog.show();
    dialog.grab().save(QDir::temp().filePath(u"parterre-connection-dialog.png"_s));
}

void TestConnectionDialog::reopensWithTheCurrentServer()
{
    ConnectionDialog dialog(
        StoreLocation::postgres(u"postgresql://ana@10.1.2.3:5433/venue?sslmode=verify-full"_s));
    const QUrl url(dialog.location().path);
    QCOMPARE(url.host(), u"10.1.2.3"_s);
    QCOMPARE(url.port(), 5433);
    QCOMPARE(url.userName(), u"ana"_s);
    QVERIFY(dialog.location().path.contains(u"sslmode=verify-full"_s));
}

void TestConnectionDialog::testsAGoodAndABadServer()
{
    // A port nobody listens on fails with a message, and the dialog stays responsive while it tries.
    ConnectionDialog bad(StoreLocation::sqlite(u"/tmp/x.sqlite"_s));
    bad.setPostgres(u"127.0.0.1"_s, 1, u"nothing"_s, u"nobody"_s, u"pw"_s, u"disable"_s);
    QSignalSpy badSpy(&bad, &ConnectionDialog::tested);
    bad.testConnection();
    QVERIFY(badSpy.wait(30'000));
    QCOMPARE(badSpy.first().first().toBool(), false);
    QVERIFY(bad.testResult().contains(u"cannot connect"_s));
    QVERIFY(!bad.testResult().contains(u"pw@"_s));

    TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ConnectionDialog good(database.location());
    QSignalSpy goodSpy(&good, &ConnectionDialog::tested);
    good.testConnection();
    QVERIFY(goodSpy.wait(30'000));
    QVERIFY2(goodSpy.first().first().toBool(), qPrintable(good.testResult()));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
