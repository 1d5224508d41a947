#pragma once
// Errors shown under a field (AppState::errors), by the field's id
// ("personal.passport"); update() adds them, the UI reads them.
#include <algorithm>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/kernel/state.hpp"
#include "ids/result.hpp"

namespace cabinet::app {

inline void add_field_error(AppState& s, std::string field, std::string key,
                            nlohmann::json params = nlohmann::json::object()) {
  s.errors.push_back(
      {std::move(field), std::move(key), params.is_object() ? std::move(params) : nlohmann::json::object()});
}

// Drops the errors of every field whose id starts with `prefix`.
inline void clear_field_errors(AppState& s, std::string_view prefix) {
  std::erase_if(s.errors, [&](const FieldError& e) { return e.field.starts_with(prefix); });
}

// The identifier check's refusal, if any, on `field`; true when it passed.
inline bool check_field(AppState& s, const std::string& field, const ids::Result& result) {
  if (!result.ok()) add_field_error(s, field, result.message_key(), result.params);
  return result.ok();
}

// A feature's field errors, all under one prefix ("payments."): its handlers name the fields without it.
struct FeatureErrors {
  std::string_view prefix;
  void clear(AppState& s) const { clear_field_errors(s, prefix); }
  void add(AppState& s, std::string_view field, std::string key,
           nlohmann::json params = nlohmann::json::object()) const {
    add_field_error(s, std::string(prefix) + std::string(field), std::move(key), std::move(params));
  }
};

inline bool has_field_errors(const AppState& s, std::string_view prefix) {
  return std::any_of(s.errors.begin(), s.errors.end(),
                     [&](const FieldError& e) { return e.field.starts_with(prefix); });
}

}  // namespace cabinet::app
