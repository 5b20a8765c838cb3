#pragma once

#include "model/money.h"
#include "model/result.h"

#include <QString>

namespace Parterre {

// What a card terminal answered to a charge or a refund.
struct ProviderAnswer
{
    enum class Outcome
    {
        Approved,
        Declined,
        Timeout, // no answer in time: the charge may or may not have happened
        Lost     // the request went out and no answer came back: as uncertain as a timeout
    };

    Outcome outcome = Outcome::Timeout;
    QString reference; // the provider's reference, when approved
    QString message;   // why, when declined or unanswered

    bool isKnown() const { return outcome == Outcome::Approved || outcome == Outcome::Declined; }
    static QString outcomeName(Outcome outcome);
};

// What the provider knows about a charge, asked by its idempotency key during reconciliation.
struct ProviderStatus
{
    enum class State
    {
        Unknown,  // the provider never saw a charge under this key: it did not happen
        Pending,  // the provider is still working on it
        Approved, // charged (refundedMinor says how much went back since)
        Declined
    };

    State state = State::Unknown;
    QString reference;
    qint64 amountMinor = 0;
    qint64 refundedMinor = 0;
};

// A card terminal or payment service. Calls block until the provider answers (or gives up), so they run on
// a worker thread, never on the GUI thread and never inside a database transaction. Every call carries an
// idempotency key: asking again under the same key never charges or refunds twice. Implementations are
// thread-safe.
class PaymentProvider
{
public:
    virtual ~PaymentProvider() = default;

    virtual QString name() const = 0;
    virtual ProviderAnswer charge(const Money &amount, const QString &idempotencyKey) = 0;
    // A Storage error when the provider cannot be reached.
    virtual Result<ProviderStatus> status(const QString &idempotencyKey) = 0;
    virtual ProviderAnswer refund(const QString &reference, const Money &amount,
                                  const QString &idempotencyKey) = 0;
};

} // namespace Parterre
