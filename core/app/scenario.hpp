#pragma once
// Scenarios: a scripted journey against a fresh app with a fake clock and
// in-memory storage (format in core/app/README.md). Used by `cabinet-cli
// scenario` and by tests.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::app {

struct ScenarioResult {
  bool ok = false;                  // false: the scenario itself is malformed
  std::string error;                // why it is malformed (English, for developers)
  std::vector<std::string> failed;  // "step 3: expected section = profile, got home"
  nlohmann::json summary;           // the final state (see summary())
};

ScenarioResult run_scenario(const nlohmann::json& scenario);

}  // namespace cabinet::app
