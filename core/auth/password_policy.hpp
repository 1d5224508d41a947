#pragma once
// The password rules of seed 002 §4.2, one check per rule, in the order the
// live checklist shows them. Messages: assets/i18n/<lang>/auth.json.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/personal_data.hpp"

namespace cabinet::auth {

inline constexpr size_t kMinPasswordLength = 8;  // code points
inline constexpr size_t kPasswordHistorySize = 5;
inline constexpr int64_t kPasswordLifetimeMs = 90LL * 24 * 60 * 60 * 1000;

enum class PasswordRule {
  min_length,           // at least 8 characters
  upper_case,           // A-Z or А-ЯЁ
  lower_case,           // a-z or а-яё
  digit,                // 0-9
  special,              // ! @ # $ and other printable non-letters
  no_space_or_control,  // no spaces, tabs, control characters (nor broken UTF-8)
  no_sequence,          // no 1234, abcd, 4321, абвг
  no_repeat,            // no character more than twice in a row
  no_personal_data,     // nothing of the login, email, name or birth date
  not_common,           // not on the blocklist of common passwords
  not_recent,           // not one of the last five passwords
};

inline constexpr std::array<PasswordRule, 11> kAllPasswordRules = {
    PasswordRule::min_length,  PasswordRule::upper_case, PasswordRule::lower_case,
    PasswordRule::digit,       PasswordRule::special,    PasswordRule::no_space_or_control,
    PasswordRule::no_sequence, PasswordRule::no_repeat,  PasswordRule::no_personal_data,
    PasswordRule::not_common,  PasswordRule::not_recent};

std::string_view rule_id(PasswordRule rule);  // "min_length", ...
// The checklist line: "auth.password.rules.<id>" («Не менее 8 символов»).
std::string rule_label_key(PasswordRule rule);

struct PasswordCheck {
  PasswordRule rule = PasswordRule::min_length;
  bool passed = true;
  std::string error_key;  // what is wrong, e.g. "auth.password.too_short" (set also when passed)
  nlohmann::json params = nlohmann::json::object();  // placeholders: {"min": 8}, {"sequence": "1234"}
};

// Every rule except not_recent: cheap enough for every key press.
std::vector<PasswordCheck> check_password(std::string_view password, const PersonalData& person);

// All the rules. `recent_hashes` are hash_password() strings, newest first
// (the current password included); only the first five count. Each is
// verified with Argon2id, so run this on submit, not while typing.
std::vector<PasswordCheck> check_new_password(std::string_view password, const PersonalData& person,
                                              const std::vector<std::string>& recent_hashes);

bool all_passed(const std::vector<PasswordCheck>& checks);

// True when the password verifies against one of the first five hashes.
bool is_recent_password(std::string_view password, const std::vector<std::string>& recent_hashes);

// Puts the new hash first and keeps the five newest.
void remember_password_hash(std::vector<std::string>& recent_hashes, std::string new_hash);

// A password set at `changed_at_ms` must be changed 90 days later.
int64_t password_expires_at(int64_t changed_at_ms);
bool password_expired(int64_t changed_at_ms, int64_t now_ms);

// Every error key check_password() and check_new_password() can return (for the catalog test).
std::vector<std::string> all_password_error_keys();

}  // namespace cabinet::auth
