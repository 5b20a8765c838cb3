// File > Host This Store: the window serves its own store to other terminals, makes pairing codes they can
// trade for tokens, and stops; a terminal that itself works through a host cannot serve.

#include "testsupport.h"

#include "settings/hosting.h"
#include "settings/hostingdialog.h"
#include "store/remotestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestHostingDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void servesPairsAndStops();
    void aTerminalOfAHostCannotServe();
};

void TestHostingDialog::servesPairsAndStops()
{
    Fixture f;
    QVERIFY(f.isValid());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    Hosting hosting;
    HostingDialog dialog(hosting, f.database().location());
    dialog.findChild<QComboBox *>(u"address"_s)->setCurrentIndex(1); // 127.0.0.1
    dialog.findChild<QSpinBox *>(u"port"_s)->setValue(port);
    QVERIFY(!hosting.isRunning());
    dialog.findChild<QCheckBox *>(u"serve"_s)->setChecked(true);
    QVERIFY2(hosting.isRunning(), qPrintable(dialog.status()));
    const QString url = u"http://127.0.0.1:%1"_s.arg(port);
    QVERIFY2(dialog.status().contains(u"parterre --connect "_s + url), qPrintable(dialog.status()));

    QSignalSpy made(&dialog, &HostingDialog::pairingCodeMade);
    dialog.makePairingCode();
    QVERIFY(made.wait(10'000));
    const QString code = made.first().first().toString();
    QCOMPARE(dialog.pairingCode(), code);
    auto token = RemoteStore::pair(QUrl(url), code, u"counter-2"_s);
    QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
    auto remote = RemoteStore::open(QUrl(url), token->token);
    QVERIFY(remote);
    auto shows = (*remote)->shows(0, 0);
    QVERIFY(shows);
    QCOMPARE(shows->size(), 1);

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/hosting-dialog.png"));

    dialog.findChild<QCheckBox *>(u"serve"_s)->setChecked(false);
    QVERIFY(!hosting.isRunning());
    RemoteStore::Options quick;
    quick.retryForMs = 200;
    QVERIFY(!RemoteStore::open(QUrl(url), token->token, quick));
}

void TestHostingDialog::aTerminalOfAHostCannotServe()
{
    Hosting hosting;
    const StoreLocation remote = StoreLocation::remote(u"http://127.0.0.1:9"_s, u"pt_x"_s);
    HostingDialog dialog(hosting, remote);
    QVERIFY(!dialog.findChild<QCheckBox *>(u"serve"_s)->isEnabled());
    QVERIFY(dialog.status().contains(u"another host"_s));
    auto refused = hosting.start(remote, QHostAddress::LocalHost, 0);
    QVERIFY(!refused);
    QVERIFY(!hosting.isRunning());
}

QTEST_MAIN(TestHostingDialog)
#include "tst_hostingdialog.moc"
