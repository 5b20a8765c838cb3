#pragma once

#include "model/money.h"
#include "model/result.h"
#include "saleoperations.h"
#include "tendersummary.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QVBoxLayout;

namespace Parterre {

// The sale's customer details (optional, for will-call and lookup) and its payment: cash with the amount
// tendered and the change, card, or complimentary with a reason. Split tender: an amount takes that part of
// what is due by the chosen method (empty: all of it); the parts taken so far are listed with what is paid
// and what is still due. Methods are buttons in one group, so another method is one more addMethod().
class PaymentPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentPanel(QWidget *parent = nullptr);

    void addMethod(Payment::Method method, const QString &label);
    Payment::Method method() const;
    void setMethod(Payment::Method method);
    // The sale's total; what is still due is the total less the parts paid (setTender).
    void setDue(const Money &total);
    Money due() const;
    // The parts taken so far on the sale's orders.
    void setTender(const TenderSummary &tender);
    const TenderSummary &tender() const { return m_tender; }
    void setTendered(const QString &text);
    void setReason(const QString &text);
    Customer customer() const;
    // The payment as entered, checked: exactCash ignores the tendered field (and pays the amount typed, or
    // all that is due, in cash).
    Result<CartPayment> payment(bool exactCash) const;
    // The change for the amount tendered now; nullopt when nothing sensible is typed.
    std::optional<Money> change() const;
    // After a part was taken: the amount and tendered fields are emptied and the method is cash again.
    void clearEntry();
    void focusAmount();
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
    void updateTender();
    // What this payment takes: the amount typed, or all that is due; nullopt when the amount is unreadable.
    std::optional<qint64> partMinor() const;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QButtonGroup *m_methods = nullptr;
    QVBoxLayout *m_methodLayout = nullptr;
    QLineEdit *m_amount = nullptr;
    QTreeWidget *m_parts = nullptr;
    QLabel *m_tenderDue = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLabel *m_tenderedLabel = nullptr;
    QLabel *m_change = nullptr;
    QPushButton *m_exact = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPushButton *m_confirm = nullptr;
    Money m_total;
    TenderSummary m_tender;
};

} // namespace Parterre
