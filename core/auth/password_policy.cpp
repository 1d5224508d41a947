#include "auth/password_policy.hpp"

#include <algorithm>

#include "auth/code_points.hpp"
#include "auth/password_blocklist.hpp"
#include "auth/password_hash.hpp"
#include "auth/password_patterns.hpp"

namespace cabinet::auth {

namespace {

constexpr std::string_view kPrefix = "auth.password.";

std::string key(std::string_view code) {
  return std::string(kPrefix) + std::string(code);
}

std::string_view personal_error(PersonalField field) {
  switch (field) {
    case PersonalField::login:
      return "contains_login";
    case PersonalField::email:
      return "contains_email";
    case PersonalField::name:
      return "contains_name";
    case PersonalField::birth_date:
      return "contains_birth_date";
  }
  return "contains_login";
}

PasswordCheck make(PasswordRule rule, bool passed, std::string_view code,
                   nlohmann::json params = nlohmann::json::object()) {
  return PasswordCheck{rule, passed, key(code), std::move(params)};
}

}  // namespace

std::string_view rule_id(PasswordRule rule) {
  switch (rule) {
    case PasswordRule::min_length:
      return "min_length";
    case PasswordRule::upper_case:
      return "upper_case";
    case PasswordRule::lower_case:
      return "lower_case";
    case PasswordRule::digit:
      return "digit";
    case PasswordRule::special:
      return "special";
    case PasswordRule::no_space_or_control:
      return "no_space_or_control";
    case PasswordRule::no_sequence:
      return "no_sequence";
    case PasswordRule::no_repeat:
      return "no_repeat";
    case PasswordRule::no_personal_data:
      return "no_personal_data";
    case PasswordRule::not_common:
      return "not_common";
    case PasswordRule::not_recent:
      return "not_recent";
  }
  return "min_length";
}

std::string rule_label_key(PasswordRule rule) {
  return key("rules.") + std::string(rule_id(rule));
}

std::vector<PasswordCheck> check_password(std::string_view password, const PersonalData& person) {
  const std::u32string text = decode_utf8(password);
  const auto any = [&](bool (*pred)(char32_t)) { return std::any_of(text.begin(), text.end(), pred); };

  std::vector<PasswordCheck> checks;
  checks.push_back(make(PasswordRule::min_length, text.size() >= kMinPasswordLength, "too_short",
                        {{"min", kMinPasswordLength}, {"length", text.size()}}));
  checks.push_back(make(PasswordRule::upper_case, any(is_upper_letter), "no_upper_case"));
  checks.push_back(make(PasswordRule::lower_case, any(is_lower_letter), "no_lower_case"));
  checks.push_back(make(PasswordRule::digit, any(is_ascii_digit), "no_digit"));
  checks.push_back(make(PasswordRule::special, any(is_special), "no_special"));
  checks.push_back(make(PasswordRule::no_space_or_control, !any(is_space_or_control), "space_or_control"));

  const auto sequence = find_sequence(password);
  checks.push_back(make(PasswordRule::no_sequence, !sequence, "sequence",
                        sequence ? nlohmann::json{{"sequence", *sequence}} : nlohmann::json::object()));
  const auto repeat = find_repeat(password);
  checks.push_back(make(PasswordRule::no_repeat, !repeat, "repeated",
                        repeat ? nlohmann::json{{"repeat", *repeat}} : nlohmann::json::object()));

  const auto personal = find_personal_data(password, person);
  checks.push_back(make(PasswordRule::no_personal_data, !personal,
                        personal ? personal_error(personal->field) : "contains_personal_data",
                        personal ? nlohmann::json{{"fragment", personal->fragment}} : nlohmann::json::object()));
  checks.push_back(make(PasswordRule::not_common, !is_common_password(password), "common"));
  return checks;
}

std::vector<PasswordCheck> check_new_password(std::string_view password, const PersonalData& person,
                                              const std::vector<std::string>& recent_hashes) {
  std::vector<PasswordCheck> checks = check_password(password, person);
  checks.push_back(make(PasswordRule::not_recent, !is_recent_password(password, recent_hashes), "recently_used",
                        {{"count", kPasswordHistorySize}}));
  return checks;
}

bool all_passed(const std::vector<PasswordCheck>& checks) {
  return std::all_of(checks.begin(), checks.end(), [](const PasswordCheck& c) { return c.passed; });
}

bool is_recent_password(std::string_view password, const std::vector<std::string>& recent_hashes) {
  const size_t count = std::min(recent_hashes.size(), kPasswordHistorySize);
  bool found = false;
  // No early exit: the time taken does not tell which of the five matched.
  for (size_t i = 0; i < count; ++i) found = verified(verify_password(recent_hashes[i], password)) || found;
  return found;
}

void remember_password_hash(std::vector<std::string>& recent_hashes, std::string new_hash) {
  recent_hashes.insert(recent_hashes.begin(), std::move(new_hash));
  if (recent_hashes.size() > kPasswordHistorySize) recent_hashes.resize(kPasswordHistorySize);
}

int64_t password_expires_at(int64_t changed_at_ms) {
  return changed_at_ms + kPasswordLifetimeMs;
}

bool password_expired(int64_t changed_at_ms, int64_t now_ms) {
  return now_ms >= password_expires_at(changed_at_ms);
}

std::vector<std::string> all_password_error_keys() {
  std::vector<std::string> keys;
  for (std::string_view code :
       {"too_short", "no_upper_case", "no_lower_case", "no_digit", "no_special", "space_or_control", "sequence",
        "repeated", "contains_login", "contains_email", "contains_name", "contains_birth_date",
        "contains_personal_data", "common", "recently_used", "expired", "hash_failed"})
    keys.push_back(key(code));
  for (PasswordRule rule : kAllPasswordRules) keys.push_back(rule_label_key(rule));
  return keys;
}

}  // namespace cabinet::auth
