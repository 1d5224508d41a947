// «Страховой стаж»: the calendar count of one period, merging, open periods, refusals.
#include <gtest/gtest.h>

#include "records/dates.hpp"
#include "records/record_length.hpp"
#include "records_fixture.hpp"

using namespace cabinet::records;

namespace {

int64_t day(const char* iso) {
  return parse_day(iso).value();
}

Length length_of(std::vector<Period> periods, const char* today = "2030-01-01") {
  const LengthResult r = record_length(periods, day(today));
  EXPECT_TRUE(r.ok) << r.code;
  return r.length;
}

std::string text(const Length& l) {
  return std::to_string(l.years) + "y " + std::to_string(l.months) + "m " + std::to_string(l.days) + "d";
}

}  // namespace

TEST(RecordLength, OnePeriodInTheCalendarOrder) {
  struct Case {
    const char *from, *to, *expected;
    int64_t calendar_days;
  };
  const Case cases[] = {
      {"2020-03-10", "2020-03-10", "0y 0m 1d", 1},    // the same day is one day
      {"2020-01-01", "2020-12-31", "1y 0m 0d", 366},  // a leap year is one year
      {"2021-01-01", "2021-12-31", "1y 0m 0d", 365},  // and so is a common one
      {"2020-02-01", "2020-02-29", "0y 1m 0d", 29},   // February of a leap year is a month
      {"2020-02-01", "2020-02-28", "0y 0m 28d", 28},  // one day short of it
      {"2021-02-01", "2021-02-28", "0y 1m 0d", 28},   // February of a common year
      {"2019-03-01", "2020-02-29", "1y 0m 0d", 366},  // a year across 29 February
      {"2020-02-29", "2021-02-28", "1y 0m 0d", 366},  // from 29 February: 29.02.2021 rolls over to 01.03
      {"2020-01-15", "2020-02-14", "0y 1m 0d", 31},   // a month ends the day before the same day
      {"2021-03-31", "2021-04-30", "0y 1m 0d", 31},   // 31.04 rolls over to 01.05
      {"2021-01-31", "2021-02-28", "0y 0m 29d", 29},  // 31.02 would be 03.03: no full month
      {"2021-01-01", "2021-01-30", "0y 1m 0d", 30},   // 30 days make a month
      {"2021-01-01", "2021-01-29", "0y 0m 29d", 29},  {"2010-02-01", "2015-03-31", "5y 2m 0d", 1885},
      {"2010-02-15", "2015-03-20", "5y 1m 6d", 1860},  // 61 months to 14.03.2015, then 15-20 March
      {"1999-12-31", "2000-01-01", "0y 0m 2d", 2},
  };
  for (const Case& c : cases) {
    const Length one = length_of({{day(c.from), day(c.to)}});
    EXPECT_EQ(text(one), c.expected) << c.from << " - " << c.to;
    EXPECT_EQ(one.calendar_days, c.calendar_days) << c.from << " - " << c.to;
  }
}

TEST(RecordLength, PartsAreSummedThenThirtyDaysMakeAMonthAndTwelveMonthsAYear) {
  // 11 months 20 days + 0 months 15 days = 11 months 35 days -> 1 year 0 months 5 days.
  const Length l = length_of({{day("2010-01-01"), day("2010-12-20")}, {day("2012-06-01"), day("2012-06-15")}});
  EXPECT_EQ(text(l), "1y 0m 5d");
  EXPECT_EQ(l.calendar_days, 354 + 15);
}

TEST(RecordLength, OverlappingPeriodsCountEachDayOnce) {
  // A part-time job inside the main one adds nothing; one that runs on adds its own days.
  const std::vector<Period> periods = {{day("2015-01-01"), day("2016-12-31")},
                                       {day("2015-06-01"), day("2015-09-30")},
                                       {day("2016-10-01"), day("2017-01-31")}};
  const LengthResult r = record_length(periods, day("2030-01-01"));
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.merged.size(), 1u);
  EXPECT_EQ(r.merged[0], (Span{day("2015-01-01"), day("2017-01-31")}));
  EXPECT_EQ(text(r.length), "2y 1m 0d");
  EXPECT_EQ(r.length.calendar_days, day("2017-01-31") - day("2015-01-01") + 1);
}

