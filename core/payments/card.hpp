#pragma once
// The format checks of a payment method's details (the seed's «проверяет их
// на соответствие формату банковского стандарта»): card number by the Luhn
// check digit, expiry MM/YY not past, holder in Latin letters; and the UIN's
// ГИС ГМП check digit. Codes are catalog keys' last parts (payments.error.*).
#include <cstdint>
#include <string>
#include <string_view>

namespace cabinet::payments {

struct CheckResult {
  std::string code;        // "" when ok
  std::string normalized;  // digits only, "MM/YY", upper-case holder
  bool ok() const { return code.empty(); }
};

// 16 to 19 digits (spaces and dashes allowed), Luhn-valid.
CheckResult check_card_number(std::string_view text);
// "MM/YY" (or "MM/YYYY"); a card is valid through the last day of its month (Moscow time).
CheckResult check_card_expiry(std::string_view text, int64_t now_ms);
// As embossed: Latin letters, spaces, dots, hyphens and apostrophes; 2 to 26 characters.
CheckResult check_card_holder(std::string_view text);

// "2200123412341234" -> "•••• 1234".
std::string mask_card(std::string_view digits);
// "…1234" for an account.
std::string mask_account(std::string_view digits);

// The check digit of a 20-digit УИН over its first 19 digits (weights 1..10,
// then 3..12 when the first sum leaves 10; 10 again gives 0).
int uin_check_digit(std::string_view first19);
bool is_valid_uin(std::string_view uin);

}  // namespace cabinet::payments
