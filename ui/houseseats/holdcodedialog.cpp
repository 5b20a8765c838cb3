#include "holdcodedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Parterre {

namespace {

constexpr int MaxNameLength = 80;

} // namespace

HoldCodeDialog::HoldCodeDialog(QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Hold Code"));
    m_code->setObjectName(QStringLiteral("holdCodeCode"));
    m_code->setPlaceholderText(QStringLiteral("press"));
    m_code->setMaxLength(40);
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9_-]{0,39}")), m_code));
    m_name->setObjectName(QStringLiteral("holdCodeName"));
    m_name->setPlaceholderText(tr("Press tickets"));
    m_name->setMaxLength(MaxNameLength);

    auto *roles = new QVBoxLayout;
    // Organizers do not work the till (Permissions): a code naming them would not let them sell.
    const QList<std::pair<Role, QString>> choices = {{Role::Clerk, tr("&Clerks")},
                                                     {Role::Supervisor, tr("&Supervisors")}};
    for (const auto &[role, text] : choices) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QStringLiteral("role_") + roleName(role));
        roles->addWidget(box);
        m_roles.append({role, box});
        connect(box, &QCheckBox::toggled, this, &HoldCodeDialog::updateState);
    }
    m_roles.at(1).second->setChecked(true); // supervisors: the usual sellers of house seats
    auto *admins = new QLabel(tr("Admins may always sell from every code; organizers do not sell."), this);
    admins->setEnabled(false);
    roles->addWidget(admins);

    m_problem->setObjectName(QStringLiteral("holdCodeProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Co&de:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("May sell from it:"), roles);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &HoldCodeDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &HoldCodeDialog::updateState);
    updateState();
}

HoldCode HoldCodeDialog::holdCode() const
{
    HoldCode code;
    code.code = m_code->text().trimmed();
    code.name = m_name->text().trimmed();
    for (const auto &[role, box] : m_roles) {
        if (box->isChecked())
            code.roles.append(role);
    }
    return code;
}

QString HoldCodeDialog::problem() const
{
    const HoldCode code = holdCode();
    if (!HoldCode::isValidCode(code.code))
        return tr("The code is 1 to 40 small letters, digits, '-' or '_'.");
    if (code.name.isEmpty())
        return tr("Give the code a name people read, such as \"Press tickets\".");
    return {};
}

void HoldCodeDialog::updateState()
{
    const QString text = problem();
    m_problem->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace Parterre
