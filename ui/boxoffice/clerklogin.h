#pragma once

#include "model/result.h"
#include "staff/user.h"

#include <QObject>

class QWidget;

namespace Parterre {

class InventoryEngine;
class InventoryService;

// Who is at the counter: asks for a name and PIN (at once when the window opens on a store that has users)
// and checks the PIN on the store's thread, where its slow hash belongs.
class ClerkLogin final : public QObject
{
    Q_OBJECT

public:
    explicit ClerkLogin(QWidget *window);

    // The name and PIN dialog; credentialsEntered when the clerk confirms with a name.
    void ask();
    // Asks once the store says it has users, if the window is still up. A store without any (a fresh one,
    // or one run from scripts only) sells as the terminal's clerk name.
    void askIfTheStoreHasUsers(InventoryService &service);
    // On the store's thread: the user whose PIN it is, who is then the engine's user.
    static Result<User> logIn(InventoryEngine &engine, const QString &name, const QString &pin);

signals:
    void credentialsEntered(const QString &name, const QString &pin);

private:
    QWidget *m_window;
};

} // namespace Parterre
