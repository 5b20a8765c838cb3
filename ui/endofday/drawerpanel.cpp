#include "drawerpanel.h"

#include "boxoffice/moneytext.h"
#include "denominationdialog.h"
#include "report/cashdrawer.h"
#include "zreportdocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace Parterre {

namespace {

QString newKey(const QString &what)
{
    return QStringLiteral("endofday:%1:%2").arg(what, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// The drawer as the logged-in user (or, on a store without users, as the counter's clerk) sees it.
CashDrawer drawerFor(InventoryEngine &engine)
{
    CashDrawer drawer(engine.store(), engine.clock(), engine.terminal());
    if (engine.user())
        drawer.setUser(*engine.user());
    return drawer;
}

QString whoseDrawer(const InventoryEngine &engine, const QString &clerk)
{
    return engine.user() ? engine.user()->name : clerk;
}

QString varianceWord(qint64 variance)
{
    if (variance == 0)
        return DrawerPanel::tr("balanced");
    return variance < 0 ? DrawerPanel::tr("short") : DrawerPanel::tr("over");
}

} // namespace

DrawerPanel::DrawerPanel(InventoryService *service, QWidget *parent)
    : EndOfDayPanel(service, parent)
    , m_currency(QSettings().value(QStringLiteral("endofday/currency"), QStringLiteral("EUR")).toString())
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("drawerStatus"));
    m_status->setWordWrap(true);
    QFont big = m_status->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_status->setFont(big);

    m_which = new QComboBox(this);
    m_which->setObjectName(QStringLiteral("whichDrawer"));
    m_which->setToolTip(tr("The drawers open at this terminal"));
    m_which->hide();

    auto *openBox = new QGroupBox(tr("Open the drawer"), this);
    m_float = new QLineEdit(openBox);
    m_float->setObjectName(QStringLiteral("floatAmount"));
    m_float->setPlaceholderText(tr("e.g. 150.00"));
    m_openButton = new QPushButton(tr("&Open Drawer"), openBox);
    m_openButton->setObjectName(QStringLiteral("openDrawer"));
    auto *openForm = new QFormLayout(openBox);
    openForm->addRow(tr("&Float (%1):").arg(m_currency), m_float);
    openForm->addRow(m_openButton);

