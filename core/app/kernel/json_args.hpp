#pragma once
// Reading action arguments and stored documents without exceptions: the wasm
// build does not catch C++ exceptions, so a wrongly typed value must give
// "absent", never a throw.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace cabinet::app {

inline const nlohmann::json* json_field(const nlohmann::json& object, const char* name) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(name);
  return it == object.end() ? nullptr : &*it;
}

inline std::optional<std::string> json_string(const nlohmann::json& object, const char* name) {
  const nlohmann::json* v = json_field(object, name);
  if (!v || !v->is_string()) return std::nullopt;
  return v->get<std::string>();
}

inline std::optional<int64_t> json_int(const nlohmann::json& object, const char* name) {
  const nlohmann::json* v = json_field(object, name);
  if (!v) return std::nullopt;
  if (v->is_number_integer() && !v->is_number_unsigned()) return v->get<int64_t>();
  if (v->is_number_unsigned() && v->get<uint64_t>() <= static_cast<uint64_t>(INT64_MAX))
    return static_cast<int64_t>(v->get<uint64_t>());
  return std::nullopt;
}

inline std::optional<bool> json_bool(const nlohmann::json& object, const char* name) {
  const nlohmann::json* v = json_field(object, name);
  if (!v || !v->is_boolean()) return std::nullopt;
  return v->get<bool>();
}

// A string argument the citizen typed: "" when absent, not a string or not valid UTF-8.
inline std::string json_text(const nlohmann::json& object, const char* name) {
  std::string value = json_string(object, name).value_or("");
  return text::is_valid_utf8(value) ? value : std::string();
}

}  // namespace cabinet::app
