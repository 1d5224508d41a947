#pragma once
// VaultStore keeps the vault in Storage as "vault.bin". A save goes through
// write_atomic (the old file stays until the new one is whole), then reads the
// file back and decrypts it with the key just derived; if that fails, the
// previous bytes are written back. A backup is the same bytes under another key.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "storage/storage.hpp"
#include "vault/vault.hpp"

namespace cabinet::vault {

class SecretKey;

inline constexpr std::string_view kVaultKey = "vault.bin";

struct StoreResult {
  VaultError error = VaultError::ok;
  std::string detail;  // technical detail for logs (from Storage)
  bool ok() const { return error == VaultError::ok; }
};

class VaultStore {
 public:
  explicit VaultStore(storage::Storage& storage, std::string key = std::string(kVaultKey));

  bool exists() const;
  // not_found when nothing is saved yet; otherwise as vault::open.
  OpenResult load(std::string_view password) const;
  // Seals `plaintext` and saves it. On any failure the previous vault still opens.
  StoreResult save(std::string_view plaintext, std::string_view password, const KdfParams& params = {},
                   const auth::RandomSource& random = auth::system_random());
  // Re-encrypts the saved vault under a new password.
  StoreResult change_password(std::string_view old_password, std::string_view new_password,
                              const KdfParams& params = {}, const auth::RandomSource& random = auth::system_random());

  // The saved bytes as they are: an encrypted backup to download.
  std::optional<std::string> export_backup() const;
  // Copies the saved bytes to `backup_key` in the same storage.
  StoreResult export_backup_to(std::string_view backup_key) const;
  // Replaces the vault with an uploaded backup, once it opens with `password`
  // (the backup's own password, which becomes the vault's).
  StoreResult import_backup(std::string_view bytes, std::string_view password);

  const std::string& key() const { return key_; }

 private:
  storage::Storage& storage_;
  std::string key_;
};

// The save path shared by VaultStore and VaultSession: write_atomic, read the
// file back, decrypt it with `key` and compare with `expected_plaintext`; on a
// mismatch the previous bytes are written back, or the bad file removed when
// there were none (verify_failed).
StoreResult write_verified(storage::Storage& storage, const std::string& storage_key, const std::string& bytes,
                           std::string_view expected_plaintext, const SecretKey& key);

// "cabinet-backup-2026-11-23.cabv" for a backup made at `now_ms` (UTC date).
std::string backup_key_for(int64_t now_ms);

}  // namespace cabinet::vault
