// The account's shared steps: entering after the vault opened, signing out,
// the idle timer and the identity level.
#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "app/account/account.hpp"
#include "app/account/handlers.hpp"
#include "app/account/store.hpp"
#include "app/kernel/feature.hpp"
#include "app/kernel/random.hpp"
#include "audit/actions.hpp"
#include "auth/password_policy.hpp"
#include "auth/sodium.hpp"
#include "forms/form_registry.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

using nlohmann::json;
namespace actions = audit::actions;

namespace {

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (c == ' ') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

std::optional<ids::Date> parse_iso_date(const std::string& text) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(text.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
  return ids::Date{y, m, d};
}

// Registration fills the profile the forms prefill from.
void profile_from_registration(AppState& s) {
  const json& f = s.account.form;
  Profile& p = s.account.profile;
  p = Profile{};
  const std::vector<std::string> names = split_words(jsonread::text_of(f, "full_name"));
  p.full_name = jsonread::text_of(f, "full_name");
  if (!names.empty()) p.last_name = names[0];
  if (names.size() > 1) p.first_name = names[1];
  if (names.size() > 2) {
    std::string middle;
    for (size_t i = 2; i < names.size(); ++i) middle += (i > 2 ? " " : "") + names[i];
    p.middle_name = middle;
  }
  p.birth_date = jsonread::text_of(f, "birth_date");
  p.phone = jsonread::text_of(f, "phone");
  p.email = jsonread::text_of(f, "email");
  p.snils = jsonread::text_of(f, "snils");
  p.inn = jsonread::text_of(f, "inn");
}

void wipe_form(AppState& s) {
  if (auto it = s.account.form.find("password"); it != s.account.form.end() && it->is_string()) {
    auth::wipe(it->get_ref<std::string&>());
  }
  s.account.form = json::object();
}

void move_failed_sign_ins_to_audit(AppState& s, Effects& e) {
  for (int64_t at : s.account.failed_sign_ins)
    record_audit(s, e, actions::kSignInFailed, "account", json::object(), at);
  s.account.failed_sign_ins.clear();
}

}  // namespace

auth::PersonalData personal_data(const AccountDraft& d) {
  auth::PersonalData person;
  person.login = d.phone;
  person.email = d.email.substr(0, d.email.find('@'));
  person.name_parts = split_words(d.full_name);
  if (d.birth_date) person.birth_date = auth::BirthDate{d.birth_date->year, d.birth_date->month, d.birth_date->day};
  return person;
}

AccountDraft account_draft(const AppState& s) {
  const Profile& p = s.account.profile;
  return {p.phone, p.email, p.full_name, parse_iso_date(p.birth_date)};
}

std::string iso_date(const ids::Date& date) {
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", date.year % 10000, date.month % 100, date.day % 100);
  return out;
}

void handle(AppState& s, const VaultOpened& a, Effects& e) {
  const bool created = a.created.value_or(false);
  const bool remember = a.remember.value_or(false);
  const bool reset = a.reset.value_or(false);
  if (a.code_access) s.account.code_access = *a.code_access;
  if (a.device && !a.device->empty()) s.account.device_label = text::truncate_code_points(*a.device, 80);
  if (created) {
    if (s.account.phase != AccountPhase::none) return;
    const json& f = s.account.form;
    s.account.login = f.value("phone", "");
    s.account.login_hashes = {login_hash(f.value("phone", "")), login_hash(f.value("email", ""))};
    s.account.password_hashes.clear();
    if (a.password_hash) auth::remember_password_hash(s.account.password_hashes, *a.password_hash);
    s.account.password_changed_ms = s.now_ms;
    s.account.lockout = auth::Lockout();
    profile_from_registration(s);
    wipe_form(s);
    // The codes are used: their sandbox notices go.
    std::erase_if(s.notices, [](const Notice& n) { return n.message_key == "auth.sandbox.code"; });
    s.account.step.clear();
    s.account.phase = AccountPhase::signed_out;  // complete_sign_in moves on
    s.account.audit = audit::AuditLog();
    record_audit(s, e, actions::kRegistration, "account");
    save_account(s, e);
    add_notice(s, "success", "auth.register.done");
    complete_sign_in(s, e, remember);
    return;
  }
  // Restored from a backup: the account is the backup's; its logins open it from now on.
  if (a.restored.value_or(false)) {
    if (s.account.step != "restoring") return;
    AccountState& acc = s.account;
    acc.phase = AccountPhase::signed_out;
    acc.login_hashes = {login_hash(acc.login)};
    for (const char* contact : {"phone", "email"}) {
      const std::string value = s.account.profile.text(contact);
      if (!value.empty() && login_hash(value) != acc.login_hashes.front())
        acc.login_hashes.push_back(login_hash(value));
    }
    // «Вход по коду» was chosen on another device, after its warning: here it starts off again.
    acc.code_access_wanted = false;
    sodium_memzero(acc.restore_bytes.data(), acc.restore_bytes.size());
    acc.restore_bytes.clear();
    acc.restore_name.clear();
    record_audit(s, e, actions::kImport, "backup");
    add_notice(s, "success", "auth.restore.done");
  }
  if (s.account.phase != AccountPhase::signed_out) return;
  const bool by_code = a.by_code.value_or(false);
  // «Войти по СНИЛС»: the code went to the login phone; the SNILS typed must be the vault's own.
  if (const auto typed = jsonread::string_of(s.account.form, "snils"); by_code && typed) {
    if (*typed != ids::check_snils(s.account.profile.snils).normalized) {
      close_and_forget(s, e);
      count_failure(s, e);
      if (!s.account.lockout.is_locked(s.now_ms))
        set_refusal(s, "auth.code_sign_in.no_match", {{"count", s.account.lockout.remaining_attempts(s.now_ms)}});
      return;
    }
  }
  s.account.step.clear();
  s.account.opened_by_code = by_code;
  // The wrapped key follows the vault's: opened by code, both halves just worked; by the
  // password, a new pair is made, which mends either half (and removes them when not wanted).
  e.push_back(EscrowSync{!by_code});
  s.account.lockout.record_success();
  move_failed_sign_ins_to_audit(s, e);
  save_account_public(s, e);
  if (a.password_hash) {
    // The vault was re-sealed (Argon2id parameters raised): the current password's new hash
    // replaces its old one, the newest entry (the history is newest first, password_policy.hpp).
    if (!s.account.password_hashes.empty()) s.account.password_hashes.front() = *a.password_hash;
  }
  const auto device = std::find_if(s.account.devices.begin(), s.account.devices.end(),
                                   [&](const KnownDevice& d) { return d.id == s.account.device_id; });
  // «Запомнить меня» was earned with the password and the authenticator: a code alone does not inherit it.
  const bool trusted = !by_code && device != s.account.devices.end() && device->trusted_until_ms > s.now_ms;
  if (s.account.two_factor.enabled && !trusted) {
    s.account.phase = AccountPhase::second_factor;
    s.account.form = {{"remember", remember}, {"reset", reset}};
    s.account.last_activity_ms = s.now_ms;
    return;
  }
  if (reset) return ask_new_password(s, e, remember);
  complete_sign_in(s, e, remember);
}

