// parterre-cli's payment and order commands: the payments to resolve, reconciliation, order search,
// refunds and exchanges. Members of CliCommands, kept apart from the inventory commands.

#include "clicommands.h"

#include "inventory/clock.h"
#include "inventory/inventoryengine.h"
#include "payment/simulatedcardterminal.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QString money(qint64 minor, const QString &currency)
{
    return Money{minor, currency}.toString();
}

// "12,13" -> {12, 13}; false on anything else.
bool parseIds(const QString &text, QList<qint64> *ids)
{
    for (const QString &part : text.split(u',', Qt::KeepEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        ids->append(id);
    }
    return true;
}

void printOrder(QTextStream &out, const Order &order)
{
    out << "Order " << order.number << " (id " << order.id << ")  " << Order::statusName(order.status)
        << "  show " << order.showId << "  created " << when(order.createdAtMs) << '\n';
    if (!order.customer.isEmpty()) {
        out << "  Customer: " << order.customer.name;
        if (!order.customer.email.isEmpty())
            out << " <" << order.customer.email << '>';
        if (!order.customer.phone.isEmpty())
            out << ' ' << order.customer.phone;
        out << '\n';
    }
    out << "  Total " << money(order.totalMinor, order.currency) << ", paid "
        << money(order.paidMinor, order.currency) << '\n';
    for (const OrderItem &item : order.items) {
        out << "  item " << item.id << "  " << OrderItem::statusName(item.status) << "  " << item.label;
        if (item.showId != order.showId)
            out << " (show " << item.showId << ')';
        out << "  " << money(item.priceMinor, order.currency) << "  " << item.ticketCode << '\n';
    }
    for (const Payment &p : order.payments) {
        out << "  " << Payment::kindName(p.kind) << ' ' << p.id << "  " << Payment::methodName(p.method)
            << "  " << money(p.amountMinor, p.currency) << "  " << Payment::statusName(p.status);
        if (p.changeMinor > 0)
            out << "  change " << money(p.changeMinor, p.currency);
        if (!p.reason.isEmpty())
            out << "  (" << p.reason << ')';
        out << '\n';
    }
}

} // namespace

QList<QCommandLineOption> CliCommands::terminalOptions()
{
    return {{u"simulate"_s, u"The simulated card terminal's answer: approve, decline, timeout or lost."_s,
             u"STEP"_s},
            {u"terminal-ledger"_s, u"The simulated card terminal's memory of its charges."_s, u"FILE"_s}};
}

std::unique_ptr<SimulatedCardTerminal> CliCommands::terminalFor(const Invocation &run, QString *problem) const
{
    const QCommandLineParser &parser = run.parser;
    SimulatedCardTerminal::Step step = SimulatedCardTerminal::Step::Approve;
    if (parser.isSet(u"simulate"_s) &&
        !SimulatedCardTerminal::stepFromName(parser.value(u"simulate"_s), &step)) {
        *problem = u"--simulate is approve, decline, timeout or lost"_s;
        return nullptr;
    }
    QString ledger = parser.value(u"terminal-ledger"_s);
    if (ledger.isEmpty() && parser.isSet(u"db"_s)) {
        ledger = parser.value(u"db"_s) + u".terminal.json"_s;
    } else if (ledger.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        ledger = folder + u"/simulated-terminal.json"_s;
    }
    auto terminal = std::make_unique<SimulatedCardTerminal>(ledger);
    terminal->setDefaultStep(step);
    return terminal;
}

int CliCommands::paymentsToResolve(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(run, args, {}))
        return *exit;
    if (auto exit = open(run))
        return *exit;
    auto list = run.store->paymentsToResolve(1000);
    if (!list)
        return fail(list.error(), run.json);
    if (run.json) {
        QJsonArray array;
        for (const PaymentToResolve &p : *list)
            array.append(p.toJson());
        printJson(m_out, array);
        return Ok;
    }
    if (list->isEmpty()) {
        m_out << "No payments to resolve.\n";
        return Ok;
    }
    for (const PaymentToResolve &p : *list) {
        m_out << Payment::kindName(p.payment.kind) << ' ' << p.payment.id << "  "
              << Payment::methodName(p.payment.method) << "  "
              << money(p.payment.amountMinor, p.payment.currency) << "  order " << p.orderNumber << " (id "
              << p.payment.orderId << ", " << Order::statusName(p.orderStatus) << ")  since "
              << when(p.payment.createdAtMs) << '\n';
    }
    m_out << list->size() << " payment(s) to resolve; parterre-cli reconcile asks the card terminal.\n";
    return Ok;
}

