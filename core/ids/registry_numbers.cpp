// SNILS, INN, KPP, OGRN and OGRNIP: the numbers of the Social Fund and the tax service.
#include <array>

#include "ids/ids.hpp"
#include "ids/scan.hpp"

namespace cabinet::ids {

namespace {

using detail::Digits;

// Numbers up to and including 001-001-998 were issued before the control number existed.
constexpr long kSnilsLastUnchecked = 1'001'998;

int snils_control(const Digits& d) {
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += d.at(i) * (9 - i);
  if (sum < 100) return sum;
  if (sum <= 101) return 0;
  const int rest = sum % 101;
  return rest == 100 ? 0 : rest;
}

long snils_number(const Digits& d) {
  long number = 0;
  for (int i = 0; i < 9; ++i) number = number * 10 + d.at(i);
  return number;
}

// The INN control digit over the first weights.size() digits: weighted sum mod 11 mod 10.
template <size_t N>
int inn_control(const Digits& d, const std::array<int, N>& weights) {
  int sum = 0;
  for (size_t i = 0; i < N; ++i) sum += d.at(i) * weights[i];
  return sum % 11 % 10;
}

constexpr std::array<int, 9> kInn10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
constexpr std::array<int, 10> kInn12First = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
constexpr std::array<int, 11> kInn12Second = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

// The first `count` digits as a number (count <= 14 fits in int64) mod `divisor`, then its last digit.
int ogrn_control(const Digits& d, size_t count, int64_t divisor) {
  int64_t number = 0;
  for (size_t i = 0; i < count; ++i) number = number * 10 + d.at(i);
  return static_cast<int>(number % divisor % 10);
}

Result check_registry_number(std::string_view kind, std::string_view text, size_t length, int64_t divisor) {
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  const Digits d = detail::collect_digits(value);
  if (auto error = detail::reject_digits(kind, d, length)) return *error;
  if (ogrn_control(d, length - 1, divisor) != d.at(length - 1)) return detail::fail(kind, Code::kChecksum);
  return detail::pass(kind, std::string(d.view()));
}

}  // namespace

Result check_snils(std::string_view text) {
  constexpr std::string_view kind = "snils";
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  const Digits d = detail::collect_digits(value);
  if (auto error = detail::reject_digits(kind, d, 11)) return *error;
  if (snils_number(d) > kSnilsLastUnchecked && snils_control(d) != d.at(9) * 10 + d.at(10))
    return detail::fail(kind, Code::kChecksum);
  const std::string_view s = d.view();
  std::string normalized;
  normalized.reserve(14);
  normalized.append(s.substr(0, 3)).append("-").append(s.substr(3, 3)).append("-").append(s.substr(6, 3));
  normalized.append(" ").append(s.substr(9, 2));
  return detail::pass(kind, std::move(normalized));
}

Result check_inn(std::string_view text) {
  constexpr std::string_view kind = "inn";
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  const Digits d = detail::collect_digits(value);
  if (auto error = detail::reject_digits(kind, d, d.count == 12 ? 12 : 10)) return *error;
  const bool valid = d.count == 10
                         ? inn_control(d, kInn10) == d.at(9)
                         : inn_control(d, kInn12First) == d.at(10) && inn_control(d, kInn12Second) == d.at(11);
  if (!valid) return detail::fail(kind, Code::kChecksum);
  return detail::pass(kind, std::string(d.view()));
}

Result check_kpp(std::string_view text) {
  constexpr std::string_view kind = "kpp";
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  // NNNN (tax office) + PP (reason: digits or capital Latin letters) + NNN; spaces are tolerated.
  std::string kpp;
  size_t count = 0;
  for (size_t i = 0; i < value.size();) {
    const char c = value[i];
    if (const size_t n = detail::space_at(value, i)) {
      i += n;
      continue;
    }
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return detail::fail(kind, Code::kFormat);
    if (++count <= 9) kpp += c;
    ++i;
  }
  if (count != 9) return detail::fail(kind, Code::kLength, {{"count", count}});
  for (size_t i : {0, 1, 2, 3, 6, 7, 8}) {
    if (kpp[i] < '0' || kpp[i] > '9') return detail::fail(kind, Code::kFormat);
  }
  return detail::pass(kind, std::move(kpp));
}

Result check_ogrn(std::string_view text) {
  return check_registry_number("ogrn", text, 13, 11);
}

Result check_ogrnip(std::string_view text) {
  return check_registry_number("ogrnip", text, 15, 13);
}

std::string snils_digits(std::string_view text) {
  const Result r = check_snils(text);
  std::string digits;
  if (!r.ok()) return digits;
  for (char c : r.normalized) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

}  // namespace cabinet::ids
