#include "qrcode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrcodegen.hpp>

#include <exception>

namespace Parterre {

QrCode::QrCode(const QString &text)
{
    try {
        const QByteArray utf8 = text.toUtf8();
        const qrcodegen::QrCode code =
            qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
        m_size = code.getSize();
        m_modules.reserve(m_size * m_size);
        for (int y = 0; y < m_size; ++y) {
            for (int x = 0; x < m_size; ++x)
                m_modules.append(code.getModule(x, y));
        }
    } catch (const std::exception &) {
        // qrcodegen throws data_too_long for texts beyond version 40: an invalid code, drawn as nothing.
        m_size = 0;
        m_modules.clear();
    }
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(y * m_size + x);
}

void QrCode::paint(QPainter &painter, const QRectF &rect) const
{
    if (!isValid())
        return;
    const qreal side = qMin(rect.width(), rect.height());
    const qreal module = side / sizeWithQuietZone();
    const QRectF square(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QPointF origin = square.topLeft() + QPointF(QuietZone * module, QuietZone * module);

    // Runs of dark modules per row, all in one path: one fill, no seams between neighbouring modules.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            path.addRect(
                QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(square, Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
}

QImage QrCode::toImage(int moduleSize) const
{
    if (!isValid() || moduleSize <= 0)
        return {};
    const int side = sizeWithQuietZone() * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.fill(1);
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            if (isDark(x / moduleSize - QuietZone, y / moduleSize - QuietZone))
                image.setPixel(x, y, 0);
        }
    }
    return image;
}

} // namespace Parterre
