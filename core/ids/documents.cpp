// Passport of the Russian Federation, its issuing-office code, and the postal index.
#include "ids/ids.hpp"
#include "ids/scan.hpp"

namespace cabinet::ids {

namespace {

// "№" (U+2116), often written between the series and the number.
constexpr std::string_view kNumeroSign = "\xE2\x84\x96";

template <size_t N>
Result check_plain_digits(std::string_view kind, std::string_view text) {
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  const detail::Digits d = detail::collect_digits(value);
  if (auto error = detail::reject_digits(kind, d, N)) return *error;
  return detail::pass(kind, std::string(d.view()));
}

}  // namespace

// "45 08 123456", "4508 123456", "4508123456", "4508 № 123456" -> "4508 123456".
Result check_passport(std::string_view text) {
  constexpr std::string_view kind = "passport";
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  std::string without_sign(value);
  if (const size_t at = without_sign.find(kNumeroSign); at != std::string::npos) {
    without_sign.replace(at, kNumeroSign.size(), " ");
  }
  const detail::Digits d = detail::collect_digits(without_sign);
  if (auto error = detail::reject_digits(kind, d, 10)) return *error;
  const std::string_view s = d.view();
  return detail::pass(kind, std::string(s.substr(0, 4)) + " " + std::string(s.substr(4)));
}

// "NNN-NNN" (also typed as "NNNNNN" or "NNN NNN") -> "NNN-NNN".
Result check_passport_office_code(std::string_view text) {
  Result result = check_plain_digits<6>("passport_office_code", text);
  if (result.ok()) result.normalized.insert(3, "-");
  return result;
}

Result check_postal_index(std::string_view text) {
  return check_plain_digits<6>("postal_index", text);
}

}  // namespace cabinet::ids
