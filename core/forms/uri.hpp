#pragma once
// URI references (RFC 3986 §5.2) and JSON Pointers (RFC 6901), enough for
// "$id" and "$ref" of JSON Schema draft-07.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::forms {

// `reference` resolved against `base` (both may be relative; an empty base is allowed).
std::string resolve_uri(std::string_view base, std::string_view reference);
// Splits "doc.json#frag" into "doc.json" and "frag" (the fragment still percent-encoded).
void split_fragment(std::string_view uri, std::string& document, std::string& fragment);
// "%25" -> "%"; invalid escapes stay as they are.
std::string percent_decode(std::string_view text);
// "/a~1b/0" -> {"a/b", "0"}; nullopt unless empty or starting with '/'.
std::optional<std::vector<std::string>> parse_pointer(std::string_view pointer);
// Appends one reference token to a pointer, escaping '~' and '/'.
std::string append_pointer(std::string_view pointer, std::string_view token);

}  // namespace cabinet::forms
