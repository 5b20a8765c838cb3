#include "simulatedcardterminal.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutexLocker>
#include <QSaveFile>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace Parterre {

QString ProviderAnswer::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Approved:
        return u"approved"_s;
    case Outcome::Declined:
        return u"declined"_s;
    case Outcome::Timeout:
        return u"timeout"_s;
    case Outcome::Lost:
        return u"lost"_s;
    }
    return {};
}

class SimulatedCardTerminal::LedgerAccess final
{
public:
    explicit LedgerAccess(SimulatedCardTerminal &terminal)
    {
        if (terminal.m_ledgerPath.isEmpty())
            return;
        m_lock = std::make_unique<QLockFile>(terminal.m_ledgerPath + u".lock"_s);
        m_lock->setStaleLockTime(30'000);
        (void)m_lock->tryLock(10'000); // a stuck lock is not worth a stuck counter: go on without it
        terminal.load();
    }

private:
    std::unique_ptr<QLockFile> m_lock;
};

SimulatedCardTerminal::SimulatedCardTerminal(const QString &ledgerPath)
    : m_ledgerPath(ledgerPath)
{
    load();
}

bool SimulatedCardTerminal::stepFromName(const QString &name, Step *step)
{
    static const QList<std::pair<QString, Step>> names{{u"approve"_s, Step::Approve},
                                                       {u"decline"_s, Step::Decline},
                                                       {u"timeout"_s, Step::Timeout},
                                                       {u"lost"_s, Step::Lost}};
    for (const auto &[n, s] : names) {
        if (n == name) {
            *step = s;
            return true;
        }
    }
    return false;
}

void SimulatedCardTerminal::setDefaultStep(Step step)
{
    QMutexLocker lock(&m_mutex);
    m_default = step;
}

void SimulatedCardTerminal::setDelayMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_delayMs = std::max(0, ms);
}

void SimulatedCardTerminal::script(const QList<Step> &steps)
{
    QMutexLocker lock(&m_mutex);
    m_script.append(steps);
}

void SimulatedCardTerminal::setReachable(bool reachable)
{
    QMutexLocker lock(&m_mutex);
    m_reachable = reachable;
}

void SimulatedCardTerminal::setPending(const QString &idempotencyKey, bool pending)
{
    QMutexLocker lock(&m_mutex);
    if (pending)
        m_pending.insert(idempotencyKey);
    else
        m_pending.remove(idempotencyKey);
}

int SimulatedCardTerminal::chargeCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_chargeCalls;
}

int SimulatedCardTerminal::refundCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_refundCalls;
}

qint64 SimulatedCardTerminal::chargedMinor(const QString &idempotencyKey) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_charges.constFind(idempotencyKey);
    return it != m_charges.cend() && it->approved ? it->amountMinor : 0;
}

qint64 SimulatedCardTerminal::refundedMinor(const QString &idempotencyKey) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_charges.constFind(idempotencyKey);
    return it != m_charges.cend() ? it->refundedMinor : 0;
}

QString SimulatedCardTerminal::name() const
{
    return u"simulated card terminal"_s;
}

SimulatedCardTerminal::Step SimulatedCardTerminal::nextStep()
{
    return m_script.isEmpty() ? m_default : m_script.takeFirst();
}

QString SimulatedCardTerminal::newReference()
{
    // Unique across processes sharing a ledger: the ledger's size plus a counter would repeat after a
    // reload, the time and the sequence do not.
    return u"SIM-%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_sequence);
}

ProviderAnswer SimulatedCardTerminal::charge(const Money &amount, const QString &idempotencyKey)
{
    int delay = 0;
    {
        QMutexLocker lock(&m_mutex);
        delay = m_delayMs;
    }
    if (delay > 0)
        QThread::msleep(ulong(delay)); // a real terminal waits for the card holder; never on the GUI thread
    QMutexLocker lock(&m_mutex);
    const LedgerAccess ledger(*this);
    ++m_chargeCalls;
    if (amount.minor <= 0 || !Money::isValidCurrency(amount.currency))
        return {ProviderAnswer::Outcome::Declined, {}, u"invalid amount"_s};
    if (const auto it = m_charges.constFind(idempotencyKey); it != m_charges.cend()) {
        // The same key again: the terminal answers what it did the first time, and charges nothing new.
        if (it->amountMinor != amount.minor || it->currency != amount.currency)
            return {ProviderAnswer::Outcome::Declined, {}, u"idempotency key reused for another amount"_s};
        if (it->approved)
            return {ProviderAnswer::Outcome::Approved, it->reference, {}};
        return {ProviderAnswer::Outcome::Declined, {}, u"card declined"_s};
    }
    const Step step = nextStep();
    Charge charge{idempotencyKey, {}, amount.minor, amount.currency, false, 0};
    switch (step) {
    case Step::Timeout:
        // The terminal gave up before the card was charged: nothing to remember.
        return {ProviderAnswer::Outcome::Timeout, {}, u"the card terminal did not answer in time"_s};
    case Step::Decline:
        m_charges.insert(idempotencyKey, charge);
        save();
        return {ProviderAnswer::Outcome::Declined, {}, u"card declined"_s};
    case Step::Approve:
    case Step::Lost:
        charge.approved = true;
        charge.reference = newReference();
        m_charges.insert(idempotencyKey, charge);
        m_byReference.insert(charge.reference, idempotencyKey);
        save();
        if (step == Step::Lost)
            return {ProviderAnswer::Outcome::Lost, {}, u"the card terminal's answer was lost"_s};
        return {ProviderAnswer::Outcome::Approved, charge.reference, {}};
    }
    return {ProviderAnswer::Outcome::Timeout, {}, {}};
}

