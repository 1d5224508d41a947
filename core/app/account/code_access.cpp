// «Войти по СНИЛС и коду», «Забыли пароль?» and the switch for both in
// Безопасность. The code goes to the account's own confirmed phone or email;
// only a right code lets the Runtime ask the escrow for the key that opens the
// vault (kernel/key_escrow.hpp). A wrong login, SNILS or code counts towards the same
// lock as a wrong password. Off until the citizen turns it on with the password.
#include "app/account/account.hpp"
#include "app/account/codes.hpp"
#include "app/account/handlers.hpp"
#include "app/account/store.hpp"
#include "app/kernel/field_errors.hpp"
#include "audit/actions.hpp"
#include "auth/password_policy.hpp"
#include "json/read.hpp"

namespace cabinet::app {

using nlohmann::json;
namespace actions = audit::actions;

namespace {

constexpr const char* kSignInPurpose = "sign_in";
constexpr const char* kResetPurpose = "password_reset";

bool known_login(const AppState& s, const std::string& login) {
  const std::string hash = login_hash(login);
  return std::find(s.account.login_hashes.begin(), s.account.login_hashes.end(), hash) != s.account.login_hashes.end();
}

// Signed out, not locked, code access here: true when a code may be asked for or checked.
bool may_use_code(AppState& s) {
  if (s.account.phase != AccountPhase::signed_out) return false;
  set_refusal(s, "");
  if (s.account.lockout.is_locked(s.now_ms)) {
    set_refusal(s, "auth.lockout.locked", lock_params(s));
    return false;
  }
  if (!s.account.code_access_offered) {
    set_refusal(s, "auth.code_access.no_remote_escrow");
    return false;
  }
  if (!s.account.code_access) {
    set_refusal(s, "auth.code_access.unavailable");
    return false;
  }
  return true;
}

// The code of either: right, the Runtime opens the vault with the escrow's key.
void confirm_code(AppState& s, const std::optional<std::string>& typed, bool remember, Effects& e,
                  const char* purpose) {
  const std::string prefix = std::string(purpose == kResetPurpose ? "password_reset" : "code_sign_in");
  clear_field_errors(s, prefix + ".");
  if (!may_use_code(s) || s.account.step != prefix) return;
  const std::string code = digits_of(typed_text(typed));  // as compared here and passed to the escrow
  const CodeCheck check = check_code(s, purpose, code);
  if (check != CodeCheck::ok) {
    add_field_error(s, prefix + ".code", code_error_key(check));
    // Every wrong try counts, the last one too.
    if (check == CodeCheck::wrong || check == CodeCheck::no_attempts_left) count_failure(s, e);
    return;
  }
  const bool reset = purpose == kResetPurpose;
  s.account.step = reset ? "opening_reset" : "opening_code";
  // The code goes along: an escrow on a server checks it again before it releases anything.
  e.push_back(VaultOpenByCode{code, remember, reset});
}

}  // namespace

// «Войти по СНИЛС»: SNILS and the account's phone, then a code to that phone. The SNILS is
// compared with the vault's own once the code opened it (nothing about it is kept outside).
void handle(AppState& s, const CodeSignInRequest& a, Effects& e) {
  clear_field_errors(s, "code_sign_in.");
  if (!may_use_code(s)) return;
  const ids::Result snils = ids::check_snils(text::trim(typed_text(a.snils)));
  const ids::Result phone = ids::check_phone(text::trim(typed_text(a.phone)));
  check_field(s, "code_sign_in.snils", snils);
  check_field(s, "code_sign_in.phone", phone);
  if (!snils.ok() || !phone.ok()) return;
  if (!known_login(s, phone.normalized)) {
    count_failure(s, e);
    if (!s.account.lockout.is_locked(s.now_ms))
      set_refusal(s, "auth.code_sign_in.no_match", {{"count", s.account.lockout.remaining_attempts(s.now_ms)}});
    return;
  }
  withdraw_code(s, kResetPurpose);
  s.account.step = "code_sign_in";
  s.account.form = {{"channel", "phone"}, {"target", phone.normalized}, {"snils", snils.normalized}};
  issue_code(s, e, kSignInPurpose, "phone", phone.normalized);
}

// «Забыли пароль?»: the login (phone or email), then a code to it.
void handle(AppState& s, const PasswordResetRequest& a, Effects& e) {
  clear_field_errors(s, "password_reset.");
  if (!may_use_code(s)) return;
  const std::string login = text::trim(typed_text(a.login));
  if (login.empty()) return add_field_error(s, "password_reset.login", "auth.sign_in.login_empty");
  const bool email = login.find('@') != std::string::npos;
  const ids::Result checked = email ? ids::check_email(login) : ids::check_phone(login);
  if (!check_field(s, "password_reset.login", checked)) return;
  if (!known_login(s, checked.normalized)) {
    count_failure(s, e);
    if (!s.account.lockout.is_locked(s.now_ms))
      set_refusal(s, "auth.reset.unknown_login", {{"count", s.account.lockout.remaining_attempts(s.now_ms)}});
    return;
  }
  const std::string channel = email ? "email" : "phone";
  withdraw_code(s, kSignInPurpose);
  s.account.step = "password_reset";
  s.account.form = {{"channel", channel}, {"target", checked.normalized}};
  issue_code(s, e, kResetPurpose, channel, checked.normalized);
}

void handle(AppState& s, const CodeSignInConfirm& a, Effects& e) {
  confirm_code(s, a.code, a.remember.value_or(false), e, kSignInPurpose);
}

void handle(AppState& s, const PasswordResetConfirm& a, Effects& e) {
  confirm_code(s, a.code, a.remember.value_or(false), e, kResetPurpose);
}

void handle(AppState& s, const CodeAccessResend&, Effects& e) {
  const std::string step = s.account.step;
  if (!may_use_code(s) || (step != "code_sign_in" && step != "password_reset")) return;
  const char* purpose = step == "password_reset" ? kResetPurpose : kSignInPurpose;
  if (const int64_t wait = resend_wait_seconds(s, purpose); wait > 0)
    return set_refusal(s, "auth.code.wait", {{"seconds", wait}});
  issue_code(s, e, purpose, s.account.form.value("channel", ""), s.account.form.value("target", ""));
}

// Back to the sign-in form: the code waiting is withdrawn.
void handle(AppState& s, const CodeAccessBack&, Effects&) {
  if (s.account.phase != AccountPhase::signed_out) return;
  withdraw_code(s, kSignInPurpose);
  withdraw_code(s, kResetPurpose);
  s.account.form = json::object();
  s.account.step.clear();
  set_refusal(s, "");
  clear_field_errors(s, "code_sign_in.");
  clear_field_errors(s, "password_reset.");
}

// The new password after «Забыли пароль?»: every rule, incl. not one of the last five.
void handle(AppState& s, const PasswordResetSet& a, Effects& e) {
  if (s.account.phase != AccountPhase::new_password) return;
  clear_field_errors(s, "password_reset.");
  const std::string& password = text_or_empty(a.new_password);
  const auto checks = auth::check_new_password(password, personal_data(account_draft(s)), s.account.password_hashes);
  for (const auto& c : checks) {
    if (!c.passed) {
      add_field_error(s, "password_reset.new", c.error_key, c.params);
      break;
    }
  }
  if (!text::is_valid_utf8(password)) add_field_error(s, "password_reset.new", "auth.password.space_or_control");
  if (text_or_empty(a.repeat) != password) add_field_error(s, "password_reset.repeat", "auth.register.repeat_differs");
  if (has_field_errors(s, "password_reset.")) return;
  s.account.step = "resetting";  // password_changed completes a reset only when one was asked for
  e.push_back(VaultResetPassword{password});
}

// Безопасность: «Вход по СНИЛС и восстановление пароля по коду» on or off, with the password:
// the Runtime re-keys the vault with it (so escrow halves copied before open nothing), then
// makes or removes the wrapped key.
void handle(AppState& s, const SetCodeAccess& a, Effects& e) {
  if (s.account.phase != AccountPhase::signed_in) return;
  clear_field_errors(s, "code_access.");
  const std::optional<bool>& on = a.on;
  const std::string& password = text_or_empty(a.password);
  if (!on) return;
  // Only with the fund's escrow (kernel/key_escrow.hpp): the key never waits beside the vault.
  if (*on && !s.account.code_access_offered)
    return add_field_error(s, "code_access.password", "auth.code_access.no_remote_escrow");
  if (password.empty()) return add_field_error(s, "code_access.password", "auth.sign_in.password_empty");
  e.push_back(EscrowRekey{password, *on});
}

// The Runtime's answer: whether code access works now.
void handle(AppState& s, const CodeAccessChanged& a, Effects& e) {
  if (s.account.phase != AccountPhase::signed_in) return;
  const bool on = a.on.value_or(false);
  s.account.code_access = on;
  s.account.code_access_wanted = a.wanted.value_or(on);
  record_audit(s, e, actions::kCodeAccessChange, "account", {{"on", on}});
  save_account(s, e);
  save_account_public(s, e);
  if (on == s.account.code_access_wanted)
    add_notice(s, "success", on ? "auth.code_access.on_now" : "auth.code_access.off_now");
  else
    add_notice(s, "error", "auth.code_access.not_made");
}

// The password did not open the vault (or the re-keying failed): nothing changed.
void handle(AppState& s, const CodeAccessFailed& a, Effects& e) {
  if (s.account.phase != AccountPhase::signed_in) return;
  const std::string error = a.error.value_or("wrong_password_or_tampered");
  const bool wrong = error == "wrong_password_or_tampered";
  add_field_error(s, "code_access.password", wrong ? "auth.password.old_wrong" : "auth.vault." + error);
  if (wrong) count_step_up_failure(s, e);
}

// The Runtime after a sign-in: whether the wrapped key works (kept in the public part for signed-out screens).
void handle(AppState& s, const CodeAccessState& a, Effects& e) {
  if (!a.on || *a.on == s.account.code_access) return;
  s.account.code_access = *a.on;
  save_account_public(s, e);
}

}  // namespace cabinet::app
