#pragma once
// The device settings document (storage key "settings.json"), versioned.
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/kernel/state.hpp"

namespace cabinet::app {

inline constexpr int kSettingsVersion = 1;

nlohmann::json settings_to_json(const AppState& state);
bool is_text_size(int percent);
// Applies a stored settings document. False when it is damaged (bad JSON,
// wrong version or wrong types): the state is then left unchanged.
bool apply_settings(AppState& state, std::string_view data);

}  // namespace cabinet::app
