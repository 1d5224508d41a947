#include "time/iso8601.hpp"

#include <charconv>
#include <cstdio>

namespace cabinet::time {

namespace {

constexpr int64_t kMsPerDay = 86'400'000;

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

bool read_int(std::string_view text, size_t pos, size_t len, int& out) {
  if (pos + len > text.size()) return false;
  for (size_t i = pos; i < pos + len; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  std::from_chars(text.data() + pos, text.data() + pos + len, out);
  return true;
}

}  // namespace

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
int64_t days_from_civil(int year, unsigned month, unsigned day) {
  const int64_t y = static_cast<int64_t>(year) - (month <= 2);
  const int64_t era = floor_div(y, 400);
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int& year, unsigned& month, unsigned& day) {
  z += 719468;
  const int64_t era = floor_div(z, 146097);
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  day = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe + era * 400 + (month <= 2));
}

bool is_valid_date(int year, unsigned month, unsigned day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const unsigned limit = (month == 2 && leap) ? 29 : kDays[month - 1];
  return day <= limit;
}

std::string format_iso_utc(int64_t unix_ms) {
  const int64_t days = floor_div(unix_ms, kMsPerDay);
  const int64_t in_day = unix_ms - days * kMsPerDay;
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  const int hh = static_cast<int>(in_day / 3'600'000), mm = static_cast<int>(in_day / 60'000 % 60),
            ss = static_cast<int>(in_day / 1000 % 60), ms = static_cast<int>(in_day % 1000);
  char buf[40];
  if (ms != 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", y, m, d, hh, mm, ss, ms);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", y, m, d, hh, mm, ss);
  }
  return buf;
}

std::optional<int64_t> parse_iso(std::string_view t) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (t.size() < 20 || t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != 't') || t[13] != ':' ||
      t[16] != ':')
    return std::nullopt;
  if (!read_int(t, 0, 4, y) || !read_int(t, 5, 2, mo) || !read_int(t, 8, 2, d) || !read_int(t, 11, 2, h) ||
      !read_int(t, 14, 2, mi) || !read_int(t, 17, 2, s))
    return std::nullopt;
  if (!is_valid_date(y, mo, d) || h > 23 || mi > 59 || s > 59) return std::nullopt;
  size_t pos = 19;
  int64_t ms = 0;
  if (pos < t.size() && t[pos] == '.') {
    size_t digits = 0;
    ++pos;
    while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') {
      if (digits < 3) ms = ms * 10 + (t[pos] - '0');
      ++digits, ++pos;
    }
    if (digits == 0) return std::nullopt;
    for (; digits < 3; ++digits) ms *= 10;
  }
  int64_t offset_min = 0;
  if (pos == t.size() - 1 && (t[pos] == 'Z' || t[pos] == 'z')) {
    offset_min = 0;
  } else if (pos + 6 == t.size() && (t[pos] == '+' || t[pos] == '-') && t[pos + 3] == ':') {
    int oh = 0, om = 0;
    if (!read_int(t, pos + 1, 2, oh) || !read_int(t, pos + 4, 2, om) || oh > 23 || om > 59) return std::nullopt;
    offset_min = (t[pos] == '-' ? -1 : 1) * (oh * 60 + om);
  } else {
    return std::nullopt;
  }
  const int64_t days = days_from_civil(y, mo, d);
  return days * kMsPerDay + ((h * 60 + mi) * 60 + s) * 1000LL + ms - offset_min * 60'000;
}

std::string format_display(int64_t unix_ms, int utc_offset_minutes) {
  const int64_t local = unix_ms + static_cast<int64_t>(utc_offset_minutes) * 60'000;
  const int64_t days = floor_div(local, kMsPerDay);
  const int64_t in_day = local - days * kMsPerDay;
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02u.%02u.%04d %02d:%02d", d, m, y, static_cast<int>(in_day / 3'600'000),
                static_cast<int>(in_day / 60'000 % 60));
  return buf;
}

std::optional<int64_t> parse_duration(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int64_t unit = 1000;
  switch (text.back()) {
    case 's': unit = 1000; text.remove_suffix(1); break;
    case 'm': unit = 60'000; text.remove_suffix(1); break;
    case 'h': unit = 3'600'000; text.remove_suffix(1); break;
    case 'd': unit = kMsPerDay; text.remove_suffix(1); break;
    default: break;
  }
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value < 0 || value > 36'500LL * kMsPerDay / unit)
    return std::nullopt;
  return value * unit;
}

}  // namespace cabinet::time
