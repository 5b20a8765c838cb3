#pragma once

#include "inventory/clock.h"
#include "model/money.h"
#include "report/salesreport.h"
#include "report/zreport.h"
#include "staff/permissions.h"
#include "store/store.h"

#include <optional>

namespace Parterre {

// The end of day at a terminal: open a clerk's cash drawer with a float, close it with the counted cash
// (the store works out expected cash and variance), and the Z-report and sales reports. Clerks may open,
// close and read only their own drawer; supervisors and admins anyone's. Without a user, everything.
class CashDrawer final
{
public:
    CashDrawer(Store &store, const Clock &clock, const QString &terminal = QStringLiteral("local"));

    void setUser(const User &user) { m_user = user; }
    void clearUser() { m_user.reset(); }
    void setTerminal(const QString &terminal) { m_terminal = terminal; }

    // `clerk` empty: the user logged in.
    Result<DrawerSession> open(const QString &clerk, const Money &floatAmount, const QString &key);
    Result<DrawerSession> close(qint64 sessionId, qint64 countedMinor, const QString &key);
    Result<ZReport> zReport(qint64 sessionId);
    Result<QList<SalesReport::Row>> salesReport(SalesReport::By by, qint64 fromMs, qint64 toMs);

private:
    std::optional<Error> permitFor(const QString &clerk, Permission permission) const;
    CallContext context(const QString &key) const;

    Store &m_store;
    const Clock &m_clock;
    QString m_terminal;
    std::optional<User> m_user;
};

} // namespace Parterre
