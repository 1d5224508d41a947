#pragma once
// Base32 (RFC 4648 §6), the alphabet authenticator apps use for TOTP secrets.
#include <optional>
#include <string>
#include <string_view>

namespace cabinet::auth {

// "foobar" -> "MZXW6YTBOI======" (or "MZXW6YTBOI" without padding, as in otpauth:// URIs).
std::string base32_encode(std::string_view bytes, bool pad = true);

// Accepts upper or lower case, with or without '=' padding, and ignores spaces
// and hyphens people type to group the characters ("JBSW Y3DP"). Nullopt for
// other characters, misplaced padding or an impossible length.
std::optional<std::string> base32_decode(std::string_view text);

}  // namespace cabinet::auth
