// Профиль → «Личные данные»: the passport (with SNILS it makes the account
// стандартная), the registration address, and the phone and email, changed
// only with a one-time code sent to the new contact (seed 003: changes are
// confirmed by a code). The phone changes at most once in 30 days (seed 002
// §3.4.1, as the «Изменение персональных данных» form reads it).
#include <algorithm>

#include "app/account/account.hpp"
#include "app/account/codes.hpp"
#include "app/account/handlers.hpp"
#include "app/account/store.hpp"
#include "app/kernel/field_errors.hpp"
#include "audit/actions.hpp"
#include "auth/password_hash.hpp"
#include "ids/ids.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

using nlohmann::json;
namespace actions = audit::actions;

namespace {

constexpr const char* kPrefix = "personal.";
constexpr size_t kIssuedByMax = 300;  // bytes: «ГУ МВД России по г. Москве» and longer
constexpr size_t kAddressMax = 500;
constexpr int64_t kDayMs = 24LL * 60 * 60 * 1000;
constexpr int64_t kPhoneChangeIntervalMs = 30 * kDayMs;

// Typed text, trimmed ("" when left out or not valid UTF-8).
std::string trimmed(const std::optional<std::string>& value) {
  return text::trim(typed_text(value));
}

bool signed_in(const AppState& s) {
  return s.account.phase == AccountPhase::signed_in;
}

std::string profile_text(const AppState& s, const char* key) {
  return s.account.profile.text(key);
}

Profile& profile(AppState& s) {
  return s.account.profile;
}

ids::Date moscow_today(const AppState& s) {
  ids::Date d;
  time::civil_from_days((s.now_ms + kMoscowOffsetMinutes * 60'000LL) / kDayMs, d.year, d.month, d.day);
  return d;
}

// Free text (who issued the passport, the address): not empty, valid UTF-8,
// no control characters, not longer than `max` bytes.
bool check_text(AppState& s, const std::string& field, const std::string& value, size_t max) {
  if (value.empty())
    add_field_error(s, field, "personal.required");
  else if (text::has_control_chars(value))
    add_field_error(s, field, "personal.control_chars");
  else if (value.size() > max)
    add_field_error(s, field, "personal.too_long", {{"max", max}});
  else
    return true;
  return false;
}

// The passport is issued at 14 at the earliest.
bool issued_after_fourteen(const AppState& s, const ids::Date& issued) {
  const auto birth = account_draft(s).birth_date;
  if (!birth) return true;
  const ids::Date fourteen{birth->year + 14, birth->month, birth->day};
  return std::tie(issued.year, issued.month, issued.day) >= std::tie(fourteen.year, fourteen.month, fourteen.day);
}

}  // namespace

void handle(AppState& s, const PersonalPassportSave& a, Effects& e) {
  if (!signed_in(s)) return;
  clear_field_errors(s, "personal.passport");
  const ids::Result number = ids::check_passport(trimmed(a.passport));
  check_field(s, "personal.passport", number);
  const ids::DateResult issued = ids::check_date(trimmed(a.issue_date), {moscow_today(s), true, {}, {}});
  if (check_field(s, "personal.passport_issue_date", issued) && !issued_after_fourteen(s, issued.date))
    add_field_error(s, "personal.passport_issue_date", "personal.issued_before_fourteen");
  const std::string issuer = trimmed(a.issued_by);
  check_text(s, "personal.passport_issued_by", issuer, kIssuedByMax);
  const ids::Result office = ids::check_passport_office_code(trimmed(a.office_code));
  check_field(s, "personal.passport_office_code", office);
  if (has_field_errors(s, "personal.passport")) return;
  Profile& p = profile(s);
  const bool new_number = p.passport != number.normalized;
  p.passport = number.normalized;
  p.passport_issue_date = iso_date(issued.date);
  p.passport_issued_by = issuer;
  p.passport_office_code = office.normalized;
  // The agency confirmed the old passport, not this one (the stricter rule).
  if (new_number) p.passport_confirmed.clear();
  record_audit(s, e, actions::kProfileChange, "passport");
  add_notice(s, "success", "personal.passport_saved");
  save_account(s, e);
  refresh_identity_level(s, e);
}

void handle(AppState& s, const PersonalAddressSave& a, Effects& e) {
  if (!signed_in(s)) return;
  clear_field_errors(s, "personal.address");
  const std::string address = trimmed(a.address);
  if (!check_text(s, "personal.address", address, kAddressMax)) return;
  profile(s).address = address;
  record_audit(s, e, actions::kProfileChange, "address");
  add_notice(s, "success", "personal.address_saved");
  save_account(s, e);
}

namespace {

std::string code_purpose(const std::string& channel) {
  return "profile_" + channel;
}

// A contact signs in and receives codes: changing it asks for the password first
// (whoever finds the phone unlocked cannot move the account to their own number).
// A wrong one counts towards the lock, and the lock signs out.
bool password_confirmed(AppState& s, Effects& e, const std::string& password) {
  if (password.empty()) {
    add_field_error(s, "personal.password", "auth.sign_in.password_empty");
    return false;
  }
  const auto& hashes = s.account.password_hashes;
  if (!hashes.empty() && auth::verified(auth::verify_password(hashes.back(), password))) return true;
  add_field_error(s, "personal.password", "auth.password.old_wrong");
  count_step_up_failure(s, e);
  return false;
}

}  // namespace

void handle(AppState& s, const ContactChangeRequest& a, Effects& e) {
  if (!signed_in(s)) return;
  const std::string channel = trimmed(a.channel);
  if (channel != "phone" && channel != "email") return;
  const std::string field = kPrefix + channel;
  for (const char* own : {"personal.phone", "personal.email", "personal.code"}) clear_field_errors(s, own);
  clear_field_errors(s, "personal.password");
  const ids::Result value =
      channel == "phone" ? ids::check_phone(trimmed(a.value)) : ids::check_email(trimmed(a.value));
  if (!check_field(s, field, value)) return;
  if (!password_confirmed(s, e, text_or_empty(a.password))) return;
  if (value.normalized == profile_text(s, channel.c_str())) {
    add_field_error(s, field, "personal.same_contact");
    return;
  }
  if (channel == "phone") {
    // From the start of the Moscow day 30 days after the last change, as the message says.
    const int64_t changed = s.account.profile.phone_changed_ms;
    const int64_t offset = kMoscowOffsetMinutes * 60'000LL;
    const int64_t allowed = (changed + kPhoneChangeIntervalMs + offset) / kDayMs * kDayMs - offset;
    if (changed > 0 && s.now_ms < allowed) {
      add_field_error(s, field, "personal.phone_once_a_month",
                      {{"date", time::format_display(allowed, kMoscowOffsetMinutes).substr(0, 10)}});
      return;
    }
  }
  s.account.contact_change = ContactChange{channel, value.normalized};
  issue_code(s, e, code_purpose(channel), channel, value.normalized);
}

namespace {

// The logins after a change, rebuilt from what is known to be the citizen's:
// the login (the new phone when the phone changed) and the profile's email.
// Nothing else signs in, whatever older data said (a phone a consent once
// typed into the profile was never a login).
void rebuild_logins(AppState& s, const ContactChange& change, const std::string& old_value) {
  AccountState& account = s.account;
  if (change.channel == "phone" || normalize_login(account.login) == normalize_login(old_value))
    account.login = change.value;
  account.login_hashes = {login_hash(account.login)};
  const std::string email = profile_text(s, "email");
  if (!email.empty() && login_hash(email) != account.login_hashes.front())
    account.login_hashes.push_back(login_hash(email));
}

}  // namespace

void handle(AppState& s, const ContactChangeConfirm& a, Effects& e) {
  if (!signed_in(s) || !s.account.contact_change) return;
  clear_field_errors(s, "personal.code");
  const ContactChange change = *s.account.contact_change;
  const CodeCheck check = check_code(s, code_purpose(change.channel), trimmed(a.code));
  if (check != CodeCheck::ok) {
    if (check == CodeCheck::wrong) {
      add_field_error(s, "personal.code", code_error_key(check));
    } else {
      // Expired or used up: a new code is asked for from the new contact's field, which says why.
      add_field_error(s, kPrefix + change.channel, code_error_key(check));
      s.account.contact_change.reset();
    }
    return;
  }
  const std::string old_value = profile_text(s, change.channel.c_str());
  Profile& p = profile(s);
  (change.channel == "phone" ? p.phone : p.email) = change.value;
  if (change.channel == "phone") p.phone_changed_ms = s.now_ms;
  rebuild_logins(s, change, old_value);
  s.account.contact_change.reset();
  record_audit(s, e, actions::kProfileChange, change.channel, {{"to", mask_target(change.channel, change.value)}});
  add_notice(s, "success", "personal." + change.channel + "_changed",
             {{"value", change.channel == "phone" ? ids::display_phone(change.value) : change.value}});
  notify(s, {.category = "security",
             .message_key = "personal." + change.channel + "_changed_feed",
             .params = {{"value", mask_target(change.channel, change.value)}},
             .object = "security"});
  // The old contact hears of it too: if it was not the citizen, they learn while they still can act.
  if (!old_value.empty())
    e.push_back(DeliverNotification{change.channel == "phone" ? "sms" : "email",
                                    old_value,
                                    "personal.changed_old_contact",
                                    {{"value", mask_target(change.channel, change.value)},
                                     {"date", time::format_display(s.now_ms, kMoscowOffsetMinutes)}}});
  save_account(s, e);
  save_account_public(s, e);
}

void handle(AppState& s, const ContactChangeCancel&, Effects&) {
  if (!s.account.contact_change) return;
  withdraw_code(s, code_purpose(s.account.contact_change->channel));
  s.account.contact_change.reset();
  clear_field_errors(s, kPrefix);
}

void apply_personal_data_change(AppState& s, Effects& e, const std::string& number, const nlohmann::json& data) {
  Profile& p = s.account.profile;
  const auto text = [&](const char* key) { return text::trim(jsonread::typed_text_of(data, key)); };
  std::vector<std::string> changed;
  if (jsonread::bool_of(data, "change_name").value_or(false) && !text("last_name").empty() &&
      !text("first_name").empty()) {
    p.last_name = text("last_name");
    p.first_name = text("first_name");
    p.middle_name = text("middle_name");
    p.full_name = p.last_name + " " + p.first_name + (p.middle_name.empty() ? "" : " " + p.middle_name);
    changed.push_back("name");
  }
  if (jsonread::bool_of(data, "change_address").value_or(false) && !text("address").empty()) {
    p.address = text("address");
    changed.push_back("address");
  }
  const bool contacts = jsonread::bool_of(data, "change_phone").value_or(false) ||
                        jsonread::bool_of(data, "change_email").value_or(false);
  if (changed.empty() && !contacts) return;
  if (!changed.empty()) {
    record_audit(s, e, actions::kProfileChange, "application:" + number, {{"fields", changed}});
    save_account(s, e);
  }
  for (const std::string& field : changed) {
    add_notice(s, "success", "personal.change_applied_" + field,
               {{"number", number}, {"value", field == "name" ? p.full_name : p.address}});
  }
  if (contacts) add_notice(s, "info", "personal.change_contacts_in_profile", {{"number", number}});
}

}  // namespace cabinet::app
