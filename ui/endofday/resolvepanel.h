#pragma once

#include "endofdaypanel.h"
#include "model/payments.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace Parterre {

// Card payments whose outcome is unknown (the terminal timed out or its answer was lost), with their age;
// Reconcile asks the counter's card terminal about each and shows what it became.
class ResolvePanel final : public EndOfDayPanel
{
    Q_OBJECT

public:
    explicit ResolvePanel(InventoryService *service, QWidget *parent = nullptr);

    void refresh() override;
    void reconcile(); // the Reconcile button
    // Payments younger than this may still be in a terminal's hands: left for next time.
    void setMinimumAgeMs(qint64 ms) { m_minAgeMs = ms; }
    qint64 minimumAgeMs() const { return m_minAgeMs; }

    const QList<PaymentToResolve> &waiting() const { return m_waiting; }
    const QList<ReconcileEntry> &lastOutcomes() const { return m_outcomes; }

    static QString outcomeText(ReconcileEntry::Outcome outcome);

signals:
    void listed();
    void reconciled();

private:
    void fillWaiting();
    void fillOutcomes();

    QTableWidget *m_waitingTable = nullptr;
    QTableWidget *m_outcomeTable = nullptr;
    QLabel *m_nothingWaits = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_reconcile = nullptr;
    qint64 m_minAgeMs = InventoryEngine::DefaultReconcileAgeMs;
    QList<PaymentToResolve> m_waiting;
    QList<ReconcileEntry> m_outcomes;
};

} // namespace Parterre
