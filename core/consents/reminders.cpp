#include "consents/reminders.hpp"

#include <algorithm>

#include "time/iso8601.hpp"

namespace cabinet::consents {

std::vector<Reminder> expiry_reminders(const ConsentBook& book, int64_t now_ms) {
  std::vector<Reminder> out;
  for (const auto& r : book.records()) {
    if (!is_active_at(r, now_ms)) continue;
    const int64_t left = r.valid_until_ms - now_ms;
    if (left > 30 * kDayMs) continue;
    const int threshold = left <= 7 * kDayMs ? 7 : 30;
    const int days = static_cast<int>((left + kDayMs - 1) / kDayMs);
    out.push_back({r.id, threshold, days, r.valid_until_ms,
                   r.id + ":" + std::to_string(threshold) + ":" + time::format_iso_utc(r.valid_until_ms)});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Reminder& a, const Reminder& b) { return a.valid_until_ms < b.valid_until_ms; });
  return out;
}

}  // namespace cabinet::consents
