#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Parterre {

// A QR code of a text (error correction M, made by qrcodegen), drawn with its quiet zone of four modules.
class QrCode final
{
public:
    static constexpr int QuietZone = 4;

    explicit QrCode(const QString &text);

    bool isValid() const { return m_size > 0; }
    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    // Modules per side, with the quiet zone on every side.
    int sizeWithQuietZone() const { return m_size + 2 * QuietZone; }
    bool isDark(int x, int y) const;

    // Draws the largest square that fits in rect (centred, quiet zone included, white behind it) as one
    // vector path, so PDF output stays sharp at any scale.
    void paint(QPainter &painter, const QRectF &rect) const;
    // The code with its quiet zone, moduleSize pixels per module.
    QImage toImage(int moduleSize) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace Parterre
