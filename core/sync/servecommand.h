#pragma once

namespace Parterre {

// `parterre --serve (--db FILE | --postgres URL) --listen ADDR:PORT`: runs the sync host headless (a
// QCoreApplication, no display) until SIGINT or SIGTERM. Prints "listening on ADDR:PORT" once it is.
class ServeCommand final
{
public:
    static bool wanted(int argc, char *argv[]); // whether --serve is on the command line
    static int run(int argc, char *argv[]);
};

} // namespace Parterre
