#pragma once
// The insurance record length («страховой стаж») from periods of work.
//
// 1. Periods are whole days, both ends included; an open period (the current
//    job) lasts until `today`; days after `today` are not counted (a period
//    that starts later counts nothing). A period that ends before it starts is
//    refused (code "end_before_start").
// 2. Overlapping and adjacent periods are merged, so a day counts once
//    (совместительство adds nothing to the days of the main job; 01.01-15.01
//    and 16.01-31.01 make one full month, not 15 + 16 days).
// 3. Each merged period is counted in the calendar order (Rules of counting
//    the insurance record length, Government decree № 1015 of 02.10.2014,
//    item 47): full calendar years and months from its first day, then the
//    days left. A month from day D ends the day before day D of the next
//    month; a day D that a month lacks rolls over to the next month's first
//    days (31.03-30.04 is one month; 31.01-28.02.2021 is 29 days, as 31.02
//    would be 03.03), and 29.02.2020-28.02.2021 is one year.
// 4. The parts are summed over the periods, then every 30 days make a month
//    and every 12 months a year.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "records/gateway.hpp"

namespace cabinet::records {

// Day numbers (records/dates.hpp), both included; `to` nullopt: open until today.
struct Period {
  int64_t from = 0;
  std::optional<int64_t> to;
};

// A closed span of days after merging.
struct Span {
  int64_t from = 0, to = 0;
  bool operator==(const Span&) const = default;
};

struct Length {
  int years = 0, months = 0, days = 0;  // months < 12, days < 30
  int64_t calendar_days = 0;            // the days counted (after merging)
  bool operator==(const Length&) const = default;
};

struct LengthResult {
  bool ok = false;
  std::string code;      // "ok", "end_before_start", "bad_date" (catalog: records.code.<code>)
  size_t bad_index = 0;  // the period (or record) at fault when not ok
  Length length;
  std::vector<Span> merged;  // ascending, clipped to today
};

// One closed span in the calendar order, not yet normalized (days may be 30 or 31).
Length calendar_parts(int64_t from, int64_t to);
// Merges overlapping and adjacent spans (to >= from assumed), ascending.
std::vector<Span> merge_spans(std::vector<Span> spans);

LengthResult record_length(const std::vector<Period>& periods, int64_t today);
// From work-book records: every record's [start, end or today]; a dismissal
// is its one day, inside the span it closes. A date that does not parse: "bad_date".
LengthResult record_length(const std::vector<WorkRecord>& records, int64_t today);

}  // namespace cabinet::records
