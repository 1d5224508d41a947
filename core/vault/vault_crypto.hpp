#pragma once
// The vault's building blocks with an explicit key, so VaultStore can check
// what it wrote without running Argon2id a second time, and VaultSession can
// save again and again with the key derived once.
#include <array>
#include <string>
#include <string_view>

#include "vault/vault.hpp"

namespace cabinet::vault {

// A derived key, wiped from memory when it goes.
class SecretKey {
 public:
  SecretKey() = default;
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;
  ~SecretKey();
  unsigned char* data() { return bytes_.data(); }
  const unsigned char* data() const { return bytes_.data(); }

 private:
  std::array<unsigned char, kKeyBytes> bytes_{};
};

// Argon2id over the password with the header's salt and parameters.
bool derive_key(std::string_view password, const Header& header, SecretKey& key);

// Seals with an already derived key (no Argon2id): records the header's KDF
// parameters and salt (those the key was derived with) and draws a fresh nonce.
SealResult seal_with_key(std::string_view plaintext, const Header& header, const SecretKey& key,
                         const auth::RandomSource& random);

// Seals and hands out the derived key.
SealResult seal_keeping_key(std::string_view plaintext, std::string_view password, const KdfParams& params,
                            const auth::RandomSource& random, SecretKey& key);

// Opens and hands out the derived key.
OpenResult open_keeping_key(std::string_view bytes, std::string_view password, SecretKey& key);

// Opens with an already derived key (no Argon2id).
OpenResult open_with_key(std::string_view bytes, const SecretKey& key);

// The vault's key wrapped for «Вход по коду»: nonce, then `key` encrypted under
// `wrapping` (XChaCha20-Poly1305) with the header's salt as associated data, so
// it fits the key of that salt only. kWrappedKeyBytes long.
inline constexpr size_t kWrappedKeyBytes = kNonceBytes + kKeyBytes + kTagBytes;
std::string wrap_key(const Header& header, const SecretKey& key, const SecretKey& wrapping,
                     const auth::RandomSource& random);

// Opens with the key unwrapped from `wrapped` by `wrapping` and hands it out.
// A key wrapped for another vault or salt, or a changed one: wrong_password_or_tampered.
OpenResult open_unwrapping_key(std::string_view bytes, std::string_view wrapped, const SecretKey& wrapping,
                               SecretKey& key);

}  // namespace cabinet::vault
