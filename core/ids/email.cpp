// Practical email syntax: local@domain.tld, Cyrillic allowed (почта@пример.рф).
// No quoted local parts, comments or IP literals: citizens do not use them.
#include "ids/ids.hpp"
#include "ids/scan.hpp"

namespace cabinet::ids {

namespace {

constexpr size_t kMaxTotalBytes = 254;
constexpr size_t kMaxLocalBytes = 64;
constexpr size_t kMaxLabelChars = 63;

bool is_ascii_alnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_cyrillic(char32_t c) {
  return c >= 0x400 && c <= 0x4FF;
}

bool is_local_char(char32_t c) {
  static constexpr std::string_view kSpecials = "!#$%&'*+/=?^_`{|}~-";
  return is_ascii_alnum(c) || is_cyrillic(c) || (c < 0x80 && kSpecials.find(static_cast<char>(c)) != kSpecials.npos);
}

// Dot-separated atoms: no dot at either end, no two dots in a row.
bool is_valid_local(std::string_view local) {
  if (local.empty() || local.front() == '.' || local.back() == '.') return false;
  char32_t previous = 0;
  for (size_t i = 0; i < local.size();) {
    const char32_t c = detail::next_code_point(local, i);
    if (c == '.' ? previous == '.' : !is_local_char(c)) return false;
    previous = c;
  }
  return true;
}

char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;  // А..Я
  if (c >= 0x400 && c <= 0x40F) return c + 80;  // Ѐ..Џ, Ё
  return c;
}

std::string lower_domain(std::string_view domain) {
  std::string out;
  out.reserve(domain.size());
  for (size_t i = 0; i < domain.size();) detail::append_utf8(out, to_lower(detail::next_code_point(domain, i)));
  return out;
}

// Letters, digits and inner hyphens, at most 63 characters. The last label
// (the zone) is letters only, or punycode such as "xn--p1ai".
bool is_valid_label(std::string_view label, bool zone) {
  if (label.empty() || label.front() == '-' || label.back() == '-') return false;
  size_t chars = 0;
  bool letters_only = true;
  for (size_t i = 0; i < label.size(); ++chars) {
    const char32_t c = detail::next_code_point(label, i);
    const bool letter = (c >= 'a' && c <= 'z') || is_cyrillic(c);
    if (!letter && !(c >= '0' && c <= '9') && c != '-') return false;
    letters_only = letters_only && letter;
  }
  if (chars > kMaxLabelChars) return false;
  if (!zone) return true;
  return (letters_only && chars >= 2) || (label.size() > 4 && label.substr(0, 4) == "xn--");
}

bool is_valid_domain(std::string_view domain) {
  size_t labels = 0;
  while (true) {
    const size_t dot = domain.find('.');
    const bool last = dot == std::string_view::npos;
    if (!is_valid_label(domain.substr(0, dot), last)) return false;
    ++labels;
    if (last) return labels >= 2;
    domain.remove_prefix(dot + 1);
  }
}

}  // namespace

Result check_email(std::string_view text) {
  constexpr std::string_view kind = "email";
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  if (value.size() > kMaxTotalBytes) return detail::fail(kind, Code::kLength, {{"max", kMaxTotalBytes}});
  const size_t at = value.find('@');
  if (at == std::string_view::npos || value.find('@', at + 1) != std::string_view::npos)
    return detail::fail(kind, Code::kFormat);
  const std::string_view local = value.substr(0, at);
  if (local.size() > kMaxLocalBytes) return detail::fail(kind, Code::kLocalLength, {{"max", kMaxLocalBytes}});
  if (!is_valid_local(local)) return detail::fail(kind, Code::kLocalPart);
  std::string domain = lower_domain(value.substr(at + 1));
  if (!is_valid_domain(domain)) return detail::fail(kind, Code::kDomain);
  return detail::pass(kind, std::string(local) + "@" + domain);
}

}  // namespace cabinet::ids
