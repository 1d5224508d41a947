#include "app/account/profile.hpp"

#include <array>
#include <utility>

#include "json/read.hpp"

namespace cabinet::app {

namespace {

using Text = std::string Profile::*;

constexpr std::array<std::pair<std::string_view, Text>, 15> kTexts = {{
    {"full_name", &Profile::full_name},
    {"last_name", &Profile::last_name},
    {"first_name", &Profile::first_name},
    {"middle_name", &Profile::middle_name},
    {"birth_date", &Profile::birth_date},
    {"phone", &Profile::phone},
    {"email", &Profile::email},
    {"snils", &Profile::snils},
    {"inn", &Profile::inn},
    {"passport", &Profile::passport},
    {"passport_issue_date", &Profile::passport_issue_date},
    {"passport_issued_by", &Profile::passport_issued_by},
    {"passport_office_code", &Profile::passport_office_code},
    {"address", &Profile::address},
    {"passport_confirmed", &Profile::passport_confirmed},
}};

Text field(std::string_view key) {
  for (const auto& [name, member] : kTexts) {
    if (name == key) return member;
  }
  return nullptr;
}

}  // namespace

std::string Profile::text(std::string_view key) const {
  if (Text member = field(key)) return this->*member;
  return jsonread::text_of(facts, key);
}

bool Profile::set_text(std::string_view key, std::string value) {
  if (key == "passport_confirmed" || key == "phone_changed_ms") return false;
  if (Text member = field(key)) {
    this->*member = std::move(value);
  } else {
    facts[std::string(key)] = std::move(value);
  }
  return true;
}

bool Profile::empty() const {
  for (const auto& [name, member] : kTexts) {
    if (!(this->*member).empty()) return false;
  }
  return phone_changed_ms == 0 && facts.empty();
}

nlohmann::json Profile::to_json() const {
  nlohmann::json out = facts.is_object() ? facts : nlohmann::json::object();
  for (const auto& [name, member] : kTexts) {
    if (!(this->*member).empty()) out[std::string(name)] = this->*member;
  }
  if (phone_changed_ms) out["phone_changed_ms"] = phone_changed_ms;
  return out;
}

Profile Profile::from_json(const nlohmann::json& object) {
  Profile p;
  if (!object.is_object()) return p;
  for (const auto& [key, value] : object.items()) {
    if (key == "phone_changed_ms") {
      p.phone_changed_ms = jsonread::int_of(object, key).value_or(0);
    } else if (Text member = field(key)) {
      if (value.is_string()) p.*member = value.get<std::string>();
    } else if (value.is_string() || value.is_number() || value.is_boolean()) {
      p.facts[key] = value;  // the forms' rules read numbers and flags too
    }
  }
  return p;
}

}  // namespace cabinet::app
