#include "payments/card.hpp"

#include <cctype>
#include <cstdio>

#include "time/iso8601.hpp"

namespace cabinet::payments {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool luhn_ok(const std::string& digits) {
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = *it - '0';
    if (twice && (d *= 2) > 9) d -= 9;
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

int weighted_sum(std::string_view digits, int first_weight) {
  int sum = 0;
  for (size_t i = 0; i < digits.size(); ++i)
    sum += (digits[i] - '0') * static_cast<int>((i + first_weight - 1) % 10 + 1);
  return sum;
}

}  // namespace

CheckResult check_card_number(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (is_digit(c)) {
      digits.push_back(c);
    } else if (c != ' ' && c != '-') {
      return {"card_number_format", ""};
    }
  }
  if (digits.empty()) return {"card_number_required", ""};
  if (digits.size() < 16 || digits.size() > 19) return {"card_number_length", ""};
  if (!luhn_ok(digits)) return {"card_number_checksum", ""};
  return {"", digits};
}

CheckResult check_card_expiry(std::string_view text, int64_t now_ms) {
  if (text.empty()) return {"card_expiry_required", ""};
  const size_t slash = text.find('/');
  if (slash != 2 || (text.size() != 5 && text.size() != 7)) return {"card_expiry_format", ""};
  for (size_t i = 0; i < text.size(); ++i) {
    if (i != slash && !is_digit(text[i])) return {"card_expiry_format", ""};
  }
  const int month = (text[0] - '0') * 10 + (text[1] - '0');
  int year = 0;
  for (char c : text.substr(3)) year = year * 10 + (c - '0');
  if (text.size() == 5) year += 2000;
  if (month < 1 || month > 12) return {"card_expiry_format", ""};
  int now_year;
  unsigned now_month, now_day;
  // Valid through the month's last day in Moscow (UTC+3).
  time::civil_from_days((now_ms + 3 * 3'600'000) / 86'400'000, now_year, now_month, now_day);
  if (year < now_year || (year == now_year && month < static_cast<int>(now_month))) return {"card_expired", ""};
  if (year > now_year + 20) return {"card_expiry_format", ""};
  char normalized[8];
  std::snprintf(normalized, sizeof normalized, "%02d/%02d", month, year % 100);
  return {"", normalized};
}

CheckResult check_card_holder(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool latin = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!latin && c != ' ' && c != '.' && c != '-' && c != '\'') return {"card_holder_format", ""};
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.empty()) return {"card_holder_required", ""};
  if (out.size() < 2 || out.size() > 26) return {"card_holder_format", ""};
  return {"", out};
}

std::string mask_card(std::string_view digits) {
  return "•••• " + std::string(digits.size() >= 4 ? digits.substr(digits.size() - 4) : digits);
}

std::string mask_account(std::string_view digits) {
  return "…" + std::string(digits.size() >= 4 ? digits.substr(digits.size() - 4) : digits);
}

int uin_check_digit(std::string_view first19) {
  int rest = weighted_sum(first19, 1) % 11;
  if (rest == 10) rest = weighted_sum(first19, 3) % 11;
  return rest == 10 ? 0 : rest;
}

bool is_valid_uin(std::string_view uin) {
  if (uin.size() != 20) return false;
  for (char c : uin) {
    if (!is_digit(c)) return false;
  }
  return uin_check_digit(uin.substr(0, 19)) == uin[19] - '0';
}

}  // namespace cabinet::payments
