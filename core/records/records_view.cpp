#include "records/records_view.hpp"

#include <algorithm>
#include <string>

#include "search/search.hpp"
#include "text/utf8.hpp"

namespace cabinet::records {

namespace {

// The primary weight of one code point (see compare_russian).
uint32_t weight(char32_t c) {
  if (c >= U'A' && c <= U'Z') c += U'a' - U'A';
  if (c >= U'А' && c <= U'Я') c += U'а' - U'А';
  if (c == U'Ё') c = U'ё';
  if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0) return 1;
  if (c >= U'0' && c <= U'9') return 300 + static_cast<uint32_t>(c - U'0');
  if (c >= U'a' && c <= U'z') return 1100 + static_cast<uint32_t>(c - U'a');
  if (c < 0x80) return 2 + static_cast<uint32_t>(c);  // ASCII punctuation and controls
  if (c == U'«' || c == U'»' || c == U'№' || (c >= 0x2010 && c <= 0x2027))
    return 130 + (c & 0x7F);  // quotes, dashes, №
  if (c >= U'а' && c <= U'е') return 400 + static_cast<uint32_t>(c - U'а');
  if (c == U'ё') return 406;
  if (c >= U'ж' && c <= U'я') return 407 + static_cast<uint32_t>(c - U'ж');
  if (c >= 0x400 && c <= 0x4FF) return 500 + static_cast<uint32_t>(c - 0x400);  // other Cyrillic
  return 0x10000 + static_cast<uint32_t>(c);
}

std::vector<std::string> words(std::string_view query) {
  std::vector<std::string> out;
  std::string word;
  for (char c : search::fold(query) + " ") {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  return out;
}

}  // namespace

int compare_russian(std::string_view a, std::string_view b) {
  const std::u32string x = text::decode_utf8(a), y = text::decode_utf8(b);
  for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
    const uint32_t wx = weight(x[i]), wy = weight(y[i]);
    if (wx != wy) return wx < wy ? -1 : 1;
  }
  if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
  const int bytes = a.compare(b);
  return bytes < 0 ? -1 : bytes > 0 ? 1 : 0;
}

bool matches(const WorkRecord& record, std::string_view query) {
  const std::string haystack =
      search::fold(record.employer) + '\n' + search::fold(record.position) + '\n' + record.employer_inn;
  for (const std::string& word : words(query)) {
    if (haystack.find(word) == std::string::npos) return false;
  }
  return true;
}

std::vector<size_t> arrange(const std::vector<WorkRecord>& records, std::string_view query, SortOrder order) {
  std::vector<size_t> out;
  for (size_t i = 0; i < records.size(); ++i) {
    if (matches(records[i], query)) out.push_back(i);
  }
  // ISO dates compare as text; the start date is the tie-break of the employer orders.
  const auto by_start = [&records](size_t a, size_t b) { return records[a].start < records[b].start; };
  std::stable_sort(out.begin(), out.end(), by_start);
  switch (order) {
    case SortOrder::start_ascending:
      break;
    case SortOrder::start_descending:
      std::stable_sort(out.begin(), out.end(),
                       [&records](size_t a, size_t b) { return records[a].start > records[b].start; });
      break;
    case SortOrder::employer_ascending:
    case SortOrder::employer_descending: {
      const int sign = order == SortOrder::employer_ascending ? 1 : -1;
      std::stable_sort(out.begin(), out.end(), [&records, sign](size_t a, size_t b) {
        return sign * compare_russian(records[a].employer, records[b].employer) < 0;
      });
      break;
    }
  }
  return out;
}

}  // namespace cabinet::records
