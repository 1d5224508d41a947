#pragma once
// SHA-1 (FIPS 180-4) and HMAC-SHA1 (RFC 2104), only for HOTP/TOTP: authenticator
// apps default to HMAC-SHA1, and libsodium has no SHA-1. HMAC-SHA1 remains
// sound for one-time codes; never use SHA-1 alone for integrity.
#include <array>
#include <cstdint>
#include <string_view>

namespace cabinet::auth {

using Sha1Digest = std::array<uint8_t, 20>;

Sha1Digest sha1(std::string_view message);
Sha1Digest hmac_sha1(std::string_view key, std::string_view message);

}  // namespace cabinet::auth
