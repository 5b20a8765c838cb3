// Users, roles and PINs: every action a role may not take is refused as Forbidden before anything is
// written; PINs are kept hashed and lock a user out after five wrong tries; hold codes keep house seats for
// the roles they name; a hold is extended once.

#include "testsupport.h"

#include "report/cashdrawer.h"
#include "staff/pinhasher.h"
#include "staff/staffservice.h"
#include "sync/httpreply.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parterre;
using namespace Parterre::Test;

namespace {

template<typename T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

User person(Role role)
{
    User user;
    user.id = 100 + int(role);
    user.name = roleName(role) + u"-anna"_s;
    user.role = role;
    return user;
}

} // namespace

class TestStaff final : public QObject
{
    Q_OBJECT

private slots:
    void permissionTable();
    void forbiddenIsHttp403();
    void refusedActionsWriteNothing_data();
    void refusedActionsWriteNothing();
    void permittedActionsGoThrough_data();
    void permittedActionsGoThrough();
    void inactiveUserIsRefused();
    void actorIsTheUser();
    void pinsAreHashedNeverPlain();
    void loginAndLockout();
    void setPinRules();
    void lastAdminStays();
    void holdCodeSeatsOnlyForPermittedRoles();
    void holdCodeSeatsGoBackToTheCode();
    void bestAvailableFromAHoldCode();
    void holdCodeReleaseAndVerify();
    void holdExtendsOnce();
    void holdTimeSetting();
};

void TestStaff::permissionTable()
{
    QVERIFY(Permissions::allows(Role::Clerk, Permission::Sell));
    QVERIFY(!Permissions::allows(Role::Clerk, Permission::Comp));
    QVERIFY(!Permissions::allows(Role::Clerk, Permission::Refund));
    QVERIFY(Permissions::allows(Role::Supervisor, Permission::Refund));
    QVERIFY(Permissions::allows(Role::Supervisor, Permission::ExtendHold));
    QVERIFY(!Permissions::allows(Role::Organizer, Permission::Sell));
    QVERIFY(Permissions::allows(Role::Organizer, Permission::EditSeatMaps));
    QVERIFY(!Permissions::allows(Role::Supervisor, Permission::ManageUsers));
    for (int p = 0; p <= int(Permission::Reports); ++p)
        QVERIFY(Permissions::allows(Role::Admin, Permission(p)));
    auto refused = Permissions::check(person(Role::Clerk), Permission::Refund);
    QVERIFY(refused);
    QCOMPARE(refused->code, Error::Code::Forbidden);
    QCOMPARE(refused->codeName(), u"forbidden"_s);
    QVERIFY(refused->message.contains(u"clerk"_s));
}

void TestStaff::forbiddenIsHttp403()
{
    const HttpReply reply = HttpReply::fromError(Error::forbidden(u"carla (clerk) may not refund"_s));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
    QVERIFY(reply.body.contains("problems/forbidden"));
    QVERIFY(reply.body.contains("may not refund"));
    QCOMPARE(Error::forbidden(u"x"_s).toJson().value(u"error"_s).toString(), u"forbidden"_s);
}

// Each row: a role and an action it may not take. The setup (as the system) makes something to act on.
void TestStaff::refusedActionsWriteNothing_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("action");
    const QList<std::pair<Role, QStringList>> refused = {
        {Role::Clerk,
         {u"comp"_s, u"refund"_s, u"block"_s, u"unblock"_s, u"extend"_s, u"hold_code_seats"_s,
          u"sell_from_code"_s, u"move_show"_s, u"create_user"_s, u"create_hold_code"_s, u"hold_time"_s,
          u"report"_s, u"other_drawer"_s, u"comp_sale"_s, u"exchange"_s}},
        {Role::Supervisor,
         {u"move_show"_s, u"create_user"_s, u"create_hold_code"_s, u"hold_time"_s, u"sell_from_code"_s}},
        {Role::Organizer,
         {u"hold"_s, u"sale"_s, u"comp"_s, u"refund"_s, u"extend"_s, u"sell_from_code"_s, u"create_user"_s,
          u"open_drawer"_s, u"hold_time"_s}},
    };
    for (const auto &[role, actions] : refused) {
        for (const QString &action : actions)
            QTest::newRow(qPrintable(roleName(role) + u' ' + action)) << int(role) << action;
    }
}