void ask_new_password(AppState& s, Effects& e, bool remember) {
  s.account.phase = AccountPhase::new_password;
  s.account.form = {{"remember", remember}};
  s.account.error_key.clear();
  s.account.last_activity_ms = s.now_ms;
  save_account(s, e);  // a recovery code or TOTP step used on the way stays used, even if the citizen stops here
}

void complete_sign_in(AppState& s, Effects& e, bool remember) {
  AccountState& a = s.account;
  a.phase = AccountPhase::signed_in;
  a.form = json::object();
  a.error_key.clear();
  a.last_activity_ms = s.now_ms;
  a.idle_warning = false;
  if (a.device_id.empty()) a.device_id = random_hex(s, 8);
  auto device =
      std::find_if(a.devices.begin(), a.devices.end(), [&](const KnownDevice& d) { return d.id == a.device_id; });
  if (device == a.devices.end()) {
    const bool first = a.devices.empty();
    a.devices.push_back({a.device_id, a.device_label, s.now_ms, 0});
    device = a.devices.end() - 1;
    if (!first) {
      add_notice(s, "info", "auth.sessions.new_device", {{"device", a.device_label}});
      notify(s, {.category = "security",
                 .message_key = "auth.sessions.new_device",
                 .params = {{"device", a.device_label}},
                 .object = "security"});
      record_audit(s, e, actions::kDeviceChange, "device:" + a.device_id,
                   {{"device", a.device_label}, {"change", "new"}});
    }
  }
  if (remember) device->trusted_until_ms = s.now_ms + kTrustedDeviceMs;
  a.session_id = random_hex(s, 8);
  a.sessions.push_back({a.session_id, a.device_id, a.device_label, s.now_ms, s.now_ms, 0, ""});
  if (a.sessions.size() > 50) a.sessions.erase(a.sessions.begin());
  a.identity_level = identity_level(s);
  json details = {{"device", a.device_label}, {"remember", remember}};
  if (a.opened_by_code) details["method"] = "code";
  a.step.clear();
  record_audit(s, e, actions::kSignIn, "session:" + a.session_id, details);
  save_account(s, e);
  save_account_public(s, e);
  if (a.password_changed_ms > 0 && auth::password_expired(a.password_changed_ms, s.now_ms))
    add_notice(s, "error", "auth.password.expired_notice");
  notify_password_age(s);
}

// Уведомления: a week before the password's 90 days run out, and once they
// have, one entry each per password (the feed itself remembers: the entry
// carries the time the password was set).
void notify_password_age(AppState& s) {
  const int64_t changed = s.account.password_changed_ms;
  if (changed <= 0) return;
  const int64_t expires = changed + auth::kPasswordLifetimeMs;
  const bool expired = s.now_ms >= expires;
  if (!expired && expires - s.now_ms > kPasswordWarningMs) return;
  const std::string key = expired ? "auth.password.expired_feed" : "auth.password.expiring_feed";
  for (const FeedEntry& f : s.notifications.entries) {
    if (f.message_key == key && jsonread::int_of(f.params, "changed") == changed) return;
  }
  notify(s, {.category = "security",
             .message_key = key,
             .params = {{"changed", changed}, {"date", time::format_display(expires, kMoscowOffsetMinutes)}},
             .object = "security",
             .service = ""});
}

