#pragma once
// Password storage: Argon2id through libsodium's crypto_pwhash_str. The stored
// string ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash") carries its own salt and
// parameters, so old hashes keep verifying after the parameters are raised.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cabinet::auth {

struct HashParams {
  uint64_t opslimit = 0;  // passes over memory (Argon2 t)
  size_t memlimit = 0;    // bytes (Argon2 m, rounded down to KiB)
};

// "interactive-browser": OWASP's minimum for Argon2id (m = 19 MiB, t = 2,
// p = 1). About 0.1 s natively and 0.3-0.6 s in the browser's single-threaded
// WebAssembly, inside the 1 s sign-in budget (see scripts/bench).
inline constexpr HashParams kInteractiveBrowser{2, 19u * 1024u * 1024u};

// The smallest parameters libsodium accepts: tests only.
HashParams minimal_hash_params();

// Nullopt when Argon2 could not get its memory (or the params are out of range).
std::optional<std::string> hash_password(std::string_view password, const HashParams& params = kInteractiveBrowser);

enum class VerifyStatus {
  ok,               // the password matches and the hash uses the current parameters
  ok_needs_rehash,  // matches, but was hashed with other parameters: store hash_password() anew
  mismatch,         // wrong password
  malformed,        // not an Argon2id string made by hash_password()
};

// Constant-time in the password. `current` decides whether a rehash is due.
VerifyStatus verify_password(std::string_view stored_hash, std::string_view password,
                             const HashParams& current = kInteractiveBrowser);

inline bool verified(VerifyStatus status) {
  return status == VerifyStatus::ok || status == VerifyStatus::ok_needs_rehash;
}

}  // namespace cabinet::auth
