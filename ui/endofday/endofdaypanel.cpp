#include "endofdaypanel.h"

#include <QLabel>

namespace Parterre {

EndOfDayPanel::EndOfDayPanel(InventoryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_message(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
}

QString EndOfDayPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void EndOfDayPanel::showMessage(const QString &text, bool warning)
{
    m_message->setText(text);
    m_message->setStyleSheet(warning ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }")
                                     : QStringLiteral("QLabel { color: #1b5e20; }"));
    m_message->setVisible(!text.isEmpty());
    if (warning)
        emit failed(text);
}

void EndOfDayPanel::showError(const Error &error)
{
    switch (error.code) {
    case Error::Code::Forbidden:
        showMessage(tr("Not allowed: %1").arg(error.message), true);
        break;
    case Error::Code::InvalidInput:
    case Error::Code::InvalidState:
    case Error::Code::NotFound:
        showMessage(error.message, true);
        break;
    default:
        showMessage(tr("The store failed: %1").arg(error.message), true);
        break;
    }
}

} // namespace Parterre
