#pragma once

#include "endofdaypanel.h"
#include "report/salesreport.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QPushButton;
class QTableWidget;

namespace Parterre {

// Sales over a period, by show, category, payment method or clerk: a table and its CSV. Supervisors,
// organizers and admins may read them; a clerk is told no.
class ReportsPanel final : public EndOfDayPanel
{
    Q_OBJECT

public:
    explicit ReportsPanel(InventoryService *service, QWidget *parent = nullptr);

    void refresh() override; // runs the report chosen on screen
    // From the start of `from` to the end of `to`, in this computer's time zone.
    void runReport(SalesReport::By by, const QDate &from, const QDate &to);
    Result<Done> exportCsv(const QString &path) const;

    SalesReport::By by() const { return m_by; }
    const QList<SalesReport::Row> &rows() const { return m_rows; }
    bool hasReport() const { return m_hasReport; }

signals:
    void reportReady();

private:
    void fillTable();
    void exportCsvAs();

    QComboBox *m_byChoice = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_export = nullptr;
    QTableWidget *m_table = nullptr;

    SalesReport::By m_by = SalesReport::By::Show;
    QList<SalesReport::Row> m_rows;
    bool m_hasReport = false;
    quint64 m_request = 0;
};

} // namespace Parterre
