#pragma once

#include "model/inventory.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Parterre {

class CartPanel;
class PaymentPanel;
class SaleCompletePanel;

// The counter's right-hand side: a notice (what just went wrong, or what to do next) over either the cart
// and its payment while selling, or the finished sale with its papers.
class CheckoutPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CheckoutPanel(QWidget *parent = nullptr);

    CartPanel *cartPanel() const { return m_cart; }
    PaymentPanel *paymentPanel() const { return m_payment; }
    SaleCompletePanel *completePanel() const { return m_complete; }

    void showSelling();
    void showComplete(const QList<Order> &orders);
    // An empty text hides the notice; a warning stands out.
    void setNotice(const QString &text, bool warning);
    QString notice() const;

private:
    QLabel *m_notice = nullptr;
    QStackedWidget *m_stack = nullptr;
    CartPanel *m_cart = nullptr;
    PaymentPanel *m_payment = nullptr;
    SaleCompletePanel *m_complete = nullptr;
};

} // namespace Parterre
