#include "holdcodeselector.h"

#include "houseseatsoperations.h"
#include "inventory/inventoryservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace Parterre {

HoldCodeSelector::HoldCodeSelector(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("Sell &from:"), this))
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("sellFrom"));
    m_combo->setFocusPolicy(Qt::ClickFocus);
    m_combo->setToolTip(tr("Sell seats on sale, or seats kept under a hold code your role may sell from"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this] { emit currentCodeChanged(currentCode()); });
    setCodes({});
}

void HoldCodeSelector::reload(InventoryService *service)
{
    if (!service)
        return;
    const quint64 request = ++m_request;
    service->run([](InventoryEngine &engine) { return HouseSeatsOperations::sellableCodes(engine); })
        .then(this, [this, request](const Result<QList<HoldCode>> &codes) {
            if (request != m_request)
                return; // a newer reload (another clerk) is on its way
            // A failed read offers no code: selling on sale goes on, and the next reload tries again.
            setCodes(codes ? *codes : QList<HoldCode>());
            emit codesLoaded();
        });
}

void HoldCodeSelector::setCodes(const QList<HoldCode> &codes)
{
    const QString current = currentCode();
    m_codes = codes;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        m_combo->addItem(tr("On sale"), QString());
        for (const HoldCode &code : std::as_const(m_codes))
            m_combo->addItem(code.name, code.code);
        const int index = m_combo->findData(current);
        m_combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    setVisible(!m_codes.isEmpty());
    if (currentCode() != current)
        emit currentCodeChanged(currentCode());
}

QString HoldCodeSelector::currentCode() const
{
    return m_combo->currentData().toString();
}

QString HoldCodeSelector::currentName() const
{
    return currentCode().isEmpty() ? QString() : m_combo->currentText();
}

bool HoldCodeSelector::setCurrentCode(const QString &code)
{
    const int index = m_combo->findData(code);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

} // namespace Parterre
