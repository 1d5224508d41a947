#pragma once
// Мои предложения: services suggested from the profile by rules kept as data
// (assets/data/suggestions.json). The caller decides whether it may use the
// profile for this purpose (the citizen's consent); this only matches rules.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "forms/form_definition.hpp"

namespace cabinet::forms {

struct Suggestion {
  std::string id;
  std::string form;
  LocalText reason;
};

// Rules from JSON text (the embedded asset by default); malformed rules are skipped.
std::vector<nlohmann::json> suggestion_rules(std::string_view text);
const std::vector<nlohmann::json>& embedded_suggestion_rules();

// The suggestions whose conditions all hold for `profile` ({"birth_date":
// "1960-05-01", "sex": "female"|"male", "has_children": true, "receives_pension":
// false}) at `now_ms`. A condition on a value the profile lacks does not hold.
std::vector<Suggestion> suggest(const std::vector<nlohmann::json>& rules, const nlohmann::json& profile, int64_t now_ms);

}  // namespace cabinet::forms
