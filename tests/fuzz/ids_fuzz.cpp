// libFuzzer target over every identifier check (core/ids). Any bytes must give
// a valid result or one of the codes the kind declares; a valid value must
// normalize to a value that is valid again and normalizes to itself.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "ids/ids.hpp"

namespace {

using namespace cabinet::ids;

void require(bool condition, const char* what, const KindInfo& kind) {
  if (condition) return;
  std::fprintf(stderr, "ids_fuzz: %s (kind %.*s)\n", what, static_cast<int>(kind.name.size()), kind.name.data());
  std::abort();
}

void check_kind(const KindInfo& kind, std::string_view value, const Options& options) {
  const Result result = check(kind.name, value, options);
  if (!result.ok()) {
    require(result.kind == kind.key, "wrong kind in the result", kind);
    require(std::find(kind.codes.begin(), kind.codes.end(), result.code) != kind.codes.end(), "undeclared code", kind);
    return;
  }
  const Result again = check(kind.name, result.normalized, options);
  require(again.ok(), "normalized value is not valid", kind);
  require(again.normalized == result.normalized, "normalization is not stable", kind);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // The first byte picks the options; the whole input is also tried as it is.
  const uint8_t flags = size > 0 ? data[0] : 0;
  Options options;
  options.name.allow_latin = flags & 1;
  options.name.min_length = flags >> 5;
  options.name.max_length = 1 + (flags >> 1) * 4;
  if (flags & 2) {
    options.date.today = Date{1900 + (flags >> 2) * 3, 1u + flags % 12u, 1u + flags % 28u};
    options.date.not_in_future = flags & 4;
    options.date.min_age = static_cast<int>(flags % 20);
    options.date.max_age = static_cast<int>(flags % 130);
  }
  // A BIK from the first bytes (tab-separated like the batch file), else Sberbank's.
  std::string_view value = input;
  if (const size_t tab = input.find('\t'); tab != std::string_view::npos && tab <= 16) {
    options.bik = std::string(input.substr(0, tab));
    value = input.substr(tab + 1);
  } else {
    options.bik = "044525225";
  }
  for (const KindInfo& kind : kinds()) {
    check_kind(kind, input, options);
    check_kind(kind, value, options);
  }
  return 0;
}
