#pragma once
// The sandbox's payouts: what the embedded agency reports a citizen was paid,
// made up deterministically from the SNILS, the birth date and the seed, and
// consistent with «Сведения» (records::generate_citizen with the same seed):
// - the old-age insurance pension from the month after the 63rd birthday (the
//   sandbox does not know the citizen's sex, so one age for everyone: the age
//   of men born in 1961);
// - each month: the ИПК of the records' whole years from 2015 up to the year
//   before the pension began, times the month's point cost, plus the month's
//   fixed payment (pension_rates.hpp), so it is indexed when they change.
//   Rights earned before 2015 are not in the sandbox's records (a pension that
//   began before 2016 is the fixed payment alone); the minimum record length
//   and ИПК (15 years, 30) and the yearly recalculation for working
//   pensioners are not modelled;
// - supplements for some (by the SNILS): a dependant, +1/3 of the fixed
//   payment (one in 8); the Far North, +50% of it (one in 10);
// - deductions for some: alimony, 25% (one in 8); an overpayment withheld at
//   20% for 6 months, from the 4th to the 15th month of the pension (one in 10);
// - paid on the citizen's day of the month (3rd-25th) through one payer (a
//   bank or the post); a payment due after `today` is `scheduled`, months
//   after today's month are not listed, nor months before 2015;
// - before the pension: nothing (no other payments are modelled).
#include <cstdint>
#include <optional>
#include <string_view>

#include "payouts/payouts.hpp"

namespace cabinet::payouts {

// The first month of the old-age pension for a birth date (a day number).
int sandbox_pension_month(int64_t birth_day);

// The payments of the months [from_month, to_month] (payouts.hpp's numbers) as
// of `today` (a day number). `snils`: any spelling. nullopt for a SNILS that
// fails its check digits or from_month > to_month.
std::optional<PayoutTable> sandbox_payouts(std::string_view snils, int64_t birth_day, int from_month, int to_month,
                                           int64_t today, uint64_t seed);

}  // namespace cabinet::payouts
