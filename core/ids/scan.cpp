#include "ids/scan.hpp"

#include "text/utf8.hpp"

namespace cabinet::ids::detail {

namespace {

bool starts_with_at(std::string_view s, size_t i, std::string_view what) {
  return s.size() - i >= what.size() && s.substr(i, what.size()) == what;
}

bool is_line_space(char c) {
  return c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

}  // namespace

size_t space_at(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ' ' || s[i] == '\t') return 1;
  for (std::string_view space : {"\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xAF"}) {
    if (starts_with_at(s, i, space)) return space.size();
  }
  return 0;
}

size_t dash_at(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '-') return 1;
  for (std::string_view dash : {"\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x92", "\xE2\x80\x93"}) {
    if (starts_with_at(s, i, dash)) return dash.size();
  }
  return 0;
}

std::string_view trim(std::string_view s) {
  while (!s.empty()) {
    const size_t n = is_line_space(s.front()) ? 1 : space_at(s, 0);
    if (n == 0) break;
    s.remove_prefix(n);
  }
  while (!s.empty()) {
    size_t n = 0;
    if (is_line_space(s.back()) || s.back() == ' ' || s.back() == '\t') {
      n = 1;
    } else if (s.size() >= 2 && space_at(s, s.size() - 2) == 2) {
      n = 2;
    } else if (s.size() >= 3 && space_at(s, s.size() - 3) == 3) {
      n = 3;
    }
    if (n == 0) break;
    s.remove_suffix(n);
  }
  return s;
}

Result fail(std::string_view kind, Code code, nlohmann::json params) {
  Result result;
  result.kind = kind;
  result.code = code;
  result.params = std::move(params);
  return result;
}

Result pass(std::string_view kind, std::string normalized) {
  Result result;
  result.kind = kind;
  result.normalized = std::move(normalized);
  return result;
}

std::optional<Result> reject_empty_or_broken(std::string_view kind, std::string_view text, std::string_view& trimmed) {
  trimmed = trim(text);
  if (trimmed.empty()) return fail(kind, Code::kEmpty);
  if (!text::is_valid_utf8(trimmed)) return fail(kind, Code::kInvalidUtf8);
  return std::nullopt;
}

Digits collect_digits(std::string_view s) {
  Digits digits;
  for (size_t i = 0; i < s.size();) {
    if (s[i] >= '0' && s[i] <= '9') {
      if (digits.count < Digits::kKept) digits.kept[digits.count] = s[i];
      ++digits.count;
      ++i;
    } else if (const size_t n = space_at(s, i) + dash_at(s, i); n > 0) {
      i += n;
    } else {
      digits.other = true;
      return digits;
    }
  }
  return digits;
}

std::optional<Result> reject_digits(std::string_view kind, const Digits& digits, size_t expected) {
  if (digits.other) return fail(kind, Code::kFormat);
  if (digits.count != expected) return fail(kind, Code::kLength, {{"count", digits.count}});
  return std::nullopt;
}

char32_t next_code_point(std::string_view s, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  size_t len = 1;
  char32_t cp = c;
  if (c >= 0xF0) {
    len = 4, cp = c & 0x07;
  } else if (c >= 0xE0) {
    len = 3, cp = c & 0x0F;
  } else if (c >= 0xC0) {
    len = 2, cp = c & 0x1F;
  }
  for (size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (byte(i + k) & 0x3F);
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace cabinet::ids::detail
