#include "payouts/payouts.hpp"

#include <algorithm>

namespace cabinet::payouts {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> parse_id(const std::array<std::string_view, N>& ids, std::string_view id) {
  const auto it = std::find(ids.begin(), ids.end(), id);
  if (it == ids.end()) return std::nullopt;
  return static_cast<Enum>(it - ids.begin());
}

// Digits only, as a number; nullopt for anything else.
std::optional<int> number(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  int value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool add(int64_t& sum, int64_t value) {
  return !__builtin_add_overflow(sum, value, &sum);
}

}  // namespace

std::string_view kind_id(Kind kind) {
  return kKindIds[static_cast<size_t>(kind)];
}
std::optional<Kind> parse_kind(std::string_view id) {
  return parse_id<Kind>(kKindIds, id);
}
std::string_view deduction_id(Deduction deduction) {
  return kDeductionIds[static_cast<size_t>(deduction)];
}
std::optional<Deduction> parse_deduction(std::string_view id) {
  return parse_id<Deduction>(kDeductionIds, id);
}
std::string_view status_id(PaymentStatus status) {
  return kStatusIds[static_cast<size_t>(status)];
}
std::optional<PaymentStatus> parse_status(std::string_view id) {
  return parse_id<PaymentStatus>(kStatusIds, id);
}

std::optional<int> parse_month(std::string_view text) {
  if ((text.size() != 7 && text.size() != 10) || text[4] != '-') return std::nullopt;
  if (text.size() == 10 && text[7] != '-') return std::nullopt;
  const auto year = number(text.substr(0, 4));
  const auto month = number(text.substr(5, 2));
  if (!year || !month || *year < 1900 || *year > 2199 || *month < 1 || *month > 12) return std::nullopt;
  if (text.size() == 10) {
    const auto day = number(text.substr(8, 2));
    if (!day || *day < 1 || *day > 31) return std::nullopt;
  }
  return *year * 12 + *month - 1;
}

std::string format_month(int month) {
  const int year = month / 12;
  const int m = month % 12 + 1;
  return std::to_string(year) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

std::optional<Totals> totals_of(const std::vector<Payout>& rows) {
  Totals t;
  for (const Payout& p : rows) {
    if (!add(t.amount, p.amount) || !add(t.supplements, p.supplements) || !add(t.deductions, p.deductions) ||
        !add(t.paid, p.paid))
      return std::nullopt;
  }
  return t;
}

bool is_consistent(const PayoutTable& table) {
  const auto from = parse_month(table.from), to = parse_month(table.to);
  if (!from || !to || *from > *to || table.from.size() != 7 || table.to.size() != 7) return false;
  int previous = *from;
  for (const Payout& p : table.rows) {
    const auto month = parse_month(p.month);
    if (!month || p.month.size() != 7 || *month < previous || *month > *to) return false;
    previous = *month;
    if (p.amount < 0 || p.supplements < 0 || p.deductions < 0 || p.paid < 0) return false;
    int64_t due = p.amount;
    if (!add(due, p.supplements) || due - p.deductions != p.paid) return false;
  }
  const auto totals = totals_of(table.rows);
  return totals && *totals == table.totals;
}

}  // namespace cabinet::payouts
