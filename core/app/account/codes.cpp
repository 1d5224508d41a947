#include "app/account/codes.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstdio>

#include "app/kernel/random.hpp"
#include "auth/sodium.hpp"

namespace cabinet::app {

namespace {

std::string code_hash(std::string_view purpose, std::string_view code) {
  const std::string input = std::string(purpose) + ":" + std::string(code);
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(input.data()), input.size(), nullptr, 0);
  return auth::to_hex(std::string_view(reinterpret_cast<const char*>(out), sizeof out));
}

OneTimeCode* find_code(AppState& s, std::string_view purpose) {
  for (OneTimeCode& c : s.account.codes) {
    if (c.purpose == purpose) return &c;
  }
  return nullptr;
}

// A code used or replaced is no longer worth showing: its sandbox notice goes.
void drop_code_notices(AppState& s, std::string_view purpose) {
  std::erase_if(s.notices, [&](const Notice& n) {
    const auto p = n.params.find("purpose");
    return n.message_key == "auth.sandbox.code" && p != n.params.end() && p->is_string() &&
           p->get<std::string>() == purpose;
  });
}

}  // namespace

std::string digits_of(std::string_view typed) {
  std::string out;
  for (char c : typed) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

void withdraw_code(AppState& s, std::string_view purpose) {
  std::erase_if(s.account.codes, [&](const OneTimeCode& c) { return c.purpose == purpose; });
  drop_code_notices(s, purpose);
}

void issue_code(AppState& s, Effects& effects, std::string_view purpose, std::string_view channel,
                std::string_view target) {
  char code[8];
  std::snprintf(code, sizeof code, "%06u", static_cast<unsigned>(random_uniform(s, 1000000)));
  withdraw_code(s, purpose);
  s.account.codes.push_back({std::string(purpose), std::string(channel), std::string(target), code_hash(purpose, code),
                             s.now_ms + kCodeLifetimeMs, 3});
  effects.push_back(DeliverCode{
      {std::string(purpose), std::string(channel), std::string(target), mask_target(channel, target), code}});
  sodium_memzero(code, sizeof code);
}

CodeCheck check_code(AppState& s, std::string_view purpose, std::string_view entered) {
  OneTimeCode* code = find_code(s, purpose);
  if (!code) return CodeCheck::no_code;
  if (s.now_ms >= code->expires_ms) return CodeCheck::expired;
  if (code->attempts_left <= 0) return CodeCheck::no_attempts_left;
  const std::string hash = code_hash(purpose, digits_of(entered));
  if (sodium_memcmp(hash.data(), code->hash_hex.data(), hash.size()) != 0 || hash.size() != code->hash_hex.size()) {
    --code->attempts_left;
    return code->attempts_left > 0 ? CodeCheck::wrong : CodeCheck::no_attempts_left;
  }
  std::erase_if(s.account.codes, [&](const OneTimeCode& c) { return c.purpose == purpose; });
  drop_code_notices(s, purpose);
  return CodeCheck::ok;
}

int64_t resend_wait_seconds(const AppState& s, std::string_view purpose) {
  constexpr int64_t kResendAfterMs = 60'000;
  for (const OneTimeCode& c : s.account.codes) {
    const int64_t sent_ms = c.expires_ms - kCodeLifetimeMs;
    if (c.purpose == purpose && sent_ms + kResendAfterMs > s.now_ms)
      return (sent_ms + kResendAfterMs - s.now_ms + 999) / 1000;
  }
  return 0;
}

std::string code_error_key(CodeCheck check) {
  switch (check) {
    case CodeCheck::ok:
      return "";
    case CodeCheck::wrong:
      return "auth.code.wrong";
    case CodeCheck::expired:
      return "auth.code.expired";
    case CodeCheck::no_code:
      return "auth.code.none";
    case CodeCheck::no_attempts_left:
      return "auth.code.no_attempts";
  }
  return "auth.code.wrong";
}

std::string new_idempotency_key(AppState& s) {
  return random_hex(s, 16);
}

bool has_code(const AppState& s, std::string_view purpose) {
  return std::any_of(s.account.codes.begin(), s.account.codes.end(),
                     [&](const OneTimeCode& c) { return c.purpose == purpose; });
}

std::string mask_target(std::string_view channel, std::string_view target) {
  if (channel == "email") {
    const size_t at = target.find('@');
    if (at == std::string_view::npos || at == 0) return std::string(target);
    return std::string(target.substr(0, 1)) + "***" + std::string(target.substr(at));
  }
  const std::string digits = digits_of(target);
  if (digits.size() < 4) return std::string(target);
  return "+7 *** ***-" + digits.substr(digits.size() - 4, 2) + "-" + digits.substr(digits.size() - 2);
}

}  // namespace cabinet::app
