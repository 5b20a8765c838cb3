#pragma once

#include "model/money.h"
#include "model/result.h"
#include "saleoperations.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace Parterre {

// The sale's customer details (optional, for will-call and lookup) and its payment: cash with the amount
// tendered and the change, or complimentary with a reason. Methods are buttons in one group, so another
// method (a card terminal) is one more addMethod() and a branch where the window pays.
class PaymentPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentPanel(QWidget *parent = nullptr);

    void addMethod(Payment::Method method, const QString &label);
    Payment::Method method() const;
    void setMethod(Payment::Method method);
    void setDue(const Money &due);
    void setTendered(const QString &text);
    void setReason(const QString &text);
    Customer customer() const;
    // The payment as entered, checked: exactCash ignores the tendered field.
    Result<CartPayment> payment(bool exactCash) const;
    // The change for the amount tendered now; nullopt when nothing sensible is typed.
    std::optional<Money> change() const;
    void focusTendered();
    void focusReason();
    void focusCustomer();
    void reset();
    void setBusy(bool busy);

signals:
    void exactCashRequested();
    void confirmRequested();

private:
    void updateFields();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QButtonGroup *m_methods = nullptr;
    QVBoxLayout *m_methodLayout = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLabel *m_tenderedLabel = nullptr;
    QLabel *m_change = nullptr;
    QPushButton *m_exact = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPushButton *m_confirm = nullptr;
    Money m_due;
};

} // namespace Parterre
