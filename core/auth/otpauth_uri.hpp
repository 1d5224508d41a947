#pragma once
// The otpauth:// URI authenticator apps read from a QR code (Google's Key URI
// format): otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&...
#include <string>
#include <string_view>

#include "auth/totp.hpp"

namespace cabinet::auth {

inline constexpr std::string_view kTotpIssuer = "Социальный фонд";

// Percent-encodes UTF-8: everything but A-Z a-z 0-9 - . _ ~ becomes %XX.
std::string percent_encode(std::string_view text);

// Label «Социальный фонд:login» (each side percent-encoded), the secret in
// base32 without padding, the issuer again as a parameter, and algorithm,
// digits and period.
std::string totp_uri(std::string_view secret, std::string_view account, const TotpParams& params = {},
                     std::string_view issuer = kTotpIssuer);

}  // namespace cabinet::auth
