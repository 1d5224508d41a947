#include "records/dates.hpp"

#include <cstdio>

#include "time/iso8601.hpp"

namespace cabinet::records {

namespace {

bool digits(std::string_view text, size_t pos, size_t count, int& out) {
  out = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

std::optional<int64_t> parse_day(std::string_view iso) {
  int year = 0, month = 0, day = 0;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !digits(iso, 0, 4, year) || !digits(iso, 5, 2, month) ||
      !digits(iso, 8, 2, day))
    return std::nullopt;
  if (year < kFirstYear || year > kLastYear ||
      !time::is_valid_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day)))
    return std::nullopt;
  return time::days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::string format_day(int64_t day) {
  int year = 0;
  unsigned month = 0, d = 0;
  time::civil_from_days(day, year, month, d);
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", year, month, d);
  return out;
}

std::string display_date(std::string_view iso) {
  if (!parse_day(iso)) return std::string(iso);
  std::string out;
  out.append(iso.substr(8, 2)).append(".").append(iso.substr(5, 2)).append(".").append(iso.substr(0, 4));
  return out;
}

int64_t moscow_day(int64_t unix_ms) {
  constexpr int64_t kDayMs = 86'400'000;
  const int64_t local = unix_ms + 180 * 60'000;
  return local / kDayMs - (local % kDayMs < 0 ? 1 : 0);
}

}  // namespace cabinet::records
