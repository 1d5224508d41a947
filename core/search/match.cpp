#include "search/match.hpp"

#include <algorithm>

namespace cabinet::search::detail {

size_t max_typos(size_t code_points) {
  return code_points < 4 ? 0 : code_points < 8 ? 1 : 2;
}

size_t typo_distance(std::u32string_view a, std::u32string_view b, size_t limit) {
  const size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Three rows of the edit matrix: two back (for transpositions), previous, current.
  std::vector<size_t> back2(m + 1), prev(m + 1), cur(m + 1);
  for (size_t j = 0; j <= m; ++j) prev[j] = j;
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    size_t row_min = cur[0];
    for (size_t j = 1; j <= m; ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      size_t d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = std::min(d, back2[j - 2] + 1);
      cur[j] = d;
      row_min = std::min(row_min, d);
    }
    if (row_min > limit) return limit + 1;
    std::swap(back2, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

bool glob_match(std::u32string_view p, std::u32string_view w) {
  size_t i = 0, j = 0, star = std::u32string_view::npos, mark = 0;
  while (j < w.size()) {
    if (i < p.size() && p[i] == U'*') {
      star = i++;
      mark = j;
    } else if (i < p.size() && p[i] == w[j]) {
      ++i, ++j;
    } else if (star != std::u32string_view::npos) {
      i = star + 1;
      j = ++mark;
    } else {
      return false;
    }
  }
  while (i < p.size() && p[i] == U'*') ++i;
  return i == p.size();
}

namespace {

uint16_t clamp16(size_t n) {
  return static_cast<uint16_t>(std::min<size_t>(n, UINT16_MAX));
}

}  // namespace

Match match_term(const Term& term, std::u32string_view word) {
  const std::u32string_view p = term.pattern;
  if (!term.wildcard) {
    if (word == p) return {Kind::kExact, 0};
    if (term.allow_prefix && word.size() > p.size() && word.substr(0, p.size()) == p)
      return {Kind::kPrefix, clamp16(p.size())};
    if (term.allow_typos && !std::all_of(p.begin(), p.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
      const size_t limit = max_typos(p.size());
      if (limit > 0 && typo_distance(p, word, limit) <= limit) return {Kind::kTypo, 0};
    }
    return {};
  }
  if (!glob_match(p, word)) return {};
  // "матер*" highlights "матер"; any other wildcard highlights the whole word.
  const size_t first_star = p.find(U'*');
  const bool trailing_only = p.find_first_not_of(U'*', first_star) == std::u32string_view::npos;
  if (trailing_only && first_star == word.size()) return {Kind::kExact, 0};
  if (trailing_only) return {Kind::kPrefix, clamp16(first_star)};
  return {Kind::kPrefix, 0};
}

std::vector<Match> match_table(const Term& term, const std::vector<std::u32string>& words) {
  std::vector<Match> table(words.size());
  for (size_t i = 0; i < words.size(); ++i) table[i] = match_term(term, words[i]);
  return table;
}

}  // namespace cabinet::search::detail
