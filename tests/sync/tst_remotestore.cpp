// A terminal working through a host: RemoteStore speaks the Store interface over the host's /v1/terminal
// routes. Reads equal the host's own, sales land once, errors keep their meaning, roles are enforced by the
// host, a lost answer is asked for again under the same key, and the change feed follows the host.

#include "testsupport.h"

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "payment/simulatedcardterminal.h"
#include "seatmap/seatmapformat.h"
#include "staff/staffservice.h"
#include "store/changefeed.h"
#include "store/remotestore.h"
#include "store/storecodec.h"
#include "sync/syncserver.h"
#include "sync/tlsidentity.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

// A test store with one show and a host serving it, with a token per role.
struct Host
{
    explicit Host(bool tls = false)
    {
        if (!fixture.isValid())
            return;
        const CallContext ctx{{}, u"test"_s, u"test"_s, SystemClock().nowMs()};
        for (const QString &role : {u"clerk"_s, u"supervisor"_s, u"organizer"_s, u"channel"_s, u"admin"_s}) {
            auto token = fixture.store().createToken(role + u"-terminal"_s, role, ctx);
            if (!token)
                return;
            tokens.insert(role, *token);
        }
        SyncOptions options;
        options.rateBurst = 1'000'000;
        options.ratePerSecond = 1'000'000;
        if (tls) {
            auto identity = TlsIdentity::loadOrCreateSelfSigned(tlsDir.path(), u"127.0.0.1"_s);
            if (!identity) {
                qWarning() << identity.error().message;
                return;
            }
            options.tlsCertificate = identity->certificate;
            options.tlsKey = identity->key;
            fingerprint = identity->fingerprint();
        }
        server = std::make_unique<SyncServer>(fixture.database().location(), options);
        if (!server->start())
            server.reset();
    }
    bool isValid() const { return server != nullptr; }
    QString url() const
    {
        return u"%1://127.0.0.1:%2"_s.arg(fingerprint.isEmpty() ? u"http"_s : u"https"_s).arg(server->port());
    }
    std::unique_ptr<RemoteStore> open(const QString &role = u"clerk"_s, RemoteStore::Options options = {})
    {
        auto store = RemoteStore::open(QUrl(url()), tokens.value(role), options);
        if (!store) {
            qWarning() << store.error().message;
            return nullptr;
        }
        return std::move(store).value();
    }
    qint64 count(const QString &table)
    {
        const auto rows = fixture.database().query(u"SELECT COUNT(*) FROM "_s + table);
        return rows.isEmpty() ? -1 : rows.first().value(0).toLongLong();
    }

    QTemporaryDir tlsDir;
    QString fingerprint; // of the host's certificate, when it serves https
    Fixture fixture;
    QHash<QString, QString> tokens;
    std::unique_ptr<SyncServer> server;
};

