#include "payouts/sandbox_payouts.hpp"

#include <algorithm>

#include "ids/ids.hpp"
#include "payouts/pension_rates.hpp"
#include "records/dates.hpp"
#include "records/sandbox_records.hpp"
#include "records/statement.hpp"
#include "time/iso8601.hpp"

namespace cabinet::payouts {

namespace {

constexpr int kPensionAge = 63;
constexpr int kFirstYear = 2015;  // the first year with rates and ИПК
constexpr int kPayDays[] = {3, 5, 8, 10, 13, 15, 18, 20, 22, 25};
constexpr const char* kPayers[] = {"ПАО Сбербанк", "Банк ВТБ (ПАО)", "АО «Почта Банк»", "АО «Россельхозбанк»",
                                   "АО «Почта России» (доставка на дом)"};

uint64_t hash(std::string_view digits, uint64_t seed, std::string_view salt) {
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (unsigned char c : salt) h = (h ^ c) * 0x100000001b3ULL;
  h = (h ^ '|') * 0x100000001b3ULL;
  for (unsigned char c : digits) h = (h ^ c) * 0x100000001b3ULL;
  h ^= h >> 31;  // splitmix64's finaliser spreads the low bits
  h *= 0xbf58476d1ce4e5b9ULL;
  return h ^ (h >> 29);
}

int month_of_day(int64_t day) {
  int year = 0;
  unsigned month = 0, d = 0;
  time::civil_from_days(day, year, month, d);
  return year * 12 + static_cast<int>(month) - 1;
}

// numerator/denominator of `kopecks`, rounded half up.
int64_t share(int64_t kopecks, int64_t numerator, int64_t denominator) {
  return (kopecks * numerator * 2 + denominator) / (denominator * 2);
}

// The ИПК of the records' whole years [2015, last_year], x1000.
int64_t ipk_through(const std::string& digits, int64_t birth_day, int last_year, int64_t today, uint64_t seed) {
  if (last_year < kFirstYear) return 0;
  const records::CitizenData citizen = records::generate_citizen(digits, birth_day, today, seed);
  const auto statement = records::make_statement(citizen.operations, time::days_from_civil(kFirstYear, 1, 1),
                                                 time::days_from_civil(last_year, 12, 31));
  int64_t sum = 0;
  if (!statement) return sum;
  for (const records::YearTotal& year : statement->years) sum += year.ipk_thousandths.value_or(0);
  return sum;
}

}  // namespace

int sandbox_pension_month(int64_t birth_day) {
  return month_of_day(birth_day) + kPensionAge * 12 + 1;
}

std::optional<PayoutTable> sandbox_payouts(std::string_view snils, int64_t birth_day, int from_month, int to_month,
                                           int64_t today, uint64_t seed) {
  const std::string digits = ids::snils_digits(snils);
  if (digits.empty() || from_month > to_month) return std::nullopt;
  PayoutTable table;
  table.from = format_month(from_month);
  table.to = format_month(to_month);
  const int start = sandbox_pension_month(birth_day);
  const int this_month = month_of_day(today);
  if (start > this_month) return table;  // not yet a pensioner: nothing paid
  table.pension_from = format_month(start);
  table.ipk_thousandths = ipk_through(digits, birth_day, start / 12 - 1, today, seed);

  const uint64_t h = hash(digits, seed, "payouts");
  const bool dependant = hash(digits, seed, "dependant") % 8 == 0;
  const bool north = hash(digits, seed, "north") % 10 == 0;
  const uint64_t deduction_pick = hash(digits, seed, "deduction") % 40;
  const Deduction deduction = deduction_pick < 5   ? Deduction::alimony
                              : deduction_pick < 9 ? Deduction::overpayment
                                                   : Deduction::none;
  const int overpayment_from = start + 3 + static_cast<int>(h % 12);
  const int pay_day = kPayDays[h % std::size(kPayDays)];
  const std::string payer = kPayers[(h >> 8) % std::size(kPayers)];

  const int first = std::max({from_month, start, kFirstYear * 12});
  const int last = std::min(to_month, this_month);
  for (int month = first; month <= last; ++month) {
    const auto rates = pension_rates(month);
    if (!rates) continue;
    Payout p;
    p.month = format_month(month);
    p.kind = Kind::old_age_pension;
    p.amount = points_value(table.ipk_thousandths, rates->point_cost_kopecks) + rates->fixed_payment_kopecks;
    if (dependant) p.supplements += share(rates->fixed_payment_kopecks, 1, 3);
    if (north) p.supplements += share(rates->fixed_payment_kopecks, 1, 2);
    const int64_t due = p.amount + p.supplements;
    if (deduction == Deduction::alimony) {
      p.deduction = deduction;
      p.deductions = share(due, 1, 4);
    } else if (deduction == Deduction::overpayment && month >= overpayment_from && month < overpayment_from + 6) {
      p.deduction = deduction;
      p.deductions = share(due, 1, 5);
    }
    p.paid = due - p.deductions;
    const int64_t day =
        time::days_from_civil(month / 12, static_cast<unsigned>(month % 12 + 1), static_cast<unsigned>(pay_day));
    p.paid_on = records::format_day(day);
    p.payer = payer;
    p.order = std::to_string(100'000 + hash(digits, seed, p.month) % 900'000);
    p.status = day <= today ? PaymentStatus::paid : PaymentStatus::scheduled;
    table.rows.push_back(std::move(p));
  }
  table.totals = totals_of(table.rows).value_or(Totals{});
  return table;
}

}  // namespace cabinet::payouts
