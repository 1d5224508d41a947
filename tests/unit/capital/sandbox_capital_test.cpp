// SandboxCapital: a certificate and journal per SNILS that add up, the amounts
// in force when issued, indexation of what is left, and the register's
// reserve / complete / cancel of disposals kept across a restart.
#include <gtest/gtest.h>

#include "capital/capital_json.hpp"
#include "capital/sandbox_capital.hpp"
#include "records/dates.hpp"
#include "time/iso8601.hpp"

using namespace cabinet;
using namespace cabinet::capital;

namespace {

constexpr int64_t kDayMs = 86'400'000;
constexpr const char* kSnils = "112-233-445 95";

int64_t day(int y, unsigned m, unsigned d) {
  return time::days_from_civil(y, m, d);
}

// Valid SNILS numbers: nine digits and their control number.
std::string snils_of(int n) {
  std::string digits = std::to_string(103'000'000 + n * 7919);
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (digits[i] - '0') * (9 - i);
  const int control = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
  digits += static_cast<char>('0' + control / 10);
  digits += static_cast<char>('0' + control % 10);
  return digits;
}

// Noon in Moscow of the day.
int64_t noon(int64_t d) {
  return d * kDayMs + 9 * 3'600'000;
}

struct Fixture {
  int64_t now = noon(day(2026, 11, 23));
  SandboxCapital sandbox{[this] { return now; }};
  Account account(const std::string& snils = kSnils) {
    const CapitalAnswer answer = sandbox.account(snils);
    EXPECT_TRUE(answer.ok) << answer.code;
    return answer.account.value_or(Account{});
  }
};

}  // namespace

TEST(SandboxCapital, TheAmountsInForceFollowThePublishedIndexation) {
  EXPECT_EQ(certificate_amount(day(2011, 6, 1)), 36'569'840);
  // 387 640,30 in 2012 and 453 026 from 2015 to 2019, within a kopeck of rounding.
  EXPECT_NEAR(certificate_amount(day(2012, 3, 1)), 38'764'030, 1);
  EXPECT_NEAR(certificate_amount(day(2015, 1, 1)), 45'302'600, 5);
  EXPECT_EQ(certificate_amount(day(2019, 12, 31)), certificate_amount(day(2015, 1, 1)));
  EXPECT_NEAR(certificate_amount(day(2020, 1, 1)), 46'661'700, 50);
  EXPECT_GT(certificate_amount(day(2022, 6, 1)), certificate_amount(day(2022, 5, 31)));
}

