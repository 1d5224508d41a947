#pragma once
// Internal helpers shared by the checks: trimming, separators, digit runs and
// UTF-8 decoding. Not part of the public API of core/ids.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ids/result.hpp"

namespace cabinet::ids::detail {

// Byte length of a space at s[i] (ASCII space or tab, U+00A0, U+2009, U+202F), or 0.
size_t space_at(std::string_view s, size_t i);
// Byte length of a hyphen or dash at s[i] ('-', U+2010..U+2013), or 0.
size_t dash_at(std::string_view s, size_t i);
// Without spaces, tabs and line breaks at both ends.
std::string_view trim(std::string_view s);

// A Result with an error code (params may stay null).
Result fail(std::string_view kind, Code code, nlohmann::json params = nullptr);
Result pass(std::string_view kind, std::string normalized);

// The first steps of every check: trims `text` into `trimmed` and returns an
// error for an empty value or invalid UTF-8.
std::optional<Result> reject_empty_or_broken(std::string_view kind, std::string_view text, std::string_view& trimmed);

// The digits of a number written with spaces and hyphens between them.
struct Digits {
  static constexpr size_t kKept = 32;  // longer runs are only counted
  char kept[kKept] = {};
  size_t count = 0;    // all digits seen
  bool other = false;  // a character that is neither a digit nor a separator
  std::string_view view() const { return {kept, count < kKept ? count : kKept}; }
  int at(size_t i) const { return kept[i] - '0'; }
};
Digits collect_digits(std::string_view s);

// The checks of plain digit strings: format, then the expected count.
std::optional<Result> reject_digits(std::string_view kind, const Digits& digits, size_t expected);

// The code point at s[i] of valid UTF-8; advances i.
char32_t next_code_point(std::string_view s, size_t& i);
void append_utf8(std::string& out, char32_t cp);

}  // namespace cabinet::ids::detail
