// Amounts in rubles ("1 234,50", "1234.5", "1 000 000") -> integer kopecks.
#include <cstdint>
#include <limits>

#include "ids/ids.hpp"
#include "ids/scan.hpp"

namespace cabinet::ids {

namespace {

constexpr int64_t kMaxKopecks = std::numeric_limits<int64_t>::max();
constexpr std::string_view kMinusSign = "\xE2\x88\x92";  // U+2212

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

AmountResult check_amount(std::string_view text) {
  constexpr std::string_view kind = "amount";
  AmountResult result;
  const auto finish = [&](Result verdict) {
    static_cast<Result&>(result) = std::move(verdict);
    return result;
  };
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return finish(std::move(*error));
  if (value.front() == '-' || value.substr(0, kMinusSign.size()) == kMinusSign)
    return finish(detail::fail(kind, Code::kNegative));

  // Rubles: digits, optionally grouped by three with spaces ("1 234 567").
  int64_t rubles = 0;
  bool overflow = false;
  size_t i = 0, group = 0, groups = 0;
  while (i < value.size()) {
    if (is_digit(value[i])) {
      const int digit = value[i] - '0';
      if (rubles > (kMaxKopecks / 100 - digit) / 10) overflow = true;
      if (!overflow) rubles = rubles * 10 + digit;
      ++group, ++i;
    } else if (const size_t n = detail::space_at(value, i); n > 0) {
      if (group == 0 || (groups == 0 ? group > 3 : group != 3)) return finish(detail::fail(kind, Code::kFormat));
      ++groups, group = 0, i += n;
    } else {
      break;
    }
  }
  if (group == 0 || (groups > 0 && group != 3)) return finish(detail::fail(kind, Code::kFormat));

  // Kopecks: a comma or a dot and one or two digits.
  int64_t kopecks = 0;
  if (i < value.size()) {
    if (value[i] != ',' && value[i] != '.') return finish(detail::fail(kind, Code::kFormat));
    size_t decimals = 0;
    for (++i; i < value.size() && is_digit(value[i]); ++i, ++decimals) {
      if (decimals < 2) kopecks = kopecks * 10 + (value[i] - '0');
    }
    if (decimals == 0 || i != value.size()) return finish(detail::fail(kind, Code::kFormat));
    if (decimals > 2) return finish(detail::fail(kind, Code::kDecimals));
    if (decimals == 1) kopecks *= 10;
  }
  if (overflow || rubles > (kMaxKopecks - kopecks) / 100) return finish(detail::fail(kind, Code::kTooLarge));

  std::string normalized = std::to_string(rubles) + (kopecks < 10 ? ".0" : ".") + std::to_string(kopecks);
  finish(detail::pass(kind, std::move(normalized)));
  result.kopecks = rubles * 100 + kopecks;
  return result;
}

}  // namespace cabinet::ids
