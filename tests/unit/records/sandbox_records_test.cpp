// The sandbox's made-up careers: determinism, their shape
// (age at the first job, employers, a part-time overlap, the open last job),
// valid INNs, the statement's range and balances, and the answer codes.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "ids/ids.hpp"
#include "records/dates.hpp"
#include "records/record_length.hpp"
#include "records/sandbox_records.hpp"
#include "records/statement.hpp"
#include "records_fixture.hpp"

using namespace cabinet::records;
using records_test::noon;

namespace {

constexpr const char* kSnils = "112-233-445 95";
constexpr const char* kToday = "2026-11-23";

int64_t day(const char* iso) {
  return parse_day(iso).value();
}

// Valid SNILS numbers: nine digits and their control number.
std::string snils_of(int n) {
  std::string digits = std::to_string(102'000'000 + n * 7919);
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (digits[i] - '0') * (9 - i);
  const int control = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
  digits += static_cast<char>('0' + control / 10);
  digits += static_cast<char>('0' + control % 10);
  return digits;
}

// Full years between two ISO dates.
int age_at(const std::string& birth, const std::string& date) {
  const int years = std::stoi(date.substr(0, 4)) - std::stoi(birth.substr(0, 4));
  return date.substr(5) < birth.substr(5) ? years - 1 : years;
}

struct Fixture {
  int64_t now = noon(kToday);
  SandboxRecords sandbox{[this] { return now; }};
};

}  // namespace

TEST(SandboxRecords, TheSnilsHelperMakesValidNumbers) {
  for (int i = 0; i < 50; ++i) EXPECT_TRUE(cabinet::ids::check_snils(snils_of(i)).ok()) << snils_of(i);
}

TEST(SandboxRecords, EveryEmployerHasAValidInnAndANameAndPositions) {
  ASSERT_GE(sandbox_employers().size(), 7u);
  std::set<std::string_view> names, inns;
  for (const SandboxEmployer& e : sandbox_employers()) {
    EXPECT_TRUE(cabinet::ids::check_inn(e.inn).ok()) << e.name << " " << e.inn;
    EXPECT_FALSE(e.position.empty());
    EXPECT_FALSE(e.senior_position.empty());
    names.insert(e.name);
    inns.insert(e.inn);
  }
  EXPECT_EQ(names.size(), sandbox_employers().size());
  EXPECT_EQ(inns.size(), sandbox_employers().size());
}

TEST(SandboxRecords, TheSameSnilsGivesTheSameRecordsAndAnotherOneOthers) {
  Fixture a, b;
  const RecordsAnswer first = a.sandbox.work_records(kSnils);
  ASSERT_TRUE(first.ok);
  EXPECT_EQ(first.code, "ok");
  EXPECT_FALSE(first.records.empty());
  EXPECT_EQ(b.sandbox.work_records("11223344595"), first) << "any spelling of the SNILS, another instance";
  EXPECT_EQ(a.sandbox.work_records(kSnils), first) << "asked twice";
  EXPECT_NE(a.sandbox.work_records(snils_of(1)).records, first.records);
  SandboxRecords other_seed([] { return noon(kToday); }, 2);
  EXPECT_NE(other_seed.work_records(kSnils).records, first.records);
}

TEST(SandboxRecords, CareersHaveTheAskedShape) {
  const int64_t today = day(kToday);
  for (int i = 0; i < 60; ++i) {
    const std::string snils = snils_of(i);
    const std::string birth = format_day(day("1960-01-01") + i * 173);  // 1960 ... 1988
    Fixture f;
    ASSERT_TRUE(f.sandbox.set_birth_date(snils, birth));
    const RecordsAnswer answer = f.sandbox.work_records(snils);
    ASSERT_TRUE(answer.ok);
    const std::vector<WorkRecord>& records = answer.records;
    ASSERT_FALSE(records.empty()) << snils;
    const int age = age_at(birth, records.front().start);
    EXPECT_GE(age, 18) << snils;
    EXPECT_LE(age, 23) << snils;
    std::set<std::string> employers, ids;
    int open_main = 0, part_time_spans = 0;
    for (const WorkRecord& r : records) {
      employers.insert(r.employer);
      ids.insert(r.id);
      EXPECT_TRUE(cabinet::ids::check_inn(r.employer_inn).ok()) << r.employer_inn;
      EXPECT_FALSE(r.basis.empty());
      ASSERT_TRUE(parse_day(r.start));
      EXPECT_LE(day(r.start.c_str()), today);
      if (!r.end.empty()) {
        EXPECT_LE(day(r.start.c_str()), day(r.end.c_str()));
      }
      if (r.kind == RecordKind::dismissal) {
        EXPECT_EQ(r.start, r.end);
      }
      if (r.end.empty() && !r.part_time) ++open_main;
      if (r.part_time && r.kind != RecordKind::dismissal) ++part_time_spans;
    }
    EXPECT_EQ(ids.size(), records.size());
    EXPECT_GE(employers.size(), 3u) << snils;
    EXPECT_LE(employers.size(), 7u) << snils;
    EXPECT_EQ(open_main, 1) << "the current job is open-ended";
    EXPECT_EQ(part_time_spans, 1) << snils;
    // The part-time job overlaps a main one: counting it apart would add days.
    int64_t separate = 0;
    for (const WorkRecord& r : records) {
      if (r.kind == RecordKind::dismissal) continue;
      separate += (r.end.empty() ? today : day(r.end.c_str())) - day(r.start.c_str()) + 1;
    }
    const LengthResult length = record_length(records, today);
    ASSERT_TRUE(length.ok);
    EXPECT_LT(length.length.calendar_days, separate) << snils;
  }
}

