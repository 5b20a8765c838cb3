// Tickets as the door and the customer see them: PDFs whose QR codes decode (with zbarimg, as a door
// scanner would) to the codes the sale issued, with real text, written by TicketPdf and by parterre-cli.

#include "qrcode.h"
#include "receiptrenderer.h"
#include "testsupport.h"
#include "ticketpdf.h"
#include "ticketrenderer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run execute(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    Run run;
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run cli(const QStringList &args)
{
    return execute(QStringLiteral(PARTERRE_CLI_PATH), args);
}

QString pdfText(const QString &pdf)
{
    const Run run = execute(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    return QString::fromUtf8(run.out);
}

QStringList codesOf(const Order &order)
{
    QStringList codes;
    for (const OrderItem &item : order.items)
        codes.append(item.ticketCode);
    return codes;
}

// A show and an order with real-looking names, for the pictures.
Show sampleShow()
{
    Show show;
    show.id = 7;
    show.eventName = u"The Magic Flute"_s;
    show.venueName = u"Grand Theatre"_s;
    show.city = u"Vienna"_s;
    show.timeZone = u"Europe/Vienna"_s;
    show.startsAtMs = 1'900'002'600'000; // 2030-03-17 18:30 UTC, 19:30 in Vienna
    show.currency = u"EUR"_s;
    return show;
}

Order sampleOrder()
{
    Order order;
    order.id = 42;
    order.number = u"K7QX-42"_s;
    order.showId = 7;
    order.status = Order::Status::Confirmed;
    order.currency = u"EUR"_s;
    order.customer.name = u"Ada Lovelace"_s;
    order.createdAtMs = 1'899'000'000'000;
    order.confirmedAtMs = 1'899'000'060'000;
    OrderItem seat;
    seat.id = 1;
    seat.seatId = u"stalls-C-12"_s;
    seat.label = u"Stalls · Row C · Seat 12"_s;
    seat.categoryId = u"a"_s;
    seat.priceMinor = 8950;
    seat.ticketCode = u"pV3r9Kq2xLmN8sT4wYz7Qa"_s;
    OrderItem standing = seat;
    standing.id = 2;
    standing.seatId.clear();
    standing.gaAreaId = u"standing"_s;
    standing.gaUnit = 3;
    standing.label = u"Standing"_s;
    standing.categoryId = u"c"_s;
    standing.priceMinor = 2500;
    standing.ticketCode = u"Hc2LdE0fGh5JkM1nPq6RsW"_s;
    order.items = {seat, standing};
    order.totalMinor = 11450;
    order.paidMinor = 11450;
    Payment cash;
    cash.method = Payment::Method::Cash;
    cash.amountMinor = 11450;
    cash.currency = u"EUR"_s;
    cash.tenderedMinor = 12000;
    cash.changeMinor = 550;
    order.payments = {cash};
    return order;
}

} // namespace

class TestTickets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qrCodeDecodes();
    void pdfCodesDecodeToOrderCodes();
    void cliTicketsDecodeToSoldCodes();
    void cliRefusesUnknownOrder();
    void exchangedTicketCarriesItsOwnShow();
    void unconfirmedOrderHasNoTickets();
    void cliBadArguments_data();
    void cliBadArguments();
    void ticketAndReceiptPictures();
};

void TestTickets::initTestCase()
{
    for (const QString &tool : {u"zbarimg"_s, u"pdftoppm"_s, u"pdftotext"_s}) {
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(tool + u" is missing: apt-get install zbar-tools poppler-utils"_s));
    }
}

void TestTickets::qrCodeDecodes()
{
    const QString text = u"Ab-_0123456789xyzXYZ_-Q"_s;
    const QrCode code(text);
    QVERIFY(code.isValid());
    QCOMPARE(code.sizeWithQuietZone(), code.size() + 2 * QrCode::QuietZone);
    QTemporaryDir dir;
    const QString png = dir.filePath(u"code.png"_s);
    QVERIFY(code.toImage(6).save(png));
    const Run scan = execute(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, png});
    QCOMPARE(scan.exitCode, 0);
    QCOMPARE(QString::fromUtf8(scan.out).trimmed(), text);
}

void TestTickets::pdfCodesDecodeToOrderCodes()
{
    Fixture f(4, 10, 20);
    QVERIFY(f.isValid());
    const Order seats = f.sell({seatId(1, 4), seatId(1, 5), seatId(3, 1)});
    QCOMPARE(seats.items.size(), 3);
    SaleRequest standingSale;
    standingSale.hold.showId = f.showId();
    standingSale.hold.ga = {{u"floor"_s, 2}};
    standingSale.customer.name = u"Grace Hopper"_s;
    auto standing = f.engine().sell(standingSale, f.newKey());
    QVERIFY2(standing.ok(), standing.ok() ? "" : qPrintable(standing.error().message));
    auto show = f.store().show(f.showId(), f.clock().nowMs());
    QVERIFY(show.ok());

    QTemporaryDir dir;
    for (const Order &order : {seats, standing.value()}) {
        const QString pdf = dir.filePath(u"order-"_s + order.number + u".pdf"_s);
        auto pages = TicketPdf::write(order, *show, pdf);
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
        QCOMPARE(*pages, order.items.size());
        QCOMPARE(decodePdfQrCodes(pdf, dir.path()), codesOf(order));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(show->eventName), qPrintable(text));
        QVERIFY(text.contains(show->venueName, Qt::CaseInsensitive)); // printed in capitals
        QVERIFY(text.contains(order.number));
        for (const OrderItem &item : order.items) {
            QVERIFY2(text.contains(item.label), qPrintable(item.label + u" not in:\n"_s + text));
            QVERIFY(text.contains(item.ticketCode));
        }
        QVERIFY(text.contains(Money{order.items.first().priceMinor, order.currency}.toString()));
        if (!order.customer.name.isEmpty())
            QVERIFY(text.contains(order.customer.name));
    }
}

