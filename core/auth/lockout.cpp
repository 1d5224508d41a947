#include "auth/lockout.hpp"

#include "time/iso8601.hpp"

namespace cabinet::auth {

bool Lockout::is_locked(int64_t now_ms) const {
  return locked_until_ms_ && now_ms < *locked_until_ms_;
}

std::optional<int64_t> Lockout::unlock_at(int64_t now_ms) const {
  if (!is_locked(now_ms)) return std::nullopt;
  return locked_until_ms_;
}

int Lockout::failures(int64_t now_ms) const {
  return lock_expired(now_ms) ? 0 : failures_;
}

int Lockout::remaining_attempts(int64_t now_ms) const {
  if (is_locked(now_ms)) return 0;
  const int left = policy_.max_failures - failures(now_ms);
  return left > 0 ? left : 0;
}

bool Lockout::record_failure(int64_t now_ms) {
  if (is_locked(now_ms)) return false;
  if (lock_expired(now_ms)) {
    failures_ = 0;
    locked_until_ms_.reset();
  }
  ++failures_;
  if (failures_ < policy_.max_failures) return false;
  locked_until_ms_ = now_ms + policy_.lock_ms;
  return true;
}

void Lockout::record_success() {
  failures_ = 0;
  locked_until_ms_.reset();
}

nlohmann::json Lockout::to_json() const {
  nlohmann::json json = {{"failures", failures_}, {"locked_until", nullptr}};
  if (locked_until_ms_) json["locked_until"] = time::format_iso_utc(*locked_until_ms_);
  return json;
}

std::optional<Lockout> Lockout::from_json(const nlohmann::json& json, LockoutPolicy policy) {
  if (!json.is_object()) return std::nullopt;
  const auto failures = json.find("failures");
  const auto locked_until = json.find("locked_until");
  if (failures == json.end() || !failures->is_number_integer() || locked_until == json.end()) return std::nullopt;
  const int64_t count = failures->get<int64_t>();
  if (count < 0 || count > policy.max_failures) return std::nullopt;
  Lockout lockout(policy);
  lockout.failures_ = static_cast<int>(count);
  if (!locked_until->is_null()) {
    if (!locked_until->is_string()) return std::nullopt;
    const auto at = time::parse_iso(locked_until->get<std::string>());
    if (!at) return std::nullopt;
    lockout.locked_until_ms_ = *at;
  }
  return lockout;
}

Lockout Lockout::locked_from(int64_t now_ms, LockoutPolicy policy) {
  Lockout lockout(policy);
  lockout.failures_ = policy.max_failures;
  lockout.locked_until_ms_ = now_ms + policy.lock_ms;
  return lockout;
}

}  // namespace cabinet::auth
