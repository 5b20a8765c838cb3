#pragma once

#include "model/result.h"
#include "report/zreport.h"

#include <QRectF>
#include <QStringList>

class QPainter;
class QWidget;

namespace Parterre {

// A Z-report on paper: its text laid out for an 80 mm receipt roll, printed, saved as PDF, or saved as CSV.
class ZReportDocument final
{
public:
    static constexpr qreal PaperWidthMm = 80;

    explicit ZReportDocument(const ZReport &report);

    // The roll's length for this report: it grows with the report's lines.
    qreal heightMm() const;
    // Paints the report scaled to fit rect's width.
    void paint(QPainter &painter, const QRectF &rect) const;

    Result<Done> savePdf(const QString &path) const;
    Result<Done> saveCsv(const QString &path) const;
    // Asks for a printer (QPrintDialog) and prints; false when the clerk cancelled.
    bool print(QWidget *parent) const;

private:
    ZReport m_report;
    QStringList m_lines;
};

} // namespace Parterre
