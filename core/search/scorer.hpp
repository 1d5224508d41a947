#pragma once
// Internal: scores one document against a parsed query.
#include <string>
#include <vector>

#include "search/match.hpp"
#include "search/query.hpp"
#include "search/search.hpp"

namespace cabinet::search::detail {

// Points of a word match before the field weight; a phrase multiplies the sum
// of its words' points, two query words standing side by side add a bonus.
inline constexpr double kExactPoints = 1.0;
inline constexpr double kPrefixPoints = 0.5;
inline constexpr double kTypoPoints = 0.25;
inline constexpr double kPhraseFactor = 1.5;
inline constexpr double kAdjacentBonus = 0.5;

// A clause with the match of each of its terms against every vocabulary word.
struct PreparedClause {
  bool phrase = false;
  std::vector<std::vector<Match>> tables;  // per term, per vocabulary word
};

std::vector<PreparedClause> prepare(const std::vector<Clause>& clauses, const std::vector<std::u32string>& words);

// Fills hit.score and hit.highlights; false when some clause does not match.
bool score_document(const std::vector<IndexedField>& indexed, const std::vector<Field>& fields,
                    const std::vector<std::u32string>& words, const std::vector<PreparedClause>& clauses, Hit& hit);

// Sorts by field and begin and merges overlapping or touching ranges.
void normalize(std::vector<Highlight>& highlights);

}  // namespace cabinet::search::detail
