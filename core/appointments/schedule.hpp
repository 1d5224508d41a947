#pragma once
// When an office receives: slot start times in UTC milliseconds, from its
// opening hours in local time, without the lunch break and public holidays,
// and the window in which a citizen may book (from an hour ahead to the end
// of the 14th day).
#include <cstdint>
#include <string>
#include <vector>

#include "appointments/offices.hpp"

namespace cabinet::appointments {

inline constexpr int kBookingDays = 14;                        // days ahead a visit can be booked
inline constexpr int64_t kBookingLeadMs = 60LL * 60 * 1000;    // a slot must start at least this far ahead
inline constexpr int64_t kReminderMs = 24LL * 60 * 60 * 1000;  // the reminder comes a day before

struct BookingWindow {
  int64_t from_ms = 0, to_ms = 0;  // slot starts in [from, to)
};
BookingWindow booking_window(const OfficeData& data, const Office& office, int64_t now_ms);

// The office's slot starts in [from_ms, to_ms), ascending.
std::vector<int64_t> office_slots(const OfficeData& data, const Office& office, int64_t from_ms, int64_t to_ms);
bool is_slot(const OfficeData& data, const Office& office, int64_t start_ms);

// Local (office) calendar: "2026-12-07", "10:30", weekday 0 = Monday.
std::string local_iso_date(int64_t unix_ms, int utc_offset_minutes);
std::string local_time(int64_t unix_ms, int utc_offset_minutes);
int local_weekday(int64_t unix_ms, int utc_offset_minutes);

}  // namespace cabinet::appointments
