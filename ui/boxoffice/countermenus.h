#pragma once

#include <QCoreApplication>
#include <QKeySequence>

#include <functional>

class QAction;
class QMenu;

namespace Parterre {

class CounterWindow;

// The counter's menu bar: File, Sale and End of Day, every action with its object name and its keyboard
// shortcut (window-wide, so the clerk sells from the keyboard), each connected to the counter's slot.
class CounterMenus final
{
    Q_DECLARE_TR_FUNCTIONS(Parterre::CounterMenus)

public:
    // Fills the window's menu bar; the actions belong to the window.
    static void create(CounterWindow *window);

private:
    static QAction *add(CounterWindow *window, QMenu *menu, const QString &text, const QKeySequence &key,
                        const QString &name, const std::function<void()> &slot);
};

} // namespace Parterre
