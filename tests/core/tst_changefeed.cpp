// The change feed tells a terminal about another terminal's sales: in seq order, each change once, resuming
// from a seq; on PostgreSQL woken by the batched NOTIFY.

#include "testsupport.h"

#include "store/changefeed.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private slots:
    void seesAnotherTerminalsSale();
    void resumesFromASeq();
    void saysWhereItStartedFromTheEnd();
    void deliversEveryChangeOnceUnderLoad();
};

namespace {

struct Collector
{
    QList<Change> changes;
    QSet<qint64> shows;

    void attach(ChangeFeed &feed, QObject *context)
    {
        QObject::connect(&feed, &ChangeFeed::changes, context,
                         [this](const QList<Change> &batch) { changes.append(batch); });
        QObject::connect(&feed, &ChangeFeed::showsChanged, context,
                         [this](const QSet<qint64> &ids) { shows.unite(ids); });
    }

    bool has(const QString &seatId, SeatState::Status status) const
    {
        for (const Change &c : changes) {
            if (c.seatId == seatId && c.status == status)
                return true;
        }
        return false;
    }

    QString orderProblem() const
    {
        QSet<qint64> seen;
        qint64 last = 0;
        for (const Change &c : changes) {
            if (seen.contains(c.seq))
                return u"seq %1 delivered twice"_s.arg(c.seq);
            if (c.seq <= last)
                return u"seq %1 after %2"_s.arg(c.seq).arg(last);
            seen.insert(c.seq);
            last = c.seq;
        }
        return {};
    }
};

} // namespace

void TestChangeFeed::seesAnotherTerminalsSale()
{
    Fixture f;
    QVERIFY(f.isValid());
    ChangeFeed feed(f.database().location());
    Collector collected;
    collected.attach(feed, this);
    feed.start(*f.store().lastSeq());

    // Another terminal, with its own connection, sells two seats.
    auto other = f.openAnother();
    QVERIFY(other);
    InventoryEngine counter2(*other, f.clock());
    SaleRequest sale;
    sale.hold = {f.showId(), {seatId(1, 1), seatId(1, 2)}, {}, 0};
    QVERIFY(counter2.sell(sale, u"counter-2-sale"_s).ok());

    QTRY_VERIFY_WITH_TIMEOUT(collected.has(seatId(1, 1), SeatState::Status::Sold) &&
                                 collected.has(seatId(1, 2), SeatState::Status::Sold),
                             15'000);
    QVERIFY(collected.shows.contains(f.showId()));
    QCOMPARE(collected.orderProblem(), QString());
    if (testingPostgres())
        QTRY_VERIFY_WITH_TIMEOUT(feed.notificationsReceived() > 0,
                                 15'000); // woken by NOTIFY, not only polling
}

void TestChangeFeed::resumesFromASeq()
{
    Fixture f;
    QVERIFY(f.isValid());
    const qint64 start = *f.store().lastSeq();
    f.sell({seatId(2, 1)});
    const qint64 middle = *f.store().lastSeq();
    f.sell({seatId(2, 2)});
    const qint64 end = *f.store().lastSeq();

    ChangeFeed feed(f.database().location());
    Collector collected;
    collected.attach(feed, this);
    feed.start(middle);
    QTRY_VERIFY_WITH_TIMEOUT(!collected.changes.isEmpty() && collected.changes.last().seq == end, 15'000);
    for (const Change &c : std::as_const(collected.changes)) {
        QVERIFY(c.seq > middle);
        QCOMPARE(c.seatId, seatId(2, 2)); // nothing from before the seq it resumed at
    }
    QVERIFY(start < middle);
}

void TestChangeFeed::saysWhereItStartedFromTheEnd()
{
    // Started "from the end", a feed finds the end on its own thread, some time after start(): a view that
    // read its state before must learn where the feed took up, or it misses what came in between.
    Fixture f;
    QVERIFY(f.isValid());
    f.sell({seatId(3, 1)});
    ChangeFeed feed(f.database().location());
    QSignalSpy started(&feed, &ChangeFeed::started);
    Collector collected;
    collected.attach(feed, this);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15'000);
    const qint64 from = started.at(0).at(0).toLongLong();
    QCOMPARE(from, *f.store().lastSeq());
    QCOMPARE(feed.lastSeq(), from);
    // What follows is delivered; nothing from before the start is.
    f.sell({seatId(3, 2)});
    QTRY_VERIFY_WITH_TIMEOUT(collected.has(seatId(3, 2), SeatState::Status::Sold), 15'000);
    for (const Change &c : std::as_const(collected.changes))
        QVERIFY(c.seq > from);
}

void TestChangeFeed::deliversEveryChangeOnceUnderLoad()
{
    Fixture f(10, 10, 0);
    QVERIFY(f.isValid());
    ChangeFeed feed(f.database().location());
    Collector collected;
    collected.attach(feed, this);
    const qint64 start = *f.store().lastSeq();
    feed.start(start);
    for (int row = 1; row <= 10; ++row) {
        QStringList seats;
        for (int n = 1; n <= 10; n += 2)
            seats.append(seatId(row, n));
        QCOMPARE(f.sell(seats).status, Order::Status::Confirmed);
    }
    const qint64 end = *f.store().lastSeq();
    // 50 seats, each held, ordered and sold. (The signal carrying the last batch is queued after lastSeq
    // moves, so wait for what arrives, not for the counter.)
    QTRY_COMPARE_WITH_TIMEOUT(collected.changes.size(), 150, 15'000);
    QCOMPARE(collected.changes.last().seq, end);
    QCOMPARE(collected.orderProblem(), QString());
    QCOMPARE(collected.shows, QSet<qint64>{f.showId()});
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
