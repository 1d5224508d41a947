#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "schema_test_util.hpp"

using namespace cabinet::forms;
using namespace cabinet::forms::testing;
using nlohmann::json;

TEST(SchemaValidatorTypes, TypeEnumConst) {
  EXPECT_TRUE(valid(R"({"type": "string"})", "Иванов"));
  EXPECT_FALSE(valid(R"({"type": "string"})", 1));
  EXPECT_TRUE(valid(R"({"type": "integer"})", 1.0));
  EXPECT_FALSE(valid(R"({"type": "integer"})", 1.5));
  EXPECT_TRUE(valid(R"({"type": ["string", "null"]})", nullptr));
  EXPECT_TRUE(valid(R"({"enum": ["жильё", "ипотека", "образование"]})", "ипотека"));
  EXPECT_FALSE(valid(R"({"enum": ["жильё", "ипотека"]})", "иное"));
  EXPECT_TRUE(valid(R"({"const": {"a": [1, 2]}})", json::parse(R"({"a": [1.0, 2]})")));
  EXPECT_FALSE(valid(R"({"const": false})", 0));

  const auto errors = errors_of(R"({"type": ["string", "null"]})", 5);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].keyword, "type");
  EXPECT_EQ(errors[0].instance_path, "");
  EXPECT_EQ(errors[0].params, json::parse(R"({"expected": ["string", "null"], "actual": "integer"})"));
}

TEST(SchemaValidatorTypes, BooleanSchemas) {
  EXPECT_TRUE(valid("true", "что угодно"));
  EXPECT_FALSE(valid("false", "что угодно"));
  EXPECT_EQ(summary(errors_of("false", 1)), std::vector<std::string>{"false@"});
}

TEST(SchemaValidatorNumbers, BoundsAndMultiples) {
  EXPECT_TRUE(valid(R"({"minimum": 0, "maximum": 100})", 100));
  EXPECT_FALSE(valid(R"({"exclusiveMaximum": 100})", 100));
  EXPECT_TRUE(valid(R"({"exclusiveMinimum": 0})", 0.01));
  EXPECT_FALSE(valid(R"({"minimum": -1})", -1.5));
  EXPECT_TRUE(valid(R"({"multipleOf": 0.01})", 1234.56));
  EXPECT_FALSE(valid(R"({"multipleOf": 0.01})", 1234.567));
  EXPECT_FALSE(valid(R"({"multipleOf": 0.123456789})", 1e308));
  EXPECT_TRUE(valid(R"({"maximum": 18446744073709551615})", json(18446744073709551615ULL)));
  EXPECT_FALSE(valid(R"({"maximum": 9223372036854775807})", json(18446744073709551615ULL)));
  const auto errors = errors_of(R"({"maximum": 450000, "multipleOf": 1000})", 450500);
  EXPECT_EQ(summary(errors), (std::vector<std::string>{"multipleOf@", "maximum@"}));
  EXPECT_EQ(errors[1].params, json::parse(R"({"limit": 450000})"));
}

TEST(SchemaValidatorStrings, LengthCountsCodePoints) {
  // "Пётр" is 4 characters but 8 bytes.
  EXPECT_TRUE(valid(R"({"maxLength": 4})", "Пётр"));
  EXPECT_FALSE(valid(R"({"minLength": 5})", "Пётр"));
  EXPECT_TRUE(valid(R"({"minLength": 2})", "💩💩"));
  const auto errors = errors_of(R"({"maxLength": 3})", "Анна");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].params, json::parse(R"({"limit": 3, "actual": 4})"));
}

TEST(SchemaValidatorStrings, PatternsWorkOnCyrillicCharacters) {
  const char* schema = R"({"pattern": "^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?$"})";
  EXPECT_TRUE(valid(schema, "Салтыков-Щедрин"));
  EXPECT_TRUE(valid(schema, "Ёлкин"));
  EXPECT_FALSE(valid(schema, "иванов"));
  EXPECT_FALSE(valid(schema, "Ivanov"));
  EXPECT_TRUE(valid(R"({"pattern": "^.{3}$"})", "Ёжи"));  // "." is one character, not one byte
  EXPECT_TRUE(valid(R"({"pattern": "ю"})", "клюква"));  // not anchored
  // A pattern std::regex cannot run is an error, not a crash.
  const auto errors = errors_of(R"({"pattern": "(?<=а)б"})", "аб");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].params["reason"], "unsupported_pattern");
}

TEST(SchemaValidatorStrings, LongTextsDoNotExhaustTheStack) {
  // 200,000 characters: a recursive backtracking matcher would overflow here.
  std::string long_text;
  for (int i = 0; i < 100000; ++i) long_text += "аб";
  EXPECT_TRUE(valid(R"({"pattern": "^(а|б)*$"})", long_text));
  EXPECT_TRUE(valid(R"({"pattern": "^[а-я]+$"})", long_text));
  EXPECT_FALSE(valid(R"({"pattern": "^[а-я]+$"})", long_text + "!"));
  // Back-references need backtracking: long texts are refused, not crashed on.
  EXPECT_TRUE(valid(R"({"pattern": "^(а)\\1"})", "аа"));
#if defined(__GLIBCXX__)
  const auto errors = errors_of(R"({"pattern": "^(а)\\1"})", long_text);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].params["reason"], "too_long");
