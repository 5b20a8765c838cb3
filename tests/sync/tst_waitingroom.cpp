#include "inventory/clock.h"
#include "sync/waitingroom.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;

class TestWaitingRoom final : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandSessionsAdmittedInFifoOrderAtTheRate();
    void capacityBoundsTheAdmittedSet();
    void expiredAndForgedTokensAreRefused();
    void sameKeyJoinsOnce();
    void etaFollowsThePosition();
};

void TestWaitingRoom::tenThousandSessionsAdmittedInFifoOrderAtTheRate()
{
    ManualClock clock;
    const qint64 start = clock.nowMs();
    WaitingRoomOptions options;
    options.admissionsPerSecond = 250;
    options.capacity = 1'000'000;
    options.admissionTtlMs = 24 * 3600 * 1000;
    WaitingRoom room(options, clock);

    constexpr int Sessions = 10'000;
    QStringList ids;
    for (int i = 0; i < Sessions; ++i) {
        const WaitingRoom::Ticket ticket = room.join();
        ids.append(ticket.session);
        // The first one finds an empty room and is admitted at once; everybody else queues behind.
        if (i == 0) {
            QVERIFY(ticket.admitted());
        } else {
            QVERIFY(!ticket.admitted());
            QCOMPARE(ticket.position, qint64(i));
        }
    }
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), Sessions); // ids are unique
    QCOMPARE(room.waiting(), qint64(Sessions - 1));

    // Walk the clock in uneven steps and look at the sessions as a client would: admitted ones form a
    // prefix of the arrival order, and never more of them than the rate allows since the start.
    int admitted = 1;
    QByteArray previousToken;
    for (qint64 step = 0; admitted < Sessions; ++step) {
        clock.advanceMs(1 + (step * 7) % 13);
        while (admitted < Sessions) {
            const auto ticket = room.status(ids.at(admitted));
            QVERIFY(ticket);
            if (!ticket->admitted()) {
                QCOMPARE(ticket->position, qint64(1));
                break;
            }
            QVERIFY(ticket->admissionToken != previousToken);
            QCOMPARE(room.check(ticket->admissionToken), WaitingRoom::Verdict::Valid);
            previousToken = ticket->admissionToken;
            ++admitted;
        }
        // Nobody behind the head of the queue has been let in out of turn.
        if (admitted + 1 < Sessions) {
            const auto behind = room.status(ids.at(admitted + 1));
            QVERIFY(behind && !behind->admitted());
            QCOMPARE(behind->position, qint64(2));
        }
        const qint64 elapsedMs = clock.nowMs() - start;
        const qint64 allowed = elapsedMs * qint64(options.admissionsPerSecond) / 1000 + 1;
        QVERIFY2(admitted <= allowed, qPrintable(u"%1 admitted after %2 ms"_s.arg(admitted).arg(elapsedMs)));
        // ... and no fewer: the room does not idle while people wait and there is room.
        QVERIFY2(admitted >= std::min<qint64>(allowed, Sessions),
                 qPrintable(u"only %1 admitted after %2 ms"_s.arg(admitted).arg(elapsedMs)));
    }
    QCOMPARE(room.waiting(), qint64(0));
    QCOMPARE(room.admittedNow(), qint64(Sessions));
    // 9,999 intervals of 4 ms after the first admission.
    QVERIFY(clock.nowMs() - start >= qint64((Sessions - 1) * 4));
}

void TestWaitingRoom::capacityBoundsTheAdmittedSet()
{
    ManualClock clock;
    WaitingRoomOptions options;
    options.admissionsPerSecond = 1000;
    options.capacity = 5;
    options.admissionTtlMs = 60'000;
    WaitingRoom room(options, clock);
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids.append(room.join().session);
    clock.advanceMs(1000);
    QCOMPARE(room.admittedNow(), qint64(5));
    QCOMPARE(room.waiting(), qint64(7));
    for (int i = 0; i < 12; ++i)
        QCOMPARE(room.status(ids.at(i))->admitted(), i < 5);
    QCOMPARE(room.status(ids.at(5))->position, qint64(1));

    // Once the first admissions expire, the next five come in, in order, and the expired ones are gone.
    clock.advanceMs(options.admissionTtlMs);
    QCOMPARE(room.admittedNow(), qint64(5));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!room.status(ids.at(i)));
    for (int i = 5; i < 12; ++i)
        QCOMPARE(room.status(ids.at(i))->admitted(), i < 10);
    QCOMPARE(room.status(ids.at(10))->position, qint64(1));
}

