#pragma once

#include "payment/paymentprovider.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>

namespace Parterre {

// A card terminal for the demo and the tests. Each charge or refund takes the next scripted step (or the
// default one): approve, decline, time out (the charge never happens), or lose the answer (the charge
// happens, the answer never comes), optionally after a delay. It remembers every charge by its key, so
// status() tells the truth afterwards, and a repeated key never charges twice. With a ledger file the
// memory outlives the process (parterre-cli runs one process per command) and is shared, under a lock file,
// with every terminal using the same ledger. Thread-safe.
class SimulatedCardTerminal final : public PaymentProvider
{
public:
    enum class Step
    {
        Approve,
        Decline,
        Timeout,
        Lost
    };

    SimulatedCardTerminal() = default;
    // Loads the ledger from `path` when it exists and writes it back after every change.
    explicit SimulatedCardTerminal(const QString &ledgerPath);

    static bool stepFromName(const QString &name, Step *step);

    void setDefaultStep(Step step);
    void setDelayMs(int ms);
    void script(const QList<Step> &steps); // taken in order, before the default
    void setReachable(bool reachable);     // an unreachable terminal answers status() with an error
    void setPending(const QString &idempotencyKey, bool pending); // status() says "still working on it"

    int chargeCalls() const;
    int refundCalls() const;
    qint64 chargedMinor(const QString &idempotencyKey) const;  // 0 when nothing was charged
    qint64 refundedMinor(const QString &idempotencyKey) const; // of the charge under that key

    QString name() const override;
    ProviderAnswer charge(const Money &amount, const QString &idempotencyKey) override;
    Result<ProviderStatus> status(const QString &idempotencyKey) override;
    ProviderAnswer refund(const QString &reference, const Money &amount,
                          const QString &idempotencyKey) override;

private:
    struct Charge
    {
        QString key;
        QString reference;
        qint64 amountMinor = 0;
        QString currency;
        bool approved = false;
        qint64 refundedMinor = 0;
    };
    // With a ledger: holds the ledger's lock file and has re-read it, so terminals of several processes
    // sharing one ledger see each other's charges and never write over them.
    class LedgerAccess;
    Step nextStep();
    void load();
    void save() const;
    QString newReference();

    mutable QMutex m_mutex;
    QString m_ledgerPath;
    QList<Step> m_script;
    Step m_default = Step::Approve;
    int m_delayMs = 0;
    bool m_reachable = true;
    QHash<QString, Charge> m_charges;         // by charge key
    QHash<QString, QString> m_byReference;    // reference -> charge key
    QHash<QString, ProviderAnswer> m_refunds; // by refund key: the answer once given
    QSet<QString> m_pending;
    int m_chargeCalls = 0;
    int m_refundCalls = 0;
    int m_sequence = 0;
};

} // namespace Parterre
