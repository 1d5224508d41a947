// cabinet-cli scenario FILE.json: runs a scripted journey (core/app/README.md).
#include <fstream>
#include <sstream>

#include "app/kernel/scenario.hpp"
#include "command.hpp"

namespace cabinet::cli {
namespace {

int run_scenario_command(const Args& args, Io& io) {
  if (args.size() != 1) {
    io.err << "usage: cabinet-cli scenario FILE.json\n";
    return kExitUsage;
  }
  std::ifstream in(args[0], std::ios::binary);
  if (!in) {
    io.err << "Не удалось открыть файл сценария: " << args[0] << "\n";
    return kExitUsage;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const nlohmann::json scenario = nlohmann::json::parse(buffer.str(), nullptr, false);
  if (scenario.is_discarded()) {
    io.err << "Файл сценария не является корректным JSON: " << args[0] << "\n";
    return kExitUsage;
  }
  const app::ScenarioResult result = app::run_scenario(scenario);
  if (!result.ok) {
    io.err << "scenario: " << result.error << "\n";
    return kExitUsage;
  }
  io.out << result.summary.dump(2) << "\n";
  for (const auto& failure : result.failed) io.err << "scenario: " << failure << "\n";
  return result.failed.empty() ? kExitOk : kExitInvalid;
}

CABINET_CLI_COMMAND("scenario", "scenario FILE.json",
                    "run a scripted journey with a fake clock and in-memory storage; print the final state as JSON",
                    run_scenario_command);

}  // namespace
}  // namespace cabinet::cli
