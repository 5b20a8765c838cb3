#include "seatmaplegend.h"

#include "model/money.h"
#include "seatmapgeometry.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

constexpr double Margin = 8.0;
constexpr double SwatchGap = 5.0;
constexpr double EntryGap = 16.0;

double swatchSize(const QFontMetricsF &metrics)
{
    return std::round(metrics.height() * 0.95);
}

// Calls place(entry index, top-left of its swatch) for each entry in reading order; returns the height.
template<typename F>
double layOut(const QList<SeatMapLegend::Entry> &entries, double width, const QFontMetricsF &metrics,
              F &&place)
{
    const double swatch = swatchSize(metrics);
    const double lineHeight = std::max(swatch, metrics.height()) + 4;
    double x = Margin;
    double y = Margin;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const double w = (entries.at(i).gaArea ? swatch * 1.5 : swatch) + SwatchGap +
                         metrics.horizontalAdvance(entries.at(i).text);
        if (x > Margin && x + w > width - Margin) {
            x = Margin;
            y += lineHeight;
        }
        place(i, QPointF(x, y));
        x += w + EntryGap;
    }
    return entries.isEmpty() ? 0 : y + lineHeight + Margin - 4;
}

} // namespace

void SeatMapLegend::update(const SeatMapGeometry &geometry, const QHash<QString, qint64> &prices,
                           const QString &currency, bool withStates, bool withKept)
{
    m_entries.clear();
    if (geometry.seatCount() == 0 && geometry.gaAreas().empty())
        return;
    for (const SeatMapGeometry::CategoryInfo &category : geometry.categories()) {
        QString text = category.name;
        if (const auto price = prices.constFind(category.id); price != prices.cend())
            text += u" · "_s + Money{*price, currency}.toString(QLocale());
        m_entries.append({text, int(SeatState::Status::Available), category.color});
    }
    const SeatState::Status taken[] = {SeatState::Status::Held, SeatState::Status::Sold,
                                       SeatState::Status::Blocked};
    for (const SeatState::Status status : taken) {
        if (withStates)
            m_entries.append({SeatMapPalette::statusText(status), int(status), QColor()});
    }
    if (withStates && withKept) {
        m_entries.append({QCoreApplication::translate("SeatMapLegend", "Kept under a hold code"),
                          SeatMapPalette::KeptStatus, QColor()});
    }
    m_entries.append({QCoreApplication::translate("SeatMapLegend", "Selected"),
                      int(SeatState::Status::Available), QColor(), SeatMapPalette::Shape::Round, true});

    bool used[SeatMapPalette::ShapeCount] = {};
    for (int i = 0; i < geometry.seatCount(); ++i)
        used[int(geometry.shape(i))] = true;
    for (const auto shape : {SeatMapPalette::Shape::Wheelchair, SeatMapPalette::Shape::Companion,
                             SeatMapPalette::Shape::RestrictedView}) {
        if (used[int(shape)])
            m_entries.append(
                {SeatMapPalette::shapeText(shape), int(SeatState::Status::Available), QColor(), shape});
    }
    if (!geometry.gaAreas().empty()) {
        Entry ga{withStates
                     ? QCoreApplication::translate("SeatMapLegend", "General admission (available/capacity)")
                     : QCoreApplication::translate("SeatMapLegend", "General admission (capacity)"),
                 int(SeatState::Status::Available), QColor()};
        ga.gaArea = true;
        m_entries.append(ga);
    }
}

int SeatMapLegend::heightForWidth(int width, const QFont &font) const
{
    return int(std::ceil(layOut(m_entries, width, QFontMetricsF(font), [](qsizetype, QPointF) {})));
}

void SeatMapLegend::paint(QPainter &painter, const QRect &rect, const QPalette &palette,
                          const QFont &font) const
{
    const QFontMetricsF metrics(font);
    const double swatch = swatchSize(metrics);
    painter.save();
    painter.setFont(font);
    painter.translate(rect.topLeft());
    layOut(m_entries, rect.width(), metrics, [&](qsizetype i, QPointF at) {
        const Entry &entry = m_entries.at(i);
        const double lineTop = at.y() + std::max(0.0, (metrics.height() - swatch) / 2);
        double x = at.x();
        if (entry.gaArea) {
            const QColor outline = SeatMapPalette::availabilityColor(QColor(), 1.0);
            QColor fill = outline;
            fill.setAlpha(48);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(outline, 2.0));
            painter.setBrush(fill);
            painter.drawRect(QRectF(x + 1, lineTop + 1, swatch * 1.5 - 2, swatch - 2));
            x += swatch * 1.5;
        } else {
            SeatMapPalette::paintSeat(painter, QRectF(x, lineTop, swatch, swatch), entry.status, entry.color,
                                      entry.shape, entry.selected);
            x += swatch;
        }
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QPointF(x + SwatchGap, at.y() + metrics.ascent()), entry.text);
    });
    painter.restore();
}

} // namespace Parterre
