#include "vault/vault_store.hpp"

#include <sodium.h>

#include "time/iso8601.hpp"
#include "vault/vault_crypto.hpp"

namespace cabinet::vault {

VaultStore::VaultStore(storage::Storage& storage, std::string key) : storage_(storage), key_(std::move(key)) {}

bool VaultStore::exists() const {
  return storage_.read(key_).has_value();
}

OpenResult VaultStore::load(std::string_view password) const {
  const auto bytes = storage_.read(key_);
  if (!bytes) return {VaultError::not_found, {}, {}};
  return open(*bytes, password);
}

StoreResult write_verified(storage::Storage& storage, const std::string& storage_key, const std::string& bytes,
                           std::string_view expected_plaintext, const SecretKey& key) {
  const std::optional<std::string> previous = storage.read(storage_key);
  const storage::WriteResult written = storage.write_atomic(storage_key, bytes);
  if (!written.ok) return {VaultError::write_failed, written.error};

  const std::optional<std::string> stored = storage.read(storage_key);
  bool good = stored && *stored == bytes;
  if (good) {
    OpenResult reopened = open_with_key(*stored, key);
    good = reopened.ok() && reopened.plaintext == expected_plaintext;
    sodium_memzero(reopened.plaintext.data(), reopened.plaintext.size());
  }
  if (good) return {};
  std::string detail = "read-back differs from what was written";
  if (previous) {
    const storage::WriteResult restored = storage.write_atomic(storage_key, *previous);
    if (!restored.ok) detail += "; restoring the previous vault failed: " + restored.error;
  } else {
    storage.remove(storage_key);  // there was none: leave none rather than a file that does not open
  }
  return {VaultError::verify_failed, detail};
}

StoreResult VaultStore::save(std::string_view plaintext, std::string_view password, const KdfParams& params,
                             const auth::RandomSource& random) {
  SecretKey key;
  const SealResult sealed = seal_keeping_key(plaintext, password, params, random, key);
  if (!sealed.ok()) return {sealed.error, {}};
  return write_verified(storage_, key_, sealed.bytes, plaintext, key);
}

StoreResult VaultStore::change_password(std::string_view old_password, std::string_view new_password,
                                        const KdfParams& params, const auth::RandomSource& random) {
  OpenResult opened = load(old_password);
  if (!opened.ok()) return {opened.error, {}};
  const StoreResult saved = save(opened.plaintext, new_password, params, random);
  sodium_memzero(opened.plaintext.data(), opened.plaintext.size());
  return saved;
}

std::optional<std::string> VaultStore::export_backup() const {
  return storage_.read(key_);
}

StoreResult VaultStore::export_backup_to(std::string_view backup_key) const {
  const auto bytes = storage_.read(key_);
  if (!bytes) return {VaultError::not_found, {}};
  const storage::WriteResult written = storage_.write_atomic(backup_key, *bytes);
  if (!written.ok) return {VaultError::write_failed, written.error};
  if (storage_.read(backup_key) != bytes) return {VaultError::verify_failed, "backup read-back differs"};
  return {};
}

StoreResult VaultStore::import_backup(std::string_view bytes, std::string_view password) {
  SecretKey key;
  OpenResult opened = open_keeping_key(bytes, password, key);
  if (!opened.ok()) return {opened.error, {}};
  const StoreResult saved = write_verified(storage_, key_, std::string(bytes), opened.plaintext, key);
  sodium_memzero(opened.plaintext.data(), opened.plaintext.size());
  return saved;
}

std::string backup_key_for(int64_t now_ms) {
  return "cabinet-backup-" + time::format_iso_utc(now_ms).substr(0, 10) + ".cabv";
}

}  // namespace cabinet::vault
