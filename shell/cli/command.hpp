#pragma once
// Registry of cabinet-cli subcommands. Each command lives in its own file and
// registers itself with CABINET_CLI_COMMAND; main.cpp only dispatches.
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::cli {

// Exit codes shared by all commands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;  // the input was checked and is not valid
inline constexpr int kExitUsage = 2;    // wrong arguments, unreadable file

struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

using Args = std::vector<std::string>;
using Handler = std::function<int(const Args& args, Io& io)>;

struct Command {
  std::string name;
  std::string usage;    // one line: "check-id KIND VALUE [--bik BIK]"
  std::string summary;  // one line, what it does
  Handler run;
};

std::vector<Command>& registry();

struct Registrar {
  Registrar(std::string name, std::string usage, std::string summary, Handler run);
};

// Runs the CLI as if from main(): returns the exit code.
int run(const Args& args, Io& io);

}  // namespace cabinet::cli

#define CABINET_CLI_CONCAT_INNER(a, b) a##b
#define CABINET_CLI_CONCAT(a, b) CABINET_CLI_CONCAT_INNER(a, b)
// CABINET_CLI_COMMAND("name", "usage", "summary", handler)
#define CABINET_CLI_COMMAND(name, usage, summary, handler) \
  static const ::cabinet::cli::Registrar CABINET_CLI_CONCAT(cabinet_cli_registrar_, __LINE__)(name, usage, summary, handler)
