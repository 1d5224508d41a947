// The signed-in citizen's security settings: sessions, the authenticator
// (TOTP) with recovery codes, the password change and the encrypted backup.
#include <algorithm>

#include "app/account/account.hpp"
#include "app/account/handlers.hpp"
#include "app/account/store.hpp"
#include "app/kernel/random.hpp"
#include "audit/actions.hpp"
#include "auth/password_policy.hpp"
#include "auth/totp.hpp"
#include "json/read.hpp"

namespace cabinet::app {

namespace actions = audit::actions;

namespace {

bool signed_in(const AppState& s) {
  return s.account.phase == AccountPhase::signed_in;
}

}  // namespace

void handle(AppState& s, const EndSession& a, Effects& e) {
  const std::string& id = text_or_empty(a.id);
  if (!signed_in(s) || id == s.account.session_id) return;
  for (SessionRecord& r : s.account.sessions) {
    if (r.id != id || r.ended_ms != 0) continue;
    r.ended_ms = s.now_ms;
    r.end_reason = "ended_by_citizen";
    // A device whose session the citizen ended is no longer trusted to skip the second factor.
    for (KnownDevice& d : s.account.devices) {
      if (d.id == r.device_id) d.trusted_until_ms = 0;
    }
    record_audit(s, e, actions::kSessionEnded, "session:" + id, {{"device", r.device}});
    save_account(s, e);
    add_notice(s, "success", "auth.sessions.ended");
  }
}

void handle(AppState& s, const TwoFactorStart&, Effects&) {
  if (!signed_in(s) || s.account.two_factor.enabled) return;
  s.account.two_factor.pending_secret_hex =
      auth::to_hex(auth::generate_totp_secret(auth::OtpAlgorithm::sha1, random_source(s)));
  s.account.error_key.clear();
}

void handle(AppState& s, const TwoFactorConfirm& a, Effects& e) {
  TwoFactor& tf = s.account.two_factor;
  if (!signed_in(s) || tf.pending_secret_hex.empty()) return;
  const auto secret = auth::from_hex(tf.pending_secret_hex);
  const auto check =
      secret ? auth::verify_totp(*secret, text_or_empty(a.code), s.now_ms, {}, std::nullopt) : auth::TotpCheck{};
  if (!check.ok()) {
    s.account.error_key = auth::totp_status_key(check.status);
    return;
  }
  tf.enabled = true;
  tf.secret_hex = tf.pending_secret_hex;
  tf.pending_secret_hex.clear();
  tf.last_step = check.step;
  auto fresh = auth::generate_recovery_codes(random_source(s));
  tf.recovery = std::move(fresh.stored);
  tf.fresh_recovery_codes = std::move(fresh.codes);
  s.account.error_key.clear();
  record_audit(s, e, actions::kTwoFactorChange, "account", {{"enabled", true}});
  save_account(s, e);
}

void handle(AppState& s, const TwoFactorDisable& a, Effects& e) {
  TwoFactor& tf = s.account.two_factor;
  if (!signed_in(s) || !tf.enabled) return;
  const std::string& code = text_or_empty(a.code);
  const auto secret = auth::from_hex(tf.secret_hex);
  const auto check = secret ? auth::verify_totp(*secret, code, s.now_ms, {}, tf.last_step) : auth::TotpCheck{};
  if (!check.ok() && !auth::consume_recovery_code(tf.recovery, code)) {
    s.account.error_key = "auth.totp.invalid";
    return;
  }
  tf = TwoFactor();
  s.account.error_key.clear();
  record_audit(s, e, actions::kTwoFactorChange, "account", {{"enabled", false}});
  save_account(s, e);
}

void handle(AppState& s, const RecoveryCodesSeen&, Effects&) {
  s.account.two_factor.fresh_recovery_codes.clear();
}

void handle(AppState& s, const ChangePassword& a, Effects& e) {
  if (!signed_in(s)) return;
  std::erase_if(s.errors, [](const FieldError& f) { return f.field.rfind("password_change.", 0) == 0; });
  const std::string& old_password = text_or_empty(a.old_password);
  const std::string& new_password = text_or_empty(a.new_password);
  if (old_password.empty()) s.errors.push_back({"password_change.old", "auth.sign_in.password_empty"});
  const auto checks =
      auth::check_new_password(new_password, personal_data(account_draft(s)), s.account.password_hashes);
  for (const auto& c : checks) {
    if (!c.passed) {
      s.errors.push_back({"password_change.new", c.error_key, c.params});
      break;
    }
  }
  if (text_or_empty(a.repeat) != new_password)
    s.errors.push_back({"password_change.repeat", "auth.register.repeat_differs"});
  if (std::any_of(s.errors.begin(), s.errors.end(),
                  [](const FieldError& f) { return f.field.rfind("password_change.", 0) == 0; }))
    return;
  e.push_back(VaultChangePassword{old_password, new_password});
}

void handle(AppState& s, const PasswordChanged& a, Effects& e) {
  // A reset completes only the one password_reset_set asked the Runtime for (not by the action's `reset`).
  const bool reset = s.account.phase == AccountPhase::new_password && s.account.step == "resetting";
  if (!signed_in(s) && !reset) return;
  if (a.password_hash) auth::remember_password_hash(s.account.password_hashes, *a.password_hash);
  s.account.password_changed_ms = s.now_ms;
  if (a.code_access) s.account.code_access = *a.code_access;
  record_audit(s, e, reset ? actions::kPasswordReset : actions::kPasswordChange, "account");
  save_account(s, e);
  save_account_public(s, e);
  if (!reset) return add_notice(s, "success", "auth.password.changed");
  add_notice(s, "success", "auth.reset.done");
  notify(s, {.category = "security", .message_key = "auth.reset.done_feed", .object = "security"});
  complete_sign_in(s, e, jsonread::bool_of(s.account.form, "remember").value_or(false));
}

void handle(AppState& s, const PasswordChangeFailed& a, Effects& e) {
  const std::string error = a.error.value_or("wrong_password_or_tampered");
  if (s.account.phase == AccountPhase::new_password) {
    s.account.step.clear();
    s.errors.push_back({"password_reset.new", "auth.vault." + error});
    return;
  }
  s.errors.push_back({"password_change.old",
                      error == "wrong_password_or_tampered" ? "auth.password.old_wrong" : "auth.vault." + error});
  if (error == "wrong_password_or_tampered") count_step_up_failure(s, e);
}

void handle(AppState& s, const ExportBackup&, Effects& e) {
  if (!signed_in(s)) return;
  // The screen downloads Runtime::vault_backup() itself: only the audit entry is update()'s.
  record_audit(s, e, actions::kExport, "vault");
}

void handle(AppState& s, const RecordExport& a, Effects& e) {
  if (signed_in(s)) record_audit(s, e, actions::kExport, a.what.value_or("data"));
}

}  // namespace cabinet::app