void TestTickets::cliTicketsDecodeToSoldCodes()
{
    Fixture f(4, 10, 20);
    QVERIFY(f.isValid());
    const QStringList db = f.database().cliArguments();
    QTemporaryDir dir;

    const QList<QStringList> sales = {
        {u"--seats"_s, seatId(2, 3) + u',' + seatId(2, 4), u"--name"_s, u"Ada Lovelace"_s},
        {u"--ga"_s, u"floor:3"_s},
    };
    int saleNumber = 0;
    for (const QStringList &what : sales) {
        ++saleNumber;
        const Run sold =
            cli(QStringList{u"sell"_s} + db +
                QStringList{u"--show"_s, QString::number(f.showId()), u"--payment"_s, u"cash"_s, u"--key"_s,
                            u"ticket-sale-"_s + QString::number(saleNumber), u"--json"_s} +
                what);
        QVERIFY2(sold.exitCode == 0, sold.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(sold.out).object();
        QStringList soldCodes;
        for (const QJsonValue &ticket : answer.value(u"tickets"_s).toArray())
            soldCodes.append(ticket.toObject().value(u"code"_s).toString());
        QVERIFY(!soldCodes.contains(QString()));
        QCOMPARE(soldCodes.size(), saleNumber == 1 ? 2 : 3);

        const QString pdf = dir.filePath(u"tickets.pdf"_s);
        const QString receipt = dir.filePath(u"receipt.pdf"_s);
        const QString orderId = QString::number(answer.value(u"order_id"_s).toInteger());
        const Run ticket = cli(QStringList{u"ticket"_s} + db +
                               QStringList{u"--order"_s, orderId, u"--pdf"_s, pdf, u"--receipt"_s, receipt});
        QVERIFY2(ticket.exitCode == 0, ticket.err.constData());
        QVERIFY2(ticket.out.contains(QByteArray(QByteArray::number(soldCodes.size()) + " page(s)")),
                 ticket.out.constData());
        QCOMPARE(decodePdfQrCodes(pdf, dir.path()), soldCodes);

        const QString text = pdfText(pdf);
        const QString number = answer.value(u"order_number"_s).toString();
        QVERIFY(text.contains(u"Test event"_s));
        QVERIFY(text.contains(number));
        for (const QJsonValue &t : answer.value(u"tickets"_s).toArray())
            QVERIFY(text.contains(t.toObject().value(u"label"_s).toString()));

        const QString receiptText = pdfText(receipt);
        QVERIFY2(receiptText.contains(number), qPrintable(receiptText));
        QVERIFY(receiptText.contains(u"TOTAL"_s));
        QVERIFY(receiptText.contains(Money{answer.value(u"total_minor"_s).toInteger(), u"EUR"_s}.toString()));
        QFile::remove(pdf);
        QFile::remove(receipt);
    }
}

void TestTickets::exchangedTicketCarriesItsOwnShow()
{
    Fixture f(4, 10, 20);
    QVERIFY(f.isValid());
    // The fixture's show is on 17 March 2030; this one on 17 October 2031.
    const qint64 later = createShow(f.store(), makeSeatMap(4, 10, 0), 1'950'000'000'000);
    QVERIFY(later > 0);
    const Order order = f.sell({seatId(1, 1), seatId(1, 2)});
    QVERIFY(order.id > 0);
    ExchangeRequest request;
    request.orderId = order.id;
    request.itemIds = {order.items.at(1).id};
    request.target = {later, {seatId(1, 2)}, {}, 0};
    auto exchanged = f.engine().exchange(request, u"exchange"_s);
    QVERIFY2(exchanged.ok(), qPrintable(exchanged.ok() ? QString() : exchanged.error().message));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"tickets.pdf"_s);
    const Run ticket = cli(QStringList{u"ticket"_s} + f.database().cliArguments() +
                           QStringList{u"--order"_s, QString::number(order.id), u"--pdf"_s, pdf});
    QVERIFY2(ticket.exitCode == 0, ticket.err.constData());
    QStringList active;
    for (const OrderItem &item : TicketPdf::ticketItems(*exchanged))
        active.append(item.ticketCode);
    QCOMPARE(active.size(), 2);
    QCOMPARE(decodePdfQrCodes(pdf, dir.path()), active);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"2030"_s) && text.contains(u"2031"_s), qPrintable(text));
}