    auto *closeBox = new QGroupBox(tr("Close the drawer"), this);
    m_counted = new QLineEdit(closeBox);
    m_counted->setObjectName(QStringLiteral("countedAmount"));
    m_counted->setPlaceholderText(tr("the cash in the drawer"));
    m_countButton = new QPushButton(tr("Count &Notes and Coins…"), closeBox);
    m_countButton->setObjectName(QStringLiteral("countDenominations"));
    auto *countedRow = new QHBoxLayout;
    countedRow->addWidget(m_counted, 1);
    countedRow->addWidget(m_countButton);
    m_expected = new QLabel(closeBox);
    m_expected->setObjectName(QStringLiteral("expectedFigure"));
    m_countedFigure = new QLabel(closeBox);
    m_countedFigure->setObjectName(QStringLiteral("countedFigure"));
    m_variance = new QLabel(closeBox);
    m_variance->setObjectName(QStringLiteral("varianceFigure"));
    for (QLabel *figure : {m_expected, m_countedFigure, m_variance}) {
        figure->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_closeButton = new QPushButton(tr("&Close Drawer…"), closeBox);
    m_closeButton->setObjectName(QStringLiteral("closeDrawer"));
    auto *closeForm = new QFormLayout(closeBox);
    auto *countedLabel = new QLabel(tr("C&ounted (%1):").arg(m_currency), closeBox);
    countedLabel->setBuddy(m_counted);
    closeForm->addRow(countedLabel, countedRow);
    closeForm->addRow(tr("Expected:"), m_expected);
    closeForm->addRow(tr("Counted:"), m_countedFigure);
    closeForm->addRow(tr("Variance:"), m_variance);
    closeForm->addRow(m_closeButton);

    auto *zBox = new QGroupBox(tr("Z-report"), this);
    m_zText = new QPlainTextEdit(zBox);
    m_zText->setObjectName(QStringLiteral("zReport"));
    m_zText->setReadOnly(true);
    m_zText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_zText->setPlaceholderText(tr("The Z-report appears here once the drawer is closed."));
    m_print = new QPushButton(tr("&Print…"), zBox);
    m_print->setObjectName(QStringLiteral("printZReport"));
    m_savePdf = new QPushButton(tr("Save P&DF…"), zBox);
    m_savePdf->setObjectName(QStringLiteral("saveZReportPdf"));
    m_saveCsv = new QPushButton(tr("Save C&SV…"), zBox);
    m_saveCsv->setObjectName(QStringLiteral("saveZReportCsv"));
    m_closedChoice = new QComboBox(zBox);
    m_closedChoice->setObjectName(QStringLiteral("closedDrawers"));
    // Sized by its items whenever they change, not at first show (the list may still be empty then).
    m_closedChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_closedChoice->setToolTip(tr("Show the Z-report of a drawer closed earlier at this terminal"));
    auto *zButtons = new QHBoxLayout;
    zButtons->addWidget(m_closedChoice);
    zButtons->addStretch();
    zButtons->addWidget(m_print);
    zButtons->addWidget(m_savePdf);
    zButtons->addWidget(m_saveCsv);
    auto *zLayout = new QVBoxLayout(zBox);
    zLayout->addWidget(m_zText, 1);
    zLayout->addLayout(zButtons);

    auto *left = new QVBoxLayout;
    left->addWidget(openBox);
    left->addWidget(closeBox);
    left->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(zBox, 3);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_which);
    layout->addLayout(top);
    layout->addWidget(messageLabel());
    layout->addLayout(columns, 1);

    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const auto amount = MoneyText::parse(m_float->text(), m_currency);
        if (!amount) {
            showMessage(tr("Type the float, the cash the drawer starts with (0 for none)."), true);
            m_float->setFocus();
            return;
        }
        openDrawer(*amount);
    });
    connect(m_which, &QComboBox::activated, this,
            [this](int index) { selectDrawer(m_which->itemData(index).toLongLong()); });
    connect(m_closedChoice, &QComboBox::activated, this, [this](int index) {
        if (const qint64 id = m_closedChoice->itemData(index).toLongLong(); id > 0)
            showClosedZReport(id);
    });
    connect(m_float, &QLineEdit::returnPressed, m_openButton, &QPushButton::click);
    connect(m_counted, &QLineEdit::textChanged, this, &DrawerPanel::updateFigures);
    connect(m_counted, &QLineEdit::returnPressed, this, &DrawerPanel::askToClose);
    connect(m_countButton, &QPushButton::clicked, this, &DrawerPanel::countDenominations);
    connect(m_closeButton, &QPushButton::clicked, this, &DrawerPanel::askToClose);
    connect(m_print, &QPushButton::clicked, this, &DrawerPanel::printZReport);
    connect(m_savePdf, &QPushButton::clicked, this, &DrawerPanel::saveZReportPdfAs);
    connect(m_saveCsv, &QPushButton::clicked, this, &DrawerPanel::saveZReportCsvAs);
    connect(this, &EndOfDayPanel::busyChanged, this, &DrawerPanel::updateButtons);
    updateFigures();
    updateButtons();
}

void DrawerPanel::refresh()
{
    const QString clerk = this->clerk();
    const qint64 preferred = m_preferredId;
    runJob(
        [clerk, preferred](InventoryEngine &engine) -> Result<State> {
            auto sessions = engine.store().drawerSessions(false);
            if (!sessions)
                return sessions.error();
            const QString who = whoseDrawer(engine, clerk);
            State state;
            int own = -1;
            for (const DrawerSession &s : *sessions) {
                if (s.terminal != engine.terminal())
                    continue;
                if (s.closed) {
                    state.closed.append(s);
                    continue;
                }
                if (s.clerk == who)
                    own = int(state.open.size());
                if (s.id == preferred)
                    state.selected = int(state.open.size());
                state.open.append(s);
            }
            std::sort(
                state.closed.begin(), state.closed.end(),
                [](const DrawerSession &a, const DrawerSession &b) { return a.closedAtMs > b.closedAtMs; });
            if (state.closed.size() > MaxClosedListed)
                state.closed.resize(MaxClosedListed);
            state.ownOpen = own >= 0;
            if (state.selected < 0)
                state.selected = own >= 0 ? own : (state.open.isEmpty() ? -1 : 0);
            if (state.selected < 0)
                return state;
            // Cash so far: float plus the cash line of the Z-report as it stands (payments less refunds).
            const DrawerSession &shown = state.open.at(state.selected);
            auto z = drawerFor(engine).zReport(shown.id);
            if (!z) {
                state.refused = z.error();
                return state;
            }
            qint64 expected = shown.floatMinor;
            for (const ZReport::Line &line : z->byMethod) {
                if (line.key == Payment::methodName(Payment::Method::Cash))
                    expected += line.amountMinor;
            }
            state.expectedMinor = expected;
            return state;
        },
        [this](const Result<State> &state) {
            if (!state) {
                showError(state.error());
                return;
            }
            m_openDrawers = state->open;
            m_ownOpen = state->ownOpen;
            m_open.reset();
            if (state->selected >= 0)
                m_open = state->open.at(state->selected);
            m_expectedMinor = state->expectedMinor;
            if (m_open)
                m_currency = m_open->currency;
            {
                const QSignalBlocker quiet(m_which);
                m_which->clear();
                for (const DrawerSession &s : m_openDrawers)
                    m_which->addItem(
                        tr("%1 (since %2)")
                            .arg(s.clerk,
                                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.openedAtMs).time(),
                                                    QLocale::ShortFormat)),
                        s.id);
                m_which->setCurrentIndex(state->selected);
                m_which->setVisible(m_openDrawers.size() > 1 || (m_open && m_open->clerk != this->clerk()));
            }
            m_closedDrawers = state->closed;
            {
                const QSignalBlocker quiet(m_closedChoice);
                m_closedChoice->clear();
                m_closedChoice->addItem(tr("Closed drawers…"), 0);
                const QLocale locale;
                for (const DrawerSession &s : m_closedDrawers)
                    m_closedChoice->addItem(
                        tr("#%1 %2, closed %3")
                            .arg(QString::number(s.id), s.clerk,
                                 locale.toString(QDateTime::fromMSecsSinceEpoch(s.closedAtMs),
                                                 QLocale::ShortFormat)),
                        s.id);
                m_closedChoice->setEnabled(!m_closedDrawers.isEmpty());
            }
            if (state->refused)
                showError(*state->refused);
            updateFigures();
            updateButtons();
            // Where the clerk types next: the float of a drawer to open, or the cash counted in this one.
            if (isVisible() && !QApplication::activeModalWidget())
                (m_ownOpen || m_open ? m_counted : m_float)->setFocus(Qt::OtherFocusReason);
            emit drawerChanged();
        });
}