#endif
  // Automata too large to build are unsupported patterns, not exceptions.
  const auto huge = errors_of(R"({"pattern": "(x{999}){999}"})", "x");
  ASSERT_EQ(huge.size(), 1u);
  EXPECT_EQ(huge[0].params["reason"], "unsupported_pattern");
  EXPECT_TRUE(valid(R"({"pattern": "^x{3,1000}$"})", "xxxx"));
}

TEST(SchemaValidatorFormats, StandardFormats) {
  EXPECT_TRUE(valid(R"({"format": "date"})", "2024-02-29"));
  EXPECT_FALSE(valid(R"({"format": "date"})", "2023-02-29"));
  EXPECT_FALSE(valid(R"({"format": "date"})", "29.02.2024"));
  EXPECT_TRUE(valid(R"({"format": "date-time"})", "2024-03-15T09:30:00.5+03:00"));
  EXPECT_FALSE(valid(R"({"format": "date-time"})", "2024-03-15 09:30:00"));
  EXPECT_TRUE(valid(R"({"format": "time"})", "23:59:60Z"));
  EXPECT_FALSE(valid(R"({"format": "time"})", "22:59:60Z"));
  EXPECT_TRUE(valid(R"({"format": "email"})", "ivanov@пример.рф"));
  EXPECT_FALSE(valid(R"({"format": "email"})", "ivanov..petr@example.ru"));
  EXPECT_TRUE(valid(R"({"format": "regex"})", "^\\d{3}-\\d{3}$"));
  EXPECT_FALSE(valid(R"({"format": "regex"})", "^(abc]"));
  EXPECT_TRUE(valid(R"({"format": "date"})", 20240315));        // formats apply to strings only
  EXPECT_TRUE(valid(R"({"format": "ipv4-unknown"})", "что угодно"));  // unknown formats are annotations
}

TEST(SchemaValidatorFormats, IdentifierKinds) {
  // The names of assets/forms/README.md, each delegating to core/ids.
  const std::vector<std::pair<const char*, const char*>> good = {
      {"snils", "112-233-445 95"},      {"inn", "7707083893"},         {"inn", "500100732259"},
      {"inn10", "7707083893"},          {"inn12", "500100732259"},     {"kpp", "773601001"},
      {"ogrn", "1027700132195"},        {"ogrnip", "304500116000157"}, {"bik", "044525225"},
      {"account", "40817810099910004312"}, {"passport", "4508 123456"}, {"passport_office_code", "770-001"},
      {"phone", "+7 916 123-45-67"},    {"postal_code", "101000"},     {"person_name", "Салтыков-Щедрин"},
      {"passport-office-code", "770001"}, {"postal-index", "101000"}, {"person-name", "Анна"}};
  for (const auto& [format, value] : good) {
    EXPECT_TRUE(valid((std::string(R"({"format": ")") + format + "\"}").c_str(), value)) << format << " " << value;
  }
  const std::vector<std::pair<const char*, const char*>> bad = {
      {"snils", "112-233-445 96"}, {"inn", "7707083894"},     {"inn10", "500100732259"},  {"inn12", "7707083893"},
      {"kpp", "77360100"},         {"ogrn", "1027700132196"}, {"ogrnip", "304500116000158"}, {"bik", "04452522"},
      {"account", "4081781009991000431"}, {"passport", "4508 12345"}, {"passport_office_code", "77-01"},
      {"phone", "телефон"},        {"postal_code", "1234"},   {"person_name", "Ivan"},
      {"passport-office-code", "77-01"}, {"postal-index", "1234"}, {"person-name", "Анна1"}};
  for (const auto& [format, value] : bad) {
    EXPECT_FALSE(valid((std::string(R"({"format": ")") + format + "\"}").c_str(), value)) << format << " " << value;
  }
  const auto errors = errors_of(R"({"format": "snils"})", "112-233-445 96");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].keyword, "format");
  EXPECT_EQ(errors[0].params["format"], "snils");
  EXPECT_EQ(errors[0].params["kind"], "snils");
  EXPECT_EQ(errors[0].params["code"], "checksum");
  const auto inn12 = errors_of(R"({"format": "inn12"})", "7707083893");
  ASSERT_EQ(inn12.size(), 1u);
  EXPECT_EQ(inn12[0].params, json::parse(R"({"format": "inn12", "kind": "inn12", "code": "length", "count": 10})"));
  // Names outside the list are annotations, like any unknown format.
  EXPECT_TRUE(valid(R"({"format": "amount"})", "-5"));
}

TEST(SchemaValidatorFormats, CanBeTurnedOff) {
  const SchemaValidator validator(json::parse(R"({"format": "snils"})"), {.check_formats = false});
  EXPECT_TRUE(validator.is_valid("не СНИЛС"));
}