template<typename T>
QByteArray jsonOf(const QList<T> &list)
{
    return QJsonDocument(StoreCodec::encodeList(list)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRemoteStore final : public QObject
{
    Q_OBJECT

private slots:
    void readsEqualTheHostsOwn();
    void saleLandsOnceAndNamesClerkAndTerminal();
    void errorsKeepTheirMeaning();
    void hostChecksWhatTheTerminalSends();
    void rolesLimitWhatATerminalMayDo();
    void lostAnswerIsAskedForAgainUnderTheSameKey();
    void feedFollowsTheHost();
    void pairingGivesATokenThatWorks();
    void unreachableHostFailsClearly();
    void httpsHostIsPinnedAtPairing();
    void aCounterLogsInSellsByCardAndFindsOrders();
    void backOfficeCallsGoThroughTheHost();
};

void TestRemoteStore::readsEqualTheHostsOwn()
{
    Host host;
    QVERIFY(host.isValid());
    auto remote = host.open();
    QVERIFY(remote);
    Store &local = host.fixture.store();
    const qint64 now = SystemClock().nowMs();
    const qint64 show = host.fixture.showId();
    host.fixture.sell({seatId(1, 1)});

    QCOMPARE(jsonOf(*remote->venues()), jsonOf(*local.venues()));
    QCOMPARE(jsonOf(*remote->events()), jsonOf(*local.events()));
    QCOMPARE(jsonOf(*remote->shows(0, now)), jsonOf(*local.shows(0, now)));
    QCOMPARE(StoreCodec::encode(*remote->show(show, now)), StoreCodec::encode(*local.show(show, now)));
    const qint64 mapId = local.show(show, now)->seatMapId;
    QCOMPARE(SeatMapFormat::write(*remote->seatMap(mapId)), SeatMapFormat::write(*local.seatMap(mapId)));
    QCOMPARE(jsonOf(*remote->seatStates(show, now)), jsonOf(*local.seatStates(show, now)));
    QCOMPARE(jsonOf(*remote->gaStates(show, now)), jsonOf(*local.gaStates(show, now)));
    QCOMPARE(*remote->lastSeq(), *local.lastSeq());
    QCOMPARE(jsonOf(*remote->changesSince(0, 1000)), jsonOf(*local.changesSince(0, 1000)));
}

void TestRemoteStore::saleLandsOnceAndNamesClerkAndTerminal()
{
    Host host;
    QVERIFY(host.isValid());
    auto remote = host.open();
    QVERIFY(remote);
    SystemClock clock;
    InventoryEngine engine(*remote, clock);
    engine.setActor(u"Ada Lovelace"_s, u"ignored-by-the-host"_s);
    SaleRequest sale;
    sale.hold = {host.fixture.showId(), {seatId(2, 1), seatId(2, 2)}, {}, 0};
    sale.customer.name = u"Grace"_s;
    auto order = engine.sell(sale, u"sale-1"_s);
    QVERIFY2(order, qPrintable(order ? QString() : order.error().message));
    QCOMPARE(order->status, Order::Status::Confirmed);
    QCOMPARE(order->items.size(), 2);
    QVERIFY(!order->items.first().ticketCode.isEmpty());
    QCOMPARE(host.fixture.seatStatus(seatId(2, 1)), u"sold"_s);

    // The same sale again (a terminal that never heard the answer): the same order, nothing new.
    auto again = engine.sell(sale, u"sale-1"_s);
    QVERIFY(again);
    QCOMPARE(again->id, order->id);
    QCOMPARE(host.count(u"orders"_s), 1);

    // Who and where: the clerk the terminal names, at the terminal its token names.
    const auto who = host.fixture.database().query(
        u"SELECT DISTINCT actor, terminal FROM audit_log WHERE action = 'confirm'"_s);
    QCOMPARE(who.size(), 1);
    QCOMPARE(who.first().value(0).toString(), u"Ada Lovelace"_s);
    QCOMPARE(who.first().value(1).toString(), u"clerk-terminal"_s);
    QCOMPARE(host.fixture.violations(), QStringList());
}

void TestRemoteStore::errorsKeepTheirMeaning()
{
    Host host;
    QVERIFY(host.isValid());
    auto remote = host.open();
    QVERIFY(remote);
    SystemClock clock;
    InventoryEngine engine(*remote, clock);
    host.fixture.sell({seatId(3, 3)});

    auto taken = engine.hold({host.fixture.showId(), {seatId(3, 2), seatId(3, 3)}, {}, 60'000}, u"k1"_s);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, Error::Code::SeatUnavailable);
    QCOMPARE(taken.error().seatIds, QStringList{seatId(3, 3)});

    auto missing = remote->order(999'999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);

    QVERIFY(engine.hold({host.fixture.showId(), {seatId(4, 1)}, {}, 60'000}, u"k2"_s));
    auto reused = engine.hold({host.fixture.showId(), {seatId(4, 2)}, {}, 60'000}, u"k2"_s);
    QVERIFY(!reused);
    QCOMPARE(reused.error().code, Error::Code::Conflict);
}

void TestRemoteStore::hostChecksWhatTheTerminalSends()
{
    // A terminal that skips its own engine's checks (or a hand-made request) meets the host's engine.
    Host host;
    QVERIFY(host.isValid());
    auto remote = host.open();
    QVERIFY(remote);
    const QByteArray before = host.fixture.snapshot();
    const CallContext ctx{u"bad-1"_s, u"x"_s, u"x"_s, 0};
    auto negative = remote->hold({host.fixture.showId(), {seatId(1, 1)}, {}, -5}, ctx);
    QVERIFY(!negative);
    QCOMPARE(negative.error().code, Error::Code::InvalidInput);
    auto noSeats = remote->hold({host.fixture.showId(), {}, {}, 60'000}, ctx);
    QVERIFY(!noSeats);
    QCOMPARE(noSeats.error().code, Error::Code::InvalidInput);
    auto noReason = remote->pay({1, Payment::Method::Comp, -1, u"EUR"_s, -1, u" "_s}, ctx);
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, Error::Code::InvalidInput);
    QCOMPARE(host.fixture.snapshot(), before);
}

void TestRemoteStore::rolesLimitWhatATerminalMayDo()
{
    Host host;
    QVERIFY(host.isValid());
    const Order sold = host.fixture.sell({seatId(5, 1)});
    const QByteArray before = host.fixture.snapshot();

    auto organizer = host.open(u"organizer"_s);
    QVERIFY(organizer);
    QVERIFY(organizer->events()); // reads are fine
    auto hold = organizer->hold({host.fixture.showId(), {seatId(5, 2)}, {}, 60'000}, {u"o1"_s, {}, {}, 0});
    QVERIFY(!hold);
    QCOMPARE(hold.error().code, Error::Code::Forbidden);

    auto clerk = host.open(u"clerk"_s);
    QVERIFY(clerk);
    auto refund = clerk->refund({sold.id, {}, u"changed mind"_s}, {u"r1"_s, {}, {}, 0});
    QVERIFY(!refund);
    QCOMPARE(refund.error().code, Error::Code::Forbidden);
    auto venue = clerk->createVenue({0, u"Shed"_s, u"Town"_s, u"UTC"_s}, {u"v1"_s, {}, {}, 0});
    QVERIFY(!venue);

    // A channel token is for the public API (with the waiting room), not for terminal calls.
    auto channel = RemoteStore::open(QUrl(host.url()), host.tokens.value(u"channel"_s));
    QVERIFY(!channel);
    QCOMPARE(host.fixture.snapshot(), before);

    auto supervisor = host.open(u"supervisor"_s);
    QVERIFY(supervisor);
    auto refunded = supervisor->refund({sold.id, {}, u"changed mind"_s}, {u"r2"_s, {}, {}, 0});
    QVERIFY2(refunded, qPrintable(refunded ? QString() : refunded.error().message));
    QCOMPARE(host.fixture.seatStatus(seatId(5, 1)), u"available"_s);
}

void TestRemoteStore::lostAnswerIsAskedForAgainUnderTheSameKey()
{
    Host host;
    QVERIFY(host.isValid());
    // A relay on loopback that forwards everything but drops the first answer to a POST on the floor.
    QTcpServer relay;
    QVERIFY(relay.listen(QHostAddress::LocalHost));
    int postsSeen = 0;
    int answersEaten = 0;
    connect(&relay, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *client = relay.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto *isPost = new bool(false);
            connect(client, &QObject::destroyed, [isPost] { delete isPost; });
            upstream->connectToHost(QHostAddress::LocalHost, host.server->port());
            auto forward = [&, client, upstream, isPost] {
                if (upstream->state() != QAbstractSocket::ConnectedState)
                    return;
                const QByteArray bytes = client->readAll();
                if (bytes.startsWith("POST ")) {
                    *isPost = true;
                    ++postsSeen;
                } else if (bytes.startsWith("GET ") || bytes.startsWith("DELETE ")) {
                    *isPost = false;
                }
                upstream->write(bytes);
            };
            connect(client, &QTcpSocket::readyRead, client, forward);
            connect(upstream, &QTcpSocket::connected, client, forward);
            connect(upstream, &QTcpSocket::readyRead, client, [&, client, upstream, isPost] {
                const QByteArray answer = upstream->readAll();
                if (*isPost && answersEaten == 0) {
                    ++answersEaten;
                    client->abort();
                    return;
                }
                client->write(answer);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });

    RemoteStore::Options options;
    options.requestTimeoutMs = 5'000;
    auto remote = RemoteStore::open(QUrl(u"http://127.0.0.1:%1"_s.arg(relay.serverPort())),
                                    host.tokens.value(u"clerk"_s), options);
    QVERIFY2(remote, qPrintable(remote ? QString() : remote.error().message));
    SystemClock clock;
    InventoryEngine engine(**remote, clock);
    auto hold = engine.hold({host.fixture.showId(), {seatId(6, 1), seatId(6, 2)}, {}, 60'000}, u"lost-1"_s);
    QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));
    QCOMPARE(answersEaten, 1);
    QVERIFY(postsSeen >= 2);             // the hold went twice...
    QCOMPARE(host.count(u"holds"_s), 1); // ...and was made once
    const auto status = host.fixture.database().query(
        u"SELECT status FROM show_seats WHERE seat_id = '%1'"_s.arg(seatId(6, 1)));
    QCOMPARE(status.value(0).value(0).toString(), u"held"_s); // held on the host's clock
}

void TestRemoteStore::feedFollowsTheHost()
{
    Host host;
    QVERIFY(host.isValid());
    ChangeFeed feed(StoreLocation::remote(host.url(), host.tokens.value(u"clerk"_s)));
    QSignalSpy changes(&feed, &ChangeFeed::changes);
    feed.start();
    QTRY_VERIFY(feed.lastSeq() >= 0);
    QTest::qWait(100); // the feed is parked in its long-poll now
    host.fixture.sell({seatId(7, 1), seatId(7, 2)}, u"direct"_s);
    QSet<QString> seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &args : changes) {
                for (const Change &c : args.first().value<QList<Change>>()) {
                    if (c.status == SeatState::Status::Sold)
                        seen.insert(c.seatId);
                }
            }
            return seen.contains(seatId(7, 1)) && seen.contains(seatId(7, 2));
        }(),
        10'000);
}

void TestRemoteStore::pairingGivesATokenThatWorks()
{
    Host host;
    QVERIFY(host.isValid());
    auto code = host.fixture.store().createPairingCode(u"clerk"_s, 300'000,
                                                       {{}, u"test"_s, u"test"_s, SystemClock().nowMs()});
    QVERIFY(code);
    auto token = RemoteStore::pair(QUrl(host.url()), *code, u"counter-9"_s);
    QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
    auto remote = RemoteStore::open(QUrl(host.url()), token->token);
    QVERIFY(remote);
    QVERIFY((*remote)->events());
    auto twice = RemoteStore::pair(QUrl(host.url()), *code, u"counter-10"_s);
    QVERIFY(!twice);
    auto wrong = RemoteStore::open(QUrl(host.url()), u"pt_not-a-token"_s);
    QVERIFY(!wrong);
}

void TestRemoteStore::unreachableHostFailsClearly()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    RemoteStore::Options options;
    options.retryForMs = 300;
    auto remote = RemoteStore::open(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"pt_x"_s, options);
    QVERIFY(!remote);
    QCOMPARE(remote.error().code, Error::Code::Storage);
    QVERIFY(remote.error().message.contains(u"cannot reach the host"_s));
    QVERIFY(!RemoteStore::open(QUrl(u"ftp://x"_s), u"pt_x"_s));
    QVERIFY(!RemoteStore::open(QUrl(u"http://127.0.0.1:1"_s), QString()));
}

void TestRemoteStore::httpsHostIsPinnedAtPairing()
{
    Host host(true);
    QVERIFY2(host.isValid(), "the openssl tool makes the host's certificate");
    auto code = host.fixture.store().createPairingCode(u"clerk"_s, 300'000,
                                                       {{}, u"test"_s, u"test"_s, SystemClock().nowMs()});
    QVERIFY(code);
    // A code read off the host with the wrong fingerprint beside it: refused, and the code is not spent.
    auto wrong = RemoteStore::pair(QUrl(host.url()), *code, u"counter-tls"_s, u"SHA256:00:11"_s);
    QVERIFY(!wrong);
    auto paired = RemoteStore::pair(QUrl(host.url()), *code, u"counter-tls"_s);
    QVERIFY2(paired, qPrintable(paired ? QString() : paired.error().message));
    QCOMPARE(paired->fingerprint, host.fingerprint);

    RemoteStore::Options pinned;
    pinned.pinnedFingerprint = paired->fingerprint;
    auto remote = RemoteStore::open(QUrl(host.url()), paired->token, pinned);
    QVERIFY2(remote, qPrintable(remote ? QString() : remote.error().message));
    SystemClock clock;
    InventoryEngine engine(**remote, clock);
    QVERIFY(engine.hold({host.fixture.showId(), {seatId(8, 1)}, {}, 60'000}, u"tls-hold"_s));

    // Another certificate than the pinned one, or none pinned for a self-signed host: refused.
    RemoteStore::Options other;
    other.retryForMs = 200;
    other.pinnedFingerprint = u"SHA256:"_s + QStringList(32, u"AB"_s).join(u':');
    QVERIFY(!RemoteStore::open(QUrl(host.url()), paired->token, other));
    other.pinnedFingerprint.clear();
    QVERIFY(!RemoteStore::open(QUrl(host.url()), paired->token, other));
}

void TestRemoteStore::aCounterLogsInSellsByCardAndFindsOrders()
{
    Host host;
    QVERIFY(host.isValid());
    StaffService hostStaff(host.fixture.store(), host.fixture.clock());
    hostStaff.setPinIterations(1000);
    QVERIFY(hostStaff.createUser(u"Chris"_s, Role::Clerk, u"1111"_s, u"chris"_s));
    QVERIFY(hostStaff.createUser(u"Sam"_s, Role::Supervisor, u"2345"_s, u"sam"_s));
    auto remote = host.open();
    QVERIFY(remote);
    SystemClock clock;

    // PIN login at the terminal, against the host's users; a wrong PIN is counted on the host.
    StaffService staff(*remote, clock, u"counter"_s);
    auto wrong = staff.login(u"Chris"_s, u"9999"_s);
    QVERIFY(!wrong);
    QCOMPARE(host.fixture.store().userCredentials(u"Chris"_s)->failedPins, 1);
    auto chris = staff.login(u"Chris"_s, u"1111"_s);
    QVERIFY2(chris, qPrintable(chris ? QString() : chris.error().message));
    QCOMPARE(chris->role, Role::Clerk);

    // A card sale with the terminal's own card device; the host records it.
    InventoryEngine engine(*remote, clock);
    engine.setUser(*chris);
    SimulatedCardTerminal card;
    engine.setPaymentProvider(&card);
    SaleRequest sale;
    sale.hold = {host.fixture.showId(), {seatId(9, 1), seatId(9, 2)}, {}, 0};
    sale.method = Payment::Method::Card;
    sale.customer.name = u"Grace Hopper"_s;
    auto order = engine.sell(sale, u"card-sale"_s);
    QVERIFY2(order, qPrintable(order ? QString() : order.error().message));
    QCOMPARE(order->status, Order::Status::Confirmed);
    auto paid = remote->payment(order->payments.first().id);
    QVERIFY(paid);
    QCOMPARE(paid->status, Payment::Status::Succeeded);
    QCOMPARE(paid->method, Payment::Method::Card);

    // Order search by name, the same from the terminal as on the host.
    auto found = remote->findOrders(u"hopper"_s, 10);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, order->id);

    // A supervisor extends a hold once; the clerk may not.
    auto held = engine.hold({host.fixture.showId(), {seatId(9, 5)}, {}, 0}, u"to-extend"_s);
    QVERIFY(held);
    auto refused = engine.extendHold(held->id, u"extend-1"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    engine.setUser(*staff.login(u"Sam"_s, u"2345"_s));
    auto extended = engine.extendHold(held->id, u"extend-2"_s);
    QVERIFY2(extended, qPrintable(extended ? QString() : extended.error().message));
    QVERIFY(extended->expiresAtMs > held->expiresAtMs);
    QCOMPARE(host.fixture.violations(), QStringList());
}

void TestRemoteStore::backOfficeCallsGoThroughTheHost()
{
    Host host;
    QVERIFY(host.isValid());
    SystemClock clock;
    const Order sold = host.fixture.sell({seatId(10, 1)}, u"to-exchange"_s);

    // An exchange from a supervisor's terminal: the old seat is free at once, the new one sold.
    auto supervisor = host.open(u"supervisor"_s);
    QVERIFY(supervisor);
    InventoryEngine engine(*supervisor, clock);
    ExchangeRequest exchange;
    exchange.orderId = sold.id;
    exchange.itemIds = {sold.items.first().id};
    exchange.target = {host.fixture.showId(), {seatId(10, 2)}, {}, 0};
    auto exchanged = engine.exchange(exchange, u"exchange-1"_s);
    QVERIFY2(exchanged, qPrintable(exchanged ? QString() : exchanged.error().message));
    const auto states = host.fixture.database().query(
        u"SELECT seat_id, status FROM show_seats WHERE seat_id IN ('%1', '%2') ORDER BY seat_id"_s.arg(
            seatId(10, 1), seatId(10, 2)));
    QCOMPARE(states.value(0).value(1).toString(), u"available"_s);
    QCOMPARE(states.value(1).value(1).toString(), u"sold"_s);

    // The reports read the host's ledger.
    auto remoteLedger = supervisor->ledger({});
    auto localLedger = host.fixture.store().ledger({});
    QVERIFY(remoteLedger && localLedger);
    QCOMPARE(remoteLedger->size(), localLedger->size());
    QVERIFY(!remoteLedger->isEmpty());
    QCOMPARE(remoteLedger->first().orderNumber, localLedger->first().orderNumber);
    auto tickets = supervisor->ticketSales({});
    QVERIFY(tickets);
    QCOMPARE(tickets->size(), host.fixture.store().ticketSales({})->size());

    // Users are managed from an admin's terminal only; a clerk's token is refused and nothing is written.
    auto clerk = host.open(u"clerk"_s);
    QVERIFY(clerk);
    const QByteArray before = host.fixture.snapshot();
    StaffService clerkStaff(*clerk, clock);
    clerkStaff.setPinIterations(1000);
    auto refused = clerkStaff.createUser(u"Dana"_s, Role::Clerk, u"4444"_s, u"dana"_s);
    QVERIFY(!refused);
    QCOMPARE(host.fixture.snapshot(), before);
    auto admin = host.open(u"admin"_s);
    QVERIFY(admin);
    StaffService adminStaff(*admin, clock);
    adminStaff.setPinIterations(1000);
    QVERIFY(adminStaff.createUser(u"Dana"_s, Role::Clerk, u"4444"_s, u"dana"_s));
    auto dana = StaffService(*clerk, clock).login(u"Dana"_s, u"4444"_s);
    QVERIFY2(dana, qPrintable(dana ? QString() : dana.error().message));
    QCOMPARE(dana->role, Role::Clerk);
}

QTEST_GUILESS_MAIN(TestRemoteStore)
#include "tst_remotestore.moc"
