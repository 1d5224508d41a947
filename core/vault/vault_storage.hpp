#pragma once
// VaultStorage: a Storage whose account data lives inside the vault. Keys the
// predicate places in the vault are kept in memory and, on every change, the
// whole set is serialized as one JSON document and saved through the
// VaultSession (keyed: no Argon2id). Other keys (device settings, the vault
// file itself, backups) pass through to the base storage unchanged.
//
// Content of the vault (UTF-8 JSON):
//   {"format": 1, "values": {"forms.json": "<text>", "photo.bin": {"b64": "<base64>"}}}
// A value that is valid UTF-8 is kept as a string, anything else as base64.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/storage.hpp"
#include "vault/vault_session.hpp"

namespace cabinet::vault {

using VaultValues = std::map<std::string, std::string, std::less<>>;
using VaultKeyPredicate = std::function<bool(std::string_view key)>;

inline constexpr int kVaultContentFormat = 1;

// Everything except the device's own files: "settings.json", "account.json",
// the vault file and backups ("cabinet-backup-*.cabv").
bool default_in_vault(std::string_view key);

struct ValuesResult {
  std::optional<VaultValues> values;  // set when the content is well-formed
  std::string error;                  // what is wrong with it otherwise (for logs; no content quoted)
  bool ok() const { return values.has_value(); }
};

class VaultStorage final : public storage::Storage {
 public:
  // `session` may be null: the vault is locked, its keys read as absent and
  // cannot be written. `values` is the content the session was opened with.
  VaultStorage(storage::Storage& base, VaultSession* session, VaultValues values = {},
               VaultKeyPredicate predicate = default_in_vault);
  ~VaultStorage() override;
  VaultStorage(const VaultStorage&) = delete;
  VaultStorage& operator=(const VaultStorage&) = delete;

  std::optional<std::string> read(std::string_view key) const override;
  // For a vault key: the value changes in memory and the vault is saved; if
  // that save fails, ok is false and the previous value is back (in memory and on disk).
  storage::WriteResult write_atomic(std::string_view key, std::string_view bytes) override;
  bool remove(std::string_view key) override;
  std::vector<std::string> keys() const override;

  bool in_vault(std::string_view key) const;
  const VaultValues& values() const { return values_; }
  // Saves the current values again (e.g. after a first open of an empty vault).
  storage::WriteResult save();

  // The vault content for `values`, and back. Never throws: damaged content
  // (not JSON, another shape, bad base64, a key Storage would refuse) is an error.
  static std::string serialize(const VaultValues& values);
  static ValuesResult parse(std::string_view plaintext);

 private:
  storage::WriteResult commit(std::string_view key, std::optional<std::string> previous);

  storage::Storage& base_;
  VaultSession* session_;
  VaultValues values_;
  VaultKeyPredicate in_vault_;
};

}  // namespace cabinet::vault