void sign_out(AppState& s, Effects& e, std::string_view reason) {
  AccountState& a = s.account;
  if (a.phase != AccountPhase::signed_in && a.phase != AccountPhase::second_factor &&
      a.phase != AccountPhase::new_password)
    return;
  if (a.phase == AccountPhase::signed_in) {
    for (SessionRecord& r : a.sessions) {
      if (r.id == a.session_id && r.ended_ms == 0) {
        r.ended_ms = s.now_ms;
        r.end_reason = std::string(reason);
      }
    }
    record_audit(s, e, actions::kSignOut, "session:" + a.session_id, {{"reason", reason}});
    save_account(s, e);
  }
  if (s.forms.drafts.dirty_since >= 0) save_forms(s, e);
  flush_notifications(s, e);
  close_and_forget(s, e);
  if (reason == "idle") add_notice(s, "info", "auth.idle.signed_out");
  s.section = Section::home;
}

void close_and_forget(AppState& s, Effects& e) {
  e.push_back(VaultClose{});
  ++s.epoch;  // answers asked for by this citizen are dropped when they arrive
  // Everything personal goes; the settings, the public part of the account and the connection stay.
  for (const Feature& feature : features()) feature.forget.fn(s);
  s.errors.clear();
  std::erase_if(s.notices, [](const Notice& n) { return n.kind != "error"; });
}

void check_idle(AppState& s, Effects& e) {
  if (s.account.phase == AccountPhase::signed_in) notify_password_age(s);
  const AccountState& a = s.account;
  if (a.phase != AccountPhase::signed_in && a.phase != AccountPhase::second_factor &&
      a.phase != AccountPhase::new_password)
    return;
  const int64_t idle = s.now_ms - a.last_activity_ms;
  if (idle >= kIdleSignOutMs) {
    sign_out(s, e, "idle");
  } else if (idle >= kIdleWarningMs) {
    s.account.idle_warning = true;
  }
}

bool is_citizen_action(std::string_view type) {
  static const std::set<std::string, std::less<>> passive = {"tick",
                                                             "saved",
                                                             "save_failed",
                                                             "loaded",
                                                             "set_online",
                                                             "update_available",
                                                             "show_notice",
                                                             "vault_opened",
                                                             "vault_failed",
                                                             "password_changed",
                                                             "password_change_failed",
                                                             "vault_exported",
                                                             "code_access_changed",
                                                             "code_access_failed",
                                                             "code_access_state"};
  return !passive.contains(type);
}

std::string identity_level(const AppState& s) {
  const Profile& p = s.account.profile;
  // Set only by the agency's confirmation, never by set_profile_data (Profile::set_text refuses it).
  const bool snils = ids::check_snils(p.snils).ok();
  const bool passport = ids::check_passport(p.passport).ok();
  if (!snils || !passport) return "basic";
  // The number the agency checked (confirm_identity; set_profile_data cannot set it): confirmed
  // while the profile's passport is that one.
  return p.passport_confirmed == ids::check_passport(p.passport).normalized ? "confirmed" : "standard";
}

std::string enforced_level(std::string_view required) {
  if (required == "confirmed") return "confirmed";
  return required == "standard" ? "standard" : "basic";
}

bool level_allows(const AppState& s, std::string_view required) {
  const auto rank = [](std::string_view level) { return level == "confirmed" ? 2 : level == "standard" ? 1 : 0; };
  return rank(identity_level(s)) >= rank(enforced_level(required));
}

bool refuse_below_level(AppState& s, const std::string& required) {
  if (level_allows(s, required)) return false;
  add_notice(s, "error", "journey.level_required." + enforced_level(required));
  return true;
}

std::string form_level(std::string_view form_id) {
  const auto* form = forms::FormRegistry::embedded().find(std::string(form_id));
  return form ? form->definition.identity_level : "basic";
}

void confirm_identity(AppState& s, Effects& e, const std::string& checked_passport) {
  const ids::Result checked = ids::check_passport(checked_passport);
  // Only the passport the agency checked, and only while it is the profile's own.
  if (!checked.ok()) return;
  s.account.profile.passport_confirmed = checked.normalized;
  refresh_identity_level(s, e);
}

void refresh_identity_level(AppState& s, Effects& e) {
  const std::string before = s.account.identity_level;
  const std::string now = identity_level(s);
  if (now == before) return;
  s.account.identity_level = now;
  record_audit(s, e, actions::kProfileChange, "identity_level", {{"level", now}});
  // Down from подтверждённая: the passport changed and must be confirmed again.
  if (before == "confirmed")
    add_notice(s, "info", "auth.level.confirm_again");
  else
    add_notice(s, "success", "auth.level." + now + "_now");
  save_account(s, e);
}

}  // namespace cabinet::app
