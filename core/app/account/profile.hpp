#pragma once
// The citizen's profile: who they are as the forms, the fund and the screens
// need it. Owned by the account (kept in account.json inside the vault); filled
// by registration, Профиль → «Личные данные», consents and the agency's results.
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cabinet::app {

struct Profile {
  std::string full_name, last_name, first_name, middle_name;
  std::string birth_date;  // YYYY-MM-DD from registration, else as typed (ДД.ММ.ГГГГ)
  std::string phone, email;
  std::string snils, inn;
  std::string passport, passport_issue_date, passport_issued_by, passport_office_code, address;
  // The passport number the agency confirmed (identity confirmation); never set from outside.
  std::string passport_confirmed;
  int64_t phone_changed_ms = 0;  // the last change of the phone number (Профиль's cooling-off)
  // Other facts from the agency or a scenario (numbers and texts the forms' rules read), by name.
  nlohmann::json facts = nlohmann::json::object();

  // The one reader: a text by its key ("snils", "full_name", a fact's name); "" when unknown.
  std::string text(std::string_view key) const;
  // Sets a text by its key (a fact when not one of the fields above); false for the keys only
  // the app may set (passport_confirmed).
  bool set_text(std::string_view key, std::string value);
  bool empty() const;

  // What the forms' prefill, checks and suggestions read ({"snils": ..., ...}) and account.json keeps.
  nlohmann::json to_json() const;
  static Profile from_json(const nlohmann::json& object);
};

}  // namespace cabinet::app
