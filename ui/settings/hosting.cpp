#include "hosting.h"

#include "sync/syncserver.h"

#include <QSettings>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Parterre {

Hosting::Hosting(QObject *parent)
    : QObject(parent)
{}

Hosting::~Hosting() = default;

Result<quint16> Hosting::start(const StoreLocation &location, const QHostAddress &address, quint16 port)
{
    if (!canServe(location))
        return Error::invalidInput(tr("This terminal works through another host; only a terminal that keeps "
                                      "the store itself can serve it."));
    stop();
    SyncOptions options;
    options.address = address;
    options.port = port;
    auto server = std::make_unique<SyncServer>(location, options);
    auto bound = server->start();
    if (!bound)
        return bound.error();
    m_server = std::move(server);
    m_location = location;
    m_address = address;
    m_port = *bound;
    remember(true);
    emit runningChanged(true);
    return *bound;
}

void Hosting::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    m_server.reset();
    remember(false);
    emit runningChanged(false);
}

QString Hosting::publicUrl() const
{
    const QString host = m_address == QHostAddress::LocalHost ? u"127.0.0.1"_s
                         : m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
                             ? QSysInfo::machineHostName()
                             : m_address.toString();
    return u"http://%1:%2"_s.arg(host).arg(m_port);
}

void Hosting::remember(bool on) const
{
    QSettings settings;
    settings.setValue(u"hosting/enabled"_s, on);
    if (on) {
        settings.setValue(u"hosting/address"_s, m_address.toString());
        settings.setValue(u"hosting/port"_s, m_port);
    }
}

void Hosting::restore(const StoreLocation &location)
{
    const QSettings settings;
    if (!settings.value(u"hosting/enabled"_s).toBool() || !canServe(location))
        return;
    const QHostAddress address(settings.value(u"hosting/address"_s, u"0.0.0.0"_s).toString());
    const quint16 port = quint16(settings.value(u"hosting/port"_s, 8780).toUInt());
    (void)start(location, address, port);
}

} // namespace Parterre
