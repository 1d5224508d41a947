#pragma once
// One-time codes to the citizen's phone or email (registration, consents,
// contact changes). update() keeps only a hash and returns a "deliver_code"
// effect; the Runtime hands it to its Delivery (delivery.hpp). The sandbox
// notice of a code goes when the code is used or replaced.
#include <cstdint>
#include <string>
#include <string_view>

#include "app/kernel/handlers.hpp"

namespace cabinet::app {

// Replaces any earlier code for the same purpose.
void issue_code(AppState& state, Effects& effects, std::string_view purpose, std::string_view channel,
                std::string_view target);

// Forgets the code for `purpose` and its sandbox notice (the citizen cancelled).
void withdraw_code(AppState& state, std::string_view purpose);

// The digits of what was typed: a code («123 456») as check_code compares it, a phone.
std::string digits_of(std::string_view typed);

enum class CodeCheck { ok, wrong, expired, no_code, no_attempts_left };
// The code for `purpose` is used up when ok; a wrong one costs an attempt.
CodeCheck check_code(AppState& state, std::string_view purpose, std::string_view entered);
// "auth.code.wrong", ... (auth.json); empty for ok.
std::string code_error_key(CodeCheck check);
bool has_code(const AppState& state, std::string_view purpose);
// Seconds until a new code for `purpose` may be sent (one a minute, whatever the number or
// address); 0 when it may now. A code used or withdrawn no longer counts. This spares the
// citizen double taps and the gateway bursts; the gateway's own limits stay the real defence.
int64_t resend_wait_seconds(const AppState& state, std::string_view purpose);

// A fresh random idempotency key (128 bits, hex, from the action's entropy: random.hpp) for one
// attempt of a payment or a booking: never predictable, never repeated across runs or fake clocks.
std::string new_idempotency_key(AppState& state);

// "+7 *** ***-**-67", "i***@mail.ru": where a code went, without showing all of it.
std::string mask_target(std::string_view channel, std::string_view target);

}  // namespace cabinet::app
