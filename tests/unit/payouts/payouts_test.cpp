// core/payouts: the sandbox's payouts month by month (deterministic, the
// totals add up, the pension counted from the ИПК «Сведения» show, nothing
// before the pension age or outside the period), their JSON, CSV and text.
#include <gtest/gtest.h>

#include "i18n/catalog.hpp"
#include "payouts/payouts_export.hpp"
#include "payouts/payouts_json.hpp"
#include "payouts/pension_rates.hpp"
#include "payouts/sandbox_payouts.hpp"
#include "records/dates.hpp"
#include "records/sandbox_records.hpp"

using namespace cabinet;
using namespace cabinet::payouts;

namespace {

const std::string kSnils = "112-233-445 95";
const int64_t kToday = records::parse_day("2026-11-23").value();
const int64_t kBorn1958 = records::parse_day("1958-06-05").value();  // 63 on 05.06.2021
const int64_t kBorn1985 = records::parse_day("1985-03-14").value();

int month(const char* text) {
  return parse_month(text).value();
}

PayoutTable pensioner(const char* from = "2015-01", const char* to = "2026-12", const std::string& snils = kSnils) {
  auto table = sandbox_payouts(snils, kBorn1958, month(from), month(to), kToday, 1);
  EXPECT_TRUE(table.has_value());
  return table.value_or(PayoutTable{});
}

// A SNILS with valid check digits from its first 9 digits.
std::string snils_from(int number) {
  std::string digits = std::to_string(123'456'789 + number * 7'919);
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (digits[static_cast<size_t>(i)] - '0') * (9 - i);
  int check = sum % 101;
  if (check == 100) check = 0;
  return digits + (check < 10 ? "0" : "") + std::to_string(check);
}

// The ИПК «Сведения» give for whole years 2015-2020, the years before this pension began.
int64_t ipk_from_records(const std::string& snils, int64_t birth_day) {
  records::SandboxRecords sandbox([] { return 1'795'424'400'000; });
  EXPECT_TRUE(sandbox.set_birth_date(snils, records::format_day(birth_day)));
  const records::StatementAnswer answer = sandbox.account_statement(snils, "2015-01-01", "2020-12-31");
  EXPECT_TRUE(answer.ok) << answer.code;
  int64_t sum = 0;
  for (const records::YearTotal& y : answer.statement.years) sum += y.ipk_thousandths.value_or(0);
  return sum;
}

const i18n::Catalog& ru() {
  static const i18n::Catalog catalog = i18n::Catalog::load("ru");
  return catalog;
}

}  // namespace

TEST(PensionRates, ThePublishedFiguresFromTheMonthTheyTookEffect) {
  EXPECT_FALSE(pension_rates(month("2014-12")).has_value());
  EXPECT_EQ(pension_rates(month("2015-01"))->point_cost_kopecks, 6'410);
  EXPECT_EQ(pension_rates(month("2015-02"))->fixed_payment_kopecks, 438'359);
  EXPECT_EQ(pension_rates(month("2022-05"))->point_cost_kopecks, 10'736);
  EXPECT_EQ(pension_rates(month("2022-06"))->point_cost_kopecks, 11'810);
  EXPECT_EQ(pension_rates(month("2025-12"))->fixed_payment_kopecks, 890'770);
  EXPECT_EQ(pension_rates(month("2026-01"))->point_cost_kopecks, 15'676);
  EXPECT_EQ(pension_rates(month("2026-01"))->fixed_payment_kopecks, 958'469);
  EXPECT_EQ(pension_rates(month("2030-07"))->fixed_payment_kopecks, 958'469) << "the last known figures stay";
  EXPECT_EQ(points_value(45'123, 15'676), 707'348);  // 45.123 x 156.76 = 7 073.48 (7073.48148)
  EXPECT_EQ(points_value(0, 15'676), 0);
}

TEST(Months, ParseAndFormat) {
  EXPECT_EQ(month("2026-03"), 2026 * 12 + 2);
  EXPECT_EQ(month("2026-03-31"), 2026 * 12 + 2);
  EXPECT_EQ(format_month(2026 * 12 + 2), "2026-03");
  for (const char* bad : {"", "2026", "2026-13", "2026-00", "26-03", "2026/03", "2026-03-32", "1899-12", "２０２６-03"})
    EXPECT_FALSE(parse_month(bad).has_value()) << bad;
}

TEST(SandboxPayouts, TheSameCitizenAlwaysGetsTheSameTable) {
  EXPECT_EQ(pensioner(), pensioner());
  EXPECT_EQ(pensioner("2020-01", "2026-12", "11223344595"), pensioner("2020-01", "2026-12", kSnils))
      << "any spelling of the SNILS";
}

TEST(SandboxPayouts, TheTotalsAreTheColumnSums) {
  const PayoutTable table = pensioner();
  ASSERT_FALSE(table.rows.empty());
  EXPECT_TRUE(is_consistent(table));
  Totals sums;
  for (const Payout& p : table.rows) {
    EXPECT_EQ(p.paid, p.amount + p.supplements - p.deductions) << p.month;
    sums.amount += p.amount;
    sums.supplements += p.supplements;
    sums.deductions += p.deductions;
    sums.paid += p.paid;
  }
  EXPECT_EQ(table.totals, sums);
}

TEST(SandboxPayouts, ThePensionIsTheRecordsIpkTimesThePointCostPlusTheFixedPayment) {
  const PayoutTable table = pensioner();
  EXPECT_EQ(table.pension_from, "2021-07") << "the month after the 63rd birthday";
  const int64_t ipk = ipk_from_records(kSnils, kBorn1958);
  EXPECT_GT(ipk, 0);
  EXPECT_EQ(table.ipk_thousandths, ipk);
  ASSERT_EQ(table.rows.size(), 65u) << "July 2021 to November 2026";
  EXPECT_EQ(table.rows.front().month, "2021-07");
  EXPECT_EQ(table.rows.back().month, "2026-11");
  for (const Payout& p : table.rows) {
    const PensionRates rates = pension_rates(month(p.month.c_str())).value();
    EXPECT_EQ(p.amount, points_value(ipk, rates.point_cost_kopecks) + rates.fixed_payment_kopecks) << p.month;
    EXPECT_EQ(p.kind, Kind::old_age_pension);
    EXPECT_FALSE(p.payer.empty());
    EXPECT_EQ(p.order.size(), 6u);
  }
  // Indexed in January.
  const auto amount_of = [&](const char* m) {
    for (const Payout& p : table.rows) {
      if (p.month == m) return p.amount;
    }
    return int64_t{-1};
  };
  EXPECT_LT(amount_of("2025-12"), amount_of("2026-01"));
  EXPECT_EQ(amount_of("2026-01"), amount_of("2026-11"));
}

TEST(SandboxPayouts, NothingBeforeThePensionAge) {
  const auto young = sandbox_payouts(kSnils, kBorn1985, month("2015-01"), month("2026-12"), kToday, 1);
  ASSERT_TRUE(young.has_value());
  EXPECT_TRUE(young->rows.empty());
  EXPECT_EQ(young->pension_from, "");
  EXPECT_EQ(young->totals, Totals{});
  EXPECT_TRUE(is_consistent(*young));
  // Before the pension began: none of the pensioner's months either.
  EXPECT_TRUE(pensioner("2020-01", "2021-06").rows.empty());
  EXPECT_EQ(pensioner("2020-01", "2021-07").rows.size(), 1u);
  EXPECT_EQ(sandbox_pension_month(kBorn1958), month("2021-07"));
}

TEST(SandboxPayouts, OnlyTheMonthsOfThePeriodUpToTodayAreListed) {
  const PayoutTable spring = pensioner("2025-03", "2025-05");
  ASSERT_EQ(spring.rows.size(), 3u);
  EXPECT_EQ(spring.rows[0].month, "2025-03");
  EXPECT_EQ(spring.rows[2].month, "2025-05");
  EXPECT_EQ(spring.from, "2025-03");
  EXPECT_EQ(spring.to, "2025-05");
  const PayoutTable ahead = pensioner("2026-10", "2027-06");
  ASSERT_EQ(ahead.rows.size(), 2u) << "October and November 2026; the months after today's are not paid yet";
  // Paid on the citizen's day; this month's is scheduled when that day is after today.
  const Payout& november = ahead.rows.back();
  EXPECT_TRUE(november.paid_on.starts_with("2026-11-"));
  const int64_t day = records::parse_day(november.paid_on).value();
  EXPECT_EQ(november.status, day <= kToday ? PaymentStatus::paid : PaymentStatus::scheduled);
  EXPECT_EQ(ahead.rows.front().status, PaymentStatus::paid);
}

TEST(SandboxPayouts, BadInputIsRefused) {
  EXPECT_FALSE(sandbox_payouts("112-233-445 96", kBorn1958, month("2025-01"), month("2025-12"), kToday, 1))
      << "wrong check digits";
  EXPECT_FALSE(sandbox_payouts("", kBorn1958, month("2025-01"), month("2025-12"), kToday, 1));
  EXPECT_FALSE(sandbox_payouts(kSnils, kBorn1958, month("2025-12"), month("2025-01"), kToday, 1)) << "from after to";
}

TEST(SandboxPayouts, SupplementsAndDeductionsComeInTheirShareAndAddUp) {
  int with_supplements = 0, alimony = 0, overpayment = 0;
  const int citizens = 200;
  for (int i = 0; i < citizens; ++i) {
    // From the pension's start: an overpayment is withheld in its first two years.
    const auto table = sandbox_payouts(snils_from(i), kBorn1958, month("2021-01"), month("2026-12"), kToday, 1);
    ASSERT_TRUE(table.has_value()) << snils_from(i);
    ASSERT_TRUE(is_consistent(*table));
    bool supplemented = false, alimony_here = false, overpayment_here = false;
    int withheld_months = 0;
    for (const Payout& p : table->rows) {
      const PensionRates rates = pension_rates(month(p.month.c_str())).value();
      supplemented = supplemented || p.supplements > 0;
      EXPECT_LE(p.supplements, rates.fixed_payment_kopecks) << "at most 1/3 + 1/2 of it";
      const int64_t due = p.amount + p.supplements;
      if (p.deduction == Deduction::alimony) {
        alimony_here = true;
        EXPECT_EQ(p.deductions, (due + 2) / 4) << "25%, rounded half up";
      } else if (p.deduction == Deduction::overpayment) {
        overpayment_here = true;
        ++withheld_months;
        EXPECT_EQ(p.deductions, (due * 2 + 5) / 10) << "20%";
      } else {
        EXPECT_EQ(p.deductions, 0);
      }
    }
    EXPECT_EQ(withheld_months, overpayment_here ? 6 : 0) << "an overpayment is withheld for 6 months";
    with_supplements += supplemented;
    alimony += alimony_here;
    overpayment += overpayment_here;
  }
  // About 1 in 8 + 1 in 10 (some both), 1 in 8 and at most 1 in 10 (only while withheld).
  EXPECT_GT(with_supplements, citizens / 8);
  EXPECT_LT(with_supplements, citizens / 2);
  EXPECT_GT(alimony, citizens / 16);
  EXPECT_LT(alimony, citizens / 4);
  EXPECT_GT(overpayment, citizens / 20);
  EXPECT_LT(overpayment, citizens / 5);
}

TEST(PayoutsJson, RoundTripsAndRefusesWhatDoesNotAddUp) {
  const PayoutTable table = pensioner("2025-01", "2026-12");
  const nlohmann::json json = table_to_json(table);
  EXPECT_EQ(table_from_json(json), table);
  EXPECT_EQ(table_from_json(nlohmann::json::parse(json.dump())), table);

  nlohmann::json bad = json;
  bad["totals"]["paid"] = bad["totals"]["paid"].get<int64_t>() + 1;
  EXPECT_FALSE(table_from_json(bad)) << "totals that are not the sums";
  bad = json;
  bad["rows"][0]["paid"] = bad["rows"][0]["paid"].get<int64_t>() - 100;
  EXPECT_FALSE(table_from_json(bad)) << "paid is not accrued + supplements - withheld";
  bad = json;
  bad["rows"][0]["kind"] = "lottery";
  EXPECT_FALSE(table_from_json(bad));
  bad = json;
  bad["rows"][0]["month"] = "2024-12";
  EXPECT_FALSE(table_from_json(bad)) << "a month outside the period";
  bad = json;
  bad["rows"][0]["amount"] = "1000";
  EXPECT_FALSE(table_from_json(bad));
  bad = json;
  bad["rows"][0]["payer"] = std::string("\xFF\xFE");
  EXPECT_FALSE(table_from_json(bad)) << "invalid UTF-8";
  bad = json;
  bad.erase("totals");
  EXPECT_FALSE(table_from_json(bad));
  EXPECT_FALSE(table_from_json(nlohmann::json()));
  EXPECT_FALSE(table_from_json(nlohmann::json::array()));
}

TEST(PayoutsExport, TheCsvHasAHeaderARowAMonthAndTheTotals) {
  PayoutTable table;
  table.from = "2026-01";
  table.to = "2026-02";
  table.rows = {{"2026-01", Kind::old_age_pension, 2'345'678, 319'490, 666'292, Deduction::alimony, 1'998'876,
                 "2026-01-13", "=HYPERLINK(\"x\")", "123456", PaymentStatus::paid},
                {"2026-02", Kind::old_age_pension, 2'345'678, 0, 0, Deduction::none, 2'345'678, "2026-02-13",
                 "ПАО Сбербанк", "654321", PaymentStatus::scheduled}};
  table.totals = totals_of(table.rows).value();
  ASSERT_TRUE(is_consistent(table));
  const std::string csv = payouts_csv(table, ru());
  EXPECT_TRUE(
      csv.starts_with("\xEF\xBB\xBF"
                      "Месяц,Вид выплаты,\"Начислено, руб.\","))
      << "a BOM, then the header";
  EXPECT_NE(csv.find("Январь 2026,Страховая пенсия по старости,23456.78,3194.90,6662.92,"
                     "алименты по исполнительному документу,19988.76,13.01.2026,"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("'=HYPERLINK"), std::string::npos) << "a payer that looks like a formula stays text";
  EXPECT_NE(csv.find("Итого,,46913.56,3194.90,6662.92,,43445.54,,,,\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("ожидает выплаты"), std::string::npos);
  size_t lines = 0;
  for (size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++lines;
  EXPECT_EQ(lines, 4u) << "header, two months, totals";
  EXPECT_TRUE(payouts_csv(table, ru(), {.byte_order_mark = false}).starts_with("Месяц,"));
}

TEST(PayoutsExport, TheTextListsEveryPaymentAndTheTotals) {
  const PayoutTable table = pensioner("2026-01", "2026-03");
  const std::string text = payouts_text(table, ru());
  EXPECT_NE(text.find("Выплаты за период: Январь 2026 — Март 2026"), std::string::npos) << text;
  EXPECT_NE(text.find("Страховая пенсия по старости назначена с 01.07.2021"), std::string::npos) << text;
  EXPECT_NE(text.find("Январь 2026. Страховая пенсия"), std::string::npos) << text;
  EXPECT_NE(text.find("Март 2026. Страховая пенсия"), std::string::npos) << text;
  EXPECT_NE(text.find("Итого за период: начислено " + money(table.totals.amount, ru())), std::string::npos) << text;
  EXPECT_NE(text.find("выплачено " + money(table.totals.paid, ru())), std::string::npos) << text;
  const auto young = sandbox_payouts(kSnils, kBorn1985, month("2026-01"), month("2026-03"), kToday, 1).value();
  EXPECT_NE(payouts_text(young, ru()).find("Выплат за период нет."), std::string::npos);
  EXPECT_EQ(money(2'345'678, ru()),
            "23\xC2\xA0"
            "456,78\xC2\xA0₽");
}
