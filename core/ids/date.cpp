// Dates typed as DD.MM.YYYY: real calendar days, optionally not after today and within age bounds.
#include <cstdio>

#include "ids/ids.hpp"
#include "ids/scan.hpp"
#include "time/iso8601.hpp"

namespace cabinet::ids {

namespace {

constexpr int kMinYear = 1800;

bool read_number(std::string_view s, size_t pos, size_t len, int& out) {
  out = 0;
  for (size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

std::string format_date(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u.%02u.%04d", d.day % 100, d.month % 100, d.year % 10000);
  return buf;
}

// Full years from `birth` to `today`. Born on 29 February, a person is a year
// older on 28 February of a common year (Civil Code art. 192: a term ending on
// a day the month lacks ends on its last day).
int full_years(const Date& birth, const Date& today) {
  unsigned anniversary_day = birth.day;
  if (birth.month == 2 && birth.day == 29 && !time::is_valid_date(today.year, 2, 29)) anniversary_day = 28;
  int years = today.year - birth.year;
  if (today.month < birth.month || (today.month == birth.month && today.day < anniversary_day)) --years;
  return years;
}

}  // namespace

DateResult check_date(std::string_view text, const DateRules& rules) {
  constexpr std::string_view kind = "date";
  DateResult result;
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) {
    static_cast<Result&>(result) = std::move(*error);
    return result;
  }
  const auto fail = [&](Code code, nlohmann::json params = nullptr) {
    static_cast<Result&>(result) = detail::fail(kind, code, std::move(params));
    return result;
  };
  int day = 0, month = 0, year = 0;
  if (value.size() != 10 || value[2] != '.' || value[5] != '.' || !read_number(value, 0, 2, day) ||
      !read_number(value, 3, 2, month) || !read_number(value, 6, 4, year))
    return fail(Code::kFormat);
  if (!time::is_valid_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day)))
    return fail(Code::kCalendar);
  if (year < kMinYear) return fail(Code::kRange, {{"min_year", kMinYear}});
  const Date date{year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
  if (rules.today) {
    const Date& today = *rules.today;
    if (rules.not_in_future && time::days_from_civil(date.year, date.month, date.day) >
                                   time::days_from_civil(today.year, today.month, today.day))
      return fail(Code::kFuture, {{"today", format_date(today)}});
    const int age = full_years(date, today);
    if (rules.min_age && age < *rules.min_age) return fail(Code::kTooYoung, {{"min_age", *rules.min_age}});
    if (rules.max_age && age > *rules.max_age) return fail(Code::kTooOld, {{"max_age", *rules.max_age}});
  }
  static_cast<Result&>(result) = detail::pass(kind, std::string(value));
  result.date = date;
  return result;
}

}  // namespace cabinet::ids
