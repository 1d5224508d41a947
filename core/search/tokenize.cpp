#include "search/tokenize.hpp"

#include <limits>

namespace cabinet::search::detail {

Step step_at(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return {c, 1, true};
  size_t len;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07;
  else return {};
  if (i + len > s.size()) return {};
  for (size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
    return {};
  return {cp, len, true};
}

char32_t fold_cp(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 0x20;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;             // Latin-1 capitals
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;                      // А-Я
  if (c == 0x0401 || c == 0x0451) return 0x0435;                         // Ё, ё -> е
  if (c >= 0x0400 && c <= 0x040F) return c + 0x50;                       // Ѐ-Џ
  // Latin Extended-A: capital and small letters alternate.
  if ((c >= 0x0100 && c <= 0x0137 && c != 0x0130) || (c >= 0x014A && c <= 0x0177)) return c % 2 == 0 ? c + 1 : c;
  if ((c >= 0x0139 && c <= 0x0148) || (c >= 0x0179 && c <= 0x017E)) return c % 2 == 1 ? c + 1 : c;
  if (c == 0x0178) return 0xFF;
  return c;
}

bool is_word_cp(char32_t c) {
  if (c < 0x80) return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  if (c >= 0xC0 && c <= 0x024F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x0370 && c <= 0x03FF) return c != 0x037E && c != 0x0387;  // Greek (no punctuation)
  return c >= 0x0400 && c <= 0x052F && !(c >= 0x0482 && c <= 0x0489);  // Cyrillic (no signs)
}

bool is_mark_cp(char32_t c) {
  return c >= 0x0300 && c <= 0x036F;
}

bool is_hyphen_cp(char32_t c) {
  return c == U'-' || c == 0x2010 || c == 0x2011;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::vector<Word> split_words(std::string_view text) {
  if (text.size() > std::numeric_limits<uint32_t>::max()) text = text.substr(0, std::numeric_limits<uint32_t>::max());
  std::vector<Word> words;
  Word current;
  const auto flush = [&] {
    if (!current.folded.empty()) words.push_back(std::move(current));
    current = Word{};
  };
  for (size_t i = 0; i < text.size();) {
    const Step st = step_at(text, i);
    const auto at = static_cast<uint32_t>(i);
    i += st.length;
    if (st.valid && is_word_cp(st.cp)) {
      current.folded.push_back(fold_cp(st.cp));
      current.starts.push_back(at);
      current.end = static_cast<uint32_t>(i);
    } else if (st.valid && is_mark_cp(st.cp) && !current.folded.empty()) {
      // A decomposed й (и + breve) is still й; accents and diaereses are dropped.
      if (st.cp == 0x0306 && current.folded.back() == 0x0438) current.folded.back() = 0x0439;
      current.end = static_cast<uint32_t>(i);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

}  // namespace cabinet::search::detail