Result<ProviderStatus> SimulatedCardTerminal::status(const QString &idempotencyKey)
{
    QMutexLocker lock(&m_mutex);
    const LedgerAccess ledger(*this);
    if (!m_reachable)
        return Error::storage(u"the card terminal cannot be reached"_s);
    ProviderStatus status;
    if (m_pending.contains(idempotencyKey)) {
        status.state = ProviderStatus::State::Pending;
        return status;
    }
    const auto it = m_charges.constFind(idempotencyKey);
    if (it == m_charges.cend())
        return status;
    status.state = it->approved ? ProviderStatus::State::Approved : ProviderStatus::State::Declined;
    status.reference = it->reference;
    status.amountMinor = it->amountMinor;
    status.refundedMinor = it->refundedMinor;
    return status;
}

ProviderAnswer SimulatedCardTerminal::refund(const QString &reference, const Money &amount,
                                             const QString &idempotencyKey)
{
    QMutexLocker lock(&m_mutex);
    const LedgerAccess ledger(*this);
    ++m_refundCalls;
    if (const auto done = m_refunds.constFind(idempotencyKey); done != m_refunds.cend())
        return *done;
    const auto key = m_byReference.constFind(reference);
    if (key == m_byReference.cend())
        return {ProviderAnswer::Outcome::Declined, {}, u"no charge %1"_s.arg(reference)};
    Charge &charge = m_charges[*key];
    if (amount.minor <= 0 || amount.currency != charge.currency ||
        charge.refundedMinor + amount.minor > charge.amountMinor)
        return {ProviderAnswer::Outcome::Declined, {}, u"refund exceeds the charge"_s};
    const Step step = nextStep();
    if (step == Step::Timeout)
        return {ProviderAnswer::Outcome::Timeout, {}, u"the card terminal did not answer in time"_s};
    if (step == Step::Decline) {
        ProviderAnswer declined{ProviderAnswer::Outcome::Declined, {}, u"refund declined"_s};
        return declined; // not remembered: the clerk may try again
    }
    charge.refundedMinor += amount.minor;
    const ProviderAnswer approved{ProviderAnswer::Outcome::Approved, newReference(), {}};
    m_refunds.insert(idempotencyKey, approved);
    save();
    if (step == Step::Lost)
        return {ProviderAnswer::Outcome::Lost, {}, u"the card terminal's answer was lost"_s};
    return approved;
}

void SimulatedCardTerminal::load()
{
    QFile file(m_ledgerPath);
    if (m_ledgerPath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    m_charges.clear();
    m_byReference.clear();
    m_refunds.clear();
    for (const QJsonValue &v : root.value("charges"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Charge c{o.value("key"_L1).toString(),           o.value("reference"_L1).toString(),
                 o.value("amount_minor"_L1).toInteger(), o.value("currency"_L1).toString(),
                 o.value("approved"_L1).toBool(),        o.value("refunded_minor"_L1).toInteger()};
        if (!c.reference.isEmpty())
            m_byReference.insert(c.reference, c.key);
        m_charges.insert(c.key, c);
    }
    for (const QJsonValue &v : root.value("refunds"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        m_refunds.insert(o.value("key"_L1).toString(),
                         {ProviderAnswer::Outcome::Approved, o.value("reference"_L1).toString(), {}});
    }
    m_sequence = std::max(m_sequence, root.value("sequence"_L1).toInt());
}

void SimulatedCardTerminal::save() const
{
    if (m_ledgerPath.isEmpty())
        return;
    QJsonArray charges;
    for (const Charge &c : m_charges) {
        charges.append(QJsonObject{{u"key"_s, c.key},
                                   {u"reference"_s, c.reference},
                                   {u"amount_minor"_s, c.amountMinor},
                                   {u"currency"_s, c.currency},
                                   {u"approved"_s, c.approved},
                                   {u"refunded_minor"_s, c.refundedMinor}});
    }
    QJsonArray refunds;
    for (auto it = m_refunds.cbegin(); it != m_refunds.cend(); ++it)
        refunds.append(QJsonObject{{u"key"_s, it.key()}, {u"reference"_s, it->reference}});
    QSaveFile file(m_ledgerPath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(
                   QJsonObject{{u"charges"_s, charges}, {u"refunds"_s, refunds}, {u"sequence"_s, m_sequence}})
                   .toJson());
    file.commit();
}

} // namespace Parterre
