// Numbers (multipleOf, maximum, exclusiveMaximum, minimum, exclusiveMinimum)
// and strings (maxLength, minLength, pattern, format).
#include <cmath>

#include "forms/ecma_regex.hpp"
#include "forms/evaluator.hpp"
#include "forms/formats.hpp"

namespace cabinet::forms::detail {
namespace {

using nlohmann::json;

bool is_exact_integer(const json& value) {
  return value.is_number_integer() || value.is_number_unsigned();
}

__int128 as_int128(const json& value) {
  if (value.is_number_unsigned()) return static_cast<__int128>(value.get<uint64_t>());
  return static_cast<__int128>(value.get<int64_t>());
}

// -1, 0, 1 as a < b, a == b, a > b; integers compare exactly.
int compare(const json& a, const json& b) {
  if (is_exact_integer(a) && is_exact_integer(b)) {
    const __int128 x = as_int128(a), y = as_int128(b);
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  const double x = a.get<double>(), y = b.get<double>();
  return x < y ? -1 : (x > y ? 1 : 0);
}

bool is_multiple(const json& value, const json& divisor) {
  if (is_exact_integer(value) && is_exact_integer(divisor)) {
    const __int128 d = as_int128(divisor);
    return d <= 0 || as_int128(value) % d == 0;
  }
  const double d = divisor.get<double>();
  if (!(d > 0)) return true;  // not a valid multipleOf: nothing to check
  const double quotient = value.get<double>() / d;
  if (!std::isfinite(quotient)) return false;
  return std::fabs(quotient - std::round(quotient)) <= 1e-9 * std::max(1.0, std::fabs(quotient));
}

struct Bound {
  Kw key;
  const char* keyword;
  bool (*violated)(int comparison);
};

constexpr Bound kBounds[] = {
    {Kw::kMaximum, "maximum", [](int c) { return c > 0; }},
    {Kw::kExclusiveMaximum, "exclusiveMaximum", [](int c) { return c >= 0; }},
    {Kw::kMinimum, "minimum", [](int c) { return c < 0; }},
    {Kw::kExclusiveMinimum, "exclusiveMinimum", [](int c) { return c <= 0; }},
};

}  // namespace

bool check_number(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  if (!instance.is_number()) return true;
  bool ok = true;
  if (const json* divisor = scope.at(Kw::kMultipleOf); divisor && divisor->is_number()) {
    if (!is_multiple(instance, *divisor)) {
      scope.report(path, "multipleOf", {{"divisor", *divisor}});
      ok = false;
      if (!scope.collecting()) return false;
    }
  }
  for (const Bound& bound : kBounds) {
    const json* limit = scope.at(bound.key);
    if (!limit || !limit->is_number() || !bound.violated(compare(instance, *limit))) continue;
    scope.report(path, bound.keyword, {{"limit", *limit}});
    ok = false;
    if (!scope.collecting()) return false;
  }
  return ok;
}

bool check_string(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  if (!instance.is_string()) return true;
  const std::string& text = instance.get_ref<const std::string&>();
  bool ok = true;
  const long long max_length = count_limit(scope.at(Kw::kMaxLength));
  const long long min_length = count_limit(scope.at(Kw::kMinLength));
  if (max_length >= 0 || min_length >= 0) {
    const auto length = static_cast<long long>(code_point_count(text));
    if (max_length >= 0 && length > max_length) {
      scope.report(path, "maxLength", {{"limit", max_length}, {"actual", length}});
      ok = false;
    }
    if (min_length >= 0 && length < min_length) {
      scope.report(path, "minLength", {{"limit", min_length}, {"actual", length}});
      ok = false;
    }
    if (!ok && !scope.collecting()) return false;
  }
  if (const json* pattern = scope.at(Kw::kPattern); pattern && pattern->is_string()) {
    const std::string& source = pattern->get_ref<const std::string&>();
    const std::wregex* regex = scope.index->regexes().get(source);
    if (!regex) {
      scope.report(path, "pattern", {{"pattern", source}, {"reason", "unsupported_pattern"}});
      ok = false;
    } else if (const RegexMatch match = regex_search_utf8(*regex, text); match != RegexMatch::kMatch) {
      json params = {{"pattern", source}};
      if (match == RegexMatch::kTooLong) params["reason"] = "too_long";
      scope.report(path, "pattern", std::move(params));
      ok = false;
    }
    if (!ok && !scope.collecting()) return false;
  }
  if (const json* format = scope.at(Kw::kFormat); format && format->is_string() && scope.options->check_formats) {
    const FormatVerdict verdict = check_format(format->get_ref<const std::string&>(), text);
    if (!verdict.ok) {
      json params = verdict.details.is_object() ? verdict.details : json::object();
      params["format"] = *format;
      scope.report(path, "format", std::move(params));
      ok = false;
    }
  }
  return ok;
}

}  // namespace cabinet::forms::detail
