// Russian phone numbers written as +7, 8 or 7 with spaces, brackets and hyphens -> "+7XXXXXXXXXX".
#include "ids/ids.hpp"
#include "ids/scan.hpp"

namespace cabinet::ids {

namespace {

// After +7 a Russian number starts with 3, 4, 8 (area codes) or 9 (mobile);
// +7 6xx and +7 7xx are Kazakhstan, the rest is unused.
bool is_russian_area(char first) {
  return first == '3' || first == '4' || first == '8' || first == '9';
}

}  // namespace

Result check_phone(std::string_view text) {
  constexpr std::string_view kind = "phone";
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  const bool plus = value.front() == '+';
  if (plus) value.remove_prefix(1);
  std::string digits;
  size_t count = 0;
  for (size_t i = 0; i < value.size();) {
    const char c = value[i];
    if (c >= '0' && c <= '9') {
      if (++count <= 11) digits += c;
      ++i;
    } else if (c == '(' || c == ')') {
      ++i;
    } else if (const size_t n = detail::space_at(value, i) + detail::dash_at(value, i); n > 0) {
      i += n;
    } else {
      return detail::fail(kind, Code::kFormat);
    }
  }
  if (count == 0) return detail::fail(kind, Code::kFormat);
  if (plus ? digits[0] != '7' : digits[0] != '7' && digits[0] != '8') return detail::fail(kind, Code::kFormat);
  if (count != 11) return detail::fail(kind, Code::kLength, {{"count", count}});
  if (!is_russian_area(digits[1])) return detail::fail(kind, Code::kRange);
  return detail::pass(kind, "+7" + digits.substr(1));
}

std::string display_phone(std::string_view normalized) {
  if (normalized.size() != 12 || !normalized.starts_with("+7")) return std::string(normalized);
  for (char c : normalized.substr(1)) {
    if (c < '0' || c > '9') return std::string(normalized);
  }
  const std::string d(normalized.substr(2));
  return "+7 " + d.substr(0, 3) + " " + d.substr(3, 3) + "-" + d.substr(6, 2) + "-" + d.substr(8, 2);
}

}  // namespace cabinet::ids
