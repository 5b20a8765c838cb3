#include "cartpanel.h"

#include "moneytext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Parterre {

CartPanel::CartPanel(QWidget *parent)
    : QWidget(parent)
{
    m_lines = new QTreeWidget;
    m_lines->setObjectName(QStringLiteral("cartLines"));
    m_lines->setRootIsDecorated(false);
    m_lines->setColumnCount(3);
    m_lines->setHeaderLabels({tr("Seats"), tr("Category"), tr("Price")});
    m_lines->header()->setStretchLastSection(false);
    m_lines->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_lines->setMinimumHeight(110);

    m_remove = new QPushButton(tr("&Remove line (Del)"));
    m_remove->setObjectName(QStringLiteral("removeLine"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentLine() >= 0)
            emit removeRequested(currentLine());
    });
    connect(m_lines, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_remove->setEnabled(item != nullptr); });

    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("cartTotal"));
    QFont big = m_total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_total->setFont(big);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("holdCountdown"));
    m_countdown->setTextFormat(Qt::PlainText);

    m_countdown->setWordWrap(true);
    auto *footer = new QVBoxLayout;
    footer->addWidget(m_total);
    footer->addWidget(m_countdown);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lines, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addLayout(footer);
    setCart(Cart());
}

void CartPanel::setCart(const Cart &cart)
{
    const int current = currentLine();
    m_lines->clear();
    for (const CartLine &line : cart.lines()) {
        auto *item = new QTreeWidgetItem(m_lines);
        item->setText(0, line.description);
        item->setToolTip(0, line.description);
        item->setText(1, line.categoryName);
        item->setText(2, MoneyText::format(line.price()));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (cart.isEmpty()) {
        m_total->setText(tr("Cart empty"));
    } else {
        //: The cart's total: number of seats and places, then the amount
        m_total->setText(
            tr("%n place(s) · %1", nullptr, cart.placeCount()).arg(MoneyText::format(cart.total())));
        setCurrentLine(std::min(std::max(current, 0), cart.size() - 1));
    }
    m_remove->setEnabled(currentLine() >= 0);
}

QString CartPanel::formatRemaining(qint64 remainingMs)
{
    const qint64 seconds = (remainingMs + 999) / 1000; // 0:01 until the very end
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void CartPanel::setRemaining(qint64 remainingMs)
{
    m_warning = remainingMs >= 0 && remainingMs <= Cart::WarningMs;
    if (remainingMs < 0)
        m_countdown->setText(QString());
    else if (m_warning)
        m_countdown->setText(
            tr("⚠ Seats held for %1 more — finish the sale").arg(formatRemaining(remainingMs)));
    else
        m_countdown->setText(tr("Seats held for %1").arg(formatRemaining(remainingMs)));
    m_countdown->setStyleSheet(m_warning ? QStringLiteral("QLabel { color: white; background: #c62828; "
                                                          "padding: 2px 6px; font-weight: bold; }")
                                         : QString());
}

QString CartPanel::countdownText() const
{
    return m_countdown->text();
}

int CartPanel::currentLine() const
{
    QTreeWidgetItem *item = m_lines->currentItem();
    return item ? m_lines->indexOfTopLevelItem(item) : -1;
}

void CartPanel::setCurrentLine(int line)
{
    if (line >= 0 && line < m_lines->topLevelItemCount())
        m_lines->setCurrentItem(m_lines->topLevelItem(line));
}

} // namespace Parterre
