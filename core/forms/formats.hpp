#pragma once
// The "format" keyword: the standard formats date, date-time, time (RFC 3339),
// email and regex, plus the identifier formats of assets/forms/README.md
// ("snils", "inn", "inn10", "passport_office_code", "postal_code", ...)
// delegated to core/ids. Unknown formats are annotations only (always valid),
// as draft-07 allows.
#include <string_view>

#include <nlohmann/json.hpp>

namespace cabinet::forms {

struct FormatVerdict {
  bool known = false;      // a format this validator checks
  bool ok = true;
  nlohmann::json details;  // identifier kinds: {"kind": "snils", "code": "checksum", ...ids params}
};

FormatVerdict check_format(std::string_view format, std::string_view value);

// True for the formats check_format knows.
bool is_known_format(std::string_view format);

}  // namespace cabinet::forms