void TestStaff::refusedActionsWriteNothing()
{
    QFETCH(int, role);
    QFETCH(QString, action);
    Fixture f;
    QVERIFY(f.isValid());
    InventoryEngine &engine = f.engine();
    StaffService staff(f.store(), f.clock(), u"test-terminal"_s);
    staff.setPinIterations(1000);
    CashDrawer drawer(f.store(), f.clock(), u"test-terminal"_s);
    // Set up as the system: a sold order, a hold, a blocked seat, a press code with seats under it (that
    // only supervisors may sell from... except for the supervisor row, where only admins may).
    const Order sold = f.sell({seatId(1, 1)});
    QVERIFY(sold.id > 0);
    auto held = engine.hold({f.showId(), {seatId(2, 1)}, {}, 0}, u"held"_s);
    QVERIFY(held.ok());
    auto pending = engine.hold({f.showId(), {seatId(2, 5)}, {}, 0}, u"pending-hold"_s);
    QVERIFY(pending.ok());
    auto order = engine.createOrder({pending->id, {}}, u"pending-order"_s);
    QVERIFY(order.ok());
    QVERIFY(engine.setBlocked({f.showId(), {seatId(3, 1)}, true, u"broken"_s}, u"blocked"_s).ok());
    HoldCode press{u"press"_s, u"Press"_s, {Role::Supervisor}, 0};
    if (Role(role) == Role::Supervisor)
        press.roles = {Role::Clerk};
    QVERIFY(staff.createHoldCode(press, u"code"_s).ok());
    QVERIFY(engine.setSeatsHoldCode(f.showId(), {seatId(4, 1)}, u"press"_s, u"press-seats"_s).ok());
    QVERIFY(staff.createUser(u"boss"_s, Role::Admin, u"1234"_s, u"boss"_s).ok());
    auto map = f.store().show(f.showId(), f.clock().nowMs());
    QVERIFY(map.ok());
    auto openDrawer = drawer.open(u"someone-else"_s, {10'000, u"EUR"_s}, u"drawer"_s);
    QVERIFY(openDrawer.ok());

    const User user = person(Role(role));
    engine.setUser(user);
    staff.setUser(user);
    drawer.setUser(user);
    const QByteArray before = f.snapshot();
    std::optional<Error> error;
    const auto keep = [&error](const auto &result) {
        if (!result.ok())
            error = result.error();
    };
    if (action == "comp"_L1) {
        PaymentRequest pay{order->id, Payment::Method::Comp, -1, u"EUR"_s, -1, u"friend"_s};
        keep(engine.pay(pay, u"a"_s));
    } else if (action == "comp_sale"_L1) {
        SaleRequest sale;
        sale.hold = {f.showId(), {seatId(5, 5)}, {}, 0};
        sale.method = Payment::Method::Comp;
        sale.reason = u"friend"_s;
        keep(engine.sell(sale, u"a"_s));
    } else if (action == "refund"_L1) {
        keep(engine.refund({sold.id, {}, u"changed mind"_s}, u"a"_s));
    } else if (action == "block"_L1) {
        keep(engine.setBlocked({f.showId(), {seatId(5, 1)}, true, u"kill"_s}, u"a"_s));
    } else if (action == "unblock"_L1) {
        keep(engine.setBlocked({f.showId(), {seatId(3, 1)}, false, {}}, u"a"_s));
    } else if (action == "extend"_L1) {
        keep(engine.extendHold(held->id, u"a"_s));
    } else if (action == "hold_code_seats"_L1) {
        keep(engine.setSeatsHoldCode(f.showId(), {seatId(5, 2)}, u"press"_s, u"a"_s));
    } else if (action == "sell_from_code"_L1) {
        HoldRequest request{f.showId(), {seatId(4, 1)}, {}, 0};
        request.holdCode = u"press"_s;
        keep(engine.hold(request, u"a"_s));
    } else if (action == "move_show"_L1) {
        keep(engine.moveShowToSeatMap(f.showId(), map->seatMapId, u"a"_s));
    } else if (action == "create_user"_L1) {
        keep(staff.createUser(u"eve"_s, Role::Admin, u"9999"_s, u"a"_s));
    } else if (action == "create_hold_code"_L1) {
        keep(staff.createHoldCode({u"promoter"_s, u"Promoter"_s, {Role::Clerk}, 0}, u"a"_s));
    } else if (action == "hold_time"_L1) {
        keep(staff.setHoldTime(5 * 60 * 1000));
    } else if (action == "report"_L1) {
        keep(drawer.salesReport(SalesReport::By::Clerk, 0, 0));
    } else if (action == "other_drawer"_L1) {
        keep(drawer.close(openDrawer->id, 10'000, u"a"_s));
    } else if (action == "open_drawer"_L1) {
        keep(drawer.open({}, {10'000, u"EUR"_s}, u"a"_s));
    } else if (action == "exchange"_L1) {
        ExchangeRequest exchange;
        exchange.orderId = sold.id;
        exchange.itemIds = {sold.items.first().id};
        exchange.target = {f.showId(), {seatId(6, 3)}, {}, 0};
        keep(engine.exchange(exchange, u"a"_s));
    } else if (action == "hold"_L1) {
        keep(engine.hold({f.showId(), {seatId(6, 1)}, {}, 0}, u"a"_s));
    } else if (action == "sale"_L1) {
        SaleRequest sale;
        sale.hold = {f.showId(), {seatId(6, 2)}, {}, 0};
        keep(engine.sell(sale, u"a"_s));
    } else {
        QFAIL(qPrintable(u"unknown action "_s + action));
    }
    QVERIFY2(error.has_value(), qPrintable(action + u" was allowed"_s));
    QCOMPARE(error->code, Error::Code::Forbidden);
    QVERIFY2(error->message.contains(user.name), qPrintable(error->message));
    QCOMPARE(f.snapshot(), before);
}

// The other side of the table: what each role may do does go through.
void TestStaff::permittedActionsGoThrough_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("action");
    const QList<std::pair<Role, QStringList>> allowed = {
        {Role::Clerk, {u"sale"_s, u"own_drawer"_s, u"own_pin"_s}},
        {Role::Supervisor,
         {u"sale"_s, u"comp_sale"_s, u"refund"_s, u"extend"_s, u"block"_s, u"own_drawer"_s, u"report"_s}},
        {Role::Organizer, {u"block"_s, u"create_hold_code"_s, u"report"_s}},
        {Role::Admin,
         {u"sale"_s, u"comp_sale"_s, u"refund"_s, u"extend"_s, u"block"_s, u"create_hold_code"_s,
          u"create_user"_s, u"hold_time"_s, u"report"_s}},
    };
    for (const auto &[role, actions] : allowed) {
        for (const QString &action : actions)
            QTest::newRow(qPrintable(roleName(role) + u' ' + action)) << int(role) << action;
    }
}

void TestStaff::permittedActionsGoThrough()
{
    QFETCH(int, role);
    QFETCH(QString, action);
    Fixture f;
    QVERIFY(f.isValid());
    InventoryEngine &engine = f.engine();
    StaffService staff(f.store(), f.clock(), u"test-terminal"_s);
    staff.setPinIterations(1000);
    CashDrawer drawer(f.store(), f.clock(), u"test-terminal"_s);
    const User user = person(Role(role));
    auto stored = staff.createUser(user.name, user.role, u"1234"_s, u"me"_s);
    QVERIFY(stored.ok());
    const Order sold = f.sell({seatId(1, 1)});
    auto held = engine.hold({f.showId(), {seatId(2, 1)}, {}, 0}, u"held"_s);
    QVERIFY(held.ok());
    engine.setUser(*stored);
    staff.setUser(*stored);
    drawer.setUser(*stored);
    bool ok = false;
    QString why;
    const auto keep = [&](const auto &result) {
        ok = result.ok();
        if (!ok)
            why = result.error().message;
    };
    if (action == "sale"_L1) {
        SaleRequest sale;
        sale.hold = {f.showId(), {seatId(5, 5)}, {}, 0};
        keep(engine.sell(sale, u"a"_s));
    } else if (action == "comp_sale"_L1) {
        SaleRequest sale;
        sale.hold = {f.showId(), {seatId(5, 6)}, {}, 0};
        sale.method = Payment::Method::Comp;
        sale.reason = u"press"_s;
        keep(engine.sell(sale, u"a"_s));
    } else if (action == "refund"_L1) {
        keep(engine.refund({sold.id, {}, u"changed mind"_s}, u"a"_s));
    } else if (action == "extend"_L1) {
        keep(engine.extendHold(held->id, u"a"_s));
    } else if (action == "block"_L1) {
        keep(engine.setBlocked({f.showId(), {seatId(5, 1)}, true, u"kill"_s}, u"a"_s));
    } else if (action == "own_drawer"_L1) {
        auto opened = drawer.open({}, {1'000, u"EUR"_s}, u"open"_s);
        QVERIFY(opened.ok());
        keep(drawer.close(opened->id, 1'000, u"close"_s));
    } else if (action == "own_pin"_L1) {
        keep(staff.setPin(user.name, u"8642"_s));
    } else if (action == "create_hold_code"_L1) {
        keep(staff.createHoldCode({u"promoter"_s, u"Promoter"_s, {Role::Clerk}, 0}, u"a"_s));
    } else if (action == "create_user"_L1) {
        keep(staff.createUser(u"eve"_s, Role::Clerk, u"9999"_s, u"a"_s));
    } else if (action == "hold_time"_L1) {
        keep(staff.setHoldTime(5 * 60 * 1000));
    } else if (action == "report"_L1) {
        keep(drawer.salesReport(SalesReport::By::Clerk, 0, 0));
    } else {
        QFAIL(qPrintable(u"unknown action "_s + action));
    }
    QVERIFY2(ok, qPrintable(why));
    // Whatever was done is stamped with the user's name.
    if (action != "report"_L1) {
        const auto rows =
            f.database().query(u"SELECT COUNT(*) FROM audit_log WHERE actor = '%1'"_s.arg(user.name));
        QVERIFY(rows.first().first().toInt() > 0);
    }
    QCOMPARE(f.violations(), QStringList());
}

void TestStaff::inactiveUserIsRefused()
{
    Fixture f;
    QVERIFY(f.isValid());
    User user = person(Role::Admin);
    user.active = false;
    f.engine().setUser(user);
    const QByteArray before = f.snapshot();
    auto hold = f.engine().hold({f.showId(), {seatId(1, 1)}, {}, 0}, u"a"_s);
    QVERIFY(!hold.ok());
    QCOMPARE(hold.error().code, Error::Code::Forbidden);
    QCOMPARE(f.snapshot(), before);
}

void TestStaff::actorIsTheUser()
{
    Fixture f;
    QVERIFY(f.isValid());
    f.engine().setUser(person(Role::Supervisor));
    QCOMPARE(f.engine().actor(), u"supervisor-anna"_s);
    SaleRequest sale;
    sale.hold = {f.showId(), {seatId(1, 1)}, {}, 0};
    sale.method = Payment::Method::Comp;
    sale.reason = u"press"_s;
    QVERIFY(f.engine().sell(sale, u"comp"_s).ok());
    const auto rows =
        f.database().query(u"SELECT DISTINCT actor, terminal FROM audit_log WHERE action = 'pay'"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0).toString(), u"supervisor-anna"_s);
    QCOMPARE(rows.first().at(1).toString(), u"test-terminal"_s);
    f.engine().clearUser();
    QCOMPARE(f.engine().actor(), u"system"_s);
}

void TestStaff::pinsAreHashedNeverPlain()
{
    QVERIFY(PinHasher::isValidPin(u"1234"_s));
    QVERIFY(PinHasher::isValidPin(u"12345678"_s));
    QVERIFY(!PinHasher::isValidPin(u"123"_s));
    QVERIFY(!PinHasher::isValidPin(u"123456789"_s));
    QVERIFY(!PinHasher::isValidPin(u"12a4"_s));
    QVERIFY(!PinHasher::isValidPin(u"١٢٣٤"_s)); // Arabic-Indic digits are digits, but not PIN digits

    const PinDigest a = PinHasher::digest(u"4711"_s);
    const PinDigest b = PinHasher::digest(u"4711"_s);
    QCOMPARE(a.iterations, PinHasher::DefaultIterations);
    QCOMPARE(a.hash.size(), 64);
    QVERIFY(a.salt != b.salt); // salted: the same PIN hashes differently
    QVERIFY(a.hash != b.hash);
    QVERIFY(PinHasher::matches(u"4711"_s, a));
    QVERIFY(!PinHasher::matches(u"4712"_s, a));
    QVERIFY(PinHasher::constantTimeEquals("abc", "abc"));
    QVERIFY(!PinHasher::constantTimeEquals("abc", "abd"));
    QVERIFY(!PinHasher::constantTimeEquals("abc", "abcd"));

    Fixture f;
    QVERIFY(f.isValid());
    StaffService staff(f.store(), f.clock());
    QVERIFY(staff.createUser(u"carla"_s, Role::Clerk, u"731942"_s, u"carla"_s).ok());
    const auto rows = f.database().query(u"SELECT pin_hash, pin_salt, pin_iterations FROM users"_s);
    QCOMPARE(rows.size(), 1);
    QVERIFY(!rows.first().at(0).toString().contains(u"731942"_s));
    QCOMPARE(rows.first().at(2).toInt(), PinHasher::DefaultIterations);
    const PinDigest stored{rows.first().at(1).toString().toLatin1(), rows.first().at(0).toString().toLatin1(),
                           rows.first().at(2).toInt()};
    QVERIFY(PinHasher::matches(u"731942"_s, stored)); // what is kept is the PIN's digest
    QVERIFY(!PinHasher::matches(u"731943"_s, stored));
    // Nor in the audit log or the stored answers.
    for (const QString &sql : {u"SELECT COUNT(*) FROM audit_log WHERE details LIKE '%731942%'"_s,
                               u"SELECT COUNT(*) FROM idempotency_keys WHERE response LIKE '%731942%'"_s})
        QCOMPARE(f.database().query(sql).first().first().toInt(), 0);
}

void TestStaff::loginAndLockout()
{
    Fixture f;
    QVERIFY(f.isValid());
    StaffService staff(f.store(), f.clock(), u"till-2"_s);
    staff.setPinIterations(1000);
    auto carla = staff.createUser(u"carla"_s, Role::Clerk, u"1111"_s, u"carla"_s);
    QVERIFY(carla.ok());

    auto in = staff.login(u"carla"_s, u"1111"_s);
    QVERIFY(in.ok());
    QCOMPARE(in->name, u"carla"_s);
    QCOMPARE(in->role, Role::Clerk);
    QVERIFY(staff.login(QString::number(carla->id), u"1111"_s).ok()); // by id, for a quick switch

    // Unknown names and wrong PINs read alike.
    auto unknown = staff.login(u"nobody"_s, u"1111"_s);
    QCOMPARE(unknown.error().code, Error::Code::Forbidden);
    auto wrong = staff.login(u"carla"_s, u"1112"_s);
    QCOMPARE(wrong.error().code, Error::Code::Forbidden);
    QCOMPARE(wrong.error().message, unknown.error().message);

    // A success clears the count: four more wrong PINs do not lock.
    QVERIFY(staff.login(u"carla"_s, u"1111"_s).ok());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(staff.login(u"carla"_s, u"0000"_s).error().message, u"wrong name or PIN"_s);
    QVERIFY(staff.login(u"carla"_s, u"1111"_s).ok());
    // Five in a row lock her out; then even the right PIN is refused, until the lockout ends.
    for (int i = 0; i < 4; ++i)
        QVERIFY(!staff.login(u"carla"_s, u"0000"_s).ok());
    auto fifth = staff.login(u"carla"_s, u"0000"_s);
    QCOMPARE(fifth.error().code, Error::Code::Forbidden);
    QVERIFY2(fifth.error().message.contains(u"locked"_s), qPrintable(fifth.error().message));
    auto locked = staff.login(u"carla"_s, u"1111"_s);
    QCOMPARE(locked.error().code, Error::Code::Forbidden);
    QVERIFY(locked.error().message.contains(u"locked"_s));
    f.clock().advanceMs(PinHasher::LockoutMs - 1000);
    QVERIFY(!staff.login(u"carla"_s, u"1111"_s).ok());
    f.clock().advanceMs(1000);
    QVERIFY(staff.login(u"carla"_s, u"1111"_s).ok());
    // Locked out again, the lockout ends: the count starts afresh, one slip does not lock her again.
    for (int i = 0; i < 5; ++i)
        QVERIFY(!staff.login(u"carla"_s, u"0000"_s).ok());
    f.clock().advanceMs(PinHasher::LockoutMs);
    QCOMPARE(staff.login(u"carla"_s, u"0000"_s).error().message, u"wrong name or PIN"_s);
    QVERIFY(staff.login(u"carla"_s, u"1111"_s).ok());

    // Every attempt is in the audit log, with the terminal.
    const auto failed = f.database().query(
        u"SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed' AND actor = 'carla' AND terminal = 'till-2'"_s);
    QCOMPARE(failed.first().first().toInt(), 16);

    // An inactive user cannot log in.
    QVERIFY(staff.setActive(u"carla"_s, false, u"off"_s).ok());
    QCOMPARE(staff.login(u"carla"_s, u"1111"_s).error().code, Error::Code::Forbidden);
}

void TestStaff::setPinRules()
{
    Fixture f;
    QVERIFY(f.isValid());
    StaffService staff(f.store(), f.clock());
    staff.setPinIterations(1000);
    auto carla = staff.createUser(u"carla"_s, Role::Clerk, u"1111"_s, u"carla"_s);
    auto dora = staff.createUser(u"dora"_s, Role::Clerk, u"2222"_s, u"dora"_s);
    QVERIFY(carla.ok() && dora.ok());
    QCOMPARE(staff.createUser(u"carla"_s, Role::Clerk, u"1111"_s, u"again"_s).error().code,
             Error::Code::Conflict);
    QCOMPARE(staff.createUser(u"x"_s, Role::Clerk, u"12"_s, u"short"_s).error().code,
             Error::Code::InvalidInput);
    QCOMPARE(staff.createUser(u"42"_s, Role::Clerk, u"1234"_s, u"num"_s).error().code,
             Error::Code::InvalidInput);

    staff.setUser(*carla);
    QVERIFY(staff.setPin(u"carla"_s, u"5555"_s).ok()); // her own
    const QByteArray before = f.snapshot();
    QCOMPARE(staff.setPin(u"dora"_s, u"5555"_s).error().code, Error::Code::Forbidden); // not hers
    QCOMPARE(f.snapshot(), before);
    staff.clearUser();
    QVERIFY(staff.login(u"carla"_s, u"5555"_s).ok());
    QVERIFY(!staff.login(u"carla"_s, u"1111"_s).ok());
}

void TestStaff::lastAdminStays()
{
    Fixture f;
    QVERIFY(f.isValid());
    StaffService staff(f.store(), f.clock());
    staff.setPinIterations(1000);
    auto admin = staff.createUser(u"root"_s, Role::Admin, u"1234"_s, u"root"_s);
    QVERIFY(admin.ok());
    const QByteArray before = f.snapshot();
    auto off = staff.setActive(u"root"_s, false, u"off"_s);
    QCOMPARE(off.error().code, Error::Code::InvalidState);
    QCOMPARE(f.snapshot(), before);
    QVERIFY(staff.createUser(u"second"_s, Role::Admin, u"1234"_s, u"second"_s).ok());
    QVERIFY(staff.setActive(u"root"_s, false, u"off"_s).ok());
    auto users = staff.users();
    QVERIFY(users.ok());
    QCOMPARE(users->size(), 2);
    QCOMPARE(users->first().name, u"root"_s);
    QVERIFY(!users->first().active);
}

void TestStaff::holdCodeSeatsOnlyForPermittedRoles()
{
    Fixture f;
    QVERIFY(f.isValid());
    StaffService staff(f.store(), f.clock());
    QVERIFY(
        staff.createHoldCode({u"wheelchair"_s, u"Wheelchair reserve"_s, {Role::Supervisor}, 0}, u"c"_s).ok());
    QVERIFY(staff.createHoldCode({u"promoter"_s, u"Promoter"_s, {Role::Clerk, Role::Supervisor}, 0}, u"p"_s)
                .ok());
    auto codes = f.store().holdCodes();
    QVERIFY(codes.ok());
    QCOMPARE(codes->size(), 2);
    QCOMPARE(codes->at(0).code, u"promoter"_s);
    QCOMPARE(codes->at(0).roles, (QList<Role>{Role::Clerk, Role::Supervisor}));

    InventoryEngine &engine = f.engine();
    engine.setUser(person(Role::Supervisor));
    auto kept = engine.setSeatsHoldCode(f.showId(), {seatId(1, 1), seatId(1, 2)}, u"wheelchair"_s, u"keep"_s);
    QVERIFY2(kept.ok(), why(kept).constData());
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"blocked"_s);
    auto states = f.store().seatStates(f.showId(), f.clock().nowMs());
    QVERIFY(states.ok());
    QCOMPARE(states->at(0).holdCode, u"wheelchair"_s);
    QCOMPARE(states->at(0).toJson().value(u"hold_code"_s).toString(), u"wheelchair"_s);
    QVERIFY(!states->at(2).toJson().contains(u"hold_code"_s));

    // Not on sale: a plain hold, best available and a plain block all leave them alone.
    engine.setUser(person(Role::Clerk));
    auto plain = engine.hold({f.showId(), {seatId(1, 1)}, {}, 0}, u"plain"_s);
    QCOMPARE(plain.error().code, Error::Code::SeatUnavailable);
    // A clerk may not sell from the wheelchair reserve...
    HoldRequest fromCode{f.showId(), {seatId(1, 1)}, {}, 0};
    fromCode.holdCode = u"wheelchair"_s;
    const QByteArray before = f.snapshot();
    auto clerk = engine.hold(fromCode, u"clerk"_s);
    QCOMPARE(clerk.error().code, Error::Code::Forbidden);
    QVERIFY(clerk.error().message.contains(u"Wheelchair reserve"_s));
    QCOMPARE(f.snapshot(), before);
    // ...a supervisor may, and only seats kept under that code.
    engine.setUser(person(Role::Supervisor));
    HoldRequest mixed = fromCode;
    mixed.seatIds = {seatId(1, 2), seatId(1, 3)};
    auto wrongSeats = engine.hold(mixed, u"mixed"_s);
    QCOMPARE(wrongSeats.error().code, Error::Code::SeatUnavailable);
    QCOMPARE(wrongSeats.error().seatIds, QStringList{seatId(1, 3)});
    auto held = engine.hold(fromCode, u"super"_s);
    QVERIFY2(held.ok(), why(held).constData());
    auto order = engine.createOrder({held->id, {}}, u"order"_s);
    QVERIFY(order.ok());
    QVERIFY(engine.pay({order->id, Payment::Method::Cash, -1, u"EUR"_s, -1, {}}, u"pay"_s).ok());
    QVERIFY(engine.confirm(order->id, u"confirm"_s).ok());
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"sold"_s);
    // An unknown code is NotFound; a code on standing places is refused.
    fromCode.holdCode = u"nonesuch"_s;
    QCOMPARE(engine.hold(fromCode, u"none"_s).error().code, Error::Code::NotFound);
    QCOMPARE(f.violations(), QStringList());
}

void TestStaff::bestAvailableFromAHoldCode()
{
    Fixture f;
    QVERIFY(f.isValid());
    StaffService staff(f.store(), f.clock());
    QVERIFY(staff.createHoldCode({u"press"_s, u"Press"_s, {Role::Supervisor}, 0}, u"c"_s).ok());
    InventoryEngine &engine = f.engine();
    const QStringList kept{seatId(2, 5), seatId(2, 6), seatId(2, 7), seatId(2, 8)};
    QVERIFY(engine.setSeatsHoldCode(f.showId(), kept, u"press"_s, u"keep"_s).ok());
    const BestAvailableRequest two{{}, 2, false};

    // A role the code does not name is refused before anything is read; nothing is written.
    engine.setUser(person(Role::Clerk));
    QByteArray before = f.snapshot();
    auto clerk = engine.holdBestFromCode(f.showId(), two, u"press"_s, u"clerk"_s);
    QCOMPARE(clerk.error().code, Error::Code::Forbidden);
    QCOMPARE(f.snapshot(), before);

    // A supervisor gets two seats side by side, both from the code, held under it.
    engine.setUser(person(Role::Supervisor));
    auto held = engine.holdBestFromCode(f.showId(), two, u"press"_s, u"super"_s);
    QVERIFY2(held.ok(), why(held).constData());
    QCOMPARE(held->seatIds.size(), 2);
    for (const QString &seat : std::as_const(held->seatIds)) {
        QVERIFY2(kept.contains(seat), qPrintable(seat));
        QCOMPARE(f.seatStatus(seat), u"held"_s);
    }
    // Three more than the code still keeps: refused, nothing written; an unknown code is NotFound.
    before = f.snapshot();
    QVERIFY(!engine.holdBestFromCode(f.showId(), {{}, 3, false}, u"press"_s, u"three"_s).ok());
    QCOMPARE(f.snapshot(), before);
    QCOMPARE(engine.holdBestFromCode(f.showId(), two, u"nonesuch"_s, u"none"_s).error().code,
             Error::Code::NotFound);
    QCOMPARE(f.snapshot(), before);
    QCOMPARE(f.violations(), QStringList());
}

void TestStaff::holdCodeSeatsGoBackToTheCode()
{
    Fixture f;
    QVERIFY(f.isValid());
    StaffService staff(f.store(), f.clock());
    QVERIFY(staff.createHoldCode({u"press"_s, u"Press"_s, {Role::Clerk}, 0}, u"c"_s).ok());
    InventoryEngine &engine = f.engine();
    QVERIFY(engine.setSeatsHoldCode(f.showId(), {seatId(1, 10), seatId(1, 11)}, u"press"_s, u"keep"_s).ok());
    HoldRequest request{f.showId(), {seatId(1, 10)}, {}, 60'000};
    request.holdCode = u"press"_s;

    // Released: back under the code, not on sale.
    auto held = engine.hold(request, u"h1"_s);
    QVERIFY(held.ok());
    QCOMPARE(f.seatStatus(seatId(1, 10)), u"held"_s);
    QVERIFY(engine.release(held->id, u"r1"_s).ok());
    QCOMPARE(f.seatStatus(seatId(1, 10)), u"blocked"_s);

    // Expired: reads blocked at once, a plain hold cannot take it, and the sweep puts it back under the code.
    QVERIFY(engine.hold(request, u"h2"_s).ok());
    f.clock().advanceMs(61'000);
    QCOMPARE(f.seatStatus(seatId(1, 10)), u"blocked"_s);
    QCOMPARE(engine.hold({f.showId(), {seatId(1, 10)}, {}, 0}, u"plain"_s).error().code,
             Error::Code::SeatUnavailable);
    // The best seats of the house are kept for the press: best available passes them over.
    auto best = engine.holdBestAvailable(f.showId(), {u"a"_s, 2, false}, u"best"_s);
    QVERIFY(best.ok());
    QVERIFY(!best->seatIds.contains(seatId(1, 10)));
    QVERIFY(!best->seatIds.contains(seatId(1, 11)));
    QVERIFY(engine.release(best->id, u"best-release"_s).ok());
    auto swept = engine.sweepExpired();
    QVERIFY(swept.ok());
    QCOMPARE(f.seatStatus(seatId(1, 10)), u"blocked"_s);
    QCOMPARE(f.violations(), QStringList());

    // Refunded: back under the code.
    SaleRequest sale;
    sale.hold = request;
    auto order = engine.sell(sale, u"sale"_s);
    QVERIFY2(order.ok(), why(order).constData());
    QCOMPARE(f.seatStatus(seatId(1, 10)), u"sold"_s);
    QVERIFY(engine.refund({order->id, {}, u"cancelled"_s}, u"refund"_s).ok());
    QCOMPARE(f.seatStatus(seatId(1, 10)), u"blocked"_s);
    QCOMPARE(f.violations(), QStringList());
}

void TestStaff::holdCodeReleaseAndVerify()
{
    Fixture f;
    QVERIFY(f.isValid());
    StaffService staff(f.store(), f.clock());
    QVERIFY(staff.createHoldCode({u"press"_s, u"Press"_s, {Role::Clerk}, 0}, u"c"_s).ok());
    InventoryEngine &engine = f.engine();
    QVERIFY(engine.setSeatsHoldCode(f.showId(), {seatId(1, 1), seatId(1, 2)}, u"press"_s, u"keep"_s).ok());
    // A plain unblock does not put house seats on sale; releasing the code does, all or nothing.
    auto unblock = engine.setBlocked({f.showId(), {seatId(1, 1)}, false, {}}, u"unblock"_s);
    QCOMPARE(unblock.error().code, Error::Code::InvalidState);
    const QByteArray before = f.snapshot();
    auto partial = engine.setSeatsHoldCode(f.showId(), {seatId(1, 1), seatId(1, 3)}, {}, u"partial"_s);
    QCOMPARE(partial.error().code, Error::Code::InvalidState);
    QCOMPARE(partial.error().seatIds, QStringList{seatId(1, 3)});
    QCOMPARE(f.snapshot(), before);
    auto unknownCode = engine.setSeatsHoldCode(f.showId(), {seatId(1, 3)}, u"nope"_s, u"nope"_s);
    QCOMPARE(unknownCode.error().code, Error::Code::NotFound);
    QCOMPARE(f.snapshot(), before);
    // Sold seats cannot be put under a code.
    f.sell({seatId(2, 1)});
    const QByteArray sold = f.snapshot();
    QCOMPARE(engine.setSeatsHoldCode(f.showId(), {seatId(2, 1)}, u"press"_s, u"sold"_s).error().code,
             Error::Code::SeatUnavailable);
    QCOMPARE(f.snapshot(), sold);
    auto released = engine.setSeatsHoldCode(f.showId(), {seatId(1, 1), seatId(1, 2)}, {}, u"release"_s);
    QVERIFY(released.ok());
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"available"_s);
    auto states = f.store().seatStates(f.showId(), f.clock().nowMs());
    QVERIFY(states->at(0).holdCode.isEmpty());
    QCOMPARE(f.violations(), QStringList());
    // The verifier notices a house seat on sale.
    QString error;
    QVERIFY(f.database().vandalise(
        {u"UPDATE show_seats SET hold_code = 'press' WHERE seat_id = '%1'"_s.arg(seatId(1, 1))}, &error));
    QVERIFY2(f.violations().join(u'\n').contains(u"hold_code_on_sale"_s), qPrintable(error));
}

void TestStaff::holdExtendsOnce()
{
    Fixture f;
    QVERIFY(f.isValid());
    InventoryEngine &engine = f.engine();
    engine.setDefaultHoldMs(10 * 60 * 1000);
    auto held = engine.hold({f.showId(), {seatId(1, 1), seatId(1, 2)}, {{u"floor"_s, 1}}, 0}, u"h"_s);
    QVERIFY(held.ok());
    const qint64 first = held->expiresAtMs;
    f.clock().advanceMs(9 * 60 * 1000);
    engine.setUser(person(Role::Supervisor));
    auto extended = engine.extendHold(held->id, u"x1"_s);
    QVERIFY2(extended.ok(), why(extended).constData());
    QCOMPARE(extended->expiresAtMs, first + 10 * 60 * 1000);
    QCOMPARE(extended->serverTimeMs, f.clock().nowMs());
    // Same key: the same answer, nothing more.
    auto replay = engine.extendHold(held->id, u"x1"_s);
    QVERIFY(replay.ok());
    QCOMPARE(replay->expiresAtMs, extended->expiresAtMs);
    // A second extension is refused and changes nothing.
    const QByteArray before = f.snapshot();
    auto again = engine.extendHold(held->id, u"x2"_s);
    QCOMPARE(again.error().code, Error::Code::InvalidState);
    QVERIFY(again.error().message.contains(u"once"_s));
    QCOMPARE(f.snapshot(), before);
    // The seats stay held past the first expiry, into the extension, and no one else can take them.
    f.clock().advanceMs(2 * 60 * 1000);
    QCOMPARE(f.seatStatus(seatId(1, 1)), u"held"_s);
    engine.setUser(person(Role::Clerk));
    QCOMPARE(engine.hold({f.showId(), {seatId(1, 1)}, {}, 0}, u"other"_s).error().code,
             Error::Code::SeatUnavailable);
    auto order = engine.createOrder({held->id, {}}, u"order"_s);
    QVERIFY2(order.ok(), why(order).constData());
    // An expired hold cannot be extended.
    auto late = engine.hold({f.showId(), {seatId(2, 1)}, {}, 60'000}, u"late"_s);
    QVERIFY(late.ok());
    f.clock().advanceMs(61'000);
    engine.setUser(person(Role::Supervisor));
    QCOMPARE(engine.extendHold(late->id, u"late-x"_s).error().code, Error::Code::HoldExpired);
    QCOMPARE(engine.extendHold(held->id, u"ordered-x"_s).error().code, Error::Code::InvalidState);
    QCOMPARE(engine.extendHold(99999, u"none"_s).error().code, Error::Code::NotFound);
    QCOMPARE(f.violations(), QStringList());
}

void TestStaff::holdTimeSetting()
{
    Fixture f;
    QVERIFY(f.isValid());
    StaffService staff(f.store(), f.clock());
    auto unset = f.engine().loadHoldTime();
    QVERIFY(unset.ok());
    QCOMPARE(*unset, InventoryEngine::DefaultHoldMs);
    QCOMPARE(staff.setHoldTime(10).error().code, Error::Code::InvalidInput);
    QVERIFY(staff.setHoldTime(4 * 60 * 1000).ok());
    QVERIFY(staff.setHoldTime(5 * 60 * 1000).ok());
    auto loaded = f.engine().loadHoldTime();
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, 5 * 60 * 1000);
    auto held = f.engine().hold({f.showId(), {seatId(1, 1)}, {}, 0}, u"h"_s);
    QVERIFY(held.ok());
    QCOMPARE(held->expiresAtMs - held->createdAtMs, 5 * 60 * 1000);
}

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
