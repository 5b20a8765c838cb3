#include "postgreslistener.h"

#include "store/postgresconnection.h"
#include "store/postgresnotifier.h"

#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Parterre {

PostgresListener::PostgresListener(const QString &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &PostgresListener::tryConnect);
}

PostgresListener::~PostgresListener()
{
    delete m_socket;
    if (m_conn)
        PQfinish(m_conn);
}

void PostgresListener::start()
{
    tryConnect();
}

void PostgresListener::tryConnect()
{
    PGconn *conn = PQconnectdb(m_url.toUtf8().constData());
    if (PQstatus(conn) == CONNECTION_OK) {
        PGresult *result =
            PQexec(conn, (u"LISTEN "_s + QLatin1StringView(PostgresNotifier::Channel)).toUtf8());
        const bool listening = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        if (listening && PQsetnonblocking(conn, 1) == 0) {
            m_conn = conn;
            m_failures = 0;
            m_socket = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read, this);
            connect(m_socket, &QSocketNotifier::activated, this, &PostgresListener::readNotifications);
            emit connected();
            return;
        }
    }
    const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    PQfinish(conn);
    // Back off: 0.2 s, 0.4 s, … up to 5 s between tries.
    m_retry->start(std::min(200 << std::min(m_failures++, 5), 5000));
    emit disconnected(u"cannot listen on %1: %2"_s.arg(PostgresConnection::redacted(m_url), message));
}

void PostgresListener::readNotifications()
{
    if (!m_conn)
        return;
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK) {
        drop(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return;
    }
    QSet<qint64> shows;
    while (PGnotify *notification = PQnotifies(m_conn)) {
        ++m_received;
        for (const QByteArray &id : QByteArray(notification->extra).split(',')) {
            bool ok = false;
            const qint64 showId = id.toLongLong(&ok);
            if (ok)
                shows.insert(showId);
        }
        PQfreemem(notification);
    }
    if (!shows.isEmpty())
        emit showsChanged(shows);
}

void PostgresListener::drop(const QString &message)
{
    delete m_socket;
    m_socket = nullptr;
    PQfinish(m_conn);
    m_conn = nullptr;
    emit disconnected(message);
    m_retry->start(200);
}

} // namespace Parterre