void DrawerPanel::showClosedZReport(qint64 sessionId)
{
    runJob([sessionId](InventoryEngine &engine) { return drawerFor(engine).zReport(sessionId); },
           [this](const Result<ZReport> &report) {
               if (!report) {
                   showError(report.error());
                   return;
               }
               showMessage({}, false);
               showZReport(*report);
           });
}

void DrawerPanel::selectDrawer(qint64 sessionId)
{
    m_preferredId = sessionId;
    refresh();
}

void DrawerPanel::openDrawer(qint64 floatMinor)
{
    const QString clerk = this->clerk();
    const Money amount{floatMinor, m_currency};
    const QString key = newKey(QStringLiteral("open"));
    runJob(
        [clerk, amount, key](InventoryEngine &engine) -> Result<DrawerSession> {
            return drawerFor(engine).open(engine.user() ? QString() : clerk, amount, key);
        },
        [this](const Result<DrawerSession> &session) {
            if (!session) {
                showError(session.error());
                return;
            }
            showMessage(tr("%1's drawer is open at %2 with a float of %3.")
                            .arg(session->clerk, session->terminal,
                                 MoneyText::format({session->floatMinor, session->currency})),
                        false);
            m_float->clear();
            m_preferredId = session->id;
            m_zReport.reset();
            m_zText->clear();
            refresh();
        });
}

void DrawerPanel::closeDrawer(qint64 countedMinor)
{
    if (!m_open) {
        showMessage(tr("No drawer is open here to close."), true);
        return;
    }
    const qint64 sessionId = m_open->id;
    const QString key = newKey(QStringLiteral("close"));
    runJob(
        [sessionId, countedMinor, key](InventoryEngine &engine) -> Result<ZReport> {
            CashDrawer drawer = drawerFor(engine);
            auto closed = drawer.close(sessionId, countedMinor, key);
            if (!closed)
                return closed.error();
            auto z = drawer.zReport(sessionId);
            if (!z) {
                ZReport bare; // the close is recorded; only its details could not be read
                bare.session = *closed;
                return bare;
            }
            return z;
        },
        [this](const Result<ZReport> &report) {
            if (!report) {
                showError(report.error());
                return;
            }
            const DrawerSession &s = report->session;
            showMessage(tr("Drawer closed: expected %1, counted %2, variance %3 (%4).")
                            .arg(MoneyText::format({s.expectedMinor, s.currency}),
                                 MoneyText::format({s.countedMinor, s.currency}),
                                 MoneyText::format({s.varianceMinor, s.currency}),
                                 varianceWord(s.varianceMinor)),
                        s.varianceMinor != 0);
            m_counted->clear();
            m_preferredId = 0;
            showZReport(*report);
            refresh();
        });
}

