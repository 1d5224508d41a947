#include "vault/vault.hpp"

#include <sodium.h>

#include "vault/vault_crypto.hpp"

namespace cabinet::vault {

namespace {

VaultError from_header_error(HeaderError error) {
  switch (error) {
    case HeaderError::none:
      return VaultError::ok;
    case HeaderError::truncated:
      return VaultError::truncated;
    case HeaderError::bad_magic:
      return VaultError::bad_magic;
    case HeaderError::unsupported_version:
      return VaultError::unsupported_version;
    case HeaderError::bad_params:
      return VaultError::bad_params;
  }
  return VaultError::bad_params;
}

// Header checks shared by every way of opening; ok when decryption may start.
OpenResult check_structure(std::string_view bytes) {
  const ParsedHeader parsed = parse_header(bytes);
  OpenResult result;
  result.header = parsed.header;
  result.error = from_header_error(parsed.error);
  // Bytes after the ciphertext were not written by seal(): the file was changed.
  if (result.ok() && bytes.size() - kHeaderBytes != parsed.header.ciphertext_size)
    result.error = VaultError::wrong_password_or_tampered;
  return result;
}

}  // namespace

std::string_view vault_error_id(VaultError error) {
  switch (error) {
    case VaultError::ok:
      return "ok";
    case VaultError::wrong_password_or_tampered:
      return "wrong_password_or_tampered";
    case VaultError::truncated:
      return "truncated";
    case VaultError::bad_magic:
      return "bad_magic";
    case VaultError::unsupported_version:
      return "unsupported_version";
    case VaultError::bad_params:
      return "bad_params";
    case VaultError::kdf_failed:
      return "kdf_failed";
    case VaultError::not_found:
      return "not_found";
    case VaultError::write_failed:
      return "write_failed";
    case VaultError::verify_failed:
      return "verify_failed";
  }
  return "bad_params";
}

std::string vault_error_key(VaultError error) {
  return "auth.vault." + std::string(vault_error_id(error));
}

SecretKey::~SecretKey() {
  sodium_memzero(bytes_.data(), bytes_.size());
}

bool derive_key(std::string_view password, const Header& header, SecretKey& key) {
  auth::ensure_sodium();
  if (!kdf_params_allowed(header.kdf)) return false;
  return crypto_pwhash(key.data(), kKeyBytes, password.data(), password.size(), header.salt.data(), header.kdf.opslimit,
                       static_cast<size_t>(header.kdf.memlimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

SealResult seal_with_key(std::string_view plaintext, const Header& header, const SecretKey& key,
                         const auth::RandomSource& random) {
  auth::ensure_sodium();
  if (!kdf_params_allowed(header.kdf)) return {VaultError::bad_params, {}};
  Header sealed = header;
  sealed.version = kFormatVersion;
  sealed.flags = 0;
  random(sealed.nonce.data(), sealed.nonce.size());
  sealed.ciphertext_size = plaintext.size() + kTagBytes;

  SealResult result;
  result.bytes = encode_header(sealed);
  result.bytes.resize(kHeaderBytes + sealed.ciphertext_size);
  auto* ciphertext = reinterpret_cast<unsigned char*>(result.bytes.data() + kHeaderBytes);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(ciphertext, &written,
                                             reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
                                             reinterpret_cast<const unsigned char*>(result.bytes.data()), kHeaderBytes,
                                             nullptr, sealed.nonce.data(), key.data());
  return result;
}

SealResult seal_keeping_key(std::string_view plaintext, std::string_view password, const KdfParams& params,
                            const auth::RandomSource& random, SecretKey& key) {
  auth::ensure_sodium();
  if (!kdf_params_allowed(params)) return {VaultError::bad_params, {}};
  Header header;
  header.kdf = params;
  random(header.salt.data(), header.salt.size());
  if (!derive_key(password, header, key)) return {VaultError::kdf_failed, {}};
  return seal_with_key(plaintext, header, key, random);
}

OpenResult open_with_key(std::string_view bytes, const SecretKey& key) {
  auth::ensure_sodium();
  OpenResult result = check_structure(bytes);
  if (!result.ok()) return result;
  result.plaintext.resize(result.header.ciphertext_size - kTagBytes);
  unsigned long long plain_size = 0;
  const int status = crypto_aead_xchacha20poly1305_ietf_decrypt(
      reinterpret_cast<unsigned char*>(result.plaintext.data()), &plain_size, nullptr,
      reinterpret_cast<const unsigned char*>(bytes.data() + kHeaderBytes), result.header.ciphertext_size,
      reinterpret_cast<const unsigned char*>(bytes.data()), kHeaderBytes, result.header.nonce.data(), key.data());
  if (status != 0) {
    result.plaintext.clear();
    result.error = VaultError::wrong_password_or_tampered;
  }
  return result;
}

OpenResult open_keeping_key(std::string_view bytes, std::string_view password, SecretKey& key) {
  OpenResult checked = check_structure(bytes);
  if (!checked.ok()) return checked;
  if (!derive_key(password, checked.header, key)) {
    checked.error = VaultError::kdf_failed;
    return checked;
  }
  return open_with_key(bytes, key);
}

SealResult seal(std::string_view plaintext, std::string_view password, const KdfParams& params,
                const auth::RandomSource& random) {
  SecretKey key;
  return seal_keeping_key(plaintext, password, params, random, key);
}

OpenResult open(std::string_view bytes, std::string_view password) {
  SecretKey key;
  return open_keeping_key(bytes, password, key);
}

SealResult change_password(std::string_view bytes, std::string_view old_password, std::string_view new_password,
                           const KdfParams& params, const auth::RandomSource& random) {
  OpenResult opened = open(bytes, old_password);
  if (!opened.ok()) return {opened.error, {}};
  SealResult sealed = seal(opened.plaintext, new_password, params, random);
  sodium_memzero(opened.plaintext.data(), opened.plaintext.size());
  return sealed;
}

std::string wrap_key(const Header& header, const SecretKey& key, const SecretKey& wrapping,
                     const auth::RandomSource& random) {
  auth::ensure_sodium();
  std::string out(kWrappedKeyBytes, '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  random(nonce, kNonceBytes);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, key.data(), kKeyBytes, header.salt.data(),
                                             header.salt.size(), nullptr, nonce, wrapping.data());
  return out;
}

OpenResult open_unwrapping_key(std::string_view bytes, std::string_view wrapped, const SecretKey& wrapping,
                               SecretKey& key) {
  auth::ensure_sodium();
  OpenResult checked = check_structure(bytes);
  if (!checked.ok()) return checked;
  const auto* in = reinterpret_cast<const unsigned char*>(wrapped.data());
  unsigned long long key_size = 0;
  if (wrapped.size() != kWrappedKeyBytes ||
      crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &key_size, nullptr, in + kNonceBytes,
                                                 kKeyBytes + kTagBytes, checked.header.salt.data(),
                                                 checked.header.salt.size(), in, wrapping.data()) != 0) {
    checked.error = VaultError::wrong_password_or_tampered;
    return checked;
  }
  return open_with_key(bytes, key);
}

}  // namespace cabinet::vault
