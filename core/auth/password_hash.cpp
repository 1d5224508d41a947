#include "auth/password_hash.hpp"

#include <sodium.h>

#include <cstring>

#include "auth/sodium.hpp"

namespace cabinet::auth {

namespace {

constexpr std::string_view kArgon2idPrefix = "$argon2id$";

bool params_in_range(const HashParams& params) {
  return params.opslimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN &&
         params.opslimit <= crypto_pwhash_argon2id_OPSLIMIT_MAX &&
         params.memlimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN &&
         params.memlimit <= crypto_pwhash_argon2id_MEMLIMIT_MAX;
}

}  // namespace

HashParams minimal_hash_params() {
  return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

std::optional<std::string> hash_password(std::string_view password, const HashParams& params) {
  ensure_sodium();
  if (!params_in_range(params)) return std::nullopt;
  char out[crypto_pwhash_argon2id_STRBYTES];
  if (crypto_pwhash_argon2id_str(out, password.data(), password.size(), params.opslimit, params.memlimit) != 0)
    return std::nullopt;
  return std::string(out);
}

VerifyStatus verify_password(std::string_view stored_hash, std::string_view password, const HashParams& current) {
  ensure_sodium();
  if (stored_hash.substr(0, kArgon2idPrefix.size()) != kArgon2idPrefix ||
      stored_hash.size() >= crypto_pwhash_argon2id_STRBYTES || stored_hash.find('\0') != std::string_view::npos)
    return VerifyStatus::malformed;
  char str[crypto_pwhash_argon2id_STRBYTES] = {};
  std::memcpy(str, stored_hash.data(), stored_hash.size());
  // -1 for a malformed string too; needs_rehash tells the two apart below.
  const bool matches = crypto_pwhash_argon2id_str_verify(str, password.data(), password.size()) == 0;
  const int rehash =
      params_in_range(current) ? crypto_pwhash_argon2id_str_needs_rehash(str, current.opslimit, current.memlimit) : -1;
  if (rehash < 0) return VerifyStatus::malformed;
  if (!matches) return VerifyStatus::mismatch;
  return rehash == 0 ? VerifyStatus::ok : VerifyStatus::ok_needs_rehash;
}

}  // namespace cabinet::auth
