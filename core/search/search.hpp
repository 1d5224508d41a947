#pragma once
// Search over the services catalog and the help articles: case- and ё-insensitive
// words, prefixes, '*' wildcards, "quoted phrases", typo tolerance, ranking and
// highlight ranges (byte offsets into the original texts). Never throws; any
// bytes are accepted (invalid UTF-8 separates words).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cabinet::search {

// Suggested field weights: a title match outranks the same match elsewhere,
// and an exact match anywhere outranks a prefix match in the title.
inline constexpr double kTitleWeight = 1.5;
inline constexpr double kKeywordsWeight = 1.2;
inline constexpr double kSummaryWeight = 1.0;
inline constexpr double kBodyWeight = 0.8;

struct Field {
  std::string name;
  std::string text;
  double weight = 1.0;  // negative or NaN counts as 0 (the field still matches)
};

struct Document {
  std::string id;
  std::vector<Field> fields;
};

// A byte range [begin, end) in fields[field].text.
struct Highlight {
  size_t field = 0;
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Highlight&) const = default;
};

struct Hit {
  size_t document = 0;  // index in the Index, in the order of add()
  double score = 0;
  std::vector<Highlight> highlights;  // sorted by field and begin, not overlapping
};

struct Results {
  std::vector<Hit> hits;  // best first, at most `limit`
  size_t total = 0;       // all matching documents
};

namespace detail {
// A word occurrence in a field: the distinct word and where it stands.
struct Token {
  uint32_t word = 0;   // index in the index's vocabulary
  uint32_t start = 0;  // index in IndexedField::starts of its first code point
  uint32_t end = 0;    // byte after the word
};
struct IndexedField {
  std::vector<Token> tokens;
  std::vector<uint32_t> starts;  // byte offset of every code point of every token
};
}  // namespace detail

class Index {
 public:
  void add(Document document);
  // Every query word (or phrase) has to match in some field of a document.
  // An empty query (or one without words) returns all documents in order.
  Results query(std::string_view query, size_t limit = SIZE_MAX) const;
  std::vector<Hit> search(std::string_view query, size_t limit = SIZE_MAX) const;
  size_t count(std::string_view query) const;
  size_t size() const { return documents_.size(); }
  const Document& document(size_t i) const { return documents_[i]; }  // i < size()

 private:
  std::vector<Document> documents_;
  std::vector<std::vector<detail::IndexedField>> fields_;  // per document, per field
  std::vector<std::u32string> words_;                       // distinct folded words
  std::unordered_map<std::u32string, uint32_t> word_ids_;
};

// Lower case (Latin, Latin-1, Cyrillic) and ё -> е. Invalid bytes are kept.
std::string fold(std::string_view text);

// A text cut for drawing: plain and highlighted pieces covering it in order.
struct Segment {
  size_t begin = 0;
  size_t end = 0;
  bool highlighted = false;
  bool operator==(const Segment&) const = default;
};
// Uses the highlights of `field` only; they are clamped to the text, sorted and
// merged. An empty text gives no segments.
std::vector<Segment> segments(std::string_view text, const std::vector<Highlight>& highlights, size_t field);

}  // namespace cabinet::search