void DrawerPanel::askToClose()
{
    if (!m_open) {
        showMessage(tr("No drawer is open here to close."), true);
        return;
    }
    const auto amount = counted();
    if (!amount) {
        showMessage(tr("Type the cash counted in the drawer, or count it note by note."), true);
        m_counted->setFocus();
        return;
    }
    if (!m_expectedMinor) {
        closeDrawer(*amount); // the figures are not this user's to see; the store decides
        return;
    }
    const qint64 variance = *amount - *m_expectedMinor;
    const auto answer = QMessageBox::question(
        this, tr("Close Drawer"),
        tr("Close %1's drawer?\n\nExpected: %2\nCounted: %3\nVariance: %4 (%5)\n\nA drawer closes once; the "
           "variance is recorded.")
            .arg(m_open->clerk, MoneyText::format({*m_expectedMinor, m_currency}),
                 MoneyText::format({*amount, m_currency}), MoneyText::format({variance, m_currency}),
                 varianceWord(variance)));
    if (answer == QMessageBox::Yes)
        closeDrawer(*amount);
}

void DrawerPanel::countDenominations()
{
    DenominationDialog dialog(m_currency, this);
    if (dialog.exec() == QDialog::Accepted)
        m_counted->setText(MoneyText::amount(dialog.totalMinor(), m_currency));
}

std::optional<qint64> DrawerPanel::counted() const
{
    return MoneyText::parse(m_counted->text(), m_currency);
}

void DrawerPanel::updateFigures()
{
    if (!m_open) {
        m_status->setText(
            tr("No drawer is open for %1 at this terminal. Open one with the cash it starts with.")
                .arg(clerk().isEmpty() ? tr("this clerk") : clerk()));
        m_expected->setText(tr("—"));
        m_countedFigure->setText(tr("—"));
        m_variance->setText(tr("—"));
        return;
    }
    const QLocale locale;
    m_status->setText(tr("%1's drawer at %2 is open since %3, float %4.")
                          .arg(m_open->clerk, m_open->terminal,
                               locale.toString(QDateTime::fromMSecsSinceEpoch(m_open->openedAtMs).time(),
                                               QLocale::ShortFormat),
                               MoneyText::format({m_open->floatMinor, m_open->currency})));
    m_expected->setText(m_expectedMinor ? MoneyText::format({*m_expectedMinor, m_currency}) : tr("—"));
    const auto amount = counted();
    m_countedFigure->setText(amount ? MoneyText::format({*amount, m_currency}) : tr("—"));
    if (!amount || !m_expectedMinor) {
        m_variance->setText(tr("—"));
        m_variance->setStyleSheet({});
        return;
    }
    const qint64 variance = *amount - *m_expectedMinor;
    m_variance->setText(
        tr("%1  (%2)").arg(MoneyText::format({variance, m_currency}), varianceWord(variance)));
    m_variance->setStyleSheet(variance == 0
                                  ? QStringLiteral("QLabel { color: #1b5e20; }")
                                  : QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
}

void DrawerPanel::updateButtons()
{
    const bool idle = !isBusy();
    m_openButton->setEnabled(idle && !m_ownOpen);
    m_float->setEnabled(!m_ownOpen);
    m_counted->setEnabled(m_open.has_value());
    m_countButton->setEnabled(m_open.has_value());
    m_closeButton->setEnabled(idle && m_open);
    for (QPushButton *button : {m_print, m_savePdf, m_saveCsv})
        button->setEnabled(m_zReport.has_value());
}

void DrawerPanel::showZReport(const ZReport &report)
{
    m_zReport = report;
    m_zText->setPlainText(report.toText());
    updateButtons();
    emit zReportReady();
}

QString DrawerPanel::zReportText() const
{
    return m_zText->toPlainText();
}

Result<Done> DrawerPanel::saveZReportPdf(const QString &path) const
{
    if (!m_zReport)
        return Error::invalidState(tr("Close a drawer first: there is no Z-report yet."));
    return ZReportDocument(*m_zReport).savePdf(path);
}

Result<Done> DrawerPanel::saveZReportCsv(const QString &path) const
{
    if (!m_zReport)
        return Error::invalidState(tr("Close a drawer first: there is no Z-report yet."));
    return ZReportDocument(*m_zReport).saveCsv(path);
}

void DrawerPanel::printZReport()
{
    if (m_zReport)
        ZReportDocument(*m_zReport).print(this);
}

void DrawerPanel::saveZReportPdfAs()
{
    if (!m_zReport)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("z-report-%1.pdf").arg(m_zReport->session.id));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Z-Report as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveZReportPdf(path); !saved)
        showError(saved.error());
    else
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
}

void DrawerPanel::saveZReportCsvAs()
{
    if (!m_zReport)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("z-report-%1.csv").arg(m_zReport->session.id));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Z-Report as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveZReportCsv(path); !saved)
        showError(saved.error());
    else
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace Parterre