void TestTickets::cliRefusesUnknownOrder()
{
    Fixture f(2, 5, 0);
    QVERIFY(f.isValid());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"none.pdf"_s);
    const Run run = cli(QStringList{u"ticket"_s} + f.database().cliArguments() +
                        QStringList{u"--order"_s, u"987654"_s, u"--pdf"_s, pdf});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(pdf));
}

void TestTickets::unconfirmedOrderHasNoTickets()
{
    Fixture f(2, 5, 0);
    QVERIFY(f.isValid());
    HoldRequest holdRequest;
    holdRequest.showId = f.showId();
    holdRequest.seatIds = {seatId(1, 1)};
    auto hold = f.engine().hold(holdRequest, f.newKey());
    QVERIFY(hold.ok());
    auto order = f.engine().createOrder({hold->id, {}}, f.newKey());
    QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().message));
    QCOMPARE(order->status, Order::Status::PendingPayment);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"pending.pdf"_s);
    auto show = f.store().show(f.showId(), f.clock().nowMs());
    QVERIFY(show.ok());
    auto pages = TicketPdf::write(*order, *show, pdf);
    QVERIFY(!pages.ok());
    QCOMPARE(pages.error().code, Error::Code::InvalidState);
    QVERIFY(!QFile::exists(pdf));

    const Run run = cli(QStringList{u"ticket"_s} + f.database().cliArguments() +
                        QStringList{u"--order"_s, QString::number(order->id), u"--pdf"_s, pdf});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no tickets"), run.err.constData());
    QVERIFY(!QFile::exists(pdf));
}

void TestTickets::cliBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no order") << QStringList{u"--pdf"_s, u"out.pdf"_s};
    QTest::newRow("order not a number") << QStringList{u"--order"_s, u"abc"_s, u"--pdf"_s, u"out.pdf"_s};
    QTest::newRow("no pdf") << QStringList{u"--order"_s, u"1"_s};
    QTest::newRow("unknown option") << QStringList{u"--order"_s, u"1"_s, u"--pdf"_s, u"out.pdf"_s, u"--zz"_s};
}

void TestTickets::cliBadArguments()
{
    QFETCH(QStringList, args);
    TestDatabase database;
    QVERIFY(database.isValid());
    QTemporaryDir dir;
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(PARTERRE_CLI_PATH),
                  QStringList{u"ticket"_s} + database.cliArguments() + args);
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!QFile::exists(dir.filePath(u"out.pdf"_s)));
}

void TestTickets::ticketAndReceiptPictures()
{
    const Show show = sampleShow();
    const Order order = sampleOrder();
    const QString outDir = QStringLiteral(PARTERRE_SCREENSHOT_DIR);

    // 12 pixels per mm (about 300 dpi), as a ticket printer would.
    TicketRenderer ticket(show);
    ticket.setCategoryNames({{u"a"_s, u"Stalls front"_s}, {u"c"_s, u"Standing"_s}});
    const qreal pxPerMm = 12;
    QImage image((ticket.stock().sizeMm * pxPerMm).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(pxPerMm * 1000));
    image.setDotsPerMeterY(qRound(pxPerMm * 1000));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        ticket.paint(painter, QRectF(QPointF(0, 0), image.size()), order, order.items.first());
    }
    const QString ticketPng = outDir + u"/ticket.png"_s;
    QVERIFY(image.save(ticketPng));
    const Run scan = execute(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, ticketPng});
    QCOMPARE(QString::fromUtf8(scan.out).trimmed(), order.items.first().ticketCode);

    // The QR code, quiet zone included, must be big enough for door scanners: at least 25 mm.
    int darkLeft = image.width();
    int darkRight = 0;
    const int middle = image.height() / 3;
    for (int x = image.width() / 2; x < image.width(); ++x) {
        if (qGray(image.pixel(x, middle)) < 40) {
            darkLeft = qMin(darkLeft, x);
            darkRight = qMax(darkRight, x);
        }
    }
    QVERIFY2((darkRight - darkLeft) / pxPerMm >= 25,
             qPrintable(QString::number((darkRight - darkLeft) / pxPerMm)));

    ReceiptRenderer receipt(show, order);
    QImage roll(QSize(qRound(ReceiptRenderer::PaperWidthMm * 8), qRound(receipt.heightMm() * 8)),
                QImage::Format_RGB32);
    roll.fill(Qt::white);
    {
        QPainter painter(&roll);
        receipt.paint(painter, QRectF(QPointF(0, 0), roll.size()));
    }
    QVERIFY(roll.save(outDir + u"/receipt.png"_s));

    // The PDFs of the sample too, for people to open.
    QVERIFY(TicketPdf::write(order, show, outDir + u"/sample-tickets.pdf"_s).ok());
    QVERIFY(TicketPdf::writeReceipt(order, show, outDir + u"/sample-receipt.pdf"_s).ok());
}

QTEST_MAIN(TestTickets)
#include "tst_tickets.moc"
