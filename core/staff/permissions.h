#pragma once

#include "model/error.h"
#include "staff/user.h"

#include <optional>

namespace Parterre {

// Everything a person may or may not be allowed to do; what each role may do is one table in
// permissions.cpp.
enum class Permission
{
    Sell,             // hold, order, take cash, confirm, cancel a pending order
    Comp,             // complimentary payment
    Refund,           // refund a confirmed order; reconcile card payments the terminal left open
    Exchange,         // exchange tickets
    ExtendHold,       // extend a hold once
    Block,            // block and unblock seats, put seats under a hold code or release them
    ManageHoldCodes,  // define hold codes and who may sell from them
    SellFromHoldCode, // hold seats kept under a hold code, if the code names the role too
    EditSeatMaps,     // edit seat maps, events and shows
    ManageUsers,      // add and deactivate users, set PINs, store settings
    CloseOut,         // open and close a cash drawer
    Reports           // read sales reports
};

class Permissions final
{
public:
    Permissions() = delete;

    static bool allows(Role role, Permission permission);
    static QString name(Permission permission); // "refund"
    // Nothing when `user` may do it; otherwise the Forbidden error that names who and what.
    static std::optional<Error> check(const User &user, Permission permission);
};

} // namespace Parterre
