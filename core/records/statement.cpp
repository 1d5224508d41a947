#include "records/statement.hpp"

#include <algorithm>
#include <map>

#include "records/dates.hpp"
#include "time/iso8601.hpp"

namespace cabinet::records {

namespace {

struct YearRule {
  int year;
  int64_t maximum_base_rubles;
  int64_t cap_thousandths;
};

// The maximum base of insurance contributions (Government decrees) and the ИПК cap (400-FZ art. 35).
constexpr YearRule kYears[] = {
    {2015, 711'000, 7'390},    {2016, 796'000, 7'830},    {2017, 876'000, 8'260},    {2018, 1'021'000, 8'700},
    {2019, 1'150'000, 9'130},  {2020, 1'292'000, 9'570},  {2021, 1'465'000, 10'000}, {2022, 1'565'000, 10'000},
    {2023, 1'917'000, 10'000}, {2024, 2'225'000, 10'000}, {2025, 2'759'000, 10'000}, {2026, 2'979'000, 10'000},
};

const YearRule* rule(int year) {
  for (const YearRule& r : kYears) {
    if (r.year == year) return &r;
  }
  return nullptr;
}

bool add(int64_t& sum, int64_t amount) {
  return !__builtin_add_overflow(sum, amount, &sum);
}

int year_of(int64_t day) {
  int year = 0;
  unsigned month = 0, d = 0;
  time::civil_from_days(day, year, month, d);
  return year;
}

}  // namespace

std::optional<int64_t> maximum_base_rubles(int year) {
  const YearRule* r = rule(year);
  if (!r) return std::nullopt;
  return r->maximum_base_rubles;
}

std::optional<int64_t> ipk_thousandths(int year, int64_t contributions_kopecks) {
  const YearRule* r = rule(year);
  if (!r) return std::nullopt;
  const int64_t due = r->maximum_base_rubles * 100 * 22 / 100;  // kopecks at 22% of the maximum base
  if (contributions_kopecks <= 0) return 0;
  if (contributions_kopecks >= due) return r->cap_thousandths;  // also keeps the product below in range
  return std::min(r->cap_thousandths, contributions_kopecks * 10'000 / due);
}

std::optional<Statement> make_statement(const std::vector<Operation>& operations, int64_t from, int64_t to) {
  if (from > to) return std::nullopt;
  struct Dated {
    int64_t day;
    const Operation* op;
  };
  std::vector<Dated> dated;
  for (const Operation& op : operations) {
    const auto day = parse_day(op.date);
    if (!day) return std::nullopt;
    dated.push_back({*day, &op});
  }
  std::stable_sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) { return a.day < b.day; });
  Statement out;
  out.from = format_day(from);
  out.to = format_day(to);
  std::map<int, int64_t> years;
  for (const Dated& d : dated) {
    if (d.day > to) break;
    if (!add(d.day < from ? out.opening_kopecks : years[year_of(d.day)], d.op->amount_kopecks)) return std::nullopt;
    if (d.day >= from) out.operations.push_back(*d.op);
  }
  out.closing_kopecks = out.opening_kopecks;
  for (const auto& entry : years) {
    YearTotal total{entry.first, entry.second, std::nullopt};
    const bool whole =
        from <= time::days_from_civil(entry.first, 1, 1) && to >= time::days_from_civil(entry.first, 12, 31);
    if (whole) total.ipk_thousandths = ipk_thousandths(entry.first, entry.second);
    if (!add(out.closing_kopecks, entry.second)) return std::nullopt;
    out.years.push_back(total);
  }
  return out;
}

bool is_consistent(const Statement& s) {
  const auto from = parse_day(s.from), to = parse_day(s.to);
  if (!from || !to || *from > *to) return false;
  int64_t sum = s.opening_kopecks;
  for (const Operation& op : s.operations) {
    const auto day = parse_day(op.date);
    if (!day || *day < *from || *day > *to || !add(sum, op.amount_kopecks)) return false;
  }
  return sum == s.closing_kopecks;
}

}  // namespace cabinet::records
