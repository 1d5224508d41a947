#include "vault/vault_format.hpp"

#include <sodium.h>

namespace cabinet::vault {

namespace {

constexpr uint64_t kMaxOpslimit = 32;
constexpr uint64_t kMaxMemlimit = 256u * 1024 * 1024;

void put_le(std::string& out, uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

uint64_t get_le(std::string_view bytes, size_t offset, int size) {
  uint64_t value = 0;
  for (int i = size - 1; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[offset + i]);
  return value;
}

}  // namespace

KdfParams minimal_kdf_params() {
  return {kKdfArgon2id13, crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

bool kdf_params_allowed(const KdfParams& params) {
  return params.algorithm == kKdfArgon2id13 && params.opslimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN &&
         params.opslimit <= kMaxOpslimit && params.memlimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN &&
         params.memlimit <= kMaxMemlimit;
}

std::string encode_header(const Header& header) {
  std::string out(kMagic);
  put_le(out, header.version, 2);
  out.push_back(static_cast<char>(header.kdf.algorithm));
  out.push_back(static_cast<char>(header.flags));
  put_le(out, header.kdf.opslimit, 4);
  put_le(out, header.kdf.memlimit, 8);
  out.append(reinterpret_cast<const char*>(header.salt.data()), header.salt.size());
  out.append(reinterpret_cast<const char*>(header.nonce.data()), header.nonce.size());
  put_le(out, header.ciphertext_size, 8);
  return out;
}

ParsedHeader parse_header(std::string_view bytes) {
  ParsedHeader parsed;
  const std::string_view magic = bytes.substr(0, kMagic.size());
  if (magic != kMagic.substr(0, magic.size())) return {HeaderError::bad_magic, {}};
  if (bytes.size() < 6) return {HeaderError::truncated, {}};
  Header& h = parsed.header;
  h.version = static_cast<uint16_t>(get_le(bytes, 4, 2));
  if (h.version != kFormatVersion) return {HeaderError::unsupported_version, h};
  if (bytes.size() < kHeaderBytes) return {HeaderError::truncated, h};
  h.kdf.algorithm = static_cast<uint8_t>(bytes[6]);
  h.flags = static_cast<uint8_t>(bytes[7]);
  h.kdf.opslimit = get_le(bytes, 8, 4);
  h.kdf.memlimit = get_le(bytes, 12, 8);
  for (size_t i = 0; i < kSaltBytes; ++i) h.salt[i] = static_cast<unsigned char>(bytes[20 + i]);
  for (size_t i = 0; i < kNonceBytes; ++i) h.nonce[i] = static_cast<unsigned char>(bytes[36 + i]);
  h.ciphertext_size = get_le(bytes, 60, 8);
  if (h.flags != 0 || !kdf_params_allowed(h.kdf) || h.ciphertext_size < kTagBytes) return {HeaderError::bad_params, h};
  if (bytes.size() - kHeaderBytes < h.ciphertext_size) return {HeaderError::truncated, h};
  return parsed;
}

}  // namespace cabinet::vault
