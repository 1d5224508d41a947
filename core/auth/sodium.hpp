#pragma once
// libsodium set-up and the random source used by everything that makes secrets.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace cabinet::auth {

// Calls sodium_init() once (thread-safe, idempotent). Every function of
// core/auth, core/vault and core/audit that touches libsodium calls it.
void ensure_sodium();

// Fills `size` bytes at `out`. Tests inject a deterministic source.
using RandomSource = std::function<void(unsigned char* out, size_t size)>;

// randombytes_buf: the operating system's (or the browser's) CSPRNG.
RandomSource system_random();

// Overwrites a secret (password, code, decrypted text) with zeros and empties it.
void wipe(std::string& secret);

// Lower-case hexadecimal, and back (either case; nullopt when not hex).
std::string to_hex(std::string_view bytes);
std::optional<std::string> from_hex(std::string_view hex);

}  // namespace cabinet::auth
