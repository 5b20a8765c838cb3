#pragma once

#include "sync/httpreply.h"
#include "sync/waitingroom.h"

#include <optional>

namespace Parterre {

class Clock;

// The waiting-room routes (POST /v1/waiting-room/sessions, GET /v1/waiting-room/sessions/{id}) and the
// admission check in front of a self-service channel's hold.
class WaitingRoomController final
{
public:
    WaitingRoomController(const WaitingRoomOptions &options, const Clock &clock,
                          const QByteArray &secret = {})
        : m_clock(clock)
        , m_room(options, clock, secret)
    {}

    HttpReply join(const QString &key);
    HttpReply status(const QString &session);
    // The 403 for a hold by a channel token without a valid admission token; nullopt when it may go ahead.
    std::optional<HttpReply> refuseHold(const QString &role, const QByteArray &admissionToken) const;

    WaitingRoom &room() { return m_room; }

private:
    QJsonObject ticketJson(const WaitingRoom::Ticket &ticket) const;

    const Clock &m_clock;
    WaitingRoom m_room;
};

} // namespace Parterre
