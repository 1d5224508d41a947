#pragma once
// Internal: the recursive evaluation behind SchemaValidator, one file per keyword group.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "forms/keywords.hpp"
#include "forms/schema_index.hpp"
#include "forms/schema_validator.hpp"

namespace cabinet::forms::detail {

struct Scope {
  const SchemaIndex* index = nullptr;
  const ValidatorOptions* options = nullptr;
  std::vector<ValidationError>* errors = nullptr;  // null: only the verdict counts (stop at the first failure)
  size_t depth = 0;
  std::string base;              // the base URI for "$ref"
  const Keywords* kw = nullptr;  // the keywords of the schema being evaluated

  // A keyword of the schema being evaluated, or nullptr.
  const nlohmann::json* at(Kw keyword) const { return (*kw)[keyword]; }

  bool collecting() const { return errors != nullptr; }
  Scope quiet() const {
    Scope copy = *this;
    copy.errors = nullptr;
    return copy;
  }
  void report(const std::string& path, const char* keyword, nlohmann::json params = nlohmann::json::object()) const {
    if (errors) errors->push_back({path, keyword, std::move(params)});
  }
  // The path of a member or item; empty when only the verdict counts (no allocation).
  std::string child(const std::string& path, std::string_view token) const;
  std::string child(const std::string& path, size_t index) const;
};

// Evaluates `schema` (an object or a boolean) against `instance` at `path`.
bool evaluate(Scope& scope, const nlohmann::json& schema, const nlohmann::json& instance, const std::string& path);

// Keyword groups; each returns whether its keywords hold.
bool check_any_type(Scope& scope, const nlohmann::json& schema, const nlohmann::json& instance,
                    const std::string& path);  // type, enum, const
bool check_number(Scope& scope, const nlohmann::json& schema, const nlohmann::json& instance, const std::string& path);
bool check_string(Scope& scope, const nlohmann::json& schema, const nlohmann::json& instance, const std::string& path);
bool check_array(Scope& scope, const nlohmann::json& schema, const nlohmann::json& instance, const std::string& path);
bool check_object(Scope& scope, const nlohmann::json& schema, const nlohmann::json& instance, const std::string& path);
bool check_combinators(Scope& scope, const nlohmann::json& schema, const nlohmann::json& instance,
                       const std::string& path);  // allOf, anyOf, oneOf, not, if/then/else

// A non-negative integer keyword value (e.g. maxLength), or -1 when absent or malformed.
long long count_limit(const nlohmann::json* value);

}  // namespace cabinet::forms::detail
