#include "seatmaptext.h"

#include "model/money.h"
#include "seatmapgeometry.h"

#include <QStringList>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

QString statusText(int status)
{
    // A kept seat reads "Blocked"; the view adds which code keeps it.
    return status == SeatMapPalette::UnknownStatus
               ? SeatMapText::tr("unknown")
               : SeatMapPalette::statusText(*SeatMapPalette::storeStatus(status));
}

} // namespace

SeatMapText::SeatMapText(const SeatMapGeometry &geometry, const QHash<QString, qint64> &prices,
                         const QString &currency)
    : m_geometry(geometry)
    , m_prices(prices)
    , m_currency(currency)
{}

QString SeatMapText::flagsText(int flags)
{
    QStringList parts;
    if (flags & Seat::Wheelchair)
        parts.append(SeatMapPalette::shapeText(SeatMapPalette::Shape::Wheelchair));
    if (flags & Seat::Companion)
        parts.append(SeatMapPalette::shapeText(SeatMapPalette::Shape::Companion));
    if (flags & Seat::RestrictedView)
        parts.append(SeatMapPalette::shapeText(SeatMapPalette::Shape::RestrictedView));
    if (flags & Seat::Aisle)
        parts.append(tr("Aisle seat"));
    return parts.join(u", "_s);
}

QString SeatMapText::price(int category) const
{
    if (category < 0)
        return {};
    const auto found = m_prices.constFind(m_geometry.categories().at(category).id);
    return found == m_prices.cend() ? QString() : Money{*found, m_currency}.toString(QLocale());
}

QString SeatMapText::seatToolTip(int seat) const
{
    const SeatMapGeometry::SectionInfo &section =
        m_geometry.sections()[std::size_t(m_geometry.section(seat))];
    QString text = tr("%1 · Row %2 · Seat %3")
                       .arg(section.name, m_geometry.rowLabel(m_geometry.row(seat)).toString(),
                            m_geometry.seatLabel(seat).toString());
    if (const int category = m_geometry.category(seat); category >= 0) {
        text += u'\n' + tr("Category: %1").arg(m_geometry.categories().at(category).name);
        if (const QString amount = price(category); !amount.isEmpty())
            text += u" · "_s + amount;
    }
    if (const QString flags = flagsText(m_geometry.flags(seat)); !flags.isEmpty())
        text += u'\n' + flags;
    text += u'\n' + tr("Status: %1").arg(statusText(m_geometry.status(seat)));
    if (m_geometry.isSelected(seat))
        text += u'\n' + tr("Selected");
    return text;
}

QString SeatMapText::seatDescription(int seat) const
{
    if (seat < 0 || seat >= m_geometry.seatCount())
        return {};
    const SeatMapGeometry::SectionInfo &section =
        m_geometry.sections()[std::size_t(m_geometry.section(seat))];
    QStringList parts{tr("%1, row %2, seat %3")
                          .arg(section.name, m_geometry.rowLabel(m_geometry.row(seat)).toString(),
                               m_geometry.seatLabel(seat).toString())};
    if (const int category = m_geometry.category(seat); category >= 0) {
        parts.append(m_geometry.categories().at(category).name);
        if (const QString amount = price(category); !amount.isEmpty())
            parts.append(amount);
    }
    if (const QString flags = flagsText(m_geometry.flags(seat)); !flags.isEmpty())
        parts.append(flags);
    const int status = m_geometry.status(seat);
    parts.append(status == SeatMapPalette::UnknownStatus ? tr("state unknown") : statusText(status));
    if (m_geometry.isSelected(seat))
        parts.append(tr("selected"));
    return parts.join(u", "_s);
}

QString SeatMapText::gaAreaToolTip(int index) const
{
    const SeatMapGeometry::GaInfo &area = m_geometry.gaAreas()[std::size_t(index)];
    QString text = area.name;
    if (area.category >= 0) {
        text += u'\n' + tr("Category: %1").arg(m_geometry.categories().at(area.category).name);
        if (const QString amount = price(area.category); !amount.isEmpty())
            text += u" · "_s + amount;
    }
    if (area.state) {
        text += u'\n' + tr("%1 of %2 places available").arg(area.state->available).arg(area.state->capacity) +
                u'\n' +
                tr("%1 held · %2 sold · %3 blocked")
                    .arg(area.state->held)
                    .arg(area.state->sold)
                    .arg(area.state->blocked);
    }
    return text;
}

QString SeatMapText::sectionToolTip(int index) const
{
    const SeatMapGeometry::SectionInfo &section = m_geometry.sections()[std::size_t(index)];
    QString text = section.name;
    if (section.known > 0)
        text += u'\n' + tr("%1 of %2 seats available").arg(section.available).arg(section.seatCount);
    return text + u'\n' + tr("Click to zoom in");
}

} // namespace Parterre
