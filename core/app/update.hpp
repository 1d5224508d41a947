#pragma once
// update(state, action) -> effects: the only place where AppState changes.
#include <optional>
#include <string>
#include <vector>

#include "app/action.hpp"
#include "app/state.hpp"

namespace cabinet::app {

inline constexpr const char* kSettingsKey = "settings.json";
inline constexpr int64_t kNoticeMs = 4000;
inline constexpr size_t kDisplayNameMax = 100;

struct UpdateResult {
  bool known = true;  // false: no such action type (the state is unchanged)
  std::vector<Effect> effects;
};

// Applies `action` at time `now_ms`. Never throws: wrongly typed arguments are
// ignored (see json_args.hpp), unknown types are reported via `known`.
UpdateResult update(AppState& state, const Action& action, int64_t now_ms);

// The next instant at which the state changes by itself (a notice expires), if any.
std::optional<int64_t> next_deadline(const AppState& state);

// Every action type update() knows, for documentation and the CLI.
std::vector<std::string> action_types();

}  // namespace cabinet::app
