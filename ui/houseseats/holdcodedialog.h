#pragma once

#include "staff/holdcode.h"

#include <QDialog>
#include <QList>

#include <utility>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Parterre {

// Defines a new hold code: its short code, its name for people, and the roles that may sell from it
// (admins always may). Checks what it can before OK is offered; the store checks again.
class HoldCodeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HoldCodeDialog(QWidget *parent = nullptr);

    HoldCode holdCode() const;
    // Empty when the form is complete; otherwise what is missing, as the dialog says it.
    QString problem() const;

private:
    void updateState();

    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QList<std::pair<Role, QCheckBox *>> m_roles;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Parterre
