#pragma once

#include <QMainWindow>

class QTabWidget;

namespace Parterre {

class DrawerPanel;
class InventoryService;
class ReportsPanel;
class ResolvePanel;

// The end-of-day window of a counter: the clerk's cash drawer and its Z-report, sales reports, and the card
// payments to resolve. It works through the counter's InventoryService, so the clerk logged in at the
// counter is who opens, closes and reads, with that role's rights.
class EndOfDayWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        DrawerPage,
        ReportsPage,
        PaymentsPage
    };

    EndOfDayWindow(InventoryService *service, const QString &clerk, QWidget *parent = nullptr);

    DrawerPanel *drawer() const { return m_drawer; }
    ReportsPanel *reports() const { return m_reports; }
    ResolvePanel *payments() const { return m_payments; }
    void showPage(Page page);
    Page currentPage() const;
    bool isBusy() const;

    // The clerk at the counter changed (Ctrl+L there): read their drawer.
    void setClerk(const QString &clerk);
    void refresh(); // the page on screen, again

private:
    QTabWidget *m_tabs = nullptr;
    DrawerPanel *m_drawer = nullptr;
    ReportsPanel *m_reports = nullptr;
    ResolvePanel *m_payments = nullptr;
};

} // namespace Parterre
