#include <gtest/gtest.h>

#include <random>

#include "ids/ids.hpp"
#include "reference.hpp"

using namespace cabinet::ids;

TEST(Inn, AcceptsPublicReferenceNumbers) {
  EXPECT_TRUE(check_inn("7707083893").ok());  // Sberbank
  EXPECT_EQ(check_inn(" 7707083893 ").normalized, "7707083893");
  EXPECT_TRUE(check_inn("500100732259").ok());  // the FNS example of a person's INN
}

TEST(Inn, ChecksBothControlDigitsOfTwelve) {
  EXPECT_EQ(check_inn("7707083894").code, Code::kChecksum);
  EXPECT_EQ(check_inn("500100732258").code, Code::kChecksum);  // second control
  EXPECT_EQ(check_inn("500100732159").code, Code::kChecksum);  // first control
}

TEST(Inn, RemainderTenGivesZero) {
  ASSERT_EQ(ids_reference::inn_remainder("5624607420", ids_reference::kInn10), 10);
  EXPECT_TRUE(check_inn("5624607420").ok());
  EXPECT_EQ(check_inn("5624607421").code, Code::kChecksum);
}

TEST(Inn, RejectsOtherLengths) {
  for (const char* text : {"770708389", "77070838931", "7707083893123"}) {
    EXPECT_EQ(check_inn(text).code, Code::kLength) << text;
  }
  EXPECT_EQ(check_inn("77070838931").params["count"], 11);
  EXPECT_EQ(check_inn("770708389X").code, Code::kFormat);
  EXPECT_EQ(check_inn("").code, Code::kEmpty);
}

TEST(Kpp, DigitsOrCapitalLatinLettersInTheMiddle) {
  EXPECT_TRUE(check_kpp("773601001").ok());  // Sberbank
  EXPECT_TRUE(check_kpp("7736AB001").ok());
  EXPECT_TRUE(check_kpp("7736 01 001").ok());
  EXPECT_EQ(check_kpp("7736 01 001").normalized, "773601001");
  EXPECT_EQ(check_kpp("7736ab001").code, Code::kFormat);
  EXPECT_EQ(check_kpp("7736АБ001").code, Code::kFormat);  // Cyrillic АБ
  EXPECT_EQ(check_kpp("A73601001").code, Code::kFormat);
  EXPECT_EQ(check_kpp("77360100A").code, Code::kFormat);
  EXPECT_EQ(check_kpp("77360100").code, Code::kLength);
  EXPECT_EQ(check_kpp("7736010011").params["count"], 10);
}

TEST(Ogrn, PublicReferenceAndRemainderTen) {
  EXPECT_TRUE(check_ogrn("1027700132195").ok());  // Sberbank
  EXPECT_EQ(check_ogrn("1027700132194").code, Code::kChecksum);
  ASSERT_EQ(ids_reference::leading_remainder("110256803084", 12, 11), 10);
  EXPECT_TRUE(check_ogrn("1102568030840").ok());
  EXPECT_EQ(check_ogrn("1102568030841").code, Code::kChecksum);
  EXPECT_EQ(check_ogrn("102770013219").code, Code::kLength);
}

TEST(Ogrnip, RemaindersTenElevenTwelveGiveTheirLastDigit) {
  EXPECT_TRUE(check_ogrnip("304500116000157").ok());
  const char* cases[][2] = {{"37103074832561", "0"}, {"37431965892228", "1"}, {"34890203479949", "2"}};
  for (int remainder = 10; remainder <= 12; ++remainder) {
    const std::string head = cases[remainder - 10][0];
    ASSERT_EQ(ids_reference::leading_remainder(head, 14, 13), remainder);
    EXPECT_TRUE(check_ogrnip(head + cases[remainder - 10][1]).ok()) << head;
    // The first digit of the remainder is not the control digit.
    EXPECT_EQ(check_ogrnip(head + "1").ok(), remainder == 11) << head;
  }
  EXPECT_EQ(check_ogrnip("1027700132195").code, Code::kLength);
}

