#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QSpinBox;

namespace Parterre {

// Counts a cash drawer note by note and coin by coin: one count per denomination, the total kept in
// minor units as the clerk types.
class DenominationDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DenominationDialog(const QString &currency, QWidget *parent = nullptr);

    // The notes and coins of a currency in minor units, largest first (euro ones for any other).
    static QList<qint64> denominations(const QString &currency);
    void setCount(qint64 denominationMinor, int count);
    qint64 totalMinor() const;

private:
    void updateTotal();

    QString m_currency;
    QList<qint64> m_values;
    QList<QSpinBox *> m_counts;
    QLabel *m_total = nullptr;
};

} // namespace Parterre
