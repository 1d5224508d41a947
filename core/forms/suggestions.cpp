#include "forms/suggestions.hpp"

#include <cstdio>

#include "assets/embedded.hpp"
#include "time/iso8601.hpp"

namespace cabinet::forms {

namespace {

using json = nlohmann::json;

// Full years between the ISO birth date and the UTC day of now_ms, or -1.
int age_of(const json& profile, int64_t now_ms) {
  auto birth = profile.find("birth_date");
  if (birth == profile.end() || !birth->is_string()) return -1;
  const std::string text = birth->get<std::string>();
  int year = 0;
  unsigned month = 0, day = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3 ||
      !time::is_valid_date(year, month, day))
    return -1;
  int now_year = 0;
  unsigned now_month = 0, now_day = 0;
  time::civil_from_days(now_ms / 86'400'000, now_year, now_month, now_day);
  int age = now_year - year;
  if (now_month < month || (now_month == month && now_day < day)) --age;
  return age;
}

bool flag_matches(const json& profile, const char* name, const json& wanted) {
  auto value = profile.find(name);
  return value != profile.end() && value->is_boolean() && wanted.is_boolean() && *value == wanted;
}

bool holds(const json& when, const json& profile, int64_t now_ms) {
  for (auto it = when.begin(); it != when.end(); ++it) {
    if (it.key() == "min_age") {
      auto sex = profile.find("sex");
      if (sex == profile.end() || !sex->is_string() || !it->is_object()) return false;
      auto limit = it->find(sex->get<std::string>());
      const int age = age_of(profile, now_ms);
      if (limit == it->end() || !limit->is_number_integer() || age < 0 || age < limit->get<int>()) return false;
    } else if (it.key() == "has_children" || it.key() == "receives_pension") {
      if (!flag_matches(profile, it.key().c_str(), *it)) return false;
    } else {
      return false;  // a condition this version does not know never holds
    }
  }
  return true;
}

}  // namespace

std::vector<json> suggestion_rules(std::string_view text) {
  std::vector<json> rules;
  const json document = json::parse(text, nullptr, false);
  if (!document.is_array()) return rules;
  for (const json& rule : document) {
    if (rule.is_object() && rule.contains("id") && rule["id"].is_string() && rule.contains("form") &&
        rule["form"].is_string() && rule.contains("when") && rule["when"].is_object())
      rules.push_back(rule);
  }
  return rules;
}

const std::vector<json>& embedded_suggestion_rules() {
  static const std::vector<json> rules = suggestion_rules(assets::find("data/suggestions.json").value_or("[]"));
  return rules;
}

std::vector<Suggestion> suggest(const std::vector<json>& rules, const json& profile, int64_t now_ms) {
  std::vector<Suggestion> out;
  if (!profile.is_object()) return out;
  for (const json& rule : rules) {
    if (!holds(rule["when"], profile, now_ms)) continue;
    Suggestion suggestion{rule["id"].get<std::string>(), rule["form"].get<std::string>(), {}};
    if (auto reason = rule.find("reason"); reason != rule.end() && reason->is_object()) {
      for (auto it = reason->begin(); it != reason->end(); ++it) {
        if (it->is_string()) suggestion.reason.by_language[it.key()] = it->get<std::string>();
      }
    }
    out.push_back(std::move(suggestion));
  }
  return out;
}

}  // namespace cabinet::forms
