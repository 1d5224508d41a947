#include "forms/keywords.hpp"

#include <algorithm>
#include <string_view>

namespace cabinet::forms {
namespace {

struct Name {
  std::string_view text;
  Kw keyword;
};

// Sorted by text (byte order) for binary search.
constexpr Name kNames[] = {
    {"$id", Kw::kId},
    {"$ref", Kw::kRef},
    {"additionalItems", Kw::kAdditionalItems},
    {"additionalProperties", Kw::kAdditionalProperties},
    {"allOf", Kw::kAllOf},
    {"anyOf", Kw::kAnyOf},
    {"const", Kw::kConst},
    {"contains", Kw::kContains},
    {"dependencies", Kw::kDependencies},
    {"else", Kw::kElse},
    {"enum", Kw::kEnum},
    {"exclusiveMaximum", Kw::kExclusiveMaximum},
    {"exclusiveMinimum", Kw::kExclusiveMinimum},
    {"format", Kw::kFormat},
    {"if", Kw::kIf},
    {"items", Kw::kItems},
    {"maxItems", Kw::kMaxItems},
    {"maxLength", Kw::kMaxLength},
    {"maxProperties", Kw::kMaxProperties},
    {"maximum", Kw::kMaximum},
    {"minItems", Kw::kMinItems},
    {"minLength", Kw::kMinLength},
    {"minProperties", Kw::kMinProperties},
    {"minimum", Kw::kMinimum},
    {"multipleOf", Kw::kMultipleOf},
    {"not", Kw::kNot},
    {"oneOf", Kw::kOneOf},
    {"pattern", Kw::kPattern},
    {"patternProperties", Kw::kPatternProperties},
    {"properties", Kw::kProperties},
    {"propertyNames", Kw::kPropertyNames},
    {"required", Kw::kRequired},
    {"then", Kw::kThen},
    {"type", Kw::kType},
    {"uniqueItems", Kw::kUniqueItems},
};
static_assert(std::size(kNames) == static_cast<size_t>(Kw::kCount));

constexpr bool sorted() {
  for (size_t i = 1; i < std::size(kNames); ++i) {
    if (!(kNames[i - 1].text < kNames[i].text)) return false;
  }
  return true;
}
static_assert(sorted(), "kNames must stay sorted");

}  // namespace

Keywords::Keywords(const nlohmann::json& schema) {
  if (!schema.is_object()) return;
  for (auto it = schema.begin(); it != schema.end(); ++it) {
    const std::string& key = it.key();
    const Name* found = std::lower_bound(std::begin(kNames), std::end(kNames), std::string_view(key),
                                         [](const Name& name, std::string_view text) { return name.text < text; });
    if (found != std::end(kNames) && found->text == key) at_[static_cast<size_t>(found->keyword)] = &it.value();
  }
}

}  // namespace cabinet::forms
