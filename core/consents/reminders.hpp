#pragma once
// Reminders before a consent's term ends: 30 and 7 days ahead (seed 002
// §3.4.2: "предлагая своевременно продлить или отозвать их").
#include <cstdint>
#include <string>
#include <vector>

#include "consents/consent_book.hpp"

namespace cabinet::consents {

inline constexpr int64_t kDayMs = 24LL * 60 * 60 * 1000;

struct Reminder {
  std::string consent_id;
  int threshold_days = 30;  // 30 or 7: the reminder this is
  int days_left = 0;        // whole days left, rounded up (1 = less than a day)
  int64_t valid_until_ms = 0;
  // Stable per consent, threshold and term, so each reminder is sent once
  // (a renewal moves the term and so brings new reminders).
  std::string key;
};

// For every consent active at `now_ms` whose term ends within 30 days: the
// 7-day reminder when 7 days or less are left, else the 30-day one. Ordered
// by valid_until, soonest first.
std::vector<Reminder> expiry_reminders(const ConsentBook& book, int64_t now_ms);

}  // namespace cabinet::consents
