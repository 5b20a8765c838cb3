#include "zreportdocument.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>

namespace Parterre {

namespace {

constexpr qreal MarginMm = 4;
constexpr qreal LargestFontMm = 3.0;
constexpr qreal LineSpacing = 1.25;
constexpr qreal MonospaceAdvance = 0.6; // a monospace glyph is about this wide for its height

QString tr(const char *text)
{
    // The context lupdate gives the tr() calls in ZReportDocument's members.
    return QCoreApplication::translate("Parterre::ZReportDocument", text);
}

qreal fontMmFor(const QStringList &lines)
{
    qsizetype widest = 1;
    for (const QString &line : lines)
        widest = std::max(widest, line.size());
    const qreal fitting = (ZReportDocument::PaperWidthMm - 2 * MarginMm) / (qreal(widest) * MonospaceAdvance);
    return std::min(LargestFontMm, fitting);
}

} // namespace

ZReportDocument::ZReportDocument(const ZReport &report)
    : m_report(report)
    , m_lines(report.toText().split(QLatin1Char('\n')))
{
    while (!m_lines.isEmpty() && m_lines.constLast().isEmpty())
        m_lines.removeLast();
}

qreal ZReportDocument::heightMm() const
{
    return 2 * MarginMm + qreal(m_lines.size()) * fontMmFor(m_lines) * LineSpacing;
}

void ZReportDocument::paint(QPainter &painter, const QRectF &rect) const
{
    const qreal unitsPerMm = rect.width() / PaperWidthMm;
    painter.save();
    painter.fillRect(rect, Qt::white);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(std::max(1, qRound(fontMmFor(m_lines) * unitsPerMm)));
    painter.setFont(font);
    // The estimate above assumes a glyph width; the real font may be wider: shrink it until it fits.
    const qreal available = rect.width() - 2 * MarginMm * unitsPerMm;
    qreal widest = 0;
    for (const QString &line : m_lines)
        widest = std::max(widest, painter.fontMetrics().horizontalAdvance(line) * 1.0);
    if (widest > available && widest > 0) {
        font.setPixelSize(std::max(1, int(font.pixelSize() * available / widest)));
        painter.setFont(font);
    }
    painter.setPen(Qt::black);
    const qreal lineHeight = fontMmFor(m_lines) * LineSpacing * unitsPerMm;
    qreal y = rect.top() + MarginMm * unitsPerMm;
    for (const QString &line : m_lines) {
        painter.drawText(QRectF(rect.left() + MarginMm * unitsPerMm, y, available, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line);
        y += lineHeight;
    }
    painter.restore();
}

Result<Done> ZReportDocument::savePdf(const QString &path) const
{
    // Written into a QSaveFile: a failure leaves no half-written PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalidInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Parterre"));
        writer.setTitle(tr("Z-report, drawer session %1").arg(m_report.session.id));
        writer.setResolution(600);
        const QPageLayout layout(
            QPageSize(QSizeF(PaperWidthMm, heightMm()), QPageSize::Millimeter, {}, QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
        if (!writer.setPageLayout(layout))
            return Error::invalidInput(tr("The PDF writer refused a page of this size."));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::storage(tr("Cannot start the PDF %1.").arg(path));
        paint(painter, QRectF(0, 0, writer.width(), writer.height()));
        painter.end();
    }
    if (!file.commit())
        return Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

Result<Done> ZReportDocument::saveCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalidInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(m_report.toCsv().toUtf8());
    if (!file.commit())
        return Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

bool ZReportDocument::print(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Z-report %1").arg(m_report.session.id));
    printer.setPageLayout(QPageLayout(
        QPageSize(QSizeF(PaperWidthMm, heightMm()), QPageSize::Millimeter, {}, QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Z-Report"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    paint(painter, QRectF(0, 0, page.width(), page.width() * heightMm() / PaperWidthMm));
    painter.end();
    return true;
}

} // namespace Parterre