TEST(RecordLength, AdjacentPeriodsMergeIntoFullMonths) {
  // Counted apart, 15 + 16 days would be 1 month 1 day; merged they are the month of January.
  const Length l = length_of({{day("2021-01-16"), day("2021-01-31")}, {day("2021-01-01"), day("2021-01-15")}});
  EXPECT_EQ(text(l), "0y 1m 0d");
  const std::vector<Span> merged =
      merge_spans({{day("2021-02-02"), day("2021-02-10")}, {day("2021-01-01"), day("2021-01-31")}});
  EXPECT_EQ(merged.size(), 2u) << "a gap of one day (1 February) keeps them apart";
}

TEST(RecordLength, AnOpenPeriodCountsUntilTodayAndTheFutureDoesNot) {
  EXPECT_EQ(text(length_of({{day("2020-01-01"), std::nullopt}}, "2020-12-31")), "1y 0m 0d");
  EXPECT_EQ(text(length_of({{day("2020-01-01"), std::nullopt}}, "2020-01-01")), "0y 0m 1d");
  // A closed period running past today is cut at today; one that starts later counts nothing.
  EXPECT_EQ(text(length_of({{day("2020-01-01"), day("2025-12-31")}}, "2020-01-31")), "0y 1m 0d");
  const LengthResult later = record_length({{day("2031-01-01"), std::nullopt}}, day("2030-01-01"));
  ASSERT_TRUE(later.ok);
  EXPECT_EQ(later.length, Length{});
  EXPECT_TRUE(later.merged.empty());
  EXPECT_EQ(record_length(std::vector<Period>{}, day("2030-01-01")).length, Length{});
}

TEST(RecordLength, APeriodEndingBeforeItStartsIsRefused) {
  const LengthResult r = record_length({{day("2010-01-01"), day("2011-01-01")}, {day("2012-05-02"), day("2012-05-01")}},
                                       day("2030-01-01"));
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.code, "end_before_start");
  EXPECT_EQ(r.bad_index, 1u);
  EXPECT_EQ(r.length, Length{});
  const LengthResult far = record_length({{day("2010-01-01"), 999'999'999}}, day("2030-01-01"));
  EXPECT_EQ(far.code, "bad_date");
}

TEST(RecordLength, FromWorkRecords) {
  using records_test::record;
  const std::vector<WorkRecord> records = {
      record("r1", RecordKind::hire, "ООО «А»", "7701526010", "2010-02-01", "2012-01-31", "Инженер"),
      record("r2", RecordKind::dismissal, "ООО «А»", "7701526010", "2012-01-31", "2012-01-31", "Инженер"),
      record("r3", RecordKind::hire, "ООО «Б»", "6658909967", "2012-02-01", "", "Инженер"),
      record("r4", RecordKind::hire, "ГБУЗ «В»", "7728815900", "2013-01-10", "2013-03-01", "Врач", true),
  };
  const LengthResult r = record_length(records, day("2014-01-31"));
  ASSERT_TRUE(r.ok) << r.code;
  EXPECT_EQ(r.merged.size(), 1u) << "adjacent jobs and the part-time one inside make one span";
  EXPECT_EQ(text(r.length), "4y 0m 0d");

  std::vector<WorkRecord> broken = records;
  broken[2].end = "2011-01-01";
  EXPECT_EQ(record_length(broken, day("2014-01-31")).code, "end_before_start");
  EXPECT_EQ(record_length(broken, day("2014-01-31")).bad_index, 2u);
  broken[2].end = "31.12.2013";
  EXPECT_EQ(record_length(broken, day("2014-01-31")).code, "bad_date");
  broken[2].end = "";
  broken[2].start = "2013-02-30";
  EXPECT_EQ(record_length(broken, day("2014-01-31")).code, "bad_date");
}

TEST(RecordDates, ParseAndDisplay) {
  EXPECT_EQ(format_day(day("2024-02-29")), "2024-02-29");
  EXPECT_FALSE(parse_day("2023-02-29"));
  EXPECT_FALSE(parse_day("2023-2-28"));
  EXPECT_FALSE(parse_day("1899-12-31"));
  EXPECT_FALSE(parse_day("2023-02-28T00:00:00Z"));
  EXPECT_EQ(display_date("2010-02-01"), "01.02.2010");
  EXPECT_EQ(display_date("soon"), "soon");
  // 23:30 UTC on 31 December is already 1 January in Moscow.
  EXPECT_EQ(format_day(moscow_day(cabinet::time::parse_iso("2025-12-31T23:30:00Z").value())), "2026-01-01");
  EXPECT_EQ(format_day(moscow_day(cabinet::time::parse_iso("1969-12-31T20:59:00Z").value())), "1969-12-31");
}
