#include <gtest/gtest.h>

#include "ids/ids.hpp"

using namespace cabinet::ids;

namespace {
const Date kToday{2026, 3, 15};
}  // namespace

TEST(Date, RealCalendarDaysWithLeapYears) {
  const DateResult result = check_date("05.03.1980");
  EXPECT_TRUE(result.ok());
  EXPECT_EQ(result.normalized, "05.03.1980");
  EXPECT_EQ(result.date, (Date{1980, 3, 5}));
  EXPECT_TRUE(check_date("29.02.2024").ok());
  EXPECT_TRUE(check_date("29.02.2000").ok());                 // divisible by 400
  EXPECT_EQ(check_date("29.02.1900").code, Code::kCalendar);  // divisible by 100
  EXPECT_EQ(check_date("29.02.2025").code, Code::kCalendar);
  EXPECT_EQ(check_date("31.04.2025").code, Code::kCalendar);
  EXPECT_EQ(check_date("00.01.2025").code, Code::kCalendar);
  EXPECT_EQ(check_date("01.13.2025").code, Code::kCalendar);
  EXPECT_EQ(check_date("01.00.2025").code, Code::kCalendar);
  EXPECT_TRUE(check_date("31.12.2025").ok());
}

TEST(Date, StrictLayout) {
  for (const char* text :
       {"5.03.1980", "05.3.1980", "05-03-1980", "05.03.80", "1980-03-05", "05.03.1980г", "0a.03.1980", "05.03.19 0"}) {
    EXPECT_EQ(check_date(text).code, Code::kFormat) << text;
  }
  EXPECT_TRUE(check_date(" 05.03.1980 ").ok());
  EXPECT_EQ(check_date("01.01.1799").code, Code::kRange);
  EXPECT_EQ(check_date("01.01.0000").code, Code::kRange);
}

TEST(Date, NotInTheFutureTakesTodayFromTheCaller) {
  const DateRules rules{.today = kToday, .not_in_future = true};
  EXPECT_TRUE(check_date("15.03.2026", rules).ok());
  const DateResult tomorrow = check_date("16.03.2026", rules);
  EXPECT_EQ(tomorrow.code, Code::kFuture);
  EXPECT_EQ(tomorrow.params["today"], "15.03.2026");
  EXPECT_TRUE(check_date("16.03.2026", {.today = kToday}).ok());        // the rule is off
  EXPECT_TRUE(check_date("16.03.2026", {.not_in_future = true}).ok());  // no today: skipped
}

TEST(Date, AgeBoundsInFullYears) {
  const DateRules adult{.today = kToday, .min_age = 18, .max_age = 120};
  EXPECT_TRUE(check_date("15.03.2008", adult).ok());  // 18 today
  const DateResult young = check_date("16.03.2008", adult);
  EXPECT_EQ(young.code, Code::kTooYoung);
  EXPECT_EQ(young.params["min_age"], 18);
  EXPECT_TRUE(check_date("16.03.1905", adult).ok());               // 120
  EXPECT_EQ(check_date("15.03.1905", adult).code, Code::kTooOld);  // 121 today
  EXPECT_EQ(check_date("15.03.1905", adult).params["max_age"], 120);
}

TEST(Date, BornOnTheTwentyNinthOfFebruary) {
  // In a common year the birthday is the 28th of February.
  const DateRules rules{.today = Date{2026, 2, 28}, .min_age = 18};
  EXPECT_TRUE(check_date("29.02.2008", rules).ok());
  EXPECT_EQ(check_date("29.02.2008", {.today = Date{2026, 2, 27}, .min_age = 18}).code, Code::kTooYoung);
  // In a leap year it is the 29th.
  EXPECT_EQ(check_date("29.02.2012", {.today = Date{2028, 2, 28}, .min_age = 16}).code, Code::kTooYoung);
  EXPECT_TRUE(check_date("29.02.2012", {.today = Date{2028, 2, 29}, .min_age = 16}).ok());
}
