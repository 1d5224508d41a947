// BIK and the two kinds of bank accounts keyed with it (Bank of Russia rules).
#include "ids/ids.hpp"
#include "ids/scan.hpp"

namespace cabinet::ids {

namespace {

using detail::Digits;

// The 3-digit key before the account and the weights 7, 1, 3 repeating over
// all 23 digits: the last digits of the products must sum to 0 mod 10.
bool account_key_matches(const char key[3], const Digits& account) {
  static constexpr int kWeights[3] = {7, 1, 3};
  int sum = 0;
  for (int i = 0; i < 23; ++i) {
    const int digit = i < 3 ? key[i] - '0' : account.at(i - 3);
    sum += digit * kWeights[i % 3] % 10;
  }
  return sum % 10 == 0;
}

// settlement: the last three BIK digits; correspondent: "0" + BIK digits 5 and 6.
Result check_bank_account(std::string_view kind, std::string_view text, std::string_view bik, bool correspondent) {
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  const Digits account = detail::collect_digits(value);
  if (auto error = detail::reject_digits(kind, account, 20)) return *error;
  if (detail::trim(bik).empty()) return detail::fail(kind, Code::kBikMissing);
  const Result bik_result = check_bik(bik);
  if (!bik_result.ok()) return detail::fail(kind, Code::kBik);
  const std::string& b = bik_result.normalized;
  const char key[3] = {correspondent ? '0' : b[6], correspondent ? b[4] : b[7], correspondent ? b[5] : b[8]};
  if (!account_key_matches(key, account)) return detail::fail(kind, Code::kChecksum);
  return detail::pass(kind, std::string(account.view()));
}

}  // namespace

Result check_bik(std::string_view text) {
  constexpr std::string_view kind = "bik";
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  const Digits d = detail::collect_digits(value);
  if (auto error = detail::reject_digits(kind, d, 9)) return *error;
  return detail::pass(kind, std::string(d.view()));
}

Result check_account(std::string_view text, std::string_view bik) {
  return check_bank_account("account", text, bik, false);
}

Result check_corr_account(std::string_view text, std::string_view bik) {
  return check_bank_account("corr_account", text, bik, true);
}

}  // namespace cabinet::ids
