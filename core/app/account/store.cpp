#include "app/account/store.hpp"

#include <sodium.h>

#include <algorithm>

#include "auth/sodium.hpp"
#include "json/read.hpp"

namespace cabinet::app {

using nlohmann::json;

namespace {

json session_json(const SessionRecord& s) {
  return {{"id", s.id},
          {"device_id", s.device_id},
          {"device", s.device},
          {"started", s.started_ms},
          {"last_seen", s.last_seen_ms},
          {"ended", s.ended_ms},
          {"end_reason", s.end_reason}};
}

SessionRecord session_from(const json& j) {
  return {jsonread::string_of(j, "id").value_or(""),        jsonread::string_of(j, "device_id").value_or(""),
          jsonread::string_of(j, "device").value_or(""),    jsonread::int_of(j, "started").value_or(0),
          jsonread::int_of(j, "last_seen").value_or(0),     jsonread::int_of(j, "ended").value_or(0),
          jsonread::string_of(j, "end_reason").value_or("")};
}

json device_json(const KnownDevice& d) {
  return {{"id", d.id}, {"label", d.label}, {"first_seen", d.first_seen_ms}, {"trusted_until", d.trusted_until_ms}};
}

KnownDevice device_from(const json& j) {
  return {jsonread::string_of(j, "id").value_or(""), jsonread::string_of(j, "label").value_or(""),
          jsonread::int_of(j, "first_seen").value_or(0), jsonread::int_of(j, "trusted_until").value_or(0)};
}

std::vector<std::string> strings_of(const json& doc, const char* name) {
  std::vector<std::string> out;
  if (const json* list = jsonread::member(doc, name); list && list->is_array()) {
    for (const json& item : *list) {
      if (item.is_string()) out.push_back(item.get<std::string>());
    }
  }
  return out;
}

}  // namespace

std::string normalize_login(std::string_view login) {
  std::string trimmed;
  for (char c : login) {
    if (c != ' ' && c != '\t') trimmed += c;
  }
  if (trimmed.find('@') != std::string::npos) {
    std::transform(trimmed.begin(), trimmed.end(), trimmed.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return trimmed;
  }
  std::string digits;
  for (char c : trimmed) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.size() == 11 && digits[0] == '8') digits[0] = '7';
  if (digits.size() == 10) digits = "7" + digits;
  return digits;
}

std::string login_hash(std::string_view login) {
  auth::ensure_sodium();
  const std::string normalized = "cabinet-login:" + normalize_login(login);
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(normalized.data()), normalized.size(),
                     nullptr, 0);
  return auth::to_hex(std::string_view(reinterpret_cast<const char*>(out), sizeof out));
}

json account_document(const AccountState& a) {
  json sessions = json::array();
  for (const SessionRecord& r : a.sessions) sessions.push_back(session_json(r));
  json devices = json::array();
  for (const KnownDevice& d : a.devices) devices.push_back(device_json(d));
  const json document = {{"version", 1},
                         {"login", a.login},
                         {"password_hashes", a.password_hashes},
                         {"password_changed", a.password_changed_ms},
                         {"two_factor",
                          {{"enabled", a.two_factor.enabled},
                           {"secret", a.two_factor.secret_hex},
                           {"last_step", a.two_factor.last_step},
                           {"recovery", auth::to_json(a.two_factor.recovery)}}},
                         {"sessions", sessions},
                         {"devices", devices},
                         {"identity_level", a.identity_level},
                         {"code_access_wanted", a.code_access_wanted},
                         {"profile", a.profile.to_json()}};
  return document;
}

void save_account(AppState& s, Effects& effects) {
  effects.push_back(
      Save{kAccountKey, account_document(s.account).dump(-1, ' ', false, json::error_handler_t::replace)});
}

bool load_account(AppState& s, const std::string& text) {
  const json doc = json::parse(text, nullptr, false);
  if (!doc.is_object() || jsonread::int_of(doc, "version").value_or(0) != 1) return false;
  AccountState& a = s.account;
  a.login = jsonread::string_of(doc, "login").value_or("");
  a.password_hashes = strings_of(doc, "password_hashes");
  a.password_changed_ms = jsonread::int_of(doc, "password_changed").value_or(0);
  a.two_factor = {};
  if (const json* tf = jsonread::member(doc, "two_factor"); tf && tf->is_object()) {
    a.two_factor.enabled = jsonread::bool_of(*tf, "enabled").value_or(false);
    a.two_factor.secret_hex = jsonread::string_of(*tf, "secret").value_or("");
    a.two_factor.last_step =
        static_cast<uint64_t>(std::max<int64_t>(0, jsonread::int_of(*tf, "last_step").value_or(0)));
    if (const json* r = jsonread::member(*tf, "recovery")) {
      if (auto codes = auth::recovery_codes_from_json(*r)) a.two_factor.recovery = std::move(*codes);
    }
  }
  a.sessions.clear();
  if (const json* list = jsonread::member(doc, "sessions"); list && list->is_array()) {
    for (const json& j : *list) a.sessions.push_back(session_from(j));
  }
  a.devices.clear();
  if (const json* list = jsonread::member(doc, "devices"); list && list->is_array()) {
    for (const json& j : *list) a.devices.push_back(device_from(j));
  }
  a.identity_level = jsonread::string_of(doc, "identity_level").value_or("basic");
  a.code_access_wanted = jsonread::bool_of(doc, "code_access_wanted").value_or(false);
  // An account.json written before the profile moved here has none: the one forms.json held stays.
  if (const json* profile = jsonread::member(doc, "profile")) a.profile = Profile::from_json(*profile);
  return true;
}

void save_account_public(AppState& s, Effects& effects) {
  const json document = {{"version", 1},
                         {"login_hashes", s.account.login_hashes},
                         {"lockout", s.account.lockout.to_json()},
                         {"failed_sign_ins", s.account.failed_sign_ins},
                         {"device_id", s.account.device_id},
                         {"code_access", s.account.code_access}};
  effects.push_back(Save{kAccountPublicKey, document.dump()});
}

void load_account_public(AppState& s, const std::string& text) {
  const json doc = json::parse(text, nullptr, false);
  const json* lockout = jsonread::member(doc, "lockout");
  auto parsed = lockout ? auth::Lockout::from_json(*lockout) : std::nullopt;
  s.account.login_hashes = strings_of(doc, "login_hashes");
  s.account.lockout = parsed ? *parsed : auth::Lockout::locked_from(s.now_ms);
  s.account.failed_sign_ins.clear();
  if (const json* failed = jsonread::member(doc, "failed_sign_ins"); failed && failed->is_array()) {
    for (const json& t : *failed) {
      if (t.is_number_integer() && s.account.failed_sign_ins.size() < 1000)
        s.account.failed_sign_ins.push_back(t.get<int64_t>());
    }
  }
  s.account.device_id = jsonread::string_of(doc, "device_id").value_or("");
  s.account.code_access = jsonread::bool_of(doc, "code_access").value_or(false);
  // Read at start; an open account stays open.
  if (s.account.phase == AccountPhase::none || s.account.phase == AccountPhase::signed_out)
    s.account.phase = s.account.login_hashes.empty() ? AccountPhase::none : AccountPhase::signed_out;
}

}  // namespace cabinet::app
