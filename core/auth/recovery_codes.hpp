#pragma once
// Ten single-use recovery codes for when the authenticator is lost. Shown once
// as "XXXXX-XXXXX"; only keyed BLAKE2b hashes are kept.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/sodium.hpp"

namespace cabinet::auth {

inline constexpr size_t kRecoveryCodeCount = 10;
// Catalog keys: a refused code, and how many are left.
inline constexpr std::string_view kRecoveryCodeInvalidKey = "auth.totp.recovery_invalid";
inline constexpr std::string_view kRecoveryCodesLeftKey = "auth.totp.recovery_left";

struct RecoveryCodes {
  std::string key_hex;                  // 32 random bytes keying the hashes (per account)
  std::vector<std::string> hashes_hex;  // one per unused code
};

struct NewRecoveryCodes {
  std::vector<std::string> codes;  // to show the citizen once
  RecoveryCodes stored;
};

// Codes of 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U),
// about 49 bits each.
NewRecoveryCodes generate_recovery_codes(const RandomSource& random = system_random());

// Ignores case, spaces and hyphens. On a match the code is removed, so it works once.
bool consume_recovery_code(RecoveryCodes& codes, std::string_view entered);

nlohmann::json to_json(const RecoveryCodes& codes);
std::optional<RecoveryCodes> recovery_codes_from_json(const nlohmann::json& json);

}  // namespace cabinet::auth
