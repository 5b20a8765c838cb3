#pragma once

#include "model/catalog.h"
#include "model/inventory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Parterre {

// What the clerk sees once a sale is confirmed: the order numbers, every payment taken (several with split
// tender), the change to hand back, every ticket issued, and the ways out (print, PDF, receipt, new sale).
class SaleCompletePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SaleCompletePanel(QWidget *parent = nullptr);

    void setOrders(const QList<Order> &orders);
    QString summaryText() const;
    QString paymentsText() const;
    int ticketCount() const;

signals:
    void printTicketsRequested();
    void saveTicketsRequested();
    void printReceiptRequested();
    void saveReceiptRequested();
    void newSaleRequested();

private:
    QLabel *m_summary = nullptr;
    QLabel *m_payments = nullptr;
    QLabel *m_change = nullptr;
    QTreeWidget *m_tickets = nullptr;
};

} // namespace Parterre
