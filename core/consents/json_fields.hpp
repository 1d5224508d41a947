#pragma once
// Non-throwing readers of JSON members (the wasm build does not catch exceptions).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "time/iso8601.hpp"

namespace cabinet::consents::fields {

inline const nlohmann::json* member(const nlohmann::json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

// A string member; nullopt when absent or not a string.
inline std::optional<std::string> string_of(const nlohmann::json& object, std::string_view key) {
  const nlohmann::json* value = member(object, key);
  if (!value || !value->is_string()) return std::nullopt;
  return value->get<std::string>();
}

// Absent is "" (optional text); present but not a string is a failure.
inline bool read_string(const nlohmann::json& object, std::string_view key, std::string& out) {
  const nlohmann::json* value = member(object, key);
  if (!value) return true;
  if (!value->is_string()) return false;
  out = value->get<std::string>();
  return true;
}

inline bool read_strings(const nlohmann::json& object, std::string_view key, std::vector<std::string>& out) {
  const nlohmann::json* value = member(object, key);
  if (!value) return true;
  if (!value->is_array()) return false;
  out.clear();
  for (const auto& item : *value) {
    if (!item.is_string()) return false;
    out.push_back(item.get<std::string>());
  }
  return true;
}

// An ISO 8601 time member: absent leaves `out` alone, unparsable fails.
inline bool read_time(const nlohmann::json& object, std::string_view key, int64_t& out) {
  const nlohmann::json* value = member(object, key);
  if (!value) return true;
  if (!value->is_string()) return false;
  auto parsed = time::parse_iso(value->get_ref<const std::string&>());
  if (!parsed) return false;
  out = *parsed;
  return true;
}

inline bool read_optional_time(const nlohmann::json& object, std::string_view key, std::optional<int64_t>& out) {
  if (!member(object, key)) return true;
  int64_t value = 0;
  if (!read_time(object, key, value)) return false;
  out = value;
  return true;
}

}  // namespace cabinet::consents::fields
