#include "checkoutpanel.h"

#include "cartpanel.h"
#include "paymentpanel.h"
#include "salecompletepanel.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Parterre {

CheckoutPanel::CheckoutPanel(QWidget *parent)
    : QWidget(parent)
{
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_cart = new CartPanel;
    m_cart->setObjectName(QStringLiteral("cartPanel"));
    m_payment = new PaymentPanel;
    m_payment->addMethod(Payment::Method::Card, tr("C&ard (F5)"));
    m_payment->setObjectName(QStringLiteral("paymentPanel"));
    auto *salePage = new QWidget;
    auto *saleLayout = new QVBoxLayout(salePage);
    saleLayout->setContentsMargins(0, 0, 0, 0);
    saleLayout->addWidget(m_cart, 1);
    saleLayout->addWidget(m_payment);

    m_complete = new SaleCompletePanel;
    m_complete->setObjectName(QStringLiteral("salePanel"));

    m_stack = new QStackedWidget;
    m_stack->addWidget(salePage);
    m_stack->addWidget(m_complete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
}

void CheckoutPanel::showSelling()
{
    m_stack->setCurrentIndex(0);
}

void CheckoutPanel::showComplete(const QList<Order> &orders)
{
    m_complete->setOrders(orders);
    m_stack->setCurrentWidget(m_complete);
}

void CheckoutPanel::setNotice(const QString &text, bool warning)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_notice->setStyleSheet(warning ? QStringLiteral("QLabel { background: #fff3e0; color: #8a3b00; "
                                                     "border: 1px solid #f0a050; padding: 6px; }")
                                    : QStringLiteral("QLabel { padding: 6px; }"));
}

QString CheckoutPanel::notice() const
{
    return m_notice->isVisible() || !m_notice->text().isEmpty() ? m_notice->text() : QString();
}

} // namespace Parterre
