#pragma once
// Internal: a search query parsed into clauses that all have to match.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::search::detail {

// One query word, folded; '*' stands for any run of code points.
struct Term {
  std::u32string pattern;
  bool wildcard = false;      // holds '*'
  bool allow_prefix = false;  // the word may be the beginning of a longer one
  bool allow_typos = false;   // Damerau-Levenshtein 1 (4-7 code points) or 2 (8+)
};

// A single word (prefix and typos allowed), or a phrase: words that have to
// stand one after another in a field ("quoted words", or hyphen-joined parts).
struct Clause {
  std::vector<Term> terms;
  bool phrase = false;
};

inline constexpr size_t kMaxClauses = 16;
inline constexpr size_t kMaxPhraseWords = 16;
inline constexpr size_t kMaxTermCodePoints = 64;

// Quotes: " « » “ ” „. Punctuation and invalid bytes split words; a hyphen
// inside a word makes its parts a phrase whose last part may be a prefix.
// A lone '*' outside quotes is dropped. Extra clauses and words are ignored.
std::vector<Clause> parse_query(std::string_view query);

}  // namespace cabinet::search::detail
