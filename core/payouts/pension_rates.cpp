#include "payouts/pension_rates.hpp"

namespace cabinet::payouts {

namespace {

struct Change {
  int year, month;
  PensionRates rates;
};

// СПК and ФВ from the month each took effect.
constexpr Change kChanges[] = {
    {2015, 1, {6'410, 393'500}},  {2015, 2, {7'141, 438'359}},  {2016, 2, {7'427, 455'893}},
    {2017, 2, {7'828, 480'511}},  {2017, 4, {7'858, 480'511}},  {2018, 1, {8'149, 498'290}},
    {2019, 1, {8'724, 533'419}},  {2020, 1, {9'300, 568'625}},  {2021, 1, {9'886, 604'448}},
    {2022, 1, {10'736, 656'431}}, {2022, 6, {11'810, 722'074}}, {2023, 1, {12'377, 756'733}},
    {2024, 1, {13'305, 813'488}}, {2025, 1, {14'569, 890'770}}, {2026, 1, {15'676, 958'469}},
};

}  // namespace

std::optional<PensionRates> pension_rates(int month) {
  std::optional<PensionRates> found;
  for (const Change& c : kChanges) {
    if (c.year * 12 + c.month - 1 <= month) found = c.rates;
  }
  return found;
}

int64_t points_value(int64_t ipk_thousandths, int64_t point_cost_kopecks) {
  if (ipk_thousandths <= 0 || point_cost_kopecks <= 0) return 0;
  return (ipk_thousandths * point_cost_kopecks + 500) / 1000;
}

}  // namespace cabinet::payouts
