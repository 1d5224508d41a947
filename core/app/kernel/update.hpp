#pragma once
// update(state, action, inputs) -> effects: the only place where AppState
// changes. Pure: it reads and writes only the state; time and randomness come
// in as Inputs, and everything else (storage, the vault, delivery, the fund's
// gateways) goes out as effects (effect.hpp) that the Runtime performs.
#include <optional>
#include <string>
#include <vector>

#include "app/kernel/action.hpp"
#include "app/kernel/answer.hpp"
#include "app/kernel/command.hpp"
#include "app/kernel/effect.hpp"
#include "app/kernel/random.hpp"
#include "app/kernel/state.hpp"

namespace cabinet::app {

inline constexpr const char* kSettingsKey = "settings.json";
inline constexpr int64_t kNoticeMs = 4000;
inline constexpr size_t kDisplayNameMax = 100;

struct UpdateResult {
  bool known = true;  // false: no such action type (the state is unchanged)
  std::vector<Effect> effects;
  std::string error;  // why the action was refused at the edge (for developers; the state is unchanged)
};

// What an action brings besides itself: the time, and entropy from the Runtime's Random port.
struct Inputs {
  int64_t now_ms = 0;
  Seed seed{};
};

// Applies `action` from the JSON vocabulary. Never throws. A typed action's
// arguments are decoded first (command.hpp): missing, wrongly typed or unknown
// ones refuse it with `error`. Unknown types are reported via `known`.
UpdateResult update(AppState& state, const Action& action, const Inputs& inputs);
// A typed action (command.hpp), as the screens send them.
UpdateResult update(AppState& state, const Command& command, const Inputs& inputs);
// Applies a port's answer; one asked for before the last sign-out changes nothing.
UpdateResult update(AppState& state, const Answer& answer, const Inputs& inputs);
// Tests: at `now_ms` with an all-zero seed (random draws repeat from run to run).
inline UpdateResult update(AppState& state, const Action& action, int64_t now_ms) {
  return update(state, action, Inputs{now_ms, {}});
}

// The next instant at which the state changes by itself (a notice expires), if any.
std::optional<int64_t> next_deadline(const AppState& state);

// Every action type update() knows, for documentation and the CLI.
std::vector<std::string> action_types();
bool action_known(std::string_view type);

}  // namespace cabinet::app
