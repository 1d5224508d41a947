#pragma once
// Setting a value inside JSON by a JSON Pointer without exceptions (the wasm
// build cannot catch them): "/name", "/periods/0/from". Objects on the way are
// created; array indices must exist. An empty string, null or an empty array
// removes the member instead (an unanswered question is absent, not "").
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::app {

// The unescaped reference tokens of `pointer`; false when it is malformed.
bool split_pointer(std::string_view pointer, std::vector<std::string>& tokens);

bool set_at_pointer(nlohmann::json& root, std::string_view pointer, const nlohmann::json& value);

// The value at `pointer`, or nullptr.
const nlohmann::json* get_at_pointer(const nlohmann::json& root, std::string_view pointer);

}  // namespace cabinet::app
