#pragma once

#include "store/storelocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Parterre {

class Hosting;

// Settings > Host This Store: turns serving on and off, says where other terminals connect, and makes
// one-time pairing codes for them (made on a worker thread: a code is a write to the store).
class HostingDialog final : public QDialog
{
    Q_OBJECT

public:
    HostingDialog(Hosting &hosting, const StoreLocation &location, QWidget *parent = nullptr);

    void setServing(bool on);
    void makePairingCode();
    QString pairingCode() const;
    QString status() const; // what the dialog says about serving, with the command to connect

signals:
    void pairingCodeMade(const QString &code);

private:
    void updateState();

    Hosting &m_hosting;
    StoreLocation m_location;
    QCheckBox *m_serve;
    QComboBox *m_address;
    QSpinBox *m_port;
    QLabel *m_status;
    QLabel *m_command; // what to type on the other terminal
    QComboBox *m_role;
    QPushButton *m_makeCode;
    QLabel *m_code;
};

} // namespace Parterre