namespace {

// Generates `rounds` valid numbers, changes each digit to every other digit and
// compares with the reference verdict. `explained` tells why a change that
// keeps the number valid is allowed by the rule.
template <typename Check, typename Valid, typename Make, typename Explained>
void expect_single_digit_changes_caught(uint32_t seed, int rounds, Check check, Valid valid, Make make,
                                        Explained explained) {
  std::mt19937 rng(seed);
  int mutations = 0, kept = 0;
  for (int round = 0; round < rounds; ++round) {
    const std::string number = make(rng);
    ASSERT_TRUE(valid(number));
    ASSERT_TRUE(check(number).ok()) << number;
    for (size_t pos = 0; pos < number.size(); ++pos) {
      for (char d = '0'; d <= '9'; ++d) {
        if (d == number[pos]) continue;
        std::string changed = number;
        changed[pos] = d;
        ++mutations;
        const bool expected = valid(changed);
        const Result result = check(changed);
        ASSERT_EQ(result.ok(), expected) << number << " -> " << changed;
        if (!expected) {
          ASSERT_EQ(result.code, Code::kChecksum);
        } else {
          ++kept;
          EXPECT_TRUE(explained(number, changed)) << number << " -> " << changed;
        }
      }
    }
  }
  EXPECT_LT(kept * 10, mutations);
}

bool zero_or_ten(int a, int b) {
  return (a == 0 || a == 10) && (b == 0 || b == 10);
}

}  // namespace

TEST(Inn, PropertyOneChangedDigitIsCaughtTen) {
  using namespace ids_reference;
  expect_single_digit_changes_caught(
      101, 2000, check_inn, inn_valid,
      [](std::mt19937& rng) {
        std::string s = random_digits(rng, 9);
        return s + static_cast<char>('0' + inn_remainder(s, kInn10) % 10);
      },
      // Kept only when the remainder moved between 0 and 10 (both give 0).
      [](const std::string& a, const std::string& b) {
        return zero_or_ten(inn_remainder(a, kInn10), inn_remainder(b, kInn10));
      });
}

TEST(Inn, PropertyOneChangedDigitIsCaughtTwelve) {
  using namespace ids_reference;
  expect_single_digit_changes_caught(
      102, 2000, check_inn, inn_valid,
      [](std::mt19937& rng) {
        std::string s = random_digits(rng, 10);
        s += static_cast<char>('0' + inn_remainder(s, kInn11) % 10);
        return s + static_cast<char>('0' + inn_remainder(s, kInn12) % 10);
      },
      [](const std::string& a, const std::string& b) {
        const auto same_or_swapped = [&](const std::vector<int>& w) {
          return inn_remainder(a, w) == inn_remainder(b, w) || zero_or_ten(inn_remainder(a, w), inn_remainder(b, w));
        };
        return same_or_swapped(kInn11) && same_or_swapped(kInn12);
      });
}

TEST(Ogrn, PropertyOneChangedDigitIsCaught) {
  using namespace ids_reference;
  expect_single_digit_changes_caught(
      103, 2000, check_ogrn, ogrn_valid,
      [](std::mt19937& rng) {
        std::string s = "1" + random_digits(rng, 11);
        return s + static_cast<char>('0' + leading_remainder(s, 12, 11) % 10);
      },
      [](const std::string& a, const std::string& b) {
        return zero_or_ten(leading_remainder(a, 12, 11), leading_remainder(b, 12, 11));
      });
}

TEST(Ogrnip, PropertyOneChangedDigitIsCaught) {
  using namespace ids_reference;
  expect_single_digit_changes_caught(
      104, 2000, check_ogrnip, ogrnip_valid,
      [](std::mt19937& rng) {
        std::string s = "3" + random_digits(rng, 13);
        return s + static_cast<char>('0' + leading_remainder(s, 14, 13) % 10);
      },
      // Kept only when the remainder moved by 10 (10/0, 11/1, 12/2 share a last digit).
      [](const std::string& a, const std::string& b) {
        const int ra = leading_remainder(a, 14, 13), rb = leading_remainder(b, 14, 13);
        return ra - rb == 10 || rb - ra == 10;
      });
}
