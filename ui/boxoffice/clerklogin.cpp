#include "clerklogin.h"

#include "inventory/inventoryservice.h"
#include "staff/staffservice.h"
#include "store/store.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTimer>

namespace Parterre {

ClerkLogin::ClerkLogin(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void ClerkLogin::ask()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Switch Clerk"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("clerkName"));
    auto *pin = new QLineEdit(&dialog);
    pin->setObjectName(QStringLiteral("clerkPin"));
    pin->setEchoMode(QLineEdit::Password);
    pin->setInputMethodHints(Qt::ImhDigitsOnly);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&PIN:"), pin);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && !name->text().trimmed().isEmpty())
        emit credentialsEntered(name->text().trimmed(), pin->text());
}

void ClerkLogin::askIfTheStoreHasUsers(InventoryService &service)
{
    service
        .run([](InventoryEngine &engine) -> Result<bool> {
            auto users = engine.store().users();
            return users && !users->isEmpty();
        })
        .then(this, [this](const Result<bool> &hasUsers) {
            if (hasUsers && *hasUsers && m_window->isVisible())
                QTimer::singleShot(0, this, &ClerkLogin::ask);
        });
}

Result<User> ClerkLogin::logIn(InventoryEngine &engine, const QString &name, const QString &pin)
{
    // PBKDF2 takes a tenth of a second: here, on the store's thread, never on the GUI's.
    StaffService staff(engine.store(), engine.clock(), engine.terminal());
    auto user = staff.login(name, pin);
    if (user)
        engine.setUser(*user);
    return user;
}

} // namespace Parterre
