#include "forms/formats.hpp"

#include <string>

#include "forms/ecma_regex.hpp"
#include "ids/ids.hpp"

namespace cabinet::forms {
namespace {

bool digits(std::string_view text, size_t pos, size_t count, int& value) {
  if (pos + count > text.size()) return false;
  value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// RFC 3339 full-date: YYYY-MM-DD.
bool is_full_date(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  if (!digits(text, 0, 4, year) || !digits(text, 5, 2, month) || !digits(text, 8, 2, day)) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= kDays[month - 1] + (month == 2 && leap(year) ? 1 : 0);
}

// RFC 3339 full-time: HH:MM:SS[.frac](Z|+HH:MM|-HH:MM); a leap second only at 23:59 UTC.
bool is_full_time(std::string_view text) {
  int hour = 0, minute = 0, second = 0;
  if (text.size() < 9 || text[2] != ':' || text[5] != ':') return false;
  if (!digits(text, 0, 2, hour) || !digits(text, 3, 2, minute) || !digits(text, 6, 2, second)) return false;
  size_t pos = 8;
  if (pos < text.size() && text[pos] == '.') {
    const size_t start = ++pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    if (pos == start) return false;
  }
  if (pos >= text.size()) return false;
  int offset_minutes = 0;
  if (text[pos] == 'Z' || text[pos] == 'z') {
    if (pos + 1 != text.size()) return false;
  } else if (text[pos] == '+' || text[pos] == '-') {
    int offset_hour = 0, offset_minute = 0;
    if (text.size() != pos + 6 || text[pos + 3] != ':') return false;
    if (!digits(text, pos + 1, 2, offset_hour) || !digits(text, pos + 4, 2, offset_minute)) return false;
    if (offset_hour > 23 || offset_minute > 59) return false;
    offset_minutes = (offset_hour * 60 + offset_minute) * (text[pos] == '+' ? 1 : -1);
  } else {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (second == 60) {
    const int utc = ((hour * 60 + minute - offset_minutes) % 1440 + 1440) % 1440;
    if (utc != 23 * 60 + 59) return false;
  }
  return true;
}

bool is_date_time(std::string_view text) {
  if (text.size() < 11 || (text[10] != 'T' && text[10] != 't')) return false;
  return is_full_date(text.substr(0, 10)) && is_full_time(text.substr(11));
}

bool is_atext(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos ||
         static_cast<unsigned char>(c) >= 0x80;
}

// RFC 5322 addr-spec, dot-atom forms only: local@domain.
bool is_email(std::string_view text) {
  const size_t at = text.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == text.size()) return false;
  const std::string_view local = text.substr(0, at);
  const std::string_view domain = text.substr(at + 1);
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return false;
  for (char c : local) {
    if (c != '.' && !is_atext(c)) return false;
  }
  if (domain.front() == '.' || domain.back() == '.' || domain.find("..") != std::string_view::npos) return false;
  for (char c : domain) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && c != '-' && c != '.' && static_cast<unsigned char>(c) < 0x80) return false;
  }
  return true;
}

// Identifier kinds exposed as formats (the names of assets/forms/README.md),
// each delegating to a check of core/ids. "date" and "email" keep their
// standard JSON Schema meaning.
enum class Extra { kNone, kInn10, kInn12, kNoBik };

struct IdFormat {
  std::string_view format;  // in a schema: "format": "passport_office_code"
  std::string_view kind;    // ids::check kind name
  Extra extra = Extra::kNone;
};

constexpr IdFormat kIdFormats[] = {
    {"snils", "snils"},
    {"inn", "inn"},
    {"inn10", "inn", Extra::kInn10},
    {"inn12", "inn", Extra::kInn12},
    {"kpp", "kpp"},
    {"ogrn", "ogrn"},
    {"ogrnip", "ogrnip"},
    {"bik", "bik"},
    // The key of an account is checked with its bank's BIK, which a format
    // cannot see: alone, an account is 20 digits (the "checks" of a form
    // definition match it against the BIK).
    {"account", "account", Extra::kNoBik},
    {"passport", "passport"},
    {"passport_office_code", "passport-office-code"},
    {"phone", "phone"},
    {"postal_code", "postal-index"},
    {"person_name", "person-name"},
    // The same kinds under the names of core/ids and `cabinet-cli check-id`.
    {"passport-office-code", "passport-office-code"},
    {"postal-index", "postal-index"},
    {"person-name", "person-name"},
};

const IdFormat* find_id_format(std::string_view format) {
  for (const IdFormat& entry : kIdFormats) {
    if (entry.format == format) return &entry;
  }
  return nullptr;
}

ids::Result check_id_format(const IdFormat& entry, std::string_view value) {
  ids::Result result = ids::check(entry.kind, value);
  if (entry.extra == Extra::kNoBik && result.code == ids::Code::kBikMissing) {
    result.code = ids::Code::kOk;
    result.params = nullptr;
  }
  if (result.ok() && (entry.extra == Extra::kInn10 || entry.extra == Extra::kInn12)) {
    const size_t expected = entry.extra == Extra::kInn10 ? 10 : 12;
    if (result.normalized.size() != expected) {
      result.code = ids::Code::kLength;
      result.kind = entry.format;  // the message: forms.errors.format_inn10 / format_inn12
      result.params = {{"count", result.normalized.size()}};
    }
  }
  return result;
}

}  // namespace

bool is_known_format(std::string_view format) {
  return format == "date" || format == "date-time" || format == "time" || format == "email" || format == "regex" ||
         find_id_format(format) != nullptr;
}

FormatVerdict check_format(std::string_view format, std::string_view value) {
  FormatVerdict verdict;
  verdict.known = true;
  if (format == "date") {
    verdict.ok = is_full_date(value);
  } else if (format == "date-time") {
    verdict.ok = is_date_time(value);
  } else if (format == "time") {
    verdict.ok = is_full_time(value);
  } else if (format == "email") {
    verdict.ok = is_email(value);
  } else if (format == "regex") {
    verdict.ok = is_ecma_regex(value);
  } else if (const IdFormat* entry = find_id_format(format)) {
    const ids::Result result = check_id_format(*entry, value);
    verdict.ok = result.ok();
    if (!verdict.ok) {
      verdict.details = result.params.is_object() ? result.params : nlohmann::json::object();
      verdict.details["kind"] = std::string(result.kind);
      verdict.details["code"] = std::string(ids::code_name(result.code));
    }
  } else {
    verdict.known = false;
  }
  return verdict;
}

}  // namespace cabinet::forms
