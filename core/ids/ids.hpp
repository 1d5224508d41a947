#pragma once
// Russian identifiers and field formats, checked exactly as the registries
// define them (see core/ids/README.md for every rule). Each check accepts any
// bytes (empty, huge, invalid UTF-8, NUL) and answers with a Result.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ids/result.hpp"

namespace cabinet::ids {

// A calendar date. `today` always comes from the caller: the checks never read a clock.
struct Date {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  friend bool operator==(const Date&, const Date&) = default;
};

struct DateRules {
  std::optional<Date> today;   // needed by the two rules below; without it they are skipped
  bool not_in_future = false;  // the date may be today at the latest
  std::optional<int> min_age;  // full years between the date and today (a birth date)
  std::optional<int> max_age;
};

struct NameRules {
  bool allow_latin = false;  // Latin letters too (never mixed with Cyrillic in one word)
  size_t min_length = 1;     // in characters, after normalization
  size_t max_length = 100;
};

struct AmountResult : Result {
  int64_t kopecks = 0;
};

struct DateResult : Result {
  Date date;
};

Result check_snils(std::string_view text);
// The 11 digits of a valid SNILS in any spelling; "" when it is not one.
std::string snils_digits(std::string_view text);
Result check_inn(std::string_view text);  // 10 digits (organisation) or 12 (individual)
Result check_kpp(std::string_view text);
Result check_ogrn(std::string_view text);
Result check_ogrnip(std::string_view text);
Result check_bik(std::string_view text);
Result check_account(std::string_view text, std::string_view bik);       // settlement account
Result check_corr_account(std::string_view text, std::string_view bik);  // correspondent account
Result check_passport(std::string_view text);                            // series and number
Result check_passport_office_code(std::string_view text);
Result check_phone(std::string_view text);
// "+79161234567" (as check_phone normalizes) -> "+7 916 123-45-67"; anything else unchanged.
std::string display_phone(std::string_view normalized);
Result check_email(std::string_view text);
DateResult check_date(std::string_view text, const DateRules& rules = {});
AmountResult check_amount(std::string_view text);
Result check_person_name(std::string_view text, const NameRules& rules = {});
Result check_postal_index(std::string_view text);

// Everything a kind may need besides the value, for the dispatcher.
struct Options {
  std::string bik;  // accounts
  DateRules date;
  NameRules name;
};

struct KindInfo {
  std::string_view name;        // as typed in the CLI: "corr-account"
  std::string_view key;         // in the catalogs: "corr_account"
  std::span<const Code> codes;  // every error code the check can return
};

// All kinds in a stable order.
std::span<const KindInfo> kinds();
const KindInfo* find_kind(std::string_view name);

// Runs the check of `kind` (a KindInfo::name). An unknown kind is a
// programming error: the result has code kFormat and an empty kind.
Result check(std::string_view kind, std::string_view value, const Options& options = {});

}  // namespace cabinet::ids