TEST(SandboxCapital, EverySnilsHasACertificateAndAJournalThatAddsUp) {
  Fixture f;
  int office_disposals = 0;
  for (int n = 0; n < 40; ++n) {
    const std::string snils = n == 0 ? kSnils : snils_of(n);
    const Account a = f.account(snils);
    ASSERT_FALSE(a.operations.empty()) << snils;
    EXPECT_TRUE(is_consistent(a)) << snils;
    EXPECT_EQ(a.reserved_kopecks, 0);
    const Operation& first = a.operations.front();
    EXPECT_EQ(first.kind, OperationKind::issue);
    EXPECT_EQ(first.date, a.certificate.issued_on);
    EXPECT_EQ(first.amount_kopecks, certificate_amount(records::parse_day(first.date).value()));
    EXPECT_GE(a.certificate.issued_on, "2011-01-01");
    EXPECT_LE(a.certificate.issued_on, "2020-03-31");
    EXPECT_LT(a.certificate.child_birth_date, a.certificate.issued_on);
    EXPECT_TRUE(a.certificate.series.starts_with("МК-"));
    EXPECT_EQ(a.certificate.number.size(), 7u);
    EXPECT_GT(a.balance_kopecks, 0);
    // Dates ascend; an indexation adds its rate of what was left.
    int64_t balance = 0;
    std::string last;
    for (const Operation& op : a.operations) {
      EXPECT_GE(op.date, last);
      last = op.date;
      if (op.kind == OperationKind::indexation) {
        EXPECT_EQ(op.amount_kopecks, (balance * op.rate_tenths + 500) / 1000) << op.date;
      }
      if (op.kind == OperationKind::disposal) {
        EXPECT_TRUE(op.application_number.empty());  // made at an office
        EXPECT_EQ(op.amount_kopecks % 100'000, 0);   // whole thousands of rubles
        ++office_disposals;
      }
      balance += op.amount_kopecks;
    }
  }
  // Some citizens have used part of their capital before, some have not.
  EXPECT_GT(office_disposals, 5);
  EXPECT_LT(office_disposals, 70);
  // Deterministic per SNILS and seed, different for another seed.
  EXPECT_EQ(f.account(), f.account());
  int64_t later = f.now;
  SandboxCapital other([&later] { return later; }, 7);
  EXPECT_NE(other.account(kSnils).account, f.account());
}

TEST(SandboxCapital, CodesForABadSnilsAndOffline) {
  Fixture f;
  EXPECT_EQ(f.sandbox.account("112-233-445 96").code, "bad_snils");
  EXPECT_EQ(f.sandbox.account("").code, "bad_snils");
  EXPECT_FALSE(f.sandbox.available("garbage").has_value());
  f.sandbox.set_online(false);
  EXPECT_EQ(f.sandbox.account(kSnils).code, "offline");
}

TEST(SandboxCapital, ADisposalIsReservedThenCompletedOrCancelled) {
  Fixture f;
  const Account before = f.account();
  const int64_t available = f.sandbox.available(kSnils).value();
  EXPECT_EQ(available, before.balance_kopecks);
  EXPECT_FALSE(f.sandbox.reserve(kSnils, "20261123-000001", available + 1, "housing"));
  EXPECT_FALSE(f.sandbox.reserve(kSnils, "20261123-000001", 0, "housing"));
  ASSERT_TRUE(f.sandbox.reserve(kSnils, "20261123-000001", 10'000'000, "housing"));
  EXPECT_TRUE(f.sandbox.reserve(kSnils, "20261123-000001", 10'000'000, "housing"));  // once per number
  Account held = f.account();
  EXPECT_TRUE(is_consistent(held));
  EXPECT_EQ(held.balance_kopecks, before.balance_kopecks);
  EXPECT_EQ(held.reserved_kopecks, 10'000'000);
  EXPECT_EQ(f.sandbox.available(kSnils), available - 10'000'000);
  EXPECT_EQ(held.operations.back().status, OperationStatus::in_progress);
  EXPECT_EQ(held.operations.back().application_number, "20261123-000001");

  // Ten days later the agency approves: the balance goes down by the amount.
  f.now += 10 * kDayMs;
  f.sandbox.complete("20261123-000001", f.now);
  const Account after = f.account();
  EXPECT_TRUE(is_consistent(after));
  EXPECT_EQ(after.balance_kopecks, before.balance_kopecks - 10'000'000);
  EXPECT_EQ(after.reserved_kopecks, 0);
  EXPECT_EQ(after.operations.back().date, "2026-12-03");
  EXPECT_EQ(after.operations.back().status, OperationStatus::completed);
  EXPECT_EQ(after.operations.back().purpose, "housing");

  // Another one withdrawn: the journal keeps the line, nothing moves.
  ASSERT_TRUE(f.sandbox.reserve(kSnils, "20261203-000002", 5'000'000, "education"));
  f.sandbox.cancel("20261203-000002");
  f.sandbox.complete("20261203-000002", f.now);  // too late: stays cancelled
  const Account withdrawn = f.account();
  EXPECT_TRUE(is_consistent(withdrawn));
  EXPECT_EQ(withdrawn.balance_kopecks, after.balance_kopecks);
  EXPECT_EQ(withdrawn.operations.back().status, OperationStatus::cancelled);
  EXPECT_FALSE(f.sandbox.reserve(kSnils, "20261203-000002", 5'000'000, "education"));

  // The next indexation (1 January) indexes what is left after the disposal.
  f.now = noon(day(2027, 1, 2));
  const Account next_year = f.account();
  EXPECT_TRUE(is_consistent(next_year));
  EXPECT_EQ(next_year.balance_kopecks, withdrawn.balance_kopecks);  // no 2027 rate in the table
}

TEST(SandboxCapital, TheRegisterSurvivesARestartAndRefusesDamage) {
  Fixture f;
  ASSERT_TRUE(f.sandbox.reserve(kSnils, "20261123-000001", 10'000'000, "mortgage"));
  const nlohmann::json saved = f.sandbox.to_json();
  int64_t now = f.now;
  SandboxCapital restarted([&now] { return now; });
  ASSERT_TRUE(restarted.restore(saved));
  EXPECT_EQ(restarted.account(kSnils).account, f.account());
  nlohmann::json damaged = saved;
  damaged["disposals"][0]["amount"] = "много";
  EXPECT_FALSE(restarted.restore(damaged));
  EXPECT_FALSE(restarted.restore(nlohmann::json::array()));
  EXPECT_EQ(restarted.account(kSnils).account, f.account());  // unchanged by a refused restore
}

TEST(CapitalJson, TheAccountRoundTripsAndDamageIsRefused) {
  Fixture f;
  ASSERT_TRUE(f.sandbox.reserve(kSnils, "20261123-000001", 10'000'000, "mortgage"));
  const Account a = f.account();
  EXPECT_EQ(account_from_json(account_to_json(a)), a);
  nlohmann::json broken = account_to_json(a);
  broken["operations"][0]["kind"] = "gift";
  EXPECT_FALSE(account_from_json(broken));
  EXPECT_FALSE(account_from_json(nlohmann::json("text")));
  EXPECT_FALSE(account_from_json(nlohmann::json::object()));
  // A journal that does not add up is not consistent.
  Account wrong = a;
  wrong.balance_kopecks += 1;
  EXPECT_FALSE(is_consistent(wrong));
}
