#include "vault/vault_session.hpp"

#include "auth/sodium.hpp"

namespace cabinet::vault {

using auth::wipe;

VaultSession::VaultSession(storage::Storage& storage, std::string storage_key, const auth::RandomSource& random)
    : storage_(&storage), storage_key_(std::move(storage_key)), random_(random), key_(std::make_unique<SecretKey>()) {}

SessionOpenResult VaultSession::open(storage::Storage& storage, std::string_view password,
                                     const auth::RandomSource& random, std::string storage_key) {
  return open_stored(storage, random, std::move(storage_key),
                     [&](std::string_view bytes, SecretKey& key) { return open_keeping_key(bytes, password, key); });
}

SessionOpenResult VaultSession::open_wrapped(storage::Storage& storage, std::string_view wrapped,
                                             const SecretKey& wrapping, const auth::RandomSource& random,
                                             std::string storage_key) {
  return open_stored(storage, random, std::move(storage_key), [&](std::string_view bytes, SecretKey& key) {
    return open_unwrapping_key(bytes, wrapped, wrapping, key);
  });
}

SessionOpenResult VaultSession::open_stored(storage::Storage& storage, const auth::RandomSource& random,
                                            std::string storage_key,
                                            const std::function<OpenResult(std::string_view, SecretKey&)>& unlock) {
  SessionOpenResult result;
  const std::optional<std::string> bytes = storage.read(storage_key);
  if (!bytes) {
    result.error = VaultError::not_found;
    return result;
  }
  VaultSession session(storage, std::move(storage_key), random);
  OpenResult opened = unlock(*bytes, *session.key_);
  result.error = opened.error;
  if (!opened.ok()) return result;
  session.header_ = opened.header;
  result.plaintext = std::move(opened.plaintext);
  result.session.emplace(std::move(session));
  return result;
}

SessionCreateResult VaultSession::create(storage::Storage& storage, std::string_view plaintext,
                                         std::string_view password, const KdfParams& params,
                                         const auth::RandomSource& random, std::string storage_key) {
  SessionCreateResult result;
  VaultSession session(storage, std::move(storage_key), random);
  const SealResult sealed = seal_keeping_key(plaintext, password, params, random, *session.key_);
  if (!sealed.ok()) {
    result.result = {sealed.error, {}};
    return result;
  }
  result.result = write_verified(storage, session.storage_key_, sealed.bytes, plaintext, *session.key_);
  if (!result.ok()) return result;
  session.header_ = parse_header(sealed.bytes).header;
  result.session.emplace(std::move(session));
  return result;
}

StoreResult VaultSession::save(std::string_view plaintext) {
  if (!key_) return {VaultError::write_failed, "the session was moved from"};
  const SealResult sealed = seal_with_key(plaintext, header_, *key_, random_);
  if (!sealed.ok()) return {sealed.error, {}};
  StoreResult saved = write_verified(*storage_, storage_key_, sealed.bytes, plaintext, *key_);
  if (saved.ok()) header_ = parse_header(sealed.bytes).header;
  return saved;
}

StoreResult VaultSession::change_password(std::string_view old_password, std::string_view new_password,
                                          const KdfParams& params) {
  if (!key_) return {VaultError::write_failed, "the session was moved from"};
  const std::optional<std::string> bytes = storage_->read(storage_key_);
  if (!bytes) return {VaultError::not_found, {}};
  OpenResult opened;
  {
    SecretKey old_key;
    opened = open_keeping_key(*bytes, old_password, old_key);
  }
  if (!opened.ok()) return {opened.error, {}};
  return reseal(opened, new_password, params);
}

StoreResult VaultSession::reset_password(std::string_view new_password, const KdfParams& params) {
  if (!key_) return {VaultError::write_failed, "the session was moved from"};
  const std::optional<std::string> bytes = storage_->read(storage_key_);
  if (!bytes) return {VaultError::not_found, {}};
  OpenResult opened = open_with_key(*bytes, *key_);
  if (!opened.ok()) return {opened.error, {}};
  return reseal(opened, new_password, params);
}

StoreResult VaultSession::reseal(OpenResult& opened, std::string_view new_password, const KdfParams& params) {
  auto new_key = std::make_unique<SecretKey>();
  const SealResult sealed = seal_keeping_key(opened.plaintext, new_password, params, random_, *new_key);
  StoreResult saved = sealed.ok() ? write_verified(*storage_, storage_key_, sealed.bytes, opened.plaintext, *new_key)
                                  : StoreResult{sealed.error, {}};
  wipe(opened.plaintext);
  if (!saved.ok()) return saved;
  key_ = std::move(new_key);  // the old key is wiped as it goes
  header_ = parse_header(sealed.bytes).header;
  return saved;
}

std::string VaultSession::wrap_key(const SecretKey& wrapping) const {
  return key_ ? vault::wrap_key(header_, *key_, wrapping, random_) : std::string();
}

bool VaultSession::needs_rehash(const KdfParams& current) const {
  return header_.kdf.algorithm != current.algorithm || header_.kdf.opslimit < current.opslimit ||
         header_.kdf.memlimit < current.memlimit;
}

StoreResult VaultSession::rehash(std::string_view password, const KdfParams& current) {
  return change_password(password, password, current);
}

}  // namespace cabinet::vault
