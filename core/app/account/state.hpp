#pragma once
// The part of AppState about the citizen's account: who is signed in, the
// registration in progress, one-time codes sent through the sandbox delivery,
// the sign-in lockout and the audit log. What is personal lives in the vault
// ("account.json" inside it); only the lockout and hashed logins stay outside.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/account/profile.hpp"
#include "audit/audit_log.hpp"
#include "auth/lockout.hpp"
#include "auth/recovery_codes.hpp"
#include "tracking/gateway.hpp"

namespace cabinet::app {

// none: no account on this device yet; signed_out: the vault is closed;
// second_factor: the password (or a code) opened the vault, the authenticator code is due;
// new_password: «Забыли пароль?»'s code opened the vault, a new password is due;
// signed_in: the account is open.
enum class AccountPhase { none, signed_out, second_factor, new_password, signed_in };
std::string_view account_phase_id(AccountPhase phase);

// A one-time code sent to the phone or the email. Only its hash is kept.
struct OneTimeCode {
  std::string purpose;  // "register_phone", "register_email", "consent", "profile_phone", ...
  std::string channel;  // "phone" | "email"
  std::string target;   // where it went, as entered (shown masked)
  std::string hash_hex;
  int64_t expires_ms = 0;
  int attempts_left = 3;
};

// A phone or email being changed in Профиль: the code went to `value` (memory only).
struct ContactChange {
  std::string channel;  // "phone" | "email"
  std::string value;    // normalized
};

inline constexpr int64_t kCodeLifetimeMs = 5LL * 60 * 1000;

// A sign-in of this account (kept in the vault).
struct SessionRecord {
  std::string id;
  std::string device_id;
  std::string device;  // "Chrome · Android", from the platform
  int64_t started_ms = 0;
  int64_t last_seen_ms = 0;
  int64_t ended_ms = 0;    // 0 while active
  std::string end_reason;  // "sign_out", "idle", "ended_by_citizen"
};

struct KnownDevice {
  std::string id;
  std::string label;
  int64_t first_seen_ms = 0;
  int64_t trusted_until_ms = 0;  // «Запомнить меня»: no second factor until then
};

struct TwoFactor {
  bool enabled = false;
  std::string secret_hex;  // TOTP secret (20 bytes, SHA1, 6 digits)
  uint64_t last_step = 0;
  auth::RecoveryCodes recovery;
  std::string pending_secret_hex;                 // being set up, not yet confirmed by a code
  std::vector<std::string> fresh_recovery_codes;  // shown once after setup
};

struct AccountState {
  AccountPhase phase = AccountPhase::none;
  Profile profile;  // in account.json inside the vault
  // Outside the vault (the public "account-public.json"): hashes of the logins, the lockout.
  std::vector<std::string> login_hashes;
  auth::Lockout lockout;
  std::vector<int64_t> failed_sign_ins;  // moved into the audit log at the next sign-in
  std::string device_id;                 // this device (random, kept with the settings)
  std::string device_label;
  bool code_access = false;  // «Вход по коду» (kernel/key_escrow.hpp) works on this device
  // A remote escrow is configured (Runtime::set_escrow); without one code access is not offered.
  bool code_access_offered = false;
  // A real gateway carries the codes (Runtime::set_delivery). The sandbox channel shows them in
  // the app, so there an SMS code proves nothing the password did not: no SMS second factor.
  bool codes_leave_the_device = false;
  bool opened_by_code = false;  // this vault was opened by a one-time code, not the password
  // Inside the vault.
  std::string login;                         // the phone or email the citizen signs in with
  std::vector<std::string> password_hashes;  // the last five, newest last (crypto_pwhash_str)
  int64_t password_changed_ms = 0;
  TwoFactor two_factor;
  std::vector<SessionRecord> sessions;
  std::vector<KnownDevice> devices;
  std::string session_id;                // the current one
  std::string identity_level = "basic";  // basic | standard | confirmed
  bool code_access_wanted = false;       // the citizen turned «Вход по коду» on (Безопасность)
  // Registration or sign-in in progress (never saved).
  nlohmann::json form = nlohmann::json::object();
  std::string step;  // registration: "details" | "confirm"; sign-in: "password"
  std::vector<OneTimeCode> codes;
  // «Восстановить из резервной копии»: the chosen file (memory only, never saved).
  std::string restore_name, restore_bytes;
  std::optional<ContactChange> contact_change;  // Профиль: a new phone or email waiting for its code
  // «Восстановление доступа» asked while signed out (memory only): waiting, then the fund's answer.
  bool recovery_waiting = false;
  std::optional<tracking::RecoveryAnswer> recovery;
  std::string error_key;                        // the last refusal, a catalog key
  nlohmann::json error_params = nlohmann::json::object();
  // Activity, for the idle sign-out.
  int64_t last_activity_ms = 0;
  bool idle_warning = false;
  audit::AuditLog audit;
};

inline constexpr int64_t kIdleSignOutMs = 15LL * 60 * 1000;
inline constexpr int64_t kIdleWarningMs = kIdleSignOutMs - 60LL * 1000;

}  // namespace cabinet::app
