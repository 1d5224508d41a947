#include "app/kernel/random.hpp"

#include <sodium.h>

#include "app/kernel/state.hpp"

namespace cabinet::app {

void draw_random(AppState& state, unsigned char* out, size_t size) {
  auth::ensure_sodium();
  // Each draw is a fresh ChaCha20 stream under the action's seed, with the
  // number of draws so far as its nonce: never the same bytes twice in one action.
  unsigned char nonce[crypto_stream_chacha20_ietf_NONCEBYTES] = {};
  const uint64_t n = state.entropy.drawn++;
  for (size_t i = 0; i < sizeof n; ++i) nonce[i] = static_cast<unsigned char>(n >> (8 * i));
  crypto_stream_chacha20_ietf(out, size, nonce, state.entropy.seed.data());
}

std::string random_hex(AppState& state, size_t bytes) {
  std::string raw(bytes, '\0');
  draw_random(state, reinterpret_cast<unsigned char*>(raw.data()), raw.size());
  return auth::to_hex(raw);
}

uint32_t random_uniform(AppState& state, uint32_t upper) {
  if (upper < 2) return 0;
  // Values below 2^32 mod upper would be favoured: those are drawn again.
  const uint32_t min = (1U + ~upper) % upper;
  for (;;) {
    unsigned char b[4];
    draw_random(state, b, sizeof b);
    const uint32_t r = uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16 | uint32_t(b[3]) << 24;
    if (r >= min) return r % upper;
  }
}

auth::RandomSource random_source(AppState& state) {
  return [&state](unsigned char* out, size_t size) { draw_random(state, out, size); };
}

}  // namespace cabinet::app
