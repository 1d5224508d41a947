#pragma once
// The vault file: a fixed 68-byte header, then the ciphertext.
//
//   offset size  field
//        0    4  magic "CABV"
//        4    2  format version, little-endian (1)
//        6    1  KDF algorithm (2 = Argon2id v1.3, libsodium's crypto_pwhash_ALG_ARGON2ID13)
//        7    1  flags (0)
//        8    4  Argon2 opslimit, little-endian
//       12    8  Argon2 memlimit in bytes, little-endian
//       20   16  salt for the KDF
//       36   24  XChaCha20-Poly1305 nonce
//       60    8  ciphertext length, little-endian
//       68    n  ciphertext: the JSON content encrypted, then the 16-byte tag
//
// The whole header is the AEAD's associated data: changing any header byte
// makes the tag fail, like changing the ciphertext does.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace cabinet::vault {

inline constexpr std::string_view kMagic = "CABV";
inline constexpr uint16_t kFormatVersion = 1;
inline constexpr uint8_t kKdfArgon2id13 = 2;
inline constexpr size_t kSaltBytes = 16;
inline constexpr size_t kNonceBytes = 24;
inline constexpr size_t kTagBytes = 16;
inline constexpr size_t kKeyBytes = 32;
inline constexpr size_t kHeaderBytes = 68;

struct KdfParams {
  uint8_t algorithm = kKdfArgon2id13;
  uint64_t opslimit = 2;                  // Argon2 t
  uint64_t memlimit = 19u * 1024 * 1024;  // bytes; the default is OWASP's minimum, as for password hashes
};

// The smallest parameters libsodium accepts: tests and benchmarks only.
KdfParams minimal_kdf_params();

// The parameters a vault may declare: Argon2id, opslimit 1..32, memlimit
// 8 KiB..256 MiB. A file asking for more is refused before any work is done.
bool kdf_params_allowed(const KdfParams& params);

struct Header {
  uint16_t version = kFormatVersion;
  KdfParams kdf;
  uint8_t flags = 0;
  std::array<unsigned char, kSaltBytes> salt{};
  std::array<unsigned char, kNonceBytes> nonce{};
  uint64_t ciphertext_size = 0;
};

std::string encode_header(const Header& header);

enum class HeaderError { none, truncated, bad_magic, unsupported_version, bad_params };

struct ParsedHeader {
  HeaderError error = HeaderError::none;
  Header header;
};

// Checks the header of `bytes` and that exactly ciphertext_size bytes follow
// (fewer: truncated). Trailing bytes are left for the caller to refuse.
ParsedHeader parse_header(std::string_view bytes);

}  // namespace cabinet::vault
