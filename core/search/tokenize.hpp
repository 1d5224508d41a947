#pragma once
// Internal: UTF-8 scanning, code-point folding and word splitting for search.
// Any bytes are accepted; an invalid byte is a word separator.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::search::detail {

// One step through UTF-8: the code point at s[i] and its length in bytes.
// An invalid or truncated sequence gives valid = false and length 1.
struct Step {
  char32_t cp = 0;
  size_t length = 1;
  bool valid = false;
};
Step step_at(std::string_view s, size_t i);

// Lower case (Latin, Latin-1, Cyrillic), ё -> е; everything else unchanged.
char32_t fold_cp(char32_t c);
// Letters (Latin, Latin-1/Extended, Greek, Cyrillic) and digits.
bool is_word_cp(char32_t c);
// Combining marks (stress accents): kept inside a word, ignored for matching.
bool is_mark_cp(char32_t c);
// Hyphens that join the parts of a compound word in a query.
bool is_hyphen_cp(char32_t c);
void append_utf8(std::string& out, char32_t c);

// A word of a text: folded code points and, for each of them, the byte offset
// where it starts in the original text; `end` is the byte after the word.
struct Word {
  std::u32string folded;
  std::vector<uint32_t> starts;
  uint32_t end = 0;
};
// The words of `text` in order. Texts above 4 GiB are cut (offsets are 32-bit).
std::vector<Word> split_words(std::string_view text);

}  // namespace cabinet::search::detail
