#include "reportspanel.h"

#include "boxoffice/moneytext.h"
#include "report/cashdrawer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Parterre {

namespace {

QString byLabel(SalesReport::By by)
{
    switch (by) {
    case SalesReport::By::Show:
        return ReportsPanel::tr("Show");
    case SalesReport::By::Category:
        return ReportsPanel::tr("Category");
    case SalesReport::By::Method:
        return ReportsPanel::tr("Payment method");
    case SalesReport::By::Clerk:
        return ReportsPanel::tr("Clerk");
    }
    return {};
}

QTableWidgetItem *number(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReportsPanel::ReportsPanel(InventoryService *service, QWidget *parent)
    : EndOfDayPanel(service, parent)
{
    m_byChoice = new QComboBox(this);
    m_byChoice->setObjectName(QStringLiteral("reportBy"));
    for (SalesReport::By by :
         {SalesReport::By::Show, SalesReport::By::Category, SalesReport::By::Method, SalesReport::By::Clerk})
        m_byChoice->addItem(byLabel(by), int(by));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    m_run = new QPushButton(tr("&Run Report"), this);
    m_run->setObjectName(QStringLiteral("runReport"));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_export->setEnabled(false);

    auto *byLabelWidget = new QLabel(tr("&By:"), this);
    byLabelWidget->setBuddy(m_byChoice);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *controls = new QHBoxLayout;
    controls->addWidget(byLabelWidget);
    controls->addWidget(m_byChoice);
    controls->addSpacing(12);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addWidget(m_run);
    controls->addStretch();
    controls->addWidget(m_export);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 6; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(messageLabel());
    layout->addWidget(m_table, 1);

    connect(m_run, &QPushButton::clicked, this, &ReportsPanel::refresh);
    connect(m_export, &QPushButton::clicked, this, &ReportsPanel::exportCsvAs);
    connect(this, &EndOfDayPanel::busyChanged, this, [this](bool busy) { m_run->setEnabled(!busy); });
    fillTable();
}

void ReportsPanel::refresh()
{
    runReport(SalesReport::By(m_byChoice->currentData().toInt()), m_from->date(), m_to->date());
}

void ReportsPanel::runReport(SalesReport::By by, const QDate &from, const QDate &to)
{
    m_byChoice->setCurrentIndex(m_byChoice->findData(int(by)));
    m_from->setDate(from);
    m_to->setDate(to);
    if (!from.isValid() || !to.isValid() || to < from) {
        showMessage(tr("The period ends before it starts: pick a To date on or after the From date."), true);
        return;
    }
    const qint64 fromMs = from.startOfDay().toMSecsSinceEpoch();
    const qint64 toMs = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    const quint64 request = ++m_request;
    runJob(
        [by, fromMs, toMs](InventoryEngine &engine) -> Result<QList<SalesReport::Row>> {
            CashDrawer drawer(engine.store(), engine.clock(), engine.terminal());
            if (engine.user())
                drawer.setUser(*engine.user());
            return drawer.salesReport(by, fromMs, toMs);
        },
        [this, by, request](const Result<QList<SalesReport::Row>> &rows) {
            if (request != m_request)
                return; // a newer report was asked for meanwhile
            if (!rows) {
                m_rows.clear();
                m_hasReport = false;
                fillTable();
                showError(rows.error());
                return;
            }
            m_by = by;
            m_rows = *rows;
            m_hasReport = true;
            fillTable();
            showMessage(m_rows.isEmpty() ? tr("Nothing was sold in this period.") : QString(), false);
            emit reportReady();
        });
}

void ReportsPanel::fillTable()
{
    m_table->setHorizontalHeaderLabels({byLabel(m_by),
                                        m_by == SalesReport::By::Method ? tr("Payments") : tr("Tickets"),
                                        tr("Gross"), tr("Refunds"), tr("Net"), tr("Currency")});
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const SalesReport::Row &row = m_rows.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(row.label));
        m_table->setItem(r, 1, number(QString::number(row.tickets)));
        m_table->setItem(r, 2, number(MoneyText::amount(row.grossMinor, row.currency)));
        m_table->setItem(r, 3, number(MoneyText::amount(row.refundsMinor, row.currency)));
        m_table->setItem(r, 4, number(MoneyText::amount(row.netMinor(), row.currency)));
        m_table->setItem(r, 5, new QTableWidgetItem(row.currency));
    }
    m_export->setEnabled(m_hasReport);
}

Result<Done> ReportsPanel::exportCsv(const QString &path) const
{
    if (!m_hasReport)
        return Error::invalidState(tr("Run a report first."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalidInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(SalesReport::toCsv(m_by, m_rows).toUtf8());
    if (!file.commit())
        return Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

void ReportsPanel::exportCsvAs()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("sales-by-%1-%2.csv")
                          .arg(SalesReport::byName(m_by), m_from->date().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = exportCsv(path); !saved)
        showError(saved.error());
    else
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace Parterre
