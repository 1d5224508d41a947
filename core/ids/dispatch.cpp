// The list of kinds with their possible codes, and check() by kind name (used by the CLI).
#include <array>

#include "ids/ids.hpp"
#include "ids/scan.hpp"

namespace cabinet::ids {

namespace {

using C = Code;
constexpr C kDigitCodes[] = {C::kEmpty, C::kInvalidUtf8, C::kFormat, C::kLength};
constexpr C kChecksumCodes[] = {C::kEmpty, C::kInvalidUtf8, C::kFormat, C::kLength, C::kChecksum};
constexpr C kAccountCodes[] = {C::kEmpty,      C::kInvalidUtf8, C::kFormat,  C::kLength,
                               C::kBikMissing, C::kBik,         C::kChecksum};
constexpr C kPhoneCodes[] = {C::kEmpty, C::kInvalidUtf8, C::kFormat, C::kLength, C::kRange};
constexpr C kEmailCodes[] = {C::kEmpty,       C::kInvalidUtf8, C::kFormat, C::kLength,
                             C::kLocalLength, C::kLocalPart,   C::kDomain};
constexpr C kDateCodes[] = {C::kEmpty, C::kInvalidUtf8, C::kFormat,   C::kCalendar,
                            C::kRange, C::kFuture,      C::kTooYoung, C::kTooOld};
constexpr C kAmountCodes[] = {C::kEmpty, C::kInvalidUtf8, C::kFormat, C::kNegative, C::kDecimals, C::kTooLarge};
constexpr C kNameCodes[] = {C::kEmpty, C::kInvalidUtf8, C::kChars, C::kLatin, C::kMixedScripts, C::kFormat, C::kLength};

constexpr std::array kKinds = {
    KindInfo{"snils", "snils", kChecksumCodes},
    KindInfo{"inn", "inn", kChecksumCodes},
    KindInfo{"kpp", "kpp", kDigitCodes},
    KindInfo{"ogrn", "ogrn", kChecksumCodes},
    KindInfo{"ogrnip", "ogrnip", kChecksumCodes},
    KindInfo{"bik", "bik", kDigitCodes},
    KindInfo{"account", "account", kAccountCodes},
    KindInfo{"corr-account", "corr_account", kAccountCodes},
    KindInfo{"passport", "passport", kDigitCodes},
    KindInfo{"passport-office-code", "passport_office_code", kDigitCodes},
    KindInfo{"phone", "phone", kPhoneCodes},
    KindInfo{"email", "email", kEmailCodes},
    KindInfo{"date", "date", kDateCodes},
    KindInfo{"amount", "amount", kAmountCodes},
    KindInfo{"postal-index", "postal_index", kDigitCodes},
    KindInfo{"person-name", "person_name", kNameCodes},
};

}  // namespace

std::string_view code_name(Code code) {
  // In the order of enum Code.
  static constexpr std::string_view kNames[] = {
      "ok",         "empty",        "invalid_utf8", "format",   "length",   "checksum",     "range",       "calendar",
      "future",     "too_young",    "too_old",      "negative", "decimals", "too_large",    "bik_missing", "bik",
      "local_part", "local_length", "domain",       "chars",    "latin",    "mixed_scripts"};
  static_assert(std::size(kNames) == static_cast<size_t>(Code::kMixedScripts) + 1);
  const auto index = static_cast<size_t>(code);
  return index < std::size(kNames) ? kNames[index] : "unknown";
}

std::string Result::message_key() const {
  return "ids." + std::string(kind) + "." + std::string(code_name(code));
}

std::span<const KindInfo> kinds() {
  return kKinds;
}

const KindInfo* find_kind(std::string_view name) {
  for (const KindInfo& info : kKinds) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

Result check(std::string_view kind, std::string_view value, const Options& options) {
  if (kind == "snils") return check_snils(value);
  if (kind == "inn") return check_inn(value);
  if (kind == "kpp") return check_kpp(value);
  if (kind == "ogrn") return check_ogrn(value);
  if (kind == "ogrnip") return check_ogrnip(value);
  if (kind == "bik") return check_bik(value);
  if (kind == "account") return check_account(value, options.bik);
  if (kind == "corr-account") return check_corr_account(value, options.bik);
  if (kind == "passport") return check_passport(value);
  if (kind == "passport-office-code") return check_passport_office_code(value);
  if (kind == "phone") return check_phone(value);
  if (kind == "email") return check_email(value);
  if (kind == "date") return check_date(value, options.date);
  if (kind == "amount") return check_amount(value);
  if (kind == "postal-index") return check_postal_index(value);
  if (kind == "person-name") return check_person_name(value, options.name);
  return detail::fail("", Code::kFormat);
}

}  // namespace cabinet::ids
