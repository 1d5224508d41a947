#include "search/query.hpp"

#include "search/tokenize.hpp"

namespace cabinet::search::detail {

namespace {

bool is_quote(char32_t c) {
  return c == U'"' || c == 0xAB || c == 0xBB || c == 0x201C || c == 0x201D || c == 0x201E;
}

bool only_stars(const std::u32string& s) {
  return s.find_first_not_of(U'*') == std::u32string::npos;
}

Term make_term(std::u32string pattern, bool single) {
  Term t;
  t.pattern = std::move(pattern);
  t.wildcard = t.pattern.find(U'*') != std::u32string::npos;
  t.allow_prefix = single;
  t.allow_typos = single && !t.wildcard;
  return t;
}

class Parser {
 public:
  std::vector<Clause> clauses;

  // Outside quotes: a chunk of word characters, '*' and hyphens.
  void add_chunk(const std::vector<std::u32string>& parts) {
    std::vector<std::u32string> kept;
    for (const auto& p : parts)
      if (!p.empty()) kept.push_back(p);
    if (kept.size() == 1) {
      if (!only_stars(kept[0])) add({make_term(kept[0], true)}, false);
      return;
    }
    if (kept.empty()) return;
    std::vector<Term> terms;
    for (auto& p : kept) terms.push_back(make_term(p, false));
    terms.back().allow_prefix = true;
    add(std::move(terms), true);
  }

  // Inside quotes: the words one after another, exact (wildcards allowed).
  void add_phrase(const std::vector<std::u32string>& words) {
    std::vector<Term> terms;
    for (const auto& w : words)
      if (!w.empty()) terms.push_back(make_term(w, false));
    if (!terms.empty()) add(std::move(terms), true);
  }

 private:
  void add(std::vector<Term> terms, bool phrase) {
    if (clauses.size() >= kMaxClauses) return;
    if (terms.size() > kMaxPhraseWords) terms.resize(kMaxPhraseWords);
    clauses.push_back({std::move(terms), phrase});
  }
};

void push_cp(std::u32string& word, char32_t c) {
  if (word.size() >= kMaxTermCodePoints) return;
  if (c == U'*' && !word.empty() && word.back() == U'*') return;  // "**" is "*"
  word.push_back(c);
}

}  // namespace

std::vector<Clause> parse_query(std::string_view query) {
  Parser parser;
  bool quoted = false;
  std::vector<std::u32string> words(1);  // current phrase words or chunk parts
  const auto finish = [&] {
    if (quoted) parser.add_phrase(words);
    else parser.add_chunk(words);
    words.assign(1, {});
  };
  for (size_t i = 0; i < query.size();) {
    const Step st = step_at(query, i);
    i += st.length;
    const char32_t c = st.valid ? st.cp : 0;
    if (st.valid && (is_word_cp(c) || c == U'*')) {
      push_cp(words.back(), fold_cp(c));
    } else if (st.valid && is_mark_cp(c)) {
      if (c == 0x0306 && !words.back().empty() && words.back().back() == 0x0438) words.back().back() = 0x0439;
    } else if (st.valid && is_quote(c)) {
      finish();
      quoted = !quoted;
    } else if (quoted) {
      if (!words.back().empty()) words.emplace_back();
    } else if (st.valid && is_hyphen_cp(c) && !words.back().empty()) {
      words.emplace_back();
    } else {
      finish();
    }
  }
  finish();  // an unclosed quote ends with the query
  return std::move(parser.clauses);
}

}  // namespace cabinet::search::detail
