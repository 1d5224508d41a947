#pragma once
// A citizen's pension and other payments month by month, as the fund reports
// them in «Справка о размере пенсии и иных выплат» and «Запрос информации о
// выплатах»: what was accrued, the supplements, what was withheld, what was
// paid, when and through whom. Money in kopecks. No UI: the sandbox agency
// derives the figures (sandbox_payouts.hpp), the feed carries them as JSON
// (payouts_json.hpp), the app shows and exports them (payouts_export.hpp).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::payouts {

// What a line pays (labels: "payouts.kind.<id>").
enum class Kind { old_age_pension };
inline constexpr std::array<std::string_view, 1> kKindIds = {"old_age_pension"};
// Why something was withheld (labels: "payouts.deduction.<id>").
enum class Deduction { none, alimony, overpayment };
inline constexpr std::array<std::string_view, 3> kDeductionIds = {"none", "alimony", "overpayment"};
// Whether the money has reached the bank (labels: "payouts.status.<id>").
enum class PaymentStatus { paid, scheduled };
inline constexpr std::array<std::string_view, 2> kStatusIds = {"paid", "scheduled"};

std::string_view kind_id(Kind kind);
std::optional<Kind> parse_kind(std::string_view id);
std::string_view deduction_id(Deduction deduction);
std::optional<Deduction> parse_deduction(std::string_view id);
std::string_view status_id(PaymentStatus status);
std::optional<PaymentStatus> parse_status(std::string_view id);

// Months as numbers: year * 12 + (month - 1), years 1900-2199.
// "2026-03" or a date "2026-03-14" (its month) -> 24314; nullopt otherwise.
std::optional<int> parse_month(std::string_view text);
std::string format_month(int month);  // 24314 -> "2026-03"

// One payment for one month.
struct Payout {
  std::string month;  // "YYYY-MM": the month it is for
  Kind kind = Kind::old_age_pension;
  int64_t amount = 0;       // accrued: the pension with its fixed payment
  int64_t supplements = 0;  // increases of the fixed payment (a dependant, the Far North)
  int64_t deductions = 0;   // withheld
  Deduction deduction = Deduction::none;
  int64_t paid = 0;     // amount + supplements - deductions
  std::string paid_on;  // "YYYY-MM-DD": the day the payer credits it
  std::string payer;    // the bank or the post that pays it out
  std::string order;    // the payment order's number
  PaymentStatus status = PaymentStatus::paid;
  bool operator==(const Payout&) const = default;
};

struct Totals {
  int64_t amount = 0, supplements = 0, deductions = 0, paid = 0;
  bool operator==(const Totals&) const = default;
};

// The payments of a period asked for, with the column sums.
struct PayoutTable {
  std::string from, to;      // "YYYY-MM", inclusive
  std::vector<Payout> rows;  // by month
  Totals totals;
  std::string pension_from;     // "YYYY-MM": the month the old-age pension began; "" when none
  int64_t ipk_thousandths = 0;  // the ИПК the pension is counted from, x1000
  bool operator==(const PayoutTable&) const = default;
};

// The column sums; nullopt when one leaves int64.
std::optional<Totals> totals_of(const std::vector<Payout>& rows);
// Every row well formed (paid = amount + supplements - deductions, none
// negative, its month inside [from, to], months not decreasing) and the
// totals the column sums.
bool is_consistent(const PayoutTable& table);

}  // namespace cabinet::payouts
