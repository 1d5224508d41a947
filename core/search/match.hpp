#pragma once
// Internal: how a query term matches a folded word.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search/query.hpp"

namespace cabinet::search::detail {

enum class Kind : uint8_t { kNone, kTypo, kPrefix, kExact };

struct Match {
  Kind kind = Kind::kNone;
  // Code points of the word to highlight from its start; 0 = the whole word.
  uint16_t highlight = 0;
};

// Allowed typos for a term of `code_points`: 0 below 4, 1 up to 7, 2 from 8.
size_t max_typos(size_t code_points);
// Optimal-string-alignment Damerau-Levenshtein distance, or limit + 1 when it
// is above `limit`.
size_t typo_distance(std::u32string_view a, std::u32string_view b, size_t limit);
// Glob match: '*' is any run of code points (also none).
bool glob_match(std::u32string_view pattern, std::u32string_view word);

Match match_term(const Term& term, std::u32string_view word);
// match_term for every word of a vocabulary.
std::vector<Match> match_table(const Term& term, const std::vector<std::u32string>& words);

}  // namespace cabinet::search::detail