TEST(SandboxRecords, SomeCareersHaveGapsTransfersAndAdjacentJobs) {
  int gaps = 0, transfers = 0, adjacent = 0;
  for (int i = 0; i < 40; ++i) {
    Fixture f;
    f.sandbox.set_birth_date(snils_of(i), "1970-05-05");
    const std::vector<WorkRecord> records = f.sandbox.work_records(snils_of(i)).records;
    std::vector<WorkRecord> main;
    for (const WorkRecord& r : records) {
      if (r.kind == RecordKind::transfer) ++transfers;
      if (!r.part_time && r.kind == RecordKind::hire) main.push_back(r);
    }
    for (size_t j = 1; j < main.size(); ++j) {
      // The main jobs follow one another; the previous one ended with a dismissal.
      const WorkRecord* dismissal = nullptr;
      for (const WorkRecord& r : records) {
        if (r.kind == RecordKind::dismissal && r.employer == main[j - 1].employer) dismissal = &r;
      }
      ASSERT_NE(dismissal, nullptr);
      const int64_t pause = day(main[j].start.c_str()) - day(dismissal->start.c_str()) - 1;
      ASSERT_GE(pause, 0);
      (pause == 0 ? adjacent : gaps)++;
    }
  }
  EXPECT_GT(gaps, 5);
  EXPECT_GT(adjacent, 5);
  EXPECT_GT(transfers, 5);
}

TEST(SandboxRecords, TheCareerGrowsWithTimeButThePastStays) {
  Fixture f;
  f.sandbox.set_birth_date(kSnils, "1985-03-14");
  f.now = noon("2010-06-01");
  const std::vector<WorkRecord> early = f.sandbox.work_records(kSnils).records;
  f.now = noon(kToday);
  const std::vector<WorkRecord> later = f.sandbox.work_records(kSnils).records;
  ASSERT_FALSE(early.empty());
  ASSERT_GT(later.size(), early.size());
  for (const WorkRecord& r : early) {
    const auto same = std::find_if(later.begin(), later.end(), [&r](const WorkRecord& l) { return l.id == r.id; });
    ASSERT_NE(same, later.end());
    EXPECT_EQ(same->start, r.start);
    EXPECT_EQ(same->employer, r.employer);
    if (!r.end.empty()) {
      EXPECT_EQ(same->end, r.end);
    }
  }
}

TEST(SandboxRecords, TooYoungForAJobMeansNoRecordsYet) {
  Fixture f;
  ASSERT_TRUE(f.sandbox.set_birth_date(kSnils, "2012-01-01"));
  const RecordsAnswer answer = f.sandbox.work_records(kSnils);
  EXPECT_TRUE(answer.ok);
  EXPECT_TRUE(answer.records.empty());
  EXPECT_TRUE(f.sandbox.account_statement(kSnils, "2000-01-01", kToday).statement.operations.empty());
}

TEST(SandboxRecords, Codes) {
  Fixture f;
  EXPECT_EQ(f.sandbox.work_records("112-233-445 96").code, "bad_snils");
  EXPECT_FALSE(f.sandbox.work_records("").ok);
  EXPECT_FALSE(f.sandbox.set_birth_date("123", "1980-01-01"));
  EXPECT_FALSE(f.sandbox.set_birth_date(kSnils, "01.01.1980"));
  EXPECT_EQ(f.sandbox.account_statement(kSnils, "2020-01-32", "2020-12-31").code, "bad_date");
  EXPECT_EQ(f.sandbox.account_statement(kSnils, "2021-01-01", "2020-12-31").code, "bad_range");
  f.sandbox.set_online(false);
  const RecordsAnswer offline = f.sandbox.work_records(kSnils);
  EXPECT_FALSE(offline.ok);
  EXPECT_EQ(offline.code, "offline");
  EXPECT_TRUE(offline.records.empty());
  EXPECT_EQ(f.sandbox.account_statement(kSnils, "2020-01-01", "2020-12-31").code, "offline");
  f.sandbox.set_online(true);
  EXPECT_TRUE(f.sandbox.work_records(kSnils).ok);
}

