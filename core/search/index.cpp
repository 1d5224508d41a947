#include <algorithm>

#include "search/query.hpp"
#include "search/scorer.hpp"
#include "search/search.hpp"
#include "search/tokenize.hpp"

namespace cabinet::search {

void Index::add(Document document) {
  std::vector<detail::IndexedField> indexed;
  for (const auto& field : document.fields) {
    detail::IndexedField f;
    for (auto& w : detail::split_words(field.text)) {
      auto [it, inserted] = word_ids_.try_emplace(w.folded, static_cast<uint32_t>(words_.size()));
      if (inserted) words_.push_back(std::move(w.folded));
      f.tokens.push_back({it->second, static_cast<uint32_t>(f.starts.size()), w.end});
      f.starts.insert(f.starts.end(), w.starts.begin(), w.starts.end());
    }
    indexed.push_back(std::move(f));
  }
  documents_.push_back(std::move(document));
  fields_.push_back(std::move(indexed));
}

Results Index::query(std::string_view text, size_t limit) const {
  Results results;
  const auto clauses = detail::parse_query(text);
  if (clauses.empty()) {
    results.total = documents_.size();
    for (size_t i = 0; i < documents_.size() && i < limit; ++i) results.hits.push_back({i, 0, {}});
    return results;
  }
  const auto prepared = detail::prepare(clauses, words_);
  for (size_t i = 0; i < documents_.size(); ++i) {
    Hit hit{i, 0, {}};
    if (detail::score_document(fields_[i], documents_[i].fields, words_, prepared, hit))
      results.hits.push_back(std::move(hit));
  }
  std::stable_sort(results.hits.begin(), results.hits.end(),
                   [](const Hit& a, const Hit& b) { return a.score > b.score; });
  results.total = results.hits.size();
  if (results.hits.size() > limit) results.hits.resize(limit);
  return results;
}

std::vector<Hit> Index::search(std::string_view text, size_t limit) const {
  return query(text, limit).hits;
}

size_t Index::count(std::string_view text) const {
  return query(text, 0).total;
}

}  // namespace cabinet::search
