// Registration, sign-in (with the lockout and the second factor), sign-out
// and the idle sign-out. Argon2id and the vault are the Runtime's effects
// ("vault_create", "vault_open", "vault_close"); their outcome comes back as
// the actions "vault_opened" and "vault_failed".
#include <sodium.h>

#include <algorithm>

#include "app/account/account.hpp"
#include "app/account/codes.hpp"
#include "app/account/handlers.hpp"
#include "app/account/store.hpp"
#include "app/kernel/field_errors.hpp"
#include "audit/actions.hpp"
#include "auth/password_policy.hpp"
#include "auth/sodium.hpp"
#include "auth/totp.hpp"
#include "ids/ids.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"
#include "vault/vault_format.hpp"

namespace cabinet::app {

using nlohmann::json;
namespace actions = audit::actions;

constexpr const char* kSecondFactorPurpose = "second_factor";

namespace {

ids::Date today(const AppState& s) {
  const std::string iso = time::format_iso_utc(s.now_ms);
  return {std::stoi(iso.substr(0, 4)), static_cast<unsigned>(std::stoi(iso.substr(5, 2))),
          static_cast<unsigned>(std::stoi(iso.substr(8, 2)))};
}

}  // namespace

void handle(AppState& s, const RegisterSubmit& a, Effects& e) {
  if (s.account.phase != AccountPhase::none) return;
  clear_field_errors(s, "register.");
  json form = {{"full_name", text::trim(typed_text(a.full_name))}, {"birth_date", text::trim(typed_text(a.birth_date))},
               {"phone", text::trim(typed_text(a.phone))},         {"email", text::trim(typed_text(a.email))},
               {"snils", text::trim(typed_text(a.snils))},         {"inn", text::trim(typed_text(a.inn))}};
  const std::string& password = text_or_empty(a.password);
  const std::string& repeat = text_or_empty(a.password_repeat);
  const auto name = ids::check_person_name(form["full_name"].get<std::string>());
  check_field(s, "register.full_name", name);
  if (name.ok() && std::count(name.normalized.begin(), name.normalized.end(), ' ') < 1)
    add_field_error(s, "register.full_name", "auth.register.full_name_parts");
  ids::DateRules rules{today(s), true, 14, 130};
  const auto birth = ids::check_date(form["birth_date"].get<std::string>(), rules);
  check_field(s, "register.birth_date", birth);
  const auto phone = ids::check_phone(form["phone"].get<std::string>());
  check_field(s, "register.phone", phone);
  const auto email = ids::check_email(form["email"].get<std::string>());
  check_field(s, "register.email", email);
  const auto snils = ids::check_snils(form["snils"].get<std::string>());
  check_field(s, "register.snils", snils);
  ids::Result inn;
  if (!form["inn"].get<std::string>().empty()) {
    inn = ids::check_inn(form["inn"].get<std::string>());
    check_field(s, "register.inn", inn);
    if (inn.ok() && inn.normalized.size() != 12) add_field_error(s, "register.inn", "auth.register.inn_person");
  }
  AccountDraft draft{phone.ok() ? phone.normalized : form["phone"].get<std::string>(),
                     email.ok() ? email.normalized : form["email"].get<std::string>(),
                     name.ok() ? name.normalized : form["full_name"].get<std::string>(),
                     birth.ok() ? std::optional<ids::Date>(birth.date) : std::nullopt};
  const auto checks = auth::check_new_password(password, personal_data(draft), {});
  if (!auth::all_passed(checks)) {
    for (const auto& c : checks) {
      if (!c.passed) {
        add_field_error(s, "register.password", c.error_key, c.params);
        break;
      }
    }
  }
  if (!text::is_valid_utf8(password)) add_field_error(s, "register.password", "auth.password.space_or_control");
  if (repeat != password) add_field_error(s, "register.password_repeat", "auth.register.repeat_differs");
  if (!a.agree.value_or(false)) add_field_error(s, "register.agree", "auth.register.agree_required");
  if (std::any_of(s.errors.begin(), s.errors.end(),
                  [](const FieldError& f) { return f.field.rfind("register.", 0) == 0; }))
    return;
  form["full_name"] = name.normalized;
  form["birth_date"] = iso_date(birth.date);
  form["phone"] = phone.normalized;
  form["email"] = email.normalized;
  form["snils"] = snils.normalized;
  if (inn.ok() && !form["inn"].get<std::string>().empty()) form["inn"] = inn.normalized;
  form["password"] = password;
  s.account.form = std::move(form);
  s.account.step = "confirm";
  issue_code(s, e, "register_phone", "phone", phone.normalized);
  issue_code(s, e, "register_email", "email", email.normalized);
}

void handle(AppState& s, const RegisterConfirm& a, Effects& e) {
  if (s.account.phase != AccountPhase::none || s.account.step != "confirm") return;
  clear_field_errors(s, "register.");
  const CodeCheck phone = check_code(s, "register_phone", typed_text(a.phone_code));
  if (phone != CodeCheck::ok) add_field_error(s, "register.phone_code", code_error_key(phone));
  const CodeCheck email = check_code(s, "register_email", typed_text(a.email_code));
  if (email != CodeCheck::ok) add_field_error(s, "register.email_code", code_error_key(email));
  // A code that was right stays used only when both are right: ask again for both otherwise.
  if (phone != CodeCheck::ok || email != CodeCheck::ok) {
    if (phone == CodeCheck::ok) issue_code(s, e, "register_phone", "phone", s.account.form.value("phone", ""));
    if (email == CodeCheck::ok) issue_code(s, e, "register_email", "email", s.account.form.value("email", ""));
    return;
  }
  s.account.step = "creating";
  e.push_back(VaultCreate{s.account.form.value("password", "")});
}

void handle(AppState& s, const RegisterResend& a, Effects& e) {
  if (s.account.step != "confirm") return;
  const std::string& channel = typed_text(a.channel);
  if (channel != "phone" && channel != "email") return;
  if (const int64_t wait = resend_wait_seconds(s, "register_" + channel); wait > 0)
    return set_refusal(s, "auth.code.wait", {{"seconds", wait}});
  set_refusal(s, "");
  issue_code(s, e, "register_" + channel, channel, s.account.form.value(channel, ""));
}

void handle(AppState& s, const RegisterBack&, Effects&) {
  if (s.account.phase != AccountPhase::none) return;
  s.account.step = "details";
  s.account.codes.clear();
}

void handle(AppState& s, const SignIn& a, Effects& e) {
  if (s.account.phase != AccountPhase::signed_out) return;
  clear_field_errors(s, "sign_in.");
  set_refusal(s, "");
  if (s.account.lockout.is_locked(s.now_ms)) {
    set_refusal(s, "auth.lockout.locked", lock_params(s));
    return;
  }
  const std::string& login = typed_text(a.login);
  const std::string& password = text_or_empty(a.password);
  if (login.empty()) add_field_error(s, "sign_in.login", "auth.sign_in.login_empty");
  if (password.empty()) add_field_error(s, "sign_in.password", "auth.sign_in.password_empty");
  if (login.empty() || password.empty()) return;
  const std::string hash = login_hash(login);
  if (std::find(s.account.login_hashes.begin(), s.account.login_hashes.end(), hash) == s.account.login_hashes.end()) {
    count_failure(s, e);
    return;
  }
  s.account.step = "opening";
  e.push_back(VaultOpen{password, a.remember.value_or(false)});
}

void handle(AppState& s, const VaultFailed& a, Effects& e) {
  // Only an opening the citizen started, signed out, can fail.
  if (s.account.phase != AccountPhase::none && s.account.phase != AccountPhase::signed_out) return;
  const std::string& error = typed_text(a.error);
  if (a.by_code.value_or(false)) {
    // The code was right; the escrow or the file let it down. The password still opens the vault.
    s.account.step.clear();
    return set_refusal(s, error == "escrow_unavailable" ? "auth.code_access.broken" : "auth.vault." + error);
  }
  const bool restoring = s.account.step == "restoring";
  if (restoring) s.account.step.clear();
  const bool creating = s.account.step == "creating";
  s.account.step = creating ? "confirm" : "";
  if (creating) {
    set_refusal(s, "auth.vault." + error);
    return;
  }
  // The AEAD cannot tell a wrong password from a changed file: both count.
  if (error == "wrong_password_or_tampered") {
    count_failure(s, e);
    // The backup's password, not the login, is what was wrong (or the file was changed).
    if (restoring && !s.account.lockout.is_locked(s.now_ms))
      set_refusal(s, "auth.restore.wrong_password", {{"count", s.account.lockout.remaining_attempts(s.now_ms)}});
    return;
  }
  set_refusal(s, "auth.vault." + (error.empty() ? std::string("wrong_password_or_tampered") : error));
}

// «Восстановить из резервной копии»: the backup's password opens it, then it
// replaces the vault here (an account already here is kept as a backup file).
void handle(AppState& s, const RestoreBackup& a, Effects& e) {
  AccountState& acc = s.account;
  if (acc.phase != AccountPhase::none && acc.phase != AccountPhase::signed_out) return;
  clear_field_errors(s, "restore.");
  set_refusal(s, "");
  if (acc.lockout.is_locked(s.now_ms)) return set_refusal(s, "auth.lockout.locked", lock_params(s));
  if (acc.restore_bytes.empty()) add_field_error(s, "restore.file", "auth.restore.no_file");
  const std::string& password = text_or_empty(a.password);
  if (password.empty()) add_field_error(s, "restore.password", "auth.sign_in.password_empty");
  const bool replace = a.replace.value_or(false);
  if (acc.phase == AccountPhase::signed_out && !replace)
    add_field_error(s, "restore.replace", "auth.restore.confirm_replace");
  if (acc.restore_bytes.empty() || password.empty() || (acc.phase == AccountPhase::signed_out && !replace)) return;
  acc.step = "restoring";
  e.push_back(VaultRestore{password});
}

void handle(AppState& s, const SecondFactor& a, Effects& e) {
  if (s.account.phase != AccountPhase::second_factor) return;
  if (s.account.lockout.is_locked(s.now_ms)) {
    set_refusal(s, "auth.lockout.locked", lock_params(s));
    return;
  }
  const std::string& code = typed_text(a.code);
  TwoFactor& tf = s.account.two_factor;
  const auto secret = auth::from_hex(tf.secret_hex);
  const auto check =
      secret ? auth::verify_totp(*secret, code, s.now_ms, {}, tf.last_step ? std::optional(tf.last_step) : std::nullopt)
             : auth::TotpCheck{};
  if (check.ok()) {
    tf.last_step = check.step;
  } else if (auth::consume_recovery_code(tf.recovery, code)) {
    record_audit(s, e, actions::kRecoveryCodeUsed, "account", {{"left", tf.recovery.hashes_hex.size()}});
    add_notice(s, "info", std::string(auth::kRecoveryCodesLeftKey), {{"count", tf.recovery.hashes_hex.size()}});
  } else if (sms_second_factor_allowed(s) && has_code(s, kSecondFactorPurpose) &&
             check_code(s, kSecondFactorPurpose, code) == CodeCheck::ok) {
    // The SMS code asked for on this screen; it does not earn «Запомнить меня».
    s.account.form["remember"] = false;
  } else {
    count_failure(s, e);
    if (check.status == auth::TotpStatus::reused && !s.account.lockout.is_locked(s.now_ms))
      set_refusal(s, "auth.totp.reused");
    return;
  }
  const bool remember = jsonread::bool_of(s.account.form, "remember").value_or(false);
  if (jsonread::bool_of(s.account.form, "reset").value_or(false)) return ask_new_password(s, e, remember);
  complete_sign_in(s, e, remember);
}

// «Получить код по СМС» on the second factor's screen: a code to the account's phone. Not after
// a sign-in by an SMS code: the same channel twice is one factor, so the authenticator is asked.
void handle(AppState& s, const SecondFactorSendCode&, Effects& e) {
  if (s.account.phase != AccountPhase::second_factor || !s.account.codes_leave_the_device) return;
  if (s.account.lockout.is_locked(s.now_ms)) return set_refusal(s, "auth.lockout.locked", lock_params(s));
  if (!sms_second_factor_allowed(s)) return set_refusal(s, "auth.sign_in.second_factor_sms_same_channel");
  const std::string& phone = s.account.profile.phone;
  if (phone.empty()) return;
  if (const int64_t wait = resend_wait_seconds(s, kSecondFactorPurpose); wait > 0)
    return set_refusal(s, "auth.code.wait", {{"seconds", wait}});
  set_refusal(s, "");
  issue_code(s, e, kSecondFactorPurpose, "phone", phone);
}

bool sms_second_factor_allowed(const AppState& s) {
  return s.account.codes_leave_the_device && !s.account.opened_by_code;
}

void count_step_up_failure(AppState& s, Effects& e) {
  s.account.lockout.record_failure(s.now_ms);
  save_account_public(s, e);
  if (!s.account.lockout.is_locked(s.now_ms)) return;
  record_audit(s, e, actions::kLocked, "account");
  sign_out(s, e, "locked");
  set_refusal(s, "auth.lockout.locked", lock_params(s));
}

void set_refusal(AppState& s, std::string key, json params) {
  s.account.error_key = std::move(key);
  s.account.error_params = std::move(params);
}

json lock_params(const AppState& s) {
  const auto until = s.account.lockout.unlock_at(s.now_ms);
  return {{"time", until ? time::format_display(*until, kMoscowOffsetMinutes) : std::string()}};
}

void count_failure(AppState& s, Effects& e) {
  const bool locked = s.account.lockout.record_failure(s.now_ms);
  s.account.failed_sign_ins.push_back(s.now_ms);
  if (s.account.failed_sign_ins.size() > 100) s.account.failed_sign_ins.erase(s.account.failed_sign_ins.begin());
  save_account_public(s, e);
  if (locked || s.account.lockout.is_locked(s.now_ms)) {
    set_refusal(s, "auth.lockout.locked", lock_params(s));
  } else {
    set_refusal(s, "auth.lockout.wrong_password", {{"count", s.account.lockout.remaining_attempts(s.now_ms)}});
  }
}

void choose_backup(AppState& s, const CarriedFile& file) {
  AccountState& acc = s.account;
  if (acc.phase != AccountPhase::none && acc.phase != AccountPhase::signed_out) return;
  clear_field_errors(s, "restore.");
  set_refusal(s, "");
  sodium_memzero(acc.restore_bytes.data(), acc.restore_bytes.size());
  acc.restore_bytes.clear();
  acc.restore_name = text::truncate_code_points(text::is_valid_utf8(file.name) ? file.name : "", 120);
  std::string content = file.bytes;
  const vault::ParsedHeader header = vault::parse_header(content);
  std::string refusal;
  if (content.empty()) {
    refusal = "auth.restore.empty";
  } else if (content.size() > kBackupMaxBytes) {
    refusal = "auth.restore.too_big";
  } else if (header.error == vault::HeaderError::bad_magic) {
    refusal = "auth.restore.not_a_backup";
  } else if (header.error == vault::HeaderError::unsupported_version) {
    refusal = "auth.vault.unsupported_version";
  } else if (header.error != vault::HeaderError::none) {
    refusal = "auth.restore.damaged";
  }
  if (!refusal.empty()) {
    sodium_memzero(content.data(), content.size());
    return add_field_error(s, "restore.file", refusal);
  }
  acc.restore_bytes = std::move(content);
}

void handle(AppState& s, const SignOut&, Effects& e) {
  sign_out(s, e, "sign_out");
}

void handle(AppState& s, const StaySignedIn&, Effects&) {
  s.account.idle_warning = false;
}

}  // namespace cabinet::app
