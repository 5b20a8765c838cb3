#include "endofdaywindow.h"

#include "drawerpanel.h"
#include "reportspanel.h"
#include "resolvepanel.h"

#include <QAction>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace Parterre {

EndOfDayWindow::EndOfDayWindow(InventoryService *service, const QString &clerk, QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_drawer(new DrawerPanel(service, m_tabs))
    , m_reports(new ReportsPanel(service, m_tabs))
    , m_payments(new ResolvePanel(service, m_tabs))
{
    setWindowTitle(tr("Parterre — End of Day"));
    m_tabs->setObjectName(QStringLiteral("endOfDayPages"));
    m_tabs->addTab(m_drawer, tr("Cash &Drawer"));
    m_tabs->addTab(m_reports, tr("&Reports"));
    m_tabs->addTab(m_payments, tr("&Payments to Resolve"));
    setCentralWidget(m_tabs);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto add = [this, view](const QString &text, const QKeySequence &key, const QString &name,
                                  const std::function<void()> &slot) {
        QAction *action = view->addAction(text);
        action->setObjectName(name);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
    };
    add(tr("Cash &Drawer"), QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("drawerPage"),
        [this] { showPage(DrawerPage); });
    add(tr("&Reports"), QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("reportsPage"),
        [this] { showPage(ReportsPage); });
    add(tr("&Payments to Resolve"), QKeySequence(Qt::CTRL | Qt::Key_3), QStringLiteral("paymentsPage"),
        [this] { showPage(PaymentsPage); });
    view->addSeparator();
    add(tr("Re&fresh"), QKeySequence::Refresh, QStringLiteral("refresh"), [this] { refresh(); });
    add(tr("&Close"), QKeySequence::Close, QStringLiteral("closeWindow"), [this] { close(); });

    for (EndOfDayPanel *panel : std::initializer_list<EndOfDayPanel *>{m_drawer, m_reports, m_payments}) {
        connect(panel, &EndOfDayPanel::busyChanged, this, [this] {
            if (isBusy())
                statusBar()->showMessage(tr("Working…"));
            else
                statusBar()->clearMessage();
        });
    }
    // Reports are asked for on purpose (they may be refused); the drawer and the payments load at once.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int page) {
        if (page == PaymentsPage)
            m_payments->refresh();
    });
    setClerk(clerk);
    m_payments->refresh();
}

void EndOfDayWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

EndOfDayWindow::Page EndOfDayWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

bool EndOfDayWindow::isBusy() const
{
    return m_drawer->isBusy() || m_reports->isBusy() || m_payments->isBusy();
}

void EndOfDayWindow::setClerk(const QString &clerk)
{
    for (EndOfDayPanel *panel : std::initializer_list<EndOfDayPanel *>{m_drawer, m_reports, m_payments})
        panel->setClerk(clerk);
    m_drawer->refresh();
}

void EndOfDayWindow::refresh()
{
    if (auto *panel = qobject_cast<EndOfDayPanel *>(m_tabs->currentWidget()))
        panel->refresh();
}

} // namespace Parterre
