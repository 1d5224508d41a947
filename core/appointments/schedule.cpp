#include "appointments/schedule.hpp"

#include <algorithm>
#include <cstdio>

#include "time/iso8601.hpp"

namespace cabinet::appointments {

namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kDay = 86'400'000;

int64_t floor_div(int64_t a, int64_t b) {
  return a >= 0 ? a / b : (a - b + 1) / b;
}

// Local days since 1970-01-01 of a UTC moment.
int64_t local_day(int64_t unix_ms, int offset) {
  return floor_div(unix_ms + offset * kMinute, kDay);
}

bool closed_day(const OfficeData& data, int64_t day) {
  int year = 0;
  unsigned month = 0, mday = 0;
  time::civil_from_days(day, year, month, mday);
  char key[8];
  std::snprintf(key, sizeof key, "%02u-%02u", month, mday);
  return std::find(data.closed_days.begin(), data.closed_days.end(), key) != data.closed_days.end();
}

int weekday_of(int64_t day) {
  return static_cast<int>(((day % 7) + 7 + 3) % 7);
}  // 1970-01-01 was a Thursday

}  // namespace

BookingWindow booking_window(const OfficeData& data, const Office& office, int64_t now_ms) {
  const int offset = data.utc_offset(office);
  const int64_t last_day = local_day(now_ms, offset) + kBookingDays;
  return {now_ms + kBookingLeadMs, (last_day + 1) * kDay - offset * kMinute};
}

std::vector<int64_t> office_slots(const OfficeData& data, const Office& office, int64_t from_ms, int64_t to_ms) {
  std::vector<int64_t> out;
  if (to_ms <= from_ms || to_ms - from_ms > 400 * kDay) return out;
  const int offset = data.utc_offset(office);
  for (int64_t day = local_day(from_ms, offset); day <= local_day(to_ms, offset); ++day) {
    const auto& hours = office.hours[static_cast<size_t>(weekday_of(day))];
    if (!hours || closed_day(data, day)) continue;
    for (int start = hours->from; start + office.slot_minutes <= hours->to; start += office.slot_minutes) {
      const int end = start + office.slot_minutes;
      if (office.pause && start < office.pause->to && end > office.pause->from) continue;
      const int64_t at = day * kDay + (start - offset) * kMinute;
      if (at >= from_ms && at < to_ms) out.push_back(at);
    }
  }
  return out;
}

bool is_slot(const OfficeData& data, const Office& office, int64_t start_ms) {
  const std::vector<int64_t> day = office_slots(data, office, start_ms, start_ms + 1);
  return !day.empty() && day.front() == start_ms;
}

std::string local_iso_date(int64_t unix_ms, int offset) {
  int year = 0;
  unsigned month = 0, day = 0;
  time::civil_from_days(local_day(unix_ms, offset), year, month, day);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", year, month, day);
  return text;
}

std::string local_time(int64_t unix_ms, int offset) {
  const int64_t minute = floor_div(unix_ms + offset * kMinute, kMinute) % (24 * 60);
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(minute / 60), static_cast<int>(minute % 60));
  return text;
}

int local_weekday(int64_t unix_ms, int offset) {
  return weekday_of(local_day(unix_ms, offset));
}

}  // namespace cabinet::appointments
