#pragma once
// The draft-07 keywords the evaluator reads, found once per schema object (one
// pass over its members, cached by SchemaIndex) instead of one map lookup per
// keyword per evaluation.
#include <array>
#include <cstddef>
#include <cstdint>

#include <nlohmann/json.hpp>

namespace cabinet::forms {

enum class Kw : uint8_t {
  kType,
  kEnum,
  kConst,
  kMultipleOf,
  kMaximum,
  kExclusiveMaximum,
  kMinimum,
  kExclusiveMinimum,
  kMaxLength,
  kMinLength,
  kPattern,
  kFormat,
  kItems,
  kAdditionalItems,
  kMaxItems,
  kMinItems,
  kUniqueItems,
  kContains,
  kMaxProperties,
  kMinProperties,
  kRequired,
  kProperties,
  kPatternProperties,
  kAdditionalProperties,
  kDependencies,
  kPropertyNames,
  kAllOf,
  kAnyOf,
  kOneOf,
  kNot,
  kIf,
  kThen,
  kElse,
  kRef,
  kId,
  kCount
};

class Keywords {
 public:
  explicit Keywords(const nlohmann::json& schema);
  // The value of keyword `k` in the schema, or nullptr.
  const nlohmann::json* operator[](Kw k) const { return at_[static_cast<size_t>(k)]; }

 private:
  std::array<const nlohmann::json*, static_cast<size_t>(Kw::kCount)> at_{};
};

}  // namespace cabinet::forms
