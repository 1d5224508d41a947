#include "app/kernel/action.hpp"

namespace cabinet::app {

std::optional<Action> action_from_json(const nlohmann::json& json) {
  if (!json.is_object() || !json.contains("type") || !json["type"].is_string()) return std::nullopt;
  Action action{json["type"].get<std::string>(), json};
  action.args.erase("type");
  return action;
}

nlohmann::json to_json(const Action& action) {
  nlohmann::json json = action.args.is_object() ? action.args : nlohmann::json::object();
  json["type"] = action.type;
  return json;
}

}  // namespace cabinet::app
