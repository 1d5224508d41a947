#include <gtest/gtest.h>

#include "ids/ids.hpp"

using namespace cabinet::ids;

TEST(Passport, SeriesAndNumberInTheUsualWritings) {
  for (const char* text : {"45 08 123456", "4508 123456", "4508123456", "4508 \xE2\x84\x96 123456"}) {
    const Result result = check_passport(text);
    EXPECT_TRUE(result.ok()) << text;
    EXPECT_EQ(result.normalized, "4508 123456") << text;
  }
  EXPECT_EQ(check_passport("45 08 12345").code, Code::kLength);
  EXPECT_EQ(check_passport("45 08 12345").params["count"], 9);
  EXPECT_EQ(check_passport("45 08 1234567").code, Code::kLength);
  EXPECT_EQ(check_passport("45 0B 123456").code, Code::kFormat);
  EXPECT_EQ(check_passport("").code, Code::kEmpty);
}

TEST(PassportOfficeCode, ThreeDigitsHyphenThreeDigits) {
  EXPECT_EQ(check_passport_office_code("770-001").normalized, "770-001");
  EXPECT_EQ(check_passport_office_code("770001").normalized, "770-001");
  EXPECT_EQ(check_passport_office_code("770 001").normalized, "770-001");
  EXPECT_EQ(check_passport_office_code("770-01").code, Code::kLength);
  EXPECT_EQ(check_passport_office_code("770/001").code, Code::kFormat);
}

TEST(PostalIndex, SixDigits) {
  EXPECT_EQ(check_postal_index("101000").normalized, "101000");
  EXPECT_EQ(check_postal_index("10100").code, Code::kLength);
  EXPECT_EQ(check_postal_index("1010000").code, Code::kLength);
  EXPECT_EQ(check_postal_index("10100O").code, Code::kFormat);
}
