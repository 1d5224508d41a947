#include <gtest/gtest.h>

#include <limits>

#include "ids/ids.hpp"

using namespace cabinet::ids;

TEST(Amount, RublesAndKopecksWithCommaOrDot) {
  const struct {
    const char* text;
    int64_t kopecks;
    const char* normalized;
  } cases[] = {
      {"0", 0, "0.00"},
      {"15", 1500, "15.00"},
      {"1234,5", 123450, "1234.50"},
      {"1234.05", 123405, "1234.05"},
      {"1 234 567,89", 123456789, "1234567.89"},
      {"1\u00A0000\u00A0000", 100000000, "1000000.00"},  // no-break spaces
      {"1\u202F000", 100000, "1000.00"},                 // narrow no-break space
      {" 007,10 ", 710, "7.10"},
  };
  for (const auto& c : cases) {
    const AmountResult result = check_amount(c.text);
    EXPECT_TRUE(result.ok()) << c.text;
    EXPECT_EQ(result.kopecks, c.kopecks) << c.text;
    EXPECT_EQ(result.normalized, c.normalized) << c.text;
  }
}

TEST(Amount, RefusesNegativeAndMalformed) {
  EXPECT_EQ(check_amount("-5").code, Code::kNegative);
  EXPECT_EQ(check_amount("\u22125").code, Code::kNegative);  // U+2212 minus
  EXPECT_EQ(check_amount("5,123").code, Code::kDecimals);
  for (const char* text : {"+5", "5,", ",5", ".5", "5,5,5", "5.5.", "1 23", "12 3456", "1234 567", "1  000", "5 руб",
                           "5₽", "1,000.50", "abc", "5e3"}) {
    EXPECT_EQ(check_amount(text).code, Code::kFormat) << text;
  }
}

TEST(Amount, RefusesWhatDoesNotFitInt64Kopecks) {
  const int64_t max = std::numeric_limits<int64_t>::max();  // 92233720368547758.07 rubles
  EXPECT_EQ(check_amount("92233720368547758,07").kopecks, max);
  EXPECT_EQ(check_amount("92233720368547758,08").code, Code::kTooLarge);
  EXPECT_EQ(check_amount("92233720368547759").code, Code::kTooLarge);
  EXPECT_EQ(check_amount(std::string(5000, '9')).code, Code::kTooLarge);
  EXPECT_EQ(check_amount(std::string(5000, '0') + "1,50").kopecks, 150);
}
