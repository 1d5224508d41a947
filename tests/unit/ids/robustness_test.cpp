// Every kind against hostile input: empty, huge, invalid UTF-8, NUL bytes. The
// answer is always one of the codes the kind declares, never a crash.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "ids/ids.hpp"

using namespace cabinet::ids;

namespace {

Options all_options() {
  Options options;
  options.bik = "044525225";
  options.date = {.today = Date{2026, 3, 15}, .not_in_future = true, .min_age = 14, .max_age = 120};
  options.name.allow_latin = true;
  return options;
}

void expect_declared(const KindInfo& kind, const Result& result, const std::string& what) {
  if (result.ok()) return;
  EXPECT_EQ(result.kind, kind.key) << kind.name << ": " << what;
  EXPECT_NE(std::find(kind.codes.begin(), kind.codes.end(), result.code), kind.codes.end())
      << kind.name << " returned undeclared " << code_name(result.code) << " for " << what;
}

std::vector<std::pair<std::string, std::string>> hostile_inputs() {
  return {
      {"empty", ""},
      {"spaces", "   \xC2\xA0\t "},
      {"1 MB of digits", std::string(1 << 20, '7')},
      {"1 MB of spaces inside", "1" + std::string(1 << 20, ' ') + "2"},
      {"1 MB of Cyrillic",
       [] {
         std::string s;
         for (int i = 0; i < (1 << 19); ++i) s += "ж";
         return s;
       }()},
      {"lone continuation", "\x80"},
      {"truncated sequence", "11223344595\xD0"},
      {"overlong slash", "\xC0\xAF"},
      {"surrogate", "\xED\xA0\x80"},
      {"above U+10FFFF", "\xF4\x90\x80\x80"},
      {"NUL only", std::string(1, '\0')},
      {"NUL inside", std::string("112-233\0-445 95", 15)},
      {"NUL at the end", std::string("79123456789\0", 12)},
      {"control chars", "\x01\x02\x1B[31m"},
      {"only separators", "-- -- ()"},
      {"at signs", "@@@"},
      {"dots", "..."},
  };
}

}  // namespace

TEST(IdsRobustness, HostileInputsGiveDeclaredCodes) {
  const Options options = all_options();
  for (const KindInfo& kind : kinds()) {
    for (const auto& [what, text] : hostile_inputs()) {
      const Result result = check(kind.name, text, options);
      expect_declared(kind, result, what);
      if (what == "empty" || what == "spaces") {
        EXPECT_EQ(result.code, Code::kEmpty) << kind.name;
      } else if (what.find("sequence") != std::string::npos || what == "lone continuation" || what == "surrogate" ||
                 what == "overlong slash" || what == "above U+10FFFF") {
        EXPECT_EQ(result.code, Code::kInvalidUtf8) << kind.name << ": " << what;
      } else if (what.find("NUL") != std::string::npos || what == "control chars") {
        EXPECT_FALSE(result.ok()) << kind.name << ": " << what;
      }
    }
  }
}

TEST(IdsRobustness, RandomBytesGiveDeclaredCodesAndStableNormalization) {
  std::mt19937 rng(7);
  const std::string alphabet = std::string("0123456789 -+().,@'\t\0", 21) + "abcXYZ\xD0\xB6\xC2\xA0\xFF";
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(0, 24);
  const Options options = all_options();
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t n = length(rng); n > 0; --n) text += alphabet[pick(rng)];
    for (const KindInfo& kind : kinds()) {
      const Result result = check(kind.name, text, options);
      expect_declared(kind, result, text);
      if (result.ok()) {
        // The normalized value is valid again and normalizes to itself.
        const Result again = check(kind.name, result.normalized, options);
        EXPECT_TRUE(again.ok()) << kind.name << ": " << text;
        EXPECT_EQ(again.normalized, result.normalized) << kind.name;
      }
    }
  }
}

TEST(IdsRobustness, KindsAreUniqueAndFound) {
  EXPECT_EQ(kinds().size(), 16u);
  for (const KindInfo& kind : kinds()) {
    EXPECT_EQ(find_kind(kind.name), &kind);
    EXPECT_FALSE(kind.codes.empty());
    EXPECT_EQ(check(kind.name, "").kind, kind.key);
  }
  EXPECT_EQ(find_kind("passport-number"), nullptr);
  for (const char* cli_kind : {"snils", "inn", "kpp", "ogrn", "ogrnip", "bik", "account", "corr-account", "passport",
                               "passport-office-code", "phone", "email", "date", "amount", "postal-index"}) {
    EXPECT_NE(find_kind(cli_kind), nullptr) << cli_kind;
  }
}
