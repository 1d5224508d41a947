#pragma once
// Timestamps are stored as ISO 8601 UTC ("2026-11-23T09:30:00Z") and shown as
// DD.MM.YYYY HH:MM in the citizen's local offset.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cabinet::time {

// "2026-11-23T09:30:00Z" (milliseconds are kept when non-zero: ".250Z").
std::string format_iso_utc(int64_t unix_ms);

// Accepts "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)". Rejects impossible dates.
std::optional<int64_t> parse_iso(std::string_view text);

// "23.11.2026 12:30" for the given offset from UTC in minutes (Moscow: +180).
std::string format_display(int64_t unix_ms, int utc_offset_minutes);

// Days since 1970-01-01 for a proleptic Gregorian date, and back.
int64_t days_from_civil(int year, unsigned month, unsigned day);
void civil_from_days(int64_t days, int& year, unsigned& month, unsigned& day);
bool is_valid_date(int year, unsigned month, unsigned day);

// "90s", "15m", "2h", "3d" or a plain number of seconds -> milliseconds.
std::optional<int64_t> parse_duration(std::string_view text);

}  // namespace cabinet::time
