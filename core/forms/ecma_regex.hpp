#pragma once
// ECMA-262 regular expressions for "pattern", "patternProperties" and the
// "regex" format, on top of std::wregex (ECMAScript grammar) over code points,
// so Cyrillic literals, ranges and "." work per character. Limits: no
// lookbehind, named groups, \p{...}, \u{...} or flags; \d \w \s are ASCII.
// A pattern is checked here before std::regex sees it, because std::regex
// throws on bad syntax and the wasm build cannot catch.
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <string_view>

namespace cabinet::forms {

// UTF-8 to code points; an invalid byte becomes U+FFFD.
std::wstring utf8_to_wide(std::string_view text);
// The number of code points (what maxLength and minLength count).
size_t code_point_count(std::string_view text);

// True when `pattern` (UTF-8) is an ECMA-262 pattern this validator can run.
bool is_ecma_regex(std::string_view pattern);

class RegexCache {
 public:
  // The compiled pattern, or nullptr when it is not a supported ECMA-262 pattern.
  const std::wregex* get(std::string_view pattern);

 private:
  std::map<std::string, std::unique_ptr<std::wregex>, std::less<>> compiled_;
};

enum class RegexMatch { kMatch, kNoMatch, kTooLong };

// With libstdc++ (native builds), patterns with back-references run on a
// backtracking matcher that recurses once per character: longer texts are
// refused (kTooLong) rather than overflowing the stack. The others run on its
// breadth-first automaton; libc++ (wasm) keeps its backtracking stack on the heap.
inline constexpr size_t kMaxBacktrackingLength = 2000;

// ECMA-262 semantics: a match anywhere in `text` (UTF-8).
RegexMatch regex_search_utf8(const std::wregex& regex, std::string_view text);

}  // namespace cabinet::forms
