#pragma once
// Drives update() on an AppState of the test's own, as the Runtime would:
// every gateway effect is performed through `ports` (real sandboxes) by the
// Runtime's own call_gateway, and its answer fed back at once. The other
// effects (saves, deliveries) are returned, in order, for the test to check.
#include <deque>
#include <variant>

#include "app/kernel/gateway_calls.hpp"
#include "app/kernel/update.hpp"

namespace cabinet::app::test {

inline UpdateResult update_through(AppState& state, const Ports& ports, const Action& action, int64_t now_ms) {
  UpdateResult result = update(state, action, now_ms);
  std::deque<Effect> pending(result.effects.begin(), result.effects.end());
  result.effects.clear();
  while (!pending.empty()) {
    Effect effect = std::move(pending.front());
    pending.pop_front();
    std::visit(
        [&](auto& e) {
          if constexpr (GatewayEffect<std::decay_t<decltype(e)>>) {
            const UpdateResult answered = update(state, Answer{call_gateway(ports, e)}, Inputs{now_ms, {}});
            pending.insert(pending.end(), answered.effects.begin(), answered.effects.end());
          } else {
            result.effects.push_back(std::move(effect));
          }
        },
        effect);
  }
  return result;
}

// The Save of `key` among `effects`, if any.
inline const Save* saved(const Effects& effects, std::string_view key) {
  for (const Effect& effect : effects) {
    if (const auto* save = std::get_if<Save>(&effect); save && save->key == key) return save;
  }
  return nullptr;
}

}  // namespace cabinet::app::test
