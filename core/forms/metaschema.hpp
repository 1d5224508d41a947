#pragma once
#include <string_view>

namespace cabinet::forms {

inline constexpr std::string_view kDraft7MetaschemaUri = "http://json-schema.org/draft-07/schema";
// The draft-07 meta-schema as JSON text.
std::string_view draft7_metaschema();

}  // namespace cabinet::forms
