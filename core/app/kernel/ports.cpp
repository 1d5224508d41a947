#include "app/kernel/ports.hpp"

#include <sodium.h>

#include "auth/sodium.hpp"

namespace cabinet::app {

void SystemRandom::fill(unsigned char* out, size_t size) {
  auth::ensure_sodium();
  randombytes_buf(out, size);
}

SeededRandom::SeededRandom(uint64_t seed) {
  for (size_t i = 0; i < sizeof seed; ++i) key_[i] = static_cast<unsigned char>(seed >> (8 * i));
}

void SeededRandom::fill(unsigned char* out, size_t size) {
  auth::ensure_sodium();
  unsigned char nonce[crypto_stream_chacha20_ietf_NONCEBYTES] = {};
  const uint64_t n = drawn_++;
  for (size_t i = 0; i < sizeof n; ++i) nonce[i] = static_cast<unsigned char>(n >> (8 * i));
  crypto_stream_chacha20_ietf(out, size, nonce, key_);
}

}  // namespace cabinet::app
