#include "command.hpp"

#include <algorithm>
#include <ostream>

namespace cabinet::cli {

std::vector<Command>& registry() {
  static std::vector<Command> commands;
  return commands;
}

Registrar::Registrar(std::string name, std::string usage, std::string summary, Handler run) {
  registry().push_back({std::move(name), std::move(usage), std::move(summary), std::move(run)});
}

namespace {

void print_help(std::ostream& out) {
  std::vector<Command> commands = registry();
  std::sort(commands.begin(), commands.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
  out << "cabinet-cli " << CABINET_VERSION << ": developer tool for the Cabinet core\n\n"
      << "Usage: cabinet-cli COMMAND [ARGS...]\n\nCommands:\n";
  for (const Command& c : commands) out << "  " << c.usage << "\n      " << c.summary << "\n";
  out << "  --help       this text\n  --version    the version\n";
}

}  // namespace

int run(const Args& args, Io& io) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_help(args.empty() ? io.err : io.out);
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] == "--version") {
    io.out << "cabinet-cli " << CABINET_VERSION << "\n";
    return kExitOk;
  }
  for (const Command& c : registry()) {
    if (c.name == args[0]) return c.run(Args(args.begin() + 1, args.end()), io);
  }
  io.err << "cabinet-cli: unknown command '" << args[0] << "' (see --help)\n";
  return kExitUsage;
}

}  // namespace cabinet::cli
