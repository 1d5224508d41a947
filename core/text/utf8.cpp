#include "text/utf8.hpp"

namespace cabinet::text {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when invalid.
size_t sequence_length(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t len;
  unsigned cp;
  if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07;
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
    return 0;
  return len;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const size_t len = sequence_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

size_t code_point_count(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++count) {
    const size_t len = sequence_length(s, i);
    i += len == 0 ? 1 : len;
  }
  return count;
}

bool has_control_chars(std::string_view s, bool allow_newlines) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (allow_newlines && (c == '\n' || c == '\r' || c == '\t')) continue;
    if (c < 0x20 || c == 0x7F) return true;
    // C1 controls U+0080..U+009F are encoded as C2 80..C2 9F.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9F)
      return true;
  }
  return false;
}

std::string trim(std::string_view s) {
  const auto space_at_start = [&]() -> size_t {
    if (s.empty()) return 0;
    if (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r') return 1;
    if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') return 2;
    return 0;
  };
  const auto space_at_end = [&]() -> size_t {
    if (s.empty()) return 0;
    if (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r') return 1;
    if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s.back() == '\xA0') return 2;
    return 0;
  };
  while (size_t n = space_at_start()) s.remove_prefix(n);
  while (size_t n = space_at_end()) s.remove_suffix(n);
  return std::string(s);
}

std::string truncate_code_points(std::string_view s, size_t max_code_points) {
  size_t i = 0;
  for (size_t count = 0; i < s.size() && count < max_code_points; ++count) {
    const size_t len = sequence_length(s, i);
    i += len == 0 ? 1 : len;
  }
  return std::string(s.substr(0, i));
}

std::u32string decode_utf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const size_t len = sequence_length(s, i);
    if (len == 0) {
      out.push_back(U'\uFFFD');
      ++i;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

}  // namespace cabinet::text