int CliCommands::reconcile(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(run, args,
                            terminalOptions() +
                                QList<QCommandLineOption>{
                                    {u"min-age"_s, u"Leave payments younger than this alone (default 120)."_s,
                                     u"SECONDS"_s}}))
        return *exit;
    qint64 minAgeMs = InventoryEngine::DefaultReconcileAgeMs;
    if (run.parser.isSet(u"min-age"_s)) {
        bool ok = false;
        minAgeMs = run.parser.value(u"min-age"_s).toLongLong(&ok) * 1000;
        if (!ok || minAgeMs < 0)
            return fail(Error::invalidInput(u"--min-age takes a number of seconds"_s), run.json);
    }
    QString problem;
    auto terminal = terminalFor(run, &problem);
    if (!terminal)
        return fail(Error::invalidInput(problem), run.json);
    if (auto exit = open(run))
        return *exit;
    SystemClock clock;
    InventoryEngine engine(*run.store, clock);
    engine.setActor(u"cli"_s, QSysInfo::machineHostName());
    engine.setPaymentProvider(terminal.get());
    auto entries = engine.reconcile(minAgeMs);
    if (!entries)
        return fail(entries.error(), run.json);
    if (run.json) {
        QJsonArray array;
        for (const ReconcileEntry &e : *entries)
            array.append(e.toJson());
        printJson(m_out, array);
        return Ok;
    }
    int unresolved = 0;
    for (const ReconcileEntry &e : *entries) {
        if (e.outcome == ReconcileEntry::Outcome::Unresolved)
            ++unresolved;
        m_out << "Order " << e.orderNumber << ", payment " << e.paymentId << " ("
              << money(e.amountMinor, e.currency) << "): " << ReconcileEntry::outcomeName(e.outcome);
        if (!e.message.isEmpty())
            m_out << " - " << e.message;
        m_out << '\n';
    }
    m_out << entries->size() << " payment(s) looked at, " << unresolved << " still unresolved.\n";
    return Ok;
}

int CliCommands::orders(const QStringList &args)
{
    Invocation run;
    if (auto exit = prepare(run, args,
                            {{u"find"_s, u"An order number, a name, an email or a ticket code."_s, u"TEXT"_s},
                             {u"limit"_s, u"At most this many orders (default 50)."_s, u"N"_s},
                             {u"order"_s, u"Show one order in full."_s, u"ID"_s}}))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    if (parser.isSet(u"find"_s) == parser.isSet(u"order"_s))
        return fail(Error::invalidInput(u"give --find TEXT or --order ID"_s), run.json);
    if (parser.isSet(u"order"_s)) {
        bool ok = false;
        const qint64 id = parser.value(u"order"_s).toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(Error::invalidInput(u"--order needs an order id"_s), run.json);
        if (auto exit = open(run))
            return *exit;
        auto order = run.store->order(id);
        if (!order)
            return fail(order.error(), run.json);
        if (run.json)
            printJson(m_out, order->toJson());
        else
            printOrder(m_out, *order);
        return Ok;
    }
    int limit = 50;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok)
            return fail(Error::invalidInput(u"--limit takes a number"_s), run.json);
    }
    if (auto exit = open(run))
        return *exit;
    auto found = run.store->findOrders(parser.value(u"find"_s), limit);
    if (!found)
        return fail(found.error(), run.json);
    if (run.json) {
        QJsonArray array;
        for (const OrderSummary &s : *found)
            array.append(s.toJson());
        printJson(m_out, array);
        return Ok;
    }
    for (const OrderSummary &s : *found) {
        m_out << s.number << "  id " << s.id << "  " << Order::statusName(s.status) << "  "
              << s.customer.name;
        if (!s.customer.email.isEmpty())
            m_out << " <" << s.customer.email << '>';
        m_out << "  " << s.activeItems << " ticket(s)  " << money(s.totalMinor, s.currency) << "  "
              << when(s.createdAtMs) << '\n';
    }
    m_out << found->size() << " order(s).\n";
    return Ok;
}

int CliCommands::refund(const QStringList &args)
{
    Invocation run;
    if (auto exit =
            prepare(run, args,
                    terminalOptions() +
                        QList<QCommandLineOption>{
                            {u"order"_s, u"Order id."_s, u"ID"_s},
                            {u"items"_s, u"Order item ids, comma-separated (default: all)."_s, u"IDS"_s},
                            {u"reason"_s, u"Why."_s, u"TEXT"_s},
                            {u"key"_s, u"Idempotency key: the same key never refunds twice."_s, u"KEY"_s}}))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    const auto bad = [&](const QString &message) { return fail(Error::invalidInput(message), run.json); };
    RefundRequest request;
    bool ok = false;
    request.orderId = parser.value(u"order"_s).toLongLong(&ok);
    if (!ok || request.orderId <= 0)
        return bad(u"--order needs an order id"_s);
    if (parser.isSet(u"items"_s) && !parseIds(parser.value(u"items"_s), &request.itemIds))
        return bad(u"--items takes order item ids, e.g. 12,13"_s);
    request.reason = parser.value(u"reason"_s).trimmed();
    if (request.reason.isEmpty())
        return bad(u"--reason is required: refunds are audited"_s);
    const QString key = parser.value(u"key"_s);
    if (key.trimmed().isEmpty())
        return bad(u"--key is required: it makes a repeated refund safe"_s);
    QString problem;
    auto terminal = terminalFor(run, &problem);
    if (!terminal)
        return bad(problem);
    if (auto exit = open(run))
        return *exit;
    SystemClock clock;
    InventoryEngine engine(*run.store, clock);
    engine.setActor(u"cli"_s, QSysInfo::machineHostName());
    engine.setPaymentProvider(terminal.get());
    auto order = engine.refund(request, key);
    if (!order)
        return fail(order.error(), run.json);
    if (run.json) {
        printJson(m_out, order->toJson());
        return Ok;
    }
    printOrder(m_out, *order);
    return Ok;
}

