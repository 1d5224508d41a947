#pragma once
// The verdict of an identifier check: valid with a normalized value, or an
// error code with params. The text shown to the citizen is not made here: it
// comes from the catalogs (ids/messages.hpp).
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cabinet::ids {

enum class Code {
  kOk,
  kEmpty,         // nothing but spaces
  kInvalidUtf8,   // the bytes are not UTF-8
  kFormat,        // characters or layout that the kind does not allow
  kLength,        // wrong number of digits; params: count
  kChecksum,      // the control digits do not match
  kRange,         // a part is outside what exists (phone area, year)
  kCalendar,      // no such day (31.04, 29.02 of a common year)
  kFuture,        // the date is after today; params: today
  kTooYoung,      // params: min_age
  kTooOld,        // params: max_age
  kNegative,      // a minus sign in an amount
  kDecimals,      // more than two digits of kopecks
  kTooLarge,      // the amount does not fit in int64 kopecks
  kBikMissing,    // an account checked without a BIK
  kBik,           // the BIK given with an account is not a BIK
  kLocalPart,     // email: the part before @
  kLocalLength,   // email: the part before @ is over 64 bytes; params: max
  kDomain,        // email: the part after @
  kChars,         // a name holds characters other than letters, hyphen, space, apostrophe
  kLatin,         // a name in Latin letters where only Cyrillic is allowed
  kMixedScripts,  // Cyrillic and Latin letters inside one word
};

// "checksum", "invalid_utf8", ...: the last part of the message key.
std::string_view code_name(Code code);

struct Result {
  Code code = Code::kOk;
  nlohmann::json params;   // null or an object with the placeholders of the message
  std::string normalized;  // the canonical form when valid
  std::string_view kind;   // the catalog name of the kind, e.g. "snils", "corr_account"

  bool ok() const { return code == Code::kOk; }
  // "ids.snils.checksum"
  std::string message_key() const;
};

}  // namespace cabinet::ids
