#include "search/scorer.hpp"

#include <algorithm>

namespace cabinet::search::detail {

namespace {

double points(Kind kind) {
  switch (kind) {
    case Kind::kExact: return kExactPoints;
    case Kind::kPrefix: return kPrefixPoints;
    case Kind::kTypo: return kTypoPoints;
    case Kind::kNone: break;
  }
  return 0;
}

double weight_of(const Field& field) {
  return field.weight > 0 ? field.weight : 0;  // also NaN -> 0
}

// Byte after the highlighted part of a token matched as `m`.
size_t highlight_end(const IndexedField& f, const Token& t, const std::vector<std::u32string>& words, Match m) {
  if (m.highlight == 0 || m.highlight >= words[t.word].size()) return t.end;
  return f.starts[t.start + m.highlight];
}

struct ClauseResult {
  bool matched = false;
  double best = 0;
};

// Every occurrence of one clause in one field: highlights and the best points.
void match_field(const IndexedField& f, size_t field, double weight, const std::vector<std::u32string>& words,
                 const PreparedClause& clause, ClauseResult& result, std::vector<Highlight>& out) {
  const size_t n = clause.tables.size();
  if (n == 0 || f.tokens.size() < n) return;
  for (size_t p = 0; p + n <= f.tokens.size(); ++p) {
    double sum = 0;
    Match last;
    bool all = true;
    for (size_t k = 0; k < n && all; ++k) {
      last = clause.tables[k][f.tokens[p + k].word];
      all = last.kind != Kind::kNone;
      sum += points(last.kind);
    }
    if (!all) continue;
    const double score = sum * weight * (clause.phrase ? kPhraseFactor : 1.0);
    result.matched = true;
    result.best = std::max(result.best, score);
    out.push_back({field, f.starts[f.tokens[p].start], highlight_end(f, f.tokens[p + n - 1], words, last)});
  }
}

// Two single-word clauses matching words that stand side by side.
double adjacency(const std::vector<IndexedField>& indexed, const std::vector<Field>& fields, const PreparedClause& a,
                 const PreparedClause& b) {
  if (a.phrase || b.phrase || a.tables.size() != 1 || b.tables.size() != 1) return 0;
  double best = 0;
  for (size_t i = 0; i < indexed.size(); ++i) {
    const auto& tokens = indexed[i].tokens;
    for (size_t p = 0; p + 1 < tokens.size(); ++p)
      if (a.tables[0][tokens[p].word].kind != Kind::kNone && b.tables[0][tokens[p + 1].word].kind != Kind::kNone) {
        best = std::max(best, kAdjacentBonus * weight_of(fields[i]));
        break;
      }
  }
  return best;
}

}  // namespace

std::vector<PreparedClause> prepare(const std::vector<Clause>& clauses, const std::vector<std::u32string>& words) {
  std::vector<PreparedClause> out;
  for (const auto& c : clauses) {
    PreparedClause p;
    p.phrase = c.phrase;
    for (const auto& t : c.terms) p.tables.push_back(match_table(t, words));
    out.push_back(std::move(p));
  }
  return out;
}

bool score_document(const std::vector<IndexedField>& indexed, const std::vector<Field>& fields,
                    const std::vector<std::u32string>& words, const std::vector<PreparedClause>& clauses, Hit& hit) {
  hit.score = 0;
  hit.highlights.clear();
  for (const auto& clause : clauses) {
    ClauseResult result;
    for (size_t i = 0; i < indexed.size(); ++i)
      match_field(indexed[i], i, weight_of(fields[i]), words, clause, result, hit.highlights);
    if (!result.matched) return false;
    hit.score += result.best;
  }
  for (size_t i = 0; i + 1 < clauses.size(); ++i) hit.score += adjacency(indexed, fields, clauses[i], clauses[i + 1]);
  normalize(hit.highlights);
  return true;
}

void normalize(std::vector<Highlight>& hs) {
  std::sort(hs.begin(), hs.end(), [](const Highlight& a, const Highlight& b) {
    return a.field != b.field ? a.field < b.field : a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  std::vector<Highlight> merged;
  for (const auto& h : hs) {
    if (h.begin >= h.end) continue;
    if (!merged.empty() && merged.back().field == h.field && h.begin <= merged.back().end)
      merged.back().end = std::max(merged.back().end, h.end);
    else
      merged.push_back(h);
  }
  hs = std::move(merged);
}

}  // namespace cabinet::search::detail
