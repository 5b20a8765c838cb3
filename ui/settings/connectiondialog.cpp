#include "connectiondialog.h"

#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Parterre {

ConnectionDialog::ConnectionDialog(const StoreLocation &current, QWidget *parent)
    : QDialog(parent)
    , m_sqlite(new QRadioButton(tr("This computer (SQLite file)"), this))
    , m_postgres(new QRadioButton(tr("Shared PostgreSQL server"), this))
    , m_file(new QLineEdit(this))
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("parterre"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Store connection"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    // libpq's sslmode values, in order of strictness.
    const QList<std::pair<QString, QString>> modes = {
        {tr("Prefer TLS"), QStringLiteral("prefer")},
        {tr("Require TLS"), QStringLiteral("require")},
        {tr("Require TLS, verify the certificate authority"), QStringLiteral("verify-ca")},
        {tr("Require TLS, verify the server name"), QStringLiteral("verify-full")},
        {tr("No TLS"), QStringLiteral("disable")}};
    for (const auto &[label, mode] : modes)
        m_tls->addItem(label, mode);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_browse = new QPushButton(tr("&Browse…"), this);
    auto *browse = m_browse;
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *serverForm = new QFormLayout;
    serverForm->addRow(tr("&Host:"), m_host);
    serverForm->addRow(tr("&Port:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(tr("Pass&word:"), m_password);
    serverForm->addRow(tr("&Encryption:"), m_tls);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sqlite);
    layout->addLayout(fileRow);
    layout->addWidget(m_postgres);
    layout->addLayout(serverForm);
    layout->addWidget(m_test);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sqlite, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Store file"), m_file->text(),
                                                          tr("Parterre stores (*.sqlite);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_file->setText(file);
    });

    if (current.kind == StoreLocation::Kind::Postgres) {
        m_postgres->setChecked(true);
        const QUrl url(current.path);
        m_host->setText(url.host());
        m_port->setValue(url.port(5432));
        m_database->setText(url.path().mid(1));
        m_user->setText(url.userName());
        const int tls = m_tls->findData(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")));
        m_tls->setCurrentIndex(tls >= 0 ? tls : 0);
        m_file->setText(StoreLocation::defaultLocation().path);
    } else {
        m_sqlite->setChecked(true);
        m_file->setText(current.path);
    }
    updateEnabled();
}

void ConnectionDialog::updateEnabled()
{
    const bool postgres = m_postgres->isChecked();
    m_file->setEnabled(!postgres);
    m_browse->setEnabled(!postgres);
    for (QWidget *w :
         {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_database),
          static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_tls)})
        w->setEnabled(postgres);
}

void ConnectionDialog::setPostgres(const QString &host, int port, const QString &database,
                                   const QString &user, const QString &password, const QString &tlsMode)
{
    m_postgres->setChecked(true);
    m_host->setText(host);
    m_port->setValue(port);
    m_database->setText(database);
    m_user->setText(user);
    m_password->setText(password);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(tlsMode)));
}

StoreLocation ConnectionDialog::build(bool withPassword) const
{
    if (m_sqlite->isChecked())
        return StoreLocation::sqlite(m_file->text().trimmed());
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    if (!m_user->text().trimmed().isEmpty())
        url.setUserName(m_user->text().trimmed());
    if (withPassword && !m_password->text().isEmpty())
        url.setPassword(m_password->text());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_tls->currentData().toString());
    query.addQueryItem(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    url.setQuery(query);
    return StoreLocation::postgres(url.toString(QUrl::FullyEncoded));
}

StoreLocation ConnectionDialog::location() const
{
    return build(true);
}

StoreLocation ConnectionDialog::locationWithoutPassword() const
{
    return build(false);
}

void ConnectionDialog::testConnection()
{
    const StoreLocation target = location();
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(target.describe()));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_test->setEnabled(true);
        m_result->setText(error.isEmpty() ? tr("Connected: the store is ready.") : error);
        emit tested(error.isEmpty());
    });
    // The store opens (and closes) on a pool thread: a slow or absent server never freezes the dialog.
    watcher->setFuture(QtConcurrent::run([target]() -> QString {
        auto store = target.open();
        return store ? QString() : store.error().message;
    }));
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

} // namespace Parterre