int CliCommands::exchange(const QStringList &args)
{
    Invocation run;
    if (auto exit =
            prepare(run, args,
                    terminalOptions() +
                        QList<QCommandLineOption>{
                            {u"order"_s, u"Order id."_s, u"ID"_s},
                            {u"items"_s, u"The order item ids to give back, comma-separated."_s, u"IDS"_s},
                            {u"show"_s, u"The show of the new seats."_s, u"ID"_s},
                            {u"seats"_s, u"The new seat ids, comma-separated."_s, u"IDS"_s},
                            {u"ga"_s, u"A standing area and quantity instead."_s, u"AREA:N"_s},
                            {{u"payment"_s, u"method"_s},
                             u"cash, comp or card, for a difference to pay."_s,
                             u"METHOD"_s},
                            {u"tendered"_s, u"Cash handed over, in cents (default: exact)."_s, u"CENTS"_s},
                            {u"reason"_s, u"Why (required for a comp)."_s, u"TEXT"_s},
                            {u"key"_s, u"Idempotency key: the same key never exchanges twice."_s, u"KEY"_s}}))
        return *exit;
    const QCommandLineParser &parser = run.parser;
    const auto bad = [&](const QString &message) { return fail(Error::invalidInput(message), run.json); };
    ExchangeRequest request;
    bool ok = false;
    request.orderId = parser.value(u"order"_s).toLongLong(&ok);
    if (!ok || request.orderId <= 0)
        return bad(u"--order needs an order id"_s);
    if (!parseIds(parser.value(u"items"_s), &request.itemIds))
        return bad(u"--items takes the order item ids to exchange, e.g. 12,13"_s);
    request.target.showId = parser.value(u"show"_s).toLongLong(&ok);
    if (!ok || request.target.showId <= 0)
        return bad(u"--show needs the show of the new seats"_s);
    if (parser.isSet(u"seats"_s) == parser.isSet(u"ga"_s))
        return bad(u"give --seats or --ga"_s);
    if (parser.isSet(u"seats"_s)) {
        for (const QString &id : parser.value(u"seats"_s).split(u',', Qt::KeepEmptyParts))
            request.target.seatIds.append(id.trimmed());
    } else {
        const QString ga = parser.value(u"ga"_s);
        const qsizetype colon = ga.lastIndexOf(u':');
        const int quantity = colon > 0 ? ga.mid(colon + 1).toInt(&ok) : 0;
        if (colon <= 0 || !ok)
            return bad(u"--ga takes AREA:N, e.g. standing:2"_s);
        request.target.ga.append({ga.left(colon), quantity});
    }
    const QString method = parser.isSet(u"payment"_s) ? parser.value(u"payment"_s) : u"cash"_s;
    if (!Payment::methodFromName(method, &request.method))
        return bad(u"--payment is cash, comp or card"_s);
    if (parser.isSet(u"tendered"_s)) {
        request.tenderedMinor = parser.value(u"tendered"_s).toLongLong(&ok);
        if (!ok || request.tenderedMinor < 0)
            return bad(u"--tendered takes an amount in cents"_s);
    }
    request.reason = parser.value(u"reason"_s);
    const QString key = parser.value(u"key"_s);
    if (key.trimmed().isEmpty())
        return bad(u"--key is required: it makes a repeated exchange safe"_s);
    QString problem;
    auto terminal = terminalFor(run, &problem);
    if (!terminal)
        return bad(problem);
    if (auto exit = open(run))
        return *exit;
    SystemClock clock;
    InventoryEngine engine(*run.store, clock);
    engine.setActor(u"cli"_s, QSysInfo::machineHostName());
    engine.setPaymentProvider(terminal.get());
    auto order = engine.exchange(request, key);
    if (!order)
        return fail(order.error(), run.json);
    if (run.json) {
        printJson(m_out, order->toJson());
        return Ok;
    }
    printOrder(m_out, *order);
    return Ok;
}

} // namespace Parterre
