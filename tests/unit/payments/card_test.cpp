// The format checks before a payment: card number (Luhn), expiry, holder, and the УИН's check digit.
#include <gtest/gtest.h>

#include "payments/card.hpp"

using namespace cabinet::payments;

namespace {
constexpr int64_t kNow = 1'795'424'400'000;  // 2026-11-23
}

TEST(Card, NumberNeedsSixteenToNineteenDigitsWithTheLuhnDigit) {
  EXPECT_EQ(check_card_number("4111 1111 1111 1111").normalized, "4111111111111111");
  EXPECT_EQ(check_card_number("2200-0000-0000-0004").normalized, "2200000000000004");
  EXPECT_EQ(check_card_number("4111 1111 1111 1112").code, "card_number_checksum");
  EXPECT_EQ(check_card_number("4111 1111 1111 111").code, "card_number_length");
  EXPECT_EQ(check_card_number("41111111111111111111").code, "card_number_length");
  EXPECT_EQ(check_card_number("4111 1111 1111 111O").code, "card_number_format");
  EXPECT_EQ(check_card_number("").code, "card_number_required");
  EXPECT_EQ(check_card_number("\xD0\x9F").code, "card_number_format");
}

TEST(Card, ExpiryIsValidThroughItsMonth) {
  EXPECT_EQ(check_card_expiry("11/26", kNow).normalized, "11/26");
  EXPECT_EQ(check_card_expiry("10/26", kNow).code, "card_expired");
  EXPECT_EQ(check_card_expiry("08/2028", kNow).normalized, "08/28");
  EXPECT_EQ(check_card_expiry("13/27", kNow).code, "card_expiry_format");
  EXPECT_EQ(check_card_expiry("00/27", kNow).code, "card_expiry_format");
  EXPECT_EQ(check_card_expiry("1/27", kNow).code, "card_expiry_format");
  EXPECT_EQ(check_card_expiry("01-27", kNow).code, "card_expiry_format");
  EXPECT_EQ(check_card_expiry("01/60", kNow).code, "card_expiry_format");
  EXPECT_EQ(check_card_expiry("", kNow).code, "card_expiry_required");
}

TEST(Card, HolderIsLatinAsEmbossed) {
  EXPECT_EQ(check_card_holder("  ivan   ivanov ").normalized, "IVAN IVANOV");
  EXPECT_EQ(check_card_holder("Anna-Maria O'Neil").normalized, "ANNA-MARIA O'NEIL");
  EXPECT_EQ(check_card_holder("Иван Иванов").code, "card_holder_format");
  EXPECT_EQ(check_card_holder("I").code, "card_holder_format");
  EXPECT_EQ(check_card_holder("   ").code, "card_holder_required");
}

TEST(Card, MasksShowTheLastFourDigitsOnly) {
  EXPECT_EQ(mask_card("2200123412341234"), "•••• 1234");
  EXPECT_EQ(mask_account("40817810099910004312"), "…4312");
}

TEST(Card, UinCheckDigitFollowsTheTreasuryRule) {
  const std::string first19 = "1881017723001234567";
  const int digit = uin_check_digit(first19);
  EXPECT_TRUE(is_valid_uin(first19 + std::to_string(digit)));
  EXPECT_FALSE(is_valid_uin(first19 + std::to_string((digit + 1) % 10)));
  // Weights 1..10,1..9 over 1111111111111111111 sum to 100 (100 % 11 = 1).
  EXPECT_EQ(uin_check_digit("1111111111111111111"), 1);
  // A 1 in the tenth place weighs 10 in the first pass (remainder 10), so the second pass weighs it 2.
  EXPECT_EQ(uin_check_digit("0000000001000000000"), 2);
  EXPECT_FALSE(is_valid_uin("1234"));
  EXPECT_FALSE(is_valid_uin("188101772300123456a7"));
}
