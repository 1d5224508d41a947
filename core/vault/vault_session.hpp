#pragma once
// VaultSession: an opened vault whose key stays in memory, so saving does not
// run Argon2id again. open() or create() derive the key once; save() seals
// with that key, the same salt and parameters and a fresh nonce, then writes
// through the verified path of VaultStore (write, read back, decrypt, put the
// previous bytes back on a mismatch). The key is wiped when the session goes.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "storage/storage.hpp"
#include "vault/vault.hpp"
#include "vault/vault_crypto.hpp"
#include "vault/vault_store.hpp"

namespace cabinet::vault {

struct SessionOpenResult;
struct SessionCreateResult;

class VaultSession {
 public:
  // Reads the vault at `storage_key` and derives the key with its header's salt
  // and parameters (the one Argon2id run). not_found when there is none.
  static SessionOpenResult open(storage::Storage& storage, std::string_view password,
                                const auth::RandomSource& random = auth::system_random(),
                                std::string storage_key = std::string(kVaultKey));
  // «Вход по коду»: opens the vault at `storage_key` with its key unwrapped from
  // `wrapped` (wrap_key's output) by `wrapping`, the escrow's key. No Argon2id,
  // no password. A wrapped key of another vault or salt, or a changed one:
  // wrong_password_or_tampered.
  static SessionOpenResult open_wrapped(storage::Storage& storage, std::string_view wrapped, const SecretKey& wrapping,
                                        const auth::RandomSource& random = auth::system_random(),
                                        std::string storage_key = std::string(kVaultKey));
  // Seals `plaintext` under a new salt and saves it (replacing any vault there).
  static SessionCreateResult create(storage::Storage& storage, std::string_view plaintext, std::string_view password,
                                    const KdfParams& params = {},
                                    const auth::RandomSource& random = auth::system_random(),
                                    std::string storage_key = std::string(kVaultKey));

  VaultSession(VaultSession&&) noexcept = default;
  VaultSession& operator=(VaultSession&&) noexcept = default;

  // Seals with the kept key (no Argon2id) and saves; on failure the previous vault still opens.
  StoreResult save(std::string_view plaintext);
  // Opens the saved vault with `old_password`, seals it under `new_password`
  // with a new salt and `params`, and keeps the new key. On failure nothing changes.
  StoreResult change_password(std::string_view old_password, std::string_view new_password,
                              const KdfParams& params = {});
  // «Забыли пароль?»: seals the saved vault under `new_password` (new salt,
  // `params`) with the kept key, no old password. On failure nothing changes.
  StoreResult reset_password(std::string_view new_password, const KdfParams& params = {});
  // The kept key encrypted under `wrapping` (XChaCha20-Poly1305; the vault's
  // salt is the associated data, so it fits this vault's current key only):
  // nonce then ciphertext, kWrappedKeyBytes. Empty when the session was moved from.
  std::string wrap_key(const SecretKey& wrapping) const;
  // True when the vault's KDF parameters are below `current` (the defaults):
  // the caller, who has the password at sign-in, then calls rehash().
  bool needs_rehash(const KdfParams& current = {}) const;
  // change_password(password, password, current): a new salt at the current parameters.
  StoreResult rehash(std::string_view password, const KdfParams& current = {});

  // The header of the last vault opened or saved (salt, parameters, nonce).
  const Header& header() const { return header_; }
  const std::string& storage_key() const { return storage_key_; }
  storage::Storage& storage() const { return *storage_; }

 private:
  VaultSession(storage::Storage& storage, std::string storage_key, const auth::RandomSource& random);
  // Reads the vault at `storage_key` and opens it with `unlock`, which fills the session's key.
  static SessionOpenResult open_stored(storage::Storage& storage, const auth::RandomSource& random,
                                       std::string storage_key,
                                       const std::function<OpenResult(std::string_view, SecretKey&)>& unlock);
  // Seals `opened` (the saved content) under `new_password` and saves it; keeps the new key on success.
  StoreResult reseal(OpenResult& opened, std::string_view new_password, const KdfParams& params);

  storage::Storage* storage_;
  std::string storage_key_;
  auth::RandomSource random_;
  std::unique_ptr<SecretKey> key_;
  Header header_;
};

struct SessionOpenResult {
  VaultError error = VaultError::ok;
  std::string plaintext;                // the content when ok: the caller wipes it when done
  std::optional<VaultSession> session;  // set when ok
  bool ok() const { return error == VaultError::ok; }
};

struct SessionCreateResult {
  StoreResult result;
  std::optional<VaultSession> session;  // set when ok
  bool ok() const { return result.ok(); }
};

}  // namespace cabinet::vault
