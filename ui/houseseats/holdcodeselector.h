#pragma once

#include "staff/holdcode.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace Parterre {

class InventoryService;

// "Sell from: On sale | Press | …" at the counter: the hold codes the person at the terminal may sell seats
// from (read on the store's thread), and which one the next seats clicked on the map are held from. Hidden
// while there is no such code.
class HoldCodeSelector final : public QWidget
{
    Q_OBJECT

public:
    explicit HoldCodeSelector(QWidget *parent = nullptr);

    // Reads the codes the service's current user may sell from, and lists them.
    void reload(InventoryService *service);
    // Keeps the current code when it is still listed; otherwise back to "On sale".
    void setCodes(const QList<HoldCode> &codes);
    const QList<HoldCode> &codes() const { return m_codes; }
    // Empty: seats on sale.
    QString currentCode() const;
    QString currentName() const;
    bool setCurrentCode(const QString &code); // false when it is not listed
    void reset() { setCurrentCode({}); }

signals:
    void currentCodeChanged(const QString &code);
    void codesLoaded();

private:
    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
    QList<HoldCode> m_codes;
    quint64 m_request = 0;
};

} // namespace Parterre
