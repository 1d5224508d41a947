#include "auth/totp.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "auth/sha1.hpp"

namespace cabinet::auth {

namespace {

std::vector<uint8_t> hmac(OtpAlgorithm algorithm, std::string_view key, std::string_view message) {
  const auto* k = reinterpret_cast<const unsigned char*>(key.data());
  const auto* m = reinterpret_cast<const unsigned char*>(message.data());
  switch (algorithm) {
    case OtpAlgorithm::sha1: {
      const Sha1Digest digest = hmac_sha1(key, message);
      return {digest.begin(), digest.end()};
    }
    case OtpAlgorithm::sha256: {
      std::vector<uint8_t> out(crypto_auth_hmacsha256_BYTES);
      crypto_auth_hmacsha256_state state;
      crypto_auth_hmacsha256_init(&state, k, key.size());
      crypto_auth_hmacsha256_update(&state, m, message.size());
      crypto_auth_hmacsha256_final(&state, out.data());
      return out;
    }
    case OtpAlgorithm::sha512: {
      std::vector<uint8_t> out(crypto_auth_hmacsha512_BYTES);
      crypto_auth_hmacsha512_state state;
      crypto_auth_hmacsha512_init(&state, k, key.size());
      crypto_auth_hmacsha512_update(&state, m, message.size());
      crypto_auth_hmacsha512_final(&state, out.data());
      return out;
    }
  }
  return {};
}

}  // namespace

std::string_view otp_algorithm_name(OtpAlgorithm algorithm) {
  switch (algorithm) {
    case OtpAlgorithm::sha1:
      return "SHA1";
    case OtpAlgorithm::sha256:
      return "SHA256";
    case OtpAlgorithm::sha512:
      return "SHA512";
  }
  return "SHA1";
}

std::optional<OtpAlgorithm> otp_algorithm_from_name(std::string_view name) {
  std::string plain;
  for (char c : name)
    if (c != '-') plain.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (plain == "sha1") return OtpAlgorithm::sha1;
  if (plain == "sha256") return OtpAlgorithm::sha256;
  if (plain == "sha512") return OtpAlgorithm::sha512;
  return std::nullopt;
}

bool valid_otp_params(const TotpParams& params) {
  return params.digits >= kMinOtpDigits && params.digits <= kMaxOtpDigits && params.period_seconds > 0;
}

std::optional<std::string> hotp(std::string_view secret, uint64_t counter, int digits, OtpAlgorithm algorithm) {
  if (digits < kMinOtpDigits || digits > kMaxOtpDigits) return std::nullopt;
  ensure_sodium();
  char message[8];
  for (int i = 7; i >= 0; --i, counter >>= 8) message[i] = static_cast<char>(counter & 0xFF);
  const std::vector<uint8_t> mac = hmac(algorithm, secret, std::string_view(message, sizeof message));
  // Dynamic truncation (RFC 4226 §5.3).
  const size_t offset = mac.back() & 0x0F;
  const uint32_t binary = (uint32_t{mac[offset]} & 0x7F) << 24 | uint32_t{mac[offset + 1]} << 16 |
                          uint32_t{mac[offset + 2]} << 8 | uint32_t{mac[offset + 3]};
  uint32_t modulo = 1;
  for (int i = 0; i < digits; ++i) modulo *= 10;
  std::string code = std::to_string(binary % modulo);
  code.insert(0, static_cast<size_t>(digits) - code.size(), '0');
  return code;
}

std::optional<uint64_t> totp_step(int64_t unix_ms, int period_seconds) {
  if (unix_ms < 0 || period_seconds <= 0) return std::nullopt;
  return static_cast<uint64_t>(unix_ms / 1000 / period_seconds);
}

std::optional<std::string> totp(std::string_view secret, int64_t unix_ms, const TotpParams& params) {
  if (!valid_otp_params(params)) return std::nullopt;
  const auto step = totp_step(unix_ms, params.period_seconds);
  if (!step) return std::nullopt;
  return hotp(secret, *step, params.digits, params.algorithm);
}

TotpCheck verify_totp(std::string_view secret, std::string_view code, int64_t now_ms, const TotpParams& params,
                      std::optional<uint64_t> last_used_step, int window_steps) {
  TotpCheck check;
  if (!valid_otp_params(params) || code.size() != static_cast<size_t>(params.digits)) return check;
  const auto now_step = totp_step(now_ms, params.period_seconds);
  if (!now_step || window_steps < 0) return check;
  const uint64_t window = static_cast<uint64_t>(window_steps);
  const uint64_t first = *now_step >= window ? *now_step - window : 0;
  bool reused = false;
  for (uint64_t step = first; step <= *now_step + window; ++step) {
    const std::string expected = *hotp(secret, step, params.digits, params.algorithm);
    if (sodium_memcmp(expected.data(), code.data(), expected.size()) != 0) continue;
    if (last_used_step && step <= *last_used_step) {
      reused = true;
    } else if (check.status != TotpStatus::ok) {
      check = {TotpStatus::ok, step};
    }
  }
  if (check.status != TotpStatus::ok && reused) check.status = TotpStatus::reused;
  return check;
}

std::string totp_status_key(TotpStatus status) {
  switch (status) {
    case TotpStatus::ok:
      return "auth.totp.ok";
    case TotpStatus::invalid:
      return "auth.totp.invalid";
    case TotpStatus::reused:
      return "auth.totp.reused";
  }
  return "auth.totp.invalid";
}

std::string generate_totp_secret(OtpAlgorithm algorithm, const RandomSource& random) {
  const size_t size = algorithm == OtpAlgorithm::sha1 ? 20 : algorithm == OtpAlgorithm::sha256 ? 32 : 64;
  std::string secret(size, '\0');
  random(reinterpret_cast<unsigned char*>(secret.data()), secret.size());
  return secret;
}

}  // namespace cabinet::auth