TEST(SandboxRecords, TheTestHookKnowsOnlyItsCitizens) {
  CitizenData data;
  data.records.push_back(
      records_test::record("x1", RecordKind::period, "ООО «Тест»", "7701526010", "2001-01-01", "", "Оператор"));
  data.operations.push_back(
      {"2021-01-31", OperationKind::contribution, 100'00, "ООО «Тест»", "7701526010", "2021-01-01", "2021-01-31"});
  SandboxRecords sandbox([] { return noon(kToday); }, {{"11223344595", data}});
  const RecordsAnswer known = sandbox.work_records(kSnils);
  ASSERT_TRUE(known.ok);
  EXPECT_EQ(known.records, data.records);
  EXPECT_EQ(sandbox.work_records(snils_of(3)).code, "unknown_citizen");
  const StatementAnswer statement = sandbox.account_statement(kSnils, "2021-01-01", "2021-12-31");
  ASSERT_TRUE(statement.ok);
  EXPECT_EQ(statement.statement.closing_kopecks, 100'00);
}

TEST(SandboxRecords, TheStatementCoversItsRangeAndAddsUp) {
  Fixture f;
  f.sandbox.set_birth_date(kSnils, "1975-07-20");
  const StatementAnswer all = f.sandbox.account_statement(kSnils, "1990-01-01", kToday);
  ASSERT_TRUE(all.ok);
  EXPECT_EQ(all.statement.opening_kopecks, 0);
  ASSERT_GT(all.statement.operations.size(), 100u);
  const StatementAnswer part = f.sandbox.account_statement(kSnils, "2018-03-15", "2021-12-31");
  ASSERT_TRUE(part.ok);
  const Statement& s = part.statement;
  EXPECT_EQ(s.from, "2018-03-15");
  EXPECT_EQ(s.to, "2021-12-31");
  EXPECT_TRUE(is_consistent(s));
  int64_t before = 0, inside = 0;
  size_t count = 0;
  for (const Operation& op : all.statement.operations) {
    if (op.date < "2018-03-15") before += op.amount_kopecks;
    if (op.date >= "2018-03-15" && op.date <= "2021-12-31") inside += op.amount_kopecks, ++count;
  }
  EXPECT_EQ(s.opening_kopecks, before);
  EXPECT_EQ(s.closing_kopecks, before + inside);
  EXPECT_EQ(s.operations.size(), count);
  for (const Operation& op : s.operations) {
    EXPECT_GE(op.date, "2018-03-15");
    EXPECT_LE(op.date, "2021-12-31");
    EXPECT_TRUE(cabinet::ids::check_inn(op.source_inn).ok());
    EXPECT_FALSE(op.source.empty());
    EXPECT_LE(op.period_from, op.period_to);
    EXPECT_LE(op.period_to, op.date) << "paid for a period already over";
    if (op.kind == OperationKind::correction)
      EXPECT_LT(op.amount_kopecks, 0);
    else
      EXPECT_GT(op.amount_kopecks, 0);
  }
  // Year totals: 2018 (part of it, no ИПК), 2019-2021 whole (with ИПК), summing to the operations.
  ASSERT_EQ(s.years.size(), 4u);
  EXPECT_EQ(s.years[0].year, 2018);
  EXPECT_FALSE(s.years[0].ipk_thousandths);
  int64_t years_sum = 0;
  for (const YearTotal& y : s.years) years_sum += y.contributions_kopecks;
  EXPECT_EQ(years_sum, inside);
  for (size_t i = 1; i < 4; ++i) {
    ASSERT_TRUE(s.years[i].ipk_thousandths) << s.years[i].year;
    EXPECT_EQ(*s.years[i].ipk_thousandths, *ipk_thousandths(s.years[i].year, s.years[i].contributions_kopecks));
    EXPECT_GT(*s.years[i].ipk_thousandths, 0);
  }
  EXPECT_EQ(f.sandbox.account_statement(kSnils, "2018-03-15", "2021-12-31"), part) << "deterministic";
}

TEST(SandboxRecords, AMonthOfFullTimeWorkPaysAbout22PercentOfAPlausiblePay) {
  Fixture f;
  f.sandbox.set_birth_date(kSnils, "1975-07-20");
  const Statement s = f.sandbox.account_statement(kSnils, "2024-01-01", "2024-12-31").statement;
  bool seen = false;
  for (const Operation& op : s.operations) {
    if (op.kind != OperationKind::contribution || op.period_from.substr(8) != "01" || op.period_to.substr(8) < "28")
      continue;
    // The 2024 average pay is 87 952 rubles; the sandbox pays 35%-250% of it (a month's last days
    // may be missing), 22% of that as contributions.
    EXPECT_GE(op.amount_kopecks, 87'952 * 30 * 22 / 100) << op.date;
    EXPECT_LE(op.amount_kopecks, 87'952 * 250 * 22 / 100) << op.date;
    EXPECT_EQ(op.date.substr(0, 7), op.period_from.substr(0, 7)) << "posted at the month's end";
    seen = true;
  }
  EXPECT_TRUE(seen);
}

TEST(SandboxRecords, OnlyCompletedMonthsArePosted) {
  Fixture f;
  f.sandbox.set_birth_date(kSnils, "1975-07-20");
  const Statement s = f.sandbox.account_statement(kSnils, "2026-01-01", "2026-12-31").statement;
  ASSERT_FALSE(s.operations.empty());
  for (const Operation& op : s.operations) EXPECT_LE(op.date, "2026-10-31");
}
