#pragma once
// Helpers for the forms unit tests: validate JSON text, list the error keywords.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "forms/schema_validator.hpp"

namespace cabinet::forms::testing {

inline std::vector<ValidationError> errors_of(const char* schema, const nlohmann::json& data) {
  return SchemaValidator(nlohmann::json::parse(schema)).validate(data);
}

inline bool valid(const char* schema, const nlohmann::json& data) {
  const SchemaValidator validator(nlohmann::json::parse(schema));
  const bool verdict = validator.is_valid(data);
  // The collecting and the fail-fast paths must agree.
  if (verdict != validator.validate(data).empty()) ADD_FAILURE() << "is_valid and validate disagree: " << schema;
  return verdict;
}

// "keyword@path" for each error, in order.
inline std::vector<std::string> summary(const std::vector<ValidationError>& errors) {
  std::vector<std::string> out;
  for (const ValidationError& error : errors) out.push_back(error.keyword + "@" + error.instance_path);
  return out;
}

}  // namespace cabinet::forms::testing
