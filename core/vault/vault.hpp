#pragma once
// The encrypted vault: all of an account's data in one file. The key is
// Argon2id over the password with the vault's own salt; the content is
// encrypted with XChaCha20-Poly1305, the header bound as associated data.
// Format: vault_format.hpp. Messages: "auth.vault.<code>" in auth.json.
#include <string>
#include <string_view>

#include "auth/sodium.hpp"
#include "vault/vault_format.hpp"

namespace cabinet::vault {

enum class VaultError {
  ok,
  wrong_password_or_tampered,  // the AEAD tag failed: it cannot tell a wrong password from a changed file
  truncated,                   // shorter than its header says: a copy or save was cut off
  bad_magic,                   // not a vault file
  unsupported_version,         // made by a newer version of the app
  bad_params,                  // the header's KDF parameters or flags are not allowed
  kdf_failed,                  // Argon2id could not get its memory
  not_found,                   // VaultStore: no vault saved yet
  write_failed,                // VaultStore: storage refused the write (the old file is intact)
  verify_failed,               // VaultStore: the written file did not read back; the old one was put back
};

std::string_view vault_error_id(VaultError error);  // "wrong_password_or_tampered", ...
std::string vault_error_key(VaultError error);      // "auth.vault.wrong_password_or_tampered"
inline constexpr VaultError kAllVaultErrors[] = {VaultError::wrong_password_or_tampered,
                                                 VaultError::truncated,
                                                 VaultError::bad_magic,
                                                 VaultError::unsupported_version,
                                                 VaultError::bad_params,
                                                 VaultError::kdf_failed,
                                                 VaultError::not_found,
                                                 VaultError::write_failed,
                                                 VaultError::verify_failed};

struct SealResult {
  VaultError error = VaultError::ok;
  std::string bytes;
  bool ok() const { return error == VaultError::ok; }
};

struct OpenResult {
  VaultError error = VaultError::ok;
  std::string plaintext;  // the JSON content when ok
  Header header;          // as far as it could be read
  bool ok() const { return error == VaultError::ok; }
};

// Encrypts `plaintext` (the account's JSON) under `password`, with a fresh salt and nonce.
SealResult seal(std::string_view plaintext, std::string_view password, const KdfParams& params = {},
                const auth::RandomSource& random = auth::system_random());

OpenResult open(std::string_view bytes, std::string_view password);

// Opens with the old password and seals again with the new one (new salt and nonce).
SealResult change_password(std::string_view bytes, std::string_view old_password, std::string_view new_password,
                           const KdfParams& params = {}, const auth::RandomSource& random = auth::system_random());

}  // namespace cabinet::vault
