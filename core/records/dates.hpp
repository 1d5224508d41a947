#pragma once
// Calendar dates of «Сведения»: ISO "YYYY-MM-DD" text <-> day numbers (days
// since 1970-01-01, core/time/iso8601.hpp), years 1900-2199 only.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cabinet::records {

inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2199;

// "2010-02-01" -> its day number; nullopt for any other shape or an impossible date.
std::optional<int64_t> parse_day(std::string_view iso);
// The day number as "2010-02-01".
std::string format_day(int64_t day);
// "2010-02-01" -> "01.02.2010"; anything unreadable unchanged.
std::string display_date(std::string_view iso);
// The citizen's date (Moscow, UTC+3) at a Unix time in milliseconds.
int64_t moscow_day(int64_t unix_ms);

}  // namespace cabinet::records
