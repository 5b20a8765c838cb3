#include "saledocuments.h"

#include "ticketpdf.h"
#include "ticketprinting.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

namespace Parterre {

SaleDocuments::SaleDocuments(const QList<Order> &orders, const QHash<qint64, Show> &shows,
                             const QHash<QString, QString> &categoryNames)
    : m_orders(orders)
    , m_shows(shows)
    , m_categoryNames(categoryNames)
{}

Result<int> SaleDocuments::saveTickets(const QString &path) const
{
    if (m_orders.isEmpty())
        return Error::invalidState(QCoreApplication::translate("SaleDocuments", "No sale is complete yet."));
    return TicketPdf::write(m_orders, m_shows, path, TicketPrinting::stock(), m_categoryNames);
}

Result<int> SaleDocuments::saveReceipts(const QString &path) const
{
    if (m_orders.isEmpty())
        return Error::invalidState(QCoreApplication::translate("SaleDocuments", "No sale is complete yet."));
    return TicketPdf::writeReceipts(m_orders, m_shows, path);
}

Result<int> SaleDocuments::printTickets(QWidget *parent) const
{
    if (m_orders.isEmpty())
        return 0;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(
        QCoreApplication::translate("SaleDocuments", "Tickets %1").arg(m_orders.first().number));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("SaleDocuments", "Print Tickets"));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return TicketPrinting::printTickets(printer, m_orders, m_shows, TicketPrinting::stock(), m_categoryNames);
}

Result<int> SaleDocuments::printReceipts(QWidget *parent) const
{
    if (m_orders.isEmpty())
        return 0;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(
        QCoreApplication::translate("SaleDocuments", "Receipt %1").arg(m_orders.first().number));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("SaleDocuments", "Print Receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return TicketPrinting::printReceipts(printer, m_orders, m_shows);
}

QString SaleDocuments::askPdfPath(QWidget *parent, const QString &title, const QString &fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(fileName),
                                        QCoreApplication::translate("SaleDocuments", "PDF files (*.pdf)"));
}

void SaleDocuments::editTicketStock(QWidget *parent)
{
    const TicketStock current = TicketPrinting::stock();
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("SaleDocuments", "Ticket Stock"));
    auto *width = new QDoubleSpinBox;
    width->setRange(40, 400);
    width->setSuffix(QCoreApplication::translate("SaleDocuments", " mm"));
    width->setValue(current.sizeMm.width());
    auto *height = new QDoubleSpinBox;
    height->setRange(30, 400);
    height->setSuffix(QCoreApplication::translate("SaleDocuments", " mm"));
    height->setValue(current.sizeMm.height());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, &dialog,
                     [width, height] {
                         width->setValue(TicketStock::concert().sizeMm.width());
                         height->setValue(TicketStock::concert().sizeMm.height());
                     });
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(QCoreApplication::translate(
        "SaleDocuments",
        "The size of the ticket cards in the printer (the usual concert stock is 203 × 76 mm).")));
    form->addRow(QCoreApplication::translate("SaleDocuments", "&Width:"), width);
    form->addRow(QCoreApplication::translate("SaleDocuments", "&Height:"), height);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        TicketPrinting::setStock({QString(), QSizeF(width->value(), height->value())});
}

} // namespace Parterre
