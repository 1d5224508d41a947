#pragma once
// Actions at the edge are plain data (type + JSON arguments), so the same
// vocabulary drives the UI, scenarios (cabinet-cli scenario) and tests; it is
// documented in core/app/README.md. The ports' answers are typed (answer.hpp),
// and so are effects (effect.hpp).
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace cabinet::app {

struct Action {
  std::string type;
  nlohmann::json args = nlohmann::json::object();
};

// {"type": "navigate", "section": "profile"} <-> Action{"navigate", {"section": "profile"}};
// nothing when `json` is not an object with a string "type".
std::optional<Action> action_from_json(const nlohmann::json& json);
nlohmann::json to_json(const Action& action);

}  // namespace cabinet::app