void TestWaitingRoom::expiredAndForgedTokensAreRefused()
{
    ManualClock clock;
    WaitingRoomOptions options;
    options.admissionTtlMs = 5'000;
    WaitingRoom room(options, clock, QByteArrayLiteral("host secret"));
    WaitingRoom other(options, clock, QByteArrayLiteral("another host's secret"));
    const WaitingRoom::Ticket ticket = room.join();
    QVERIFY(ticket.admitted());
    QCOMPARE(ticket.expiresAtMs, clock.nowMs() + options.admissionTtlMs);
    const QByteArray token = ticket.admissionToken;
    QCOMPARE(room.check(token), WaitingRoom::Verdict::Valid);

    QCOMPARE(room.check({}), WaitingRoom::Verdict::Missing);
    QCOMPARE(room.check("garbage"), WaitingRoom::Verdict::Forged);
    QCOMPARE(room.check("a.b.c"), WaitingRoom::Verdict::Forged);
    QCOMPARE(other.check(token), WaitingRoom::Verdict::Forged); // signed under another secret
    QCOMPARE(room.check(other.join().admissionToken), WaitingRoom::Verdict::Forged);

    // A later expiry written into the payload breaks the signature.
    const qsizetype dot = token.indexOf('.');
    QByteArray payload = QByteArray::fromBase64(token.left(dot), QByteArray::Base64UrlEncoding);
    payload = payload.left(payload.lastIndexOf('.') + 1) + QByteArray::number(clock.nowMs() + 999'999'999);
    const QByteArray extended =
        payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + token.mid(dot);
    QCOMPARE(room.check(extended), WaitingRoom::Verdict::Forged);

    clock.advanceMs(options.admissionTtlMs - 1);
    QCOMPARE(room.check(token), WaitingRoom::Verdict::Valid);
    clock.advanceMs(1);
    QCOMPARE(room.check(token), WaitingRoom::Verdict::Expired);
}

void TestWaitingRoom::sameKeyJoinsOnce()
{
    ManualClock clock;
    WaitingRoomOptions options;
    options.admissionsPerSecond = 1;
    WaitingRoom room(options, clock);
    const QString first = room.join(u"k1"_s).session;
    const QString second = room.join(u"k2"_s).session;
    QCOMPARE(room.join(u"k2"_s).session, second);
    QCOMPARE(room.join(u"k1"_s).session, first);
    QVERIFY(first != second);
    QCOMPARE(room.waiting(), qint64(1));
}

void TestWaitingRoom::etaFollowsThePosition()
{
    ManualClock clock;
    WaitingRoomOptions options;
    options.admissionsPerSecond = 4; // one every 250 ms
    WaitingRoom room(options, clock);
    QVERIFY(room.join().admitted());
    const WaitingRoom::Ticket second = room.join();
    const WaitingRoom::Ticket third = room.join();
    QCOMPARE(second.position, qint64(1));
    QCOMPARE(second.etaMs, qint64(250));
    QCOMPARE(third.position, qint64(2));
    QCOMPARE(third.etaMs, qint64(500));
    clock.advanceMs(100);
    QCOMPARE(room.status(third.session)->etaMs, qint64(400));
    clock.advanceMs(150);
    QVERIFY(room.status(second.session)->admitted());
    QCOMPARE(room.status(third.session)->position, qint64(1));
    QCOMPARE(room.status(third.session)->etaMs, qint64(250));
}

QTEST_GUILESS_MAIN(TestWaitingRoom)
#include "tst_waitingroom.moc"
