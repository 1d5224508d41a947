#pragma once
// Non-throwing reads of JSON members (the wasm build cannot catch exceptions).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "time/iso8601.hpp"

namespace cabinet::tracking::detail {

inline const nlohmann::json* member(const nlohmann::json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

inline std::optional<std::string> string_member(const nlohmann::json& object, std::string_view key) {
  const nlohmann::json* value = member(object, key);
  if (!value || !value->is_string()) return std::nullopt;
  return value->get<std::string>();
}

// A string member, or "" when absent or not a string.
inline std::string text_member(const nlohmann::json& object, std::string_view key) {
  return string_member(object, key).value_or("");
}

inline std::optional<int64_t> int_member(const nlohmann::json& object, std::string_view key) {
  const nlohmann::json* value = member(object, key);
  if (!value || !value->is_number_integer()) return std::nullopt;
  return value->get<int64_t>();
}

// An ISO 8601 timestamp member as Unix milliseconds.
inline std::optional<int64_t> time_member(const nlohmann::json& object, std::string_view key) {
  auto text = string_member(object, key);
  if (!text) return std::nullopt;
  return time::parse_iso(*text);
}

}  // namespace cabinet::tracking::detail
