#pragma once

#include "store/storelocation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Parterre {

// Where this terminal keeps its inventory: a SQLite file on this computer, or a shared PostgreSQL server
// (host, port, database, user, password, TLS mode). "Test connection" opens the store off the GUI thread.
// The password goes into the connection URL only: it is never shown again, logged or saved.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const StoreLocation &current, QWidget *parent = nullptr);

    StoreLocation location() const;
    // For the settings file: the same, without the password.
    StoreLocation locationWithoutPassword() const;

    void setPostgres(const QString &host, int port, const QString &database, const QString &user,
                     const QString &password, const QString &tlsMode);
    void testConnection();
    QString testResult() const;

signals:
    void tested(bool ok);

private:
    StoreLocation build(bool withPassword) const;
    void updateEnabled();

    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QLineEdit *m_file;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QPushButton *m_test;
    QLabel *m_result;
};

} // namespace Parterre
