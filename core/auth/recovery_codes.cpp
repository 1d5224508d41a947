#include "auth/recovery_codes.hpp"

#include <sodium.h>

namespace cabinet::auth {

namespace {

constexpr std::string_view kAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";  // 30 symbols
constexpr size_t kCodeLength = 10;
constexpr size_t kKeyBytes = crypto_generichash_KEYBYTES;

std::string normalize(std::string_view entered) {
  std::string out;
  for (char c : entered) {
    if (c == ' ' || c == '-') continue;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out;
}

std::string code_hash_hex(std::string_view key, std::string_view normalized) {
  unsigned char hash[crypto_generichash_BYTES];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(normalized.data()), normalized.size(),
                     reinterpret_cast<const unsigned char*>(key.data()), key.size());
  return to_hex(std::string_view(reinterpret_cast<const char*>(hash), sizeof hash));
}

// Uniform symbols by rejection: bytes >= 240 (the largest multiple of 30 below 256) are drawn again.
std::string random_code(const RandomSource& random) {
  std::string code;
  while (code.size() < kCodeLength) {
    unsigned char byte = 0;
    random(&byte, 1);
    if (byte >= 240) continue;
    code.push_back(kAlphabet[byte % kAlphabet.size()]);
  }
  return code;
}

}  // namespace

NewRecoveryCodes generate_recovery_codes(const RandomSource& random) {
  ensure_sodium();
  std::string key(kKeyBytes, '\0');
  random(reinterpret_cast<unsigned char*>(key.data()), key.size());
  NewRecoveryCodes result;
  result.stored.key_hex = to_hex(key);
  while (result.codes.size() < kRecoveryCodeCount) {
    const std::string code = random_code(random);
    const std::string hash = code_hash_hex(key, code);
    bool duplicate = false;
    for (const auto& h : result.stored.hashes_hex) duplicate = duplicate || h == hash;
    if (duplicate) continue;
    result.stored.hashes_hex.push_back(hash);
    result.codes.push_back(code.substr(0, kCodeLength / 2) + "-" + code.substr(kCodeLength / 2));
  }
  sodium_memzero(key.data(), key.size());
  return result;
}

bool consume_recovery_code(RecoveryCodes& codes, std::string_view entered) {
  ensure_sodium();
  const auto key = from_hex(codes.key_hex);
  const std::string normalized = normalize(entered);
  if (!key || normalized.size() != kCodeLength) return false;
  const std::string hash = code_hash_hex(*key, normalized);
  std::optional<size_t> found;
  for (size_t i = 0; i < codes.hashes_hex.size(); ++i) {
    const std::string& stored = codes.hashes_hex[i];
    if (stored.size() == hash.size() && sodium_memcmp(stored.data(), hash.data(), hash.size()) == 0) found = i;
  }
  if (!found) return false;
  codes.hashes_hex.erase(codes.hashes_hex.begin() + static_cast<std::ptrdiff_t>(*found));
  return true;
}

nlohmann::json to_json(const RecoveryCodes& codes) {
  return {{"key", codes.key_hex}, {"hashes", codes.hashes_hex}};
}

std::optional<RecoveryCodes> recovery_codes_from_json(const nlohmann::json& json) {
  if (!json.is_object() || !json.contains("key") || !json["key"].is_string() || !json.contains("hashes") ||
      !json["hashes"].is_array())
    return std::nullopt;
  RecoveryCodes codes;
  codes.key_hex = json["key"].get<std::string>();
  const auto key = from_hex(codes.key_hex);
  if (!key || key->size() != kKeyBytes) return std::nullopt;
  for (const auto& hash : json["hashes"]) {
    if (!hash.is_string() || hash.get<std::string>().size() != 2 * crypto_generichash_BYTES) return std::nullopt;
    codes.hashes_hex.push_back(hash.get<std::string>());
  }
  return codes;
}

}  // namespace cabinet::auth
