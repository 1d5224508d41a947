#include "records/record_length.hpp"

#include <algorithm>

#include "records/dates.hpp"
#include "time/iso8601.hpp"

namespace cabinet::records {

namespace {

// Day numbers allowed: years kFirstYear..kLastYear (keeps the calendar maths in range).
bool in_range(int64_t day) {
  static const int64_t first = time::days_from_civil(kFirstYear, 1, 1);
  static const int64_t last = time::days_from_civil(kLastYear, 12, 31);
  return day >= first && day <= last;
}

LengthResult refusal(std::string code, size_t index) {
  LengthResult out;
  out.code = std::move(code);
  out.bad_index = index;
  return out;
}

}  // namespace

Length calendar_parts(int64_t from, int64_t to) {
  Length out;
  out.calendar_days = to - from + 1;
  int fy = 0, ey = 0;
  unsigned fm = 0, fd = 0, em = 0, ed = 0;
  time::civil_from_days(from, fy, fm, fd);
  time::civil_from_days(to + 1, ey, em, ed);  // the first day after the span
  int months = (ey - fy) * 12 + static_cast<int>(em) - static_cast<int>(fm);
  // The day `months` months after `from`; days_from_civil rolls a missing day over (31.02 -> 03.03).
  const auto shifted = [&](int m) {
    const int total = static_cast<int>(fm) - 1 + m;
    return time::days_from_civil(fy + total / 12, static_cast<unsigned>(total % 12 + 1), fd);
  };
  while (months > 0 && shifted(months) > to + 1) --months;
  out.years = months / 12;
  out.months = months % 12;
  out.days = static_cast<int>(to + 1 - shifted(months));
  return out;
}

std::vector<Span> merge_spans(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
  std::vector<Span> out;
  for (const Span& s : spans) {
    if (!out.empty() && s.from <= out.back().to + 1) {
      out.back().to = std::max(out.back().to, s.to);
    } else {
      out.push_back(s);
    }
  }
  return out;
}

LengthResult record_length(const std::vector<Period>& periods, int64_t today) {
  if (!in_range(today)) return refusal("bad_date", 0);
  std::vector<Span> spans;
  for (size_t i = 0; i < periods.size(); ++i) {
    const Period& p = periods[i];
    if (!in_range(p.from) || (p.to && !in_range(*p.to))) return refusal("bad_date", i);
    if (p.to && *p.to < p.from) return refusal("end_before_start", i);
    const int64_t to = std::min(p.to.value_or(today), today);
    if (p.from <= to) spans.push_back({p.from, to});
  }
  LengthResult out;
  out.ok = true;
  out.code = "ok";
  out.merged = merge_spans(std::move(spans));
  int64_t years = 0, months = 0, days = 0;
  for (const Span& s : out.merged) {
    const Length part = calendar_parts(s.from, s.to);
    years += part.years;
    months += part.months;
    days += part.days;
    out.length.calendar_days += part.calendar_days;
  }
  months += days / 30;
  years += months / 12;
  out.length.years = static_cast<int>(years);
  out.length.months = static_cast<int>(months % 12);
  out.length.days = static_cast<int>(days % 30);
  return out;
}

LengthResult record_length(const std::vector<WorkRecord>& records, int64_t today) {
  std::vector<Period> periods;
  for (size_t i = 0; i < records.size(); ++i) {
    const WorkRecord& r = records[i];
    const auto from = parse_day(r.start);
    std::optional<int64_t> to;
    if (!r.end.empty()) to = parse_day(r.end);
    if (!from || (!r.end.empty() && !to)) return refusal("bad_date", i);
    if (to && *to < *from) return refusal("end_before_start", i);
    if (r.kind == RecordKind::dismissal) to = *from;
    periods.push_back({*from, to});
  }
  return record_length(periods, today);
}

}  // namespace cabinet::records
