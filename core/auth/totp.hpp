#pragma once
// One-time codes: HOTP (RFC 4226) and TOTP (RFC 6238) with HMAC-SHA1, -SHA256
// or -SHA512, 6 to 8 digits, 30-second steps. Time comes in as Unix ms.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "auth/sodium.hpp"

namespace cabinet::auth {

enum class OtpAlgorithm { sha1, sha256, sha512 };

std::string_view otp_algorithm_name(OtpAlgorithm algorithm);  // "SHA1", "SHA256", "SHA512"
// Case-insensitive "sha1", "SHA-256", ...
std::optional<OtpAlgorithm> otp_algorithm_from_name(std::string_view name);

inline constexpr int kMinOtpDigits = 6;
inline constexpr int kMaxOtpDigits = 8;

struct TotpParams {
  OtpAlgorithm algorithm = OtpAlgorithm::sha1;
  int digits = 6;           // 6..8
  int period_seconds = 30;  // > 0
};

bool valid_otp_params(const TotpParams& params);

// Nullopt when digits are outside 6..8.
std::optional<std::string> hotp(std::string_view secret, uint64_t counter, int digits = 6,
                                OtpAlgorithm algorithm = OtpAlgorithm::sha1);

// The time step of `unix_ms` (floor(seconds / period)); nullopt before 1970 or for a bad period.
std::optional<uint64_t> totp_step(int64_t unix_ms, int period_seconds = 30);

std::optional<std::string> totp(std::string_view secret, int64_t unix_ms, const TotpParams& params = {});

enum class TotpStatus {
  ok,
  invalid,  // wrong code, wrong length, or not of the current step ±window
  reused,   // right code, but its step was already used: a code works once
};

struct TotpCheck {
  TotpStatus status = TotpStatus::invalid;
  uint64_t step = 0;  // when ok: store it as the new last_used_step
  bool ok() const { return status == TotpStatus::ok; }
};

// Accepts a code of the current step or of `window_steps` steps either side
// (clock drift), but only of a step later than `last_used_step`.
TotpCheck verify_totp(std::string_view secret, std::string_view code, int64_t now_ms, const TotpParams& params,
                      std::optional<uint64_t> last_used_step, int window_steps = 1);

// Catalog keys: "auth.totp.invalid", "auth.totp.reused".
std::string totp_status_key(TotpStatus status);

// A fresh random secret: 20 bytes for SHA1, 32 for SHA256, 64 for SHA512 (RFC 6238's sizes).
std::string generate_totp_secret(OtpAlgorithm algorithm, const RandomSource& random = system_random());

}  // namespace cabinet::auth
