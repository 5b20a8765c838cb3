#include "denominationdialog.h"

#include "boxoffice/moneytext.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Parterre {

namespace {

constexpr int MaxPieces = 99'999;

} // namespace

DenominationDialog::DenominationDialog(const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_values(denominations(currency))
    , m_total(new QLabel(this))
{
    setWindowTitle(tr("Count the Drawer"));
    auto *grid = new QGridLayout;
    const int perColumn = int((m_values.size() + 1) / 2);
    for (int i = 0; i < m_values.size(); ++i) {
        auto *count = new QSpinBox(this);
        count->setObjectName(QStringLiteral("count%1").arg(m_values.at(i)));
        count->setRange(0, MaxPieces);
        count->setAccelerated(true);
        auto *label = new QLabel(tr("%1 ×").arg(MoneyText::format({m_values.at(i), currency})), this);
        label->setBuddy(count);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const int column = (i / perColumn) * 2;
        grid->addWidget(label, i % perColumn, column);
        grid->addWidget(count, i % perColumn, column + 1);
        connect(count, &QSpinBox::valueChanged, this, &DenominationDialog::updateTotal);
        m_counts.append(count);
    }
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_total->setObjectName(QStringLiteral("countTotal"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_total);
    layout->addWidget(buttons);
    updateTotal();
}

QList<qint64> DenominationDialog::denominations(const QString &currency)
{
    if (currency == QStringLiteral("GBP"))
        return {5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
    if (currency == QStringLiteral("USD"))
        return {10000, 5000, 2000, 1000, 500, 100, 25, 10, 5, 1};
    if (currency == QStringLiteral("CHF"))
        return {100000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5};
    return {50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
}

void DenominationDialog::setCount(qint64 denominationMinor, int count)
{
    const auto at = m_values.indexOf(denominationMinor);
    if (at >= 0)
        m_counts.at(at)->setValue(count);
}

qint64 DenominationDialog::totalMinor() const
{
    qint64 total = 0;
    for (int i = 0; i < m_values.size(); ++i)
        total += m_values.at(i) * m_counts.at(i)->value();
    return total;
}

void DenominationDialog::updateTotal()
{
    m_total->setText(tr("Total: %1").arg(MoneyText::format({totalMinor(), m_currency})));
}

} // namespace Parterre
