#pragma once
// Reference implementations written from the rule texts, independently of
// core/ids (strings in, digit by digit), so property tests do not test the
// module against itself. Inputs are plain digit strings of the right length.
#include <random>
#include <string>
#include <vector>

namespace ids_reference {

inline int digit(const std::string& s, size_t i) {
  return s[i] - '0';
}

inline std::string random_digits(std::mt19937& rng, size_t count) {
  std::uniform_int_distribution<int> pick(0, 9);
  std::string out;
  for (size_t i = 0; i < count; ++i) out += static_cast<char>('0' + pick(rng));
  return out;
}

// SNILS: digits 1-9 with weights 9..1.
inline int snils_sum(const std::string& s) {
  int sum = 0;
  for (int weight = 9, i = 0; weight >= 1; --weight, ++i) sum += digit(s, i) * weight;
  return sum;
}

// The control number as two characters.
inline std::string snils_control(int sum) {
  int control = sum;
  if (sum == 100 || sum == 101) {
    control = 0;
  } else if (sum > 101) {
    control = sum % 101;
    if (control == 100) control = 0;
  }
  return std::string(1, static_cast<char>('0' + control / 10)) + static_cast<char>('0' + control % 10);
}

// Numbers up to and including 001-001-998 carry no check.
inline bool snils_unchecked(const std::string& s) {
  return s.substr(0, 9) <= "001001998";
}

inline bool snils_valid(const std::string& s) {
  return snils_unchecked(s) || s.substr(9, 2) == snils_control(snils_sum(s));
}

// INN: weighted sum of the leading digits, mod 11, mod 10.
inline int inn_remainder(const std::string& s, const std::vector<int>& weights) {
  int sum = 0;
  for (size_t i = 0; i < weights.size(); ++i) sum += digit(s, i) * weights[i];
  return sum % 11;
}
inline const std::vector<int> kInn10{2, 4, 10, 3, 5, 9, 4, 6, 8};
inline const std::vector<int> kInn11{7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
inline const std::vector<int> kInn12{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

inline bool inn_valid(const std::string& s) {
  if (s.size() == 10) return inn_remainder(s, kInn10) % 10 == digit(s, 9);
  return inn_remainder(s, kInn11) % 10 == digit(s, 10) && inn_remainder(s, kInn12) % 10 == digit(s, 11);
}

// OGRN (mod 11) and OGRNIP (mod 13): the remainder of the leading digits read
// as a decimal number (Horner's scheme, no big integers), then its last digit.
inline int leading_remainder(const std::string& s, size_t count, int divisor) {
  int rest = 0;
  for (size_t i = 0; i < count; ++i) rest = (rest * 10 + digit(s, i)) % divisor;
  return rest;
}
inline bool ogrn_valid(const std::string& s) {
  return leading_remainder(s, 12, 11) % 10 == digit(s, 12);
}
inline bool ogrnip_valid(const std::string& s) {
  return leading_remainder(s, 14, 13) % 10 == digit(s, 14);
}

// Bank accounts: 3 key digits from the BIK + 20 account digits, weights 7, 1, 3.
inline std::string account_key(const std::string& bik, bool correspondent) {
  return correspondent ? "0" + bik.substr(4, 2) : bik.substr(6, 3);
}
inline int account_sum(const std::string& key_and_account) {
  const int weights[] = {7, 1, 3};
  int sum = 0;
  for (size_t i = 0; i < key_and_account.size(); ++i) sum += digit(key_and_account, i) * weights[i % 3] % 10;
  return sum;
}
inline bool account_valid(const std::string& account, const std::string& bik, bool correspondent) {
  return account_sum(account_key(bik, correspondent) + account) % 10 == 0;
}
// Sets the account's control digit (the 9th) so the account fits the BIK.
inline std::string with_account_control(std::string account, const std::string& bik, bool correspondent) {
  for (char c = '0'; c <= '9'; ++c) {
    account[8] = c;
    if (account_valid(account, bik, correspondent)) return account;
  }
  return account;  // unreachable: weight 3 makes every last digit reachable
}

}  // namespace ids_reference
