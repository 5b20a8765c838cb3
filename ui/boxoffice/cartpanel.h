#pragma once

#include "cart.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Parterre {

// The cart as the clerk sees it: a line per hold (seats, category, price), the total and the hold's
// countdown, which turns into a warning in its last minute.
class CartPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CartPanel(QWidget *parent = nullptr);

    void setCart(const Cart &cart);
    // remainingMs < 0: nothing is held.
    void setRemaining(qint64 remainingMs);
    bool isWarning() const { return m_warning; }
    int currentLine() const;
    void setCurrentLine(int line);
    QString countdownText() const;

    static QString formatRemaining(qint64 remainingMs);

signals:
    void removeRequested(int line);

private:
    QTreeWidget *m_lines = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_warning = false;
};

} // namespace Parterre
