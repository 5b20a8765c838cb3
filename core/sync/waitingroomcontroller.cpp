#include "waitingroomcontroller.h"

#include "inventory/clock.h"

using namespace Qt::StringLiterals;

namespace Parterre {

QJsonObject WaitingRoomController::ticketJson(const WaitingRoom::Ticket &ticket) const
{
    QJsonObject o{{u"session"_s, ticket.session},
                  {u"admitted"_s, ticket.admitted()},
                  {u"server_time_ms"_s, m_clock.nowMs()}};
    if (ticket.admitted()) {
        o.insert(u"admission_token"_s, QString::fromLatin1(ticket.admissionToken));
        o.insert(u"expires_at_ms"_s, ticket.expiresAtMs);
    } else {
        o.insert(u"position"_s, ticket.position);
        o.insert(u"eta_ms"_s, ticket.etaMs);
        o.insert(u"poll_url"_s, QString(u"/v1/waiting-room/sessions/"_s + ticket.session));
    }
    return o;
}

HttpReply WaitingRoomController::join(const QString &key)
{
    return HttpReply::json(ticketJson(m_room.join(key)), 201);
}

HttpReply WaitingRoomController::status(const QString &session)
{
    const auto ticket = m_room.status(session);
    if (!ticket)
        return HttpReply::problem(
            404, u"not-found"_s, u"Not found"_s,
            u"no waiting-room session %1 (unknown, or its admission has expired)"_s.arg(session));
    return HttpReply::json(ticketJson(*ticket));
}

std::optional<HttpReply> WaitingRoomController::refuseHold(const QString &role,
                                                           const QByteArray &admissionToken) const
{
    // Clerks, supervisors and admins sell at the counter: the queue is for self-service channels only.
    if (role != "channel"_L1)
        return std::nullopt;
    QString detail;
    switch (m_room.check(admissionToken)) {
    case WaitingRoom::Verdict::Valid:
        return std::nullopt;
    case WaitingRoom::Verdict::Missing:
        detail = u"a channel's hold needs an Admission-Token header from the waiting room"_s;
        break;
    case WaitingRoom::Verdict::Forged:
        detail = u"the admission token is not valid"_s;
        break;
    case WaitingRoom::Verdict::Expired:
        detail = u"the admission token has expired; join the waiting room again"_s;
        break;
    }
    return HttpReply::problem(403, u"admission-required"_s, u"Admission through the waiting room is needed"_s,
                              detail);
}

} // namespace Parterre
