#include "seatmapclipboard.h"

#include "mapedits.h"
#include "seatmap/seatmapformat.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace Parterre {

Result<Done> SeatMapClipboard::copy(const SeatMap &map, const MapSelection &selection)
{
    const SeatMap fragment = MapEdits::fragment(map, selection);
    if (fragment.sections.isEmpty() && fragment.gaAreas.isEmpty()) {
        return Error::invalidInput(
            QCoreApplication::translate("SeatMapClipboard", "Select seats or GA areas to copy."));
    }
    auto *data = new QMimeData;
    const QByteArray json = SeatMapFormat::write(fragment);
    data->setData(QLatin1StringView(kMimeType), json);
    data->setText(QString::fromUtf8(json));
    QGuiApplication::clipboard()->setMimeData(data);
    return Done{};
}

Result<SeatMap> SeatMapClipboard::read()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    const QLatin1StringView mime(kMimeType);
    const QByteArray json = !data                   ? QByteArray()
                            : data->hasFormat(mime) ? data->data(mime)
                                                    : data->text().toUtf8();
    Result<SeatMap> fragment = SeatMapFormat::read(json);
    if (!fragment) {
        return Error::invalidInput(QCoreApplication::translate(
            "SeatMapClipboard", "The clipboard holds no seats or areas to paste."));
    }
    return fragment;
}

} // namespace Parterre
