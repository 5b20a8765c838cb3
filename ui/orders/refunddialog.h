#pragma once

#include "model/inventory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Parterre {

// Asks what to refund (the whole order or the checked tickets) and why, and shows what goes back to each
// original payment before anything is asked of the store.
class RefundDialog final : public QDialog
{
    Q_OBJECT

public:
    RefundDialog(const Order &order, const QList<qint64> &checkedItems, QWidget *parent = nullptr);

    RefundRequest request() const;
    qint64 amountMinor() const;
    QString preview() const;

private:
    void update();
    QList<qint64> chosenItems() const;

    Order m_order;
    QList<qint64> m_checked;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_chosen = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Parterre
