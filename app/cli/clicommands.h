#pragma once

#include "model/error.h"
#include "store/store.h"

#include <QCommandLineParser>

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Parterre {

class SimulatedCardTerminal;

// parterre-cli's commands. Exit codes: 0 done, 1 failed (storage, or verify found violations),
// 2 bad input (nothing changed), 3 seats unavailable (nothing changed), 4 not permitted (nothing changed).
class CliCommands final
{
public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1,
        BadInput = 2,
        Unavailable = 3,
        NotPermitted = 4
    };

    CliCommands(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &arguments);

private:
    // One command's parsed arguments and, once opened, its store.
    struct Invocation
    {
        QCommandLineParser parser;
        bool json = false;
        qsizetype positionals = 0; // file names and the like the command takes after its options
        std::unique_ptr<Store> store;
    };
    // Each returns an exit code when it fails (and has said why), nothing when the command may go on.
    std::optional<int> prepare(Invocation &run, const QStringList &args,
                               const QList<QCommandLineOption> &extra);
    std::optional<int> open(Invocation &run);

    int init(const QStringList &args);
    int demo(const QStringList &args);
    int shows(const QStringList &args);
    int seats(const QStringList &args);
    int sell(const QStringList &args);
    int verify(const QStringList &args);
    int sweep(const QStringList &args);
    // In seatmapcommands.cpp.
    int importSeatMap(const QStringList &args);
    int exportSeatMap(const QStringList &args);
    int generateStadium(const QStringList &args);
    // In ticketcommand.cpp.
    int ticket(const QStringList &args);
    // In tokencommands.cpp.
    int token(const QStringList &args);
    // In staffcommands.cpp.
    static QList<QCommandLineOption> actAsOptions(); // --as NAME --as-pin PIN
    // Logs in as --as (after open()); *user stays empty without --as.
    std::optional<int> actAs(Invocation &run, std::optional<User> *user);
    int user(const QStringList &args);
    int holdCode(const QStringList &args);
    int holdTime(const QStringList &args);
    // In reportcommands.cpp.
    int closeOut(const QStringList &args);
    int report(const QStringList &args);
    // In paymentcommands.cpp.
    int paymentsToResolve(const QStringList &args);
    int reconcile(const QStringList &args);
    int orders(const QStringList &args);
    int refund(const QStringList &args);
    int exchange(const QStringList &args);
    // --simulate and --terminal-ledger: the simulated card terminal, the only one parterre-cli knows.
    static QList<QCommandLineOption> terminalOptions();
    // The terminal a command's options ask for; nullptr (with *problem set) when they are wrong. Its
    // ledger lives beside the SQLite file (or in the data folder for PostgreSQL) unless given.
    std::unique_ptr<SimulatedCardTerminal> terminalFor(const Invocation &run, QString *problem) const;

    int usage(const QString &problem = {});
    int fail(const Error &error, bool json);
    static int exitCodeFor(const Error &error);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Parterre
