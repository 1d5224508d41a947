#pragma once
// Sign-in lockout: 5 wrong passwords in a row lock sign-in for 30 minutes.
// The state is plain data kept next to the vault (it must be readable before
// the password is known) and survives a reload through to_json/from_json.
#include <cstdint>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cabinet::auth {

// Catalog keys: «Неверный пароль. Осталось попыток: {count}» and
// «Вход заблокирован до {time}» (unlock_at shown as DD.MM.YYYY HH:MM).
inline constexpr std::string_view kWrongPasswordKey = "auth.lockout.wrong_password";
inline constexpr std::string_view kLockedKey = "auth.lockout.locked";

struct LockoutPolicy {
  int max_failures = 5;
  int64_t lock_ms = 30LL * 60 * 1000;
};

class Lockout {
 public:
  explicit Lockout(LockoutPolicy policy = {}) : policy_(policy) {}

  // While locked, the caller must not even check the password.
  bool is_locked(int64_t now_ms) const;
  // When sign-in opens again; nullopt when not locked at `now_ms`.
  std::optional<int64_t> unlock_at(int64_t now_ms) const;
  // Wrong passwords in the current series (0 once an expired lock is over).
  int failures(int64_t now_ms) const;
  // Attempts left before the lock (0 while locked).
  int remaining_attempts(int64_t now_ms) const;

  // A wrong password. Returns true when this failure locked sign-in. Ignored while locked.
  bool record_failure(int64_t now_ms);
  // The right password: the series starts again.
  void record_success();

  // {"failures": 2, "locked_until": null} or {"failures": 5, "locked_until": "2026-11-23T09:30:00Z"}.
  nlohmann::json to_json() const;
  // Nullopt for damaged data. Storage replaces files atomically, so damage
  // means tampering: the caller then uses locked_from(now), a fresh lock.
  static std::optional<Lockout> from_json(const nlohmann::json& json, LockoutPolicy policy = {});
  static Lockout locked_from(int64_t now_ms, LockoutPolicy policy = {});

  const LockoutPolicy& policy() const { return policy_; }

 private:
  bool lock_expired(int64_t now_ms) const { return locked_until_ms_ && now_ms >= *locked_until_ms_; }

  LockoutPolicy policy_;
  int failures_ = 0;
  std::optional<int64_t> locked_until_ms_;
};

}  // namespace cabinet::auth
