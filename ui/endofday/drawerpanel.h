#pragma once

#include "endofdaypanel.h"
#include "model/ledger.h"
#include "report/zreport.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Parterre {

// The clerk's cash drawer at this terminal: open it with a float; close it with the counted cash after
// seeing expected, counted and variance; then the Z-report on screen, printed, or saved as PDF and CSV.
class DrawerPanel final : public EndOfDayPanel
{
    Q_OBJECT

public:
    explicit DrawerPanel(InventoryService *service, QWidget *parent = nullptr);

    void refresh() override;
    // The same as the buttons, without their dialogs.
    void openDrawer(qint64 floatMinor);
    void closeDrawer(qint64 countedMinor);
    Result<Done> saveZReportPdf(const QString &path) const;
    Result<Done> saveZReportCsv(const QString &path) const;

    QString currency() const { return m_currency; }
    // The open drawer on screen: the clerk's own, or another one at this terminal chosen under Drawer.
    const std::optional<DrawerSession> &openSession() const { return m_open; }
    // Every drawer open at this terminal.
    const QList<DrawerSession> &openDrawers() const { return m_openDrawers; }
    bool ownDrawerIsOpen() const { return m_ownOpen; }
    // Shows another open drawer of this terminal (a supervisor closing a clerk's drawer).
    void selectDrawer(qint64 sessionId);
    // Float + cash sales - cash refunds so far, of the open drawer; nullopt when the user may not see it.
    std::optional<qint64> expectedMinor() const { return m_expectedMinor; }
    // Drawers closed at this terminal, newest first (at most MaxClosedListed).
    const QList<DrawerSession> &closedDrawers() const { return m_closedDrawers; }
    // Shows the Z-report of a closed drawer (a reprint); refused for a clerk's colleague's drawer.
    void showClosedZReport(qint64 sessionId);
    static constexpr int MaxClosedListed = 50;
    // The Z-report on screen: of the drawer closed last here, or one picked under Closed drawers.
    const std::optional<ZReport> &zReport() const { return m_zReport; }
    QString zReportText() const;

signals:
    void drawerChanged();
    void zReportReady();

private:
    struct State
    {
        QList<DrawerSession> open; // at this terminal
        QList<DrawerSession> closed;
        int selected = -1;
        bool ownOpen = false;
        std::optional<qint64> expectedMinor;
        std::optional<Error> refused; // reading the selected drawer's figures
    };

    void askToClose();
    void countDenominations();
    void updateFigures();
    void updateButtons();
    void showZReport(const ZReport &report);
    void printZReport();
    void saveZReportPdfAs();
    void saveZReportCsvAs();
    std::optional<qint64> counted() const;

    QString m_currency;
    std::optional<DrawerSession> m_open;
    QList<DrawerSession> m_openDrawers;
    QList<DrawerSession> m_closedDrawers;
    qint64 m_preferredId = 0; // the drawer chosen on screen; 0: the clerk's own
    bool m_ownOpen = false;
    std::optional<qint64> m_expectedMinor;
    std::optional<ZReport> m_zReport;

    QLabel *m_status = nullptr;
    QComboBox *m_which = nullptr;
    QLineEdit *m_float = nullptr;
    QPushButton *m_openButton = nullptr;
    QLineEdit *m_counted = nullptr;
    QPushButton *m_countButton = nullptr;
    QLabel *m_expected = nullptr;
    QLabel *m_countedFigure = nullptr;
    QLabel *m_variance = nullptr;
    QPushButton *m_closeButton = nullptr;
    QComboBox *m_closedChoice = nullptr;
    QPlainTextEdit *m_zText = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveCsv = nullptr;
};

} // namespace Parterre
