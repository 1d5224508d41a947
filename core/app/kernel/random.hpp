#pragma once
// Random values inside update(): drawn only from the entropy the Runtime's
// Random port (ports.hpp) put into this action's Inputs (update.hpp), through
// ChaCha20 keyed by it. So update() stays a pure function of (state, action,
// inputs): a scenario with a seeded Random replays exactly, and production
// draws 256 fresh bits from the operating system's or browser's CSPRNG per action.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "auth/sodium.hpp"

namespace cabinet::app {

using Seed = std::array<unsigned char, 32>;

// The current action's entropy; wiped when update() returns.
struct Entropy {
  Seed seed{};
  uint64_t drawn = 0;  // blocks of the stream used so far in this action
};

struct AppState;

void draw_random(AppState& state, unsigned char* out, size_t size);
// `bytes` random bytes as lower-case hex (ids, idempotency keys).
std::string random_hex(AppState& state, size_t bytes);
// Uniform in [0, upper) without modulo bias; upper > 0.
uint32_t random_uniform(AppState& state, uint32_t upper);
// For core functions that take an auth::RandomSource (TOTP secrets, recovery codes, signing keys).
auth::RandomSource random_source(AppState& state);

}  // namespace cabinet::app
