#include <gtest/gtest.h>

#include <random>

#include "ids/ids.hpp"
#include "reference.hpp"

using namespace cabinet::ids;

namespace {
constexpr const char* kSberBik = "044525225";
constexpr const char* kSberCorr = "30101810400000000225";
}  // namespace

TEST(Bik, NineDigits) {
  EXPECT_TRUE(check_bik(kSberBik).ok());
  EXPECT_EQ(check_bik("04452522").code, Code::kLength);
  EXPECT_EQ(check_bik("04452522A").code, Code::kFormat);
  EXPECT_EQ(check_bik(" ").code, Code::kEmpty);
}

TEST(CorrAccount, SberbankIsKeyedWithZeroAndBikDigitsFiveSix) {
  ASSERT_EQ(ids_reference::account_key(kSberBik, true), "025");
  const Result result = check_corr_account(kSberCorr, kSberBik);
  EXPECT_TRUE(result.ok());
  EXPECT_EQ(result.normalized, kSberCorr);
  EXPECT_TRUE(check_corr_account("30101 810 4 0000 0000225", kSberBik).ok());
  EXPECT_EQ(check_corr_account("30101810400000000226", kSberBik).code, Code::kChecksum);
  // The same digits as a settlement account use another key (the last three BIK digits).
  EXPECT_EQ(check_account(kSberCorr, kSberBik).code, Code::kChecksum);
}

TEST(Account, KeyedWithTheLastThreeBikDigits) {
  const std::string account = ids_reference::with_account_control("40817810000001234567", kSberBik, false);
  ASSERT_EQ(ids_reference::account_sum("225" + account) % 10, 0);
  EXPECT_TRUE(check_account(account, kSberBik).ok());
  // Another bank (other last three digits) does not fit.
  EXPECT_EQ(check_account(account, "044525974").code, Code::kChecksum);
  // BIK digits outside the key do not take part.
  EXPECT_TRUE(check_account(account, "045555225").ok());
}

TEST(Account, NeedsAValidBik) {
  EXPECT_EQ(check_account("40817810000001234567", "").code, Code::kBikMissing);
  EXPECT_EQ(check_account("40817810000001234567", "   ").code, Code::kBikMissing);
  EXPECT_EQ(check_account("40817810000001234567", "04452522").code, Code::kBik);
  EXPECT_EQ(check_corr_account(kSberCorr, "0445x5225").code, Code::kBik);
  // The account itself is looked at first.
  EXPECT_EQ(check_account("4081781000000123456", "").code, Code::kLength);
  EXPECT_EQ(check_account("", kSberBik).code, Code::kEmpty);
}

// The weights 7, 1, 3 are all coprime to 10: every single-digit change of the
// account or of a key digit of the BIK is caught; BIK digits outside the key never matter.
TEST(Account, PropertyEverySingleDigitChangeIsCaught) {
  std::mt19937 rng(2026);
  int mutations = 0;
  for (int round = 0; round < 400; ++round) {
    for (const bool correspondent : {false, true}) {
      const std::string bik = "04" + ids_reference::random_digits(rng, 7);
      const std::string account = ids_reference::with_account_control(
          (correspondent ? "30101810" : "40702810") + ids_reference::random_digits(rng, 12), bik, correspondent);
      const auto run = [&](const std::string& a, const std::string& b) {
        return correspondent ? check_corr_account(a, b) : check_account(a, b);
      };
      ASSERT_TRUE(run(account, bik).ok()) << account << " " << bik;
      for (size_t pos = 0; pos < 20; ++pos) {
        for (char d = '0'; d <= '9'; ++d) {
          if (d == account[pos]) continue;
          std::string changed = account;
          changed[pos] = d;
          ++mutations;
          ASSERT_FALSE(ids_reference::account_valid(changed, bik, correspondent));
          ASSERT_EQ(run(changed, bik).code, Code::kChecksum) << changed;
        }
      }
      for (size_t pos = 0; pos < 9; ++pos) {
        const bool in_key = correspondent ? (pos == 4 || pos == 5) : pos >= 6;
        std::string changed = bik;
        changed[pos] = changed[pos] == '9' ? '0' : static_cast<char>(changed[pos] + 1);
        ASSERT_EQ(ids_reference::account_valid(account, changed, correspondent), !in_key);
        EXPECT_EQ(run(account, changed).ok(), !in_key) << bik << " -> " << changed;
      }
    }
  }
  EXPECT_EQ(mutations, 2 * 400 * 20 * 9);
}
