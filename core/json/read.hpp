#pragma once
// The one non-throwing reader of JSON members for the whole core. The wasm
// build does not catch C++ exceptions, so a missing or wrongly typed member
// must read as "absent" (or fail a read_* call), never throw.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::jsonread {

// The member `key` of `object`; nullptr when `object` is not an object or has none.
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

// A string member, or "" when absent or not a string.
inline std::string text_of(const nlohmann::json& object, std::string_view key) {
  return string_of(object, key).value_or("");
}

// What a citizen typed: "" when absent, not a string or not valid UTF-8.
inline std::string typed_text_of(const nlohmann::json& object, std::string_view key) {
  std::string value = text_of(object, key);
  return text::is_valid_utf8(value) ? value : std::string();
}

// A whole number that fits int64_t (an unsigned one beyond it is absent).
inline std::optional<int64_t> int_of(const nlohmann::json& object, std::string_view key) {
  const nlohmann::json* value = member(object, key);
  if (!value) return std::nullopt;
  if (value->is_number_integer() && !value->is_number_unsigned()) return value->get<int64_t>();
  if (value->is_number_unsigned() && value->get<uint64_t>() <= static_cast<uint64_t>(INT64_MAX))
    return static_cast<int64_t>(value->get<uint64_t>());
  return std::nullopt;
}

inline std::optional<bool> bool_of(const nlohmann::json& object, std::string_view key) {
  const nlohmann::json* value = member(object, key);
  if (!value || !value->is_boolean()) return std::nullopt;
  return value->get<bool>();
}

// An ISO 8601 timestamp member as Unix milliseconds; nullopt when absent or unparsable.
inline std::optional<int64_t> time_of(const nlohmann::json& object, std::string_view key) {
  const auto text = string_of(object, key);
  if (!text) return std::nullopt;
  return time::parse_iso(*text);
}

// Strict reads for stored documents: an absent member leaves `out` alone (true);
// one of the wrong type (or an unparsable time) fails (false).
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

inline bool read_time(const nlohmann::json& object, std::string_view key, int64_t& out) {
  if (!member(object, key)) return true;
  const auto parsed = time_of(object, key);
  if (!parsed) return false;
  out = *parsed;
  return true;
}

inline bool read_optional_time(const nlohmann::json& object, std::string_view key, std::optional<int64_t>& out) {
  if (!member(object, key)) return true;
  const auto parsed = time_of(object, key);
  if (!parsed) return false;
  out = *parsed;
  return true;
}

}  // namespace cabinet::jsonread
