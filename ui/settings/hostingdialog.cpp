#include "hostingdialog.h"

#include "boxoffice/roletext.h"
#include "inventory/clock.h"
#include "settings/hosting.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Parterre {

namespace {

constexpr qint64 kPairingTtlMs = 10 * 60 * 1000;

} // namespace

HostingDialog::HostingDialog(Hosting &hosting, const StoreLocation &location, QWidget *parent)
    : QDialog(parent)
    , m_hosting(hosting)
    , m_location(location)
    , m_serve(new QCheckBox(tr("&Serve this store to other terminals"), this))
    , m_address(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_command(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_makeCode(new QPushButton(tr("New &Pairing Code"), this))
    , m_code(new QLabel(this))
{
    setWindowTitle(tr("Host This Store"));
    m_serve->setObjectName(u"serve"_s);
    m_address->setObjectName(u"address"_s);
    m_port->setObjectName(u"port"_s);
    m_role->setObjectName(u"role"_s);
    m_address->addItem(tr("Every network (0.0.0.0)"), u"0.0.0.0"_s);
    m_address->addItem(tr("This computer only (127.0.0.1)"), u"127.0.0.1"_s);
    m_port->setRange(1024, 65535);
    m_port->setValue(hosting.isRunning() && hosting.port() != 0 ? hosting.port() : 8780);
    if (hosting.isRunning() && hosting.address() == QHostAddress::LocalHost)
        m_address->setCurrentIndex(1);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_command->setTextFormat(Qt::PlainText);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMinimumWidth(480);
    for (Role role : {Role::Clerk, Role::Supervisor, Role::Organizer})
        m_role->addItem(RoleText::title(role), roleName(role));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAlignment(Qt::AlignCenter);

    auto *where = new QFormLayout;
    where->addRow(tr("&Listen on:"), m_address);
    where->addRow(tr("P&ort:"), m_port);

    auto *pairing = new QGroupBox(tr("Pair a terminal"), this);
    auto *pairingLayout = new QFormLayout(pairing);
    pairingLayout->addRow(tr("&Role:"), m_role);
    pairingLayout->addRow(m_makeCode);
    pairingLayout->addRow(m_code);
    auto *hint = new QLabel(tr("Start the new terminal with the command above and type this code when it "
                               "asks. A code works once, for ten minutes."),
                            pairing);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    pairingLayout->addRow(hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_serve);
    layout->addLayout(where);
    layout->addWidget(m_status);
    layout->addWidget(m_command);
    layout->addWidget(pairing);
    layout->addWidget(buttons);

    m_serve->setChecked(hosting.isRunning());
    connect(m_serve, &QCheckBox::toggled, this, &HostingDialog::setServing);
    connect(m_makeCode, &QPushButton::clicked, this, &HostingDialog::makePairingCode);
    connect(&m_hosting, &Hosting::runningChanged, this, &HostingDialog::updateState);
    updateState();
}

void HostingDialog::setServing(bool on)
{
    if (on == m_hosting.isRunning()) {
        updateState();
        return;
    }
    if (!on) {
        m_hosting.stop();
        return;
    }
    auto started = m_hosting.start(m_location, QHostAddress(m_address->currentData().toString()),
                                   quint16(m_port->value()));
    if (!started) {
        const QSignalBlocker blocker(m_serve);
        m_serve->setChecked(false);
        m_status->setText(tr("Could not serve the store: %1").arg(started.error().message));
    }
}

void HostingDialog::makePairingCode()
{
    if (!m_hosting.isRunning())
        return;
    m_makeCode->setEnabled(false);
    m_code->setText(tr("…"));
    const StoreLocation location = m_location;
    const QString role = m_role->currentData().toString();
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<QString> code = watcher->result();
        m_makeCode->setEnabled(m_hosting.isRunning());
        if (!code) {
            m_code->setText(QString());
            m_status->setText(tr("Could not make a pairing code: %1").arg(code.error().message));
            return;
        }
        m_code->setText(*code);
        emit pairingCodeMade(*code);
    });
    watcher->setFuture(QtConcurrent::run([location, role]() -> Result<QString> {
        auto store = location.open(); // a store is bound to the thread that opens it: this one
        if (!store)
            return store.error();
        const CallContext ctx{{}, u"host"_s, u"local"_s, SystemClock().nowMs()};
        return (*store)->createPairingCode(role, kPairingTtlMs, ctx);
    }));
}

QString HostingDialog::pairingCode() const
{
    return m_code->text();
}

QString HostingDialog::status() const
{
    return m_command->isVisibleTo(this) ? m_status->text() + u'\n' + m_command->text() : m_status->text();
}

void HostingDialog::updateState()
{
    const bool canServe = Hosting::canServe(m_location);
    const bool running = m_hosting.isRunning();
    m_serve->setEnabled(canServe);
    {
        const QSignalBlocker blocker(m_serve);
        m_serve->setChecked(running);
    }
    m_address->setEnabled(canServe && !running);
    m_port->setEnabled(canServe && !running);
    m_role->setEnabled(running);
    m_makeCode->setEnabled(running);
    m_command->setVisible(running);
    if (!canServe) {
        m_status->setText(tr("This terminal works through another host, so it has no store of its own to "
                             "serve."));
    } else if (running) {
        m_status->setText(
            tr("Serving %1. Other terminals connect with:").arg(m_hosting.location().describe()));
        m_command->setText(u"parterre --connect "_s + m_hosting.publicUrl());
    } else {
        m_status->setText(tr("Not serving: only this terminal uses the store."));
    }
    if (!running)
        m_code->setText(QString());
}

} // namespace Parterre
