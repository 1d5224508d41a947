#include "vault/vault_storage.hpp"

#include <sodium.h>

#include "auth/sodium.hpp"

#include <algorithm>

namespace cabinet::vault {

using auth::wipe;

bool default_in_vault(std::string_view key) {
  if (key == "settings.json" || key == "account.json" || key == kVaultKey) return false;
  const bool backup = key.starts_with("cabinet-backup-") && key.ends_with(".cabv");
  return !backup;
}

VaultStorage::VaultStorage(storage::Storage& base, VaultSession* session, VaultValues values,
                           VaultKeyPredicate predicate)
    : base_(base), session_(session), values_(std::move(values)), in_vault_(std::move(predicate)) {
  // A locked vault holds nothing; keys that do not belong in it are dropped.
  for (auto it = values_.begin(); it != values_.end();) {
    if (session_ && storage::is_valid_key(it->first) && in_vault_(it->first)) {
      ++it;
      continue;
    }
    wipe(it->second);
    it = values_.erase(it);
  }
}

VaultStorage::~VaultStorage() {
  for (auto& [key, value] : values_) wipe(value);
}

bool VaultStorage::in_vault(std::string_view key) const {
  const std::string_view vault_file = session_ ? std::string_view(session_->storage_key()) : kVaultKey;
  return key != vault_file && in_vault_ && in_vault_(key);
}

std::optional<std::string> VaultStorage::read(std::string_view key) const {
  if (!in_vault(key)) return base_.read(key);
  const auto it = values_.find(key);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

storage::WriteResult VaultStorage::write_atomic(std::string_view key, std::string_view bytes) {
  if (!in_vault(key)) return base_.write_atomic(key, bytes);
  if (!storage::is_valid_key(key)) return {false, "invalid key"};
  if (!session_) return {false, "the vault is locked"};
  std::optional<std::string> previous;
  const auto it = values_.find(key);
  if (it != values_.end()) {
    previous = std::move(it->second);
    it->second.assign(bytes);
  } else {
    values_.emplace(std::string(key), std::string(bytes));
  }
  return commit(key, std::move(previous));
}

bool VaultStorage::remove(std::string_view key) {
  if (!in_vault(key)) return base_.remove(key);
  const auto it = values_.find(key);
  if (!session_ || it == values_.end()) return false;
  std::string previous = std::move(it->second);
  values_.erase(it);
  return commit(key, std::move(previous)).ok;
}

std::vector<std::string> VaultStorage::keys() const {
  std::vector<std::string> out;
  for (std::string& key : base_.keys()) {
    if (!in_vault(key)) out.push_back(std::move(key));
  }
  for (const auto& [key, value] : values_) out.push_back(key);
  std::sort(out.begin(), out.end());
  return out;
}

storage::WriteResult VaultStorage::save() {
  if (!session_) return {false, "the vault is locked"};
  std::string content = serialize(values_);
  const StoreResult saved = session_->save(content);
  wipe(content);
  if (saved.ok()) return {};
  return {false, "vault save failed: " + std::string(vault_error_id(saved.error)) +
                     (saved.detail.empty() ? "" : ": " + saved.detail)};
}

// The change to `key` is already in values_; `previous` is what it replaced
// (nullopt: the key was new). Saves, or puts `previous` back.
storage::WriteResult VaultStorage::commit(std::string_view key, std::optional<std::string> previous) {
  storage::WriteResult result = save();
  if (result.ok) {
    if (previous) wipe(*previous);
    return result;
  }
  const auto it = values_.find(key);
  if (it != values_.end()) wipe(it->second);
  if (previous) {
    if (it != values_.end()) {
      it->second = std::move(*previous);
    } else {
      values_.emplace(std::string(key), std::move(*previous));
    }
  } else if (it != values_.end()) {
    values_.erase(it);
  }
  return result;
}

}  // namespace cabinet::vault
