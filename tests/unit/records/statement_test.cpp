// The ИЛС statement from operations: range, balances, year totals, ИПК.
#include <gtest/gtest.h>

#include <limits>

#include "records/dates.hpp"
#include "records/statement.hpp"

using namespace cabinet::records;

namespace {

int64_t day(const char* iso) {
  return parse_day(iso).value();
}

Operation op(const char* date, int64_t amount, OperationKind kind = OperationKind::contribution) {
  return {date, kind, amount, "ООО «Ромашка-Трейд»", "5024613189", std::string(date).substr(0, 8) + "01", date};
}

}  // namespace

TEST(Statement, RangeBalancesAndYears) {
  // Out of order on purpose: the statement sorts by date.
  const std::vector<Operation> ops = {op("2020-02-29", 300),  op("2019-12-31", 100),
                                      op("2020-01-31", 200),  op("2020-03-31", -50, OperationKind::correction),
                                      op("2021-01-31", 1000), op("2022-01-31", 7)};
  const auto s = make_statement(ops, day("2020-01-31"), day("2021-01-31"));
  ASSERT_TRUE(s);
  EXPECT_EQ(s->from, "2020-01-31");
  EXPECT_EQ(s->to, "2021-01-31");
  EXPECT_EQ(s->opening_kopecks, 100);
  EXPECT_EQ(s->closing_kopecks, 100 + 200 + 300 - 50 + 1000);
  ASSERT_EQ(s->operations.size(), 4u);
  EXPECT_EQ(s->operations[0].date, "2020-01-31");
  EXPECT_EQ(s->operations[2].amount_kopecks, -50);
  EXPECT_EQ(s->operations[3].date, "2021-01-31");
  ASSERT_EQ(s->years.size(), 2u);
  EXPECT_EQ(s->years[0], (YearTotal{2020, 450, std::nullopt})) << "2020 is cut by the range: no ИПК";
  EXPECT_EQ(s->years[1], (YearTotal{2021, 1000, std::nullopt}));
  EXPECT_TRUE(is_consistent(*s));

  const auto empty = make_statement(ops, day("2023-01-01"), day("2023-12-31"));
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->operations.empty());
  EXPECT_EQ(empty->opening_kopecks, 1557);
  EXPECT_EQ(empty->closing_kopecks, 1557);
  EXPECT_TRUE(empty->years.empty());
}

TEST(Statement, AWholeYearGetsItsIpk) {
  const auto s = make_statement({op("2024-06-30", 26'400'000)}, day("2024-01-01"), day("2024-12-31"));
  ASSERT_TRUE(s);
  ASSERT_EQ(s->years.size(), 1u);
  // 264 000 rubles paid; due on the 2024 maximum base: 22% of 2 225 000 = 489 500; 10 x 264 000 / 489 500 = 5.393.
  EXPECT_EQ(s->years[0].ipk_thousandths, 5'393);
}

TEST(Statement, Ipk) {
  EXPECT_EQ(ipk_thousandths(2024, 0), 0);
  EXPECT_EQ(ipk_thousandths(2024, -500), 0);
  EXPECT_EQ(ipk_thousandths(2024, 48'950'000), 10'000);  // exactly on the maximum base
  EXPECT_EQ(ipk_thousandths(2024, 48'949'999), 9'999);
  EXPECT_EQ(ipk_thousandths(2015, 1'000'000'000), 7'390) << "the cap of 2015";
  EXPECT_EQ(ipk_thousandths(2020, std::numeric_limits<int64_t>::max()), 9'570);
  EXPECT_FALSE(ipk_thousandths(2014, 1'000'000));
  EXPECT_FALSE(ipk_thousandths(2027, 1'000'000));
  EXPECT_EQ(maximum_base_rubles(2026), 2'979'000);
}

TEST(Statement, RefusesWhatCannotBeSummedOrRead) {
  EXPECT_FALSE(make_statement({op("2020-01-31", 1)}, day("2020-02-01"), day("2020-01-31"))) << "from after to";
  Operation bad = op("2020-01-31", 1);
  bad.date = "31.01.2020";
  EXPECT_FALSE(make_statement({bad}, day("2020-01-01"), day("2020-12-31")));
  const int64_t max = std::numeric_limits<int64_t>::max();
  EXPECT_FALSE(make_statement({op("2020-01-31", max), op("2020-02-29", 1)}, day("2020-01-01"), day("2020-12-31")));
  EXPECT_FALSE(make_statement({op("2019-01-31", max), op("2020-02-29", 1)}, day("2020-01-01"), day("2020-12-31")));
}

TEST(Statement, Consistency) {
  Statement s = *make_statement({op("2020-01-31", 10), op("2020-02-29", 20)}, day("2020-01-01"), day("2020-12-31"));
  EXPECT_TRUE(is_consistent(s));
  s.closing_kopecks += 1;
  EXPECT_FALSE(is_consistent(s));
  s.closing_kopecks -= 1;
  s.operations[0].date = "2019-12-31";  // outside the range
  EXPECT_FALSE(is_consistent(s));
  s.operations[0].date = "2020-01-31";
  s.from = "2021-01-01";
  EXPECT_FALSE(is_consistent(s));
}
