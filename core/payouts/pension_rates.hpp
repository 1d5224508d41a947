#pragma once
// The figures an insurance pension is counted with (Federal law № 400-FZ):
// the cost of one pension coefficient (СПК) and the fixed payment (ФВ) in
// force in a month, as the Government and the budget laws set them from
// 2015 on, each change from the month it took effect (February in 2015-2017,
// January from 2018, June 2022 besides). After the last known month the
// last figures stay (no indexation is assumed).
#include <cstdint>
#include <optional>

namespace cabinet::payouts {

struct PensionRates {
  int64_t point_cost_kopecks = 0;     // СПК
  int64_t fixed_payment_kopecks = 0;  // ФВ
};

// The rates of `month` (payouts.hpp's month numbers); nullopt before January 2015.
std::optional<PensionRates> pension_rates(int month);

// The ИПК (x1000) times the point cost, rounded to the kopeck (half up).
int64_t points_value(int64_t ipk_thousandths, int64_t point_cost_kopecks);

}  // namespace cabinet::payouts
