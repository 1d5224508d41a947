#include <gtest/gtest.h>

#include "schema_test_util.hpp"

using namespace cabinet::forms;
using namespace cabinet::forms::testing;
using nlohmann::json;

TEST(SchemaValidatorArrays, ItemsAndCounts) {
  const char* periods = R"({
    "type": "array", "minItems": 1, "maxItems": 2,
    "items": {"type": "object", "required": ["employer"], "properties": {"employer": {"minLength": 1}}}
  })";
  EXPECT_TRUE(valid(periods, json::parse(R"([{"employer": "ООО «Ромашка»"}])")));
  EXPECT_FALSE(valid(periods, json::array()));
  const auto errors = errors_of(periods, json::parse(R"([{"employer": ""}, {}, {}])"));
  EXPECT_EQ(summary(errors), (std::vector<std::string>{"minLength@/0/employer", "required@/1", "required@/2",
                                                       "maxItems@"}));
}

TEST(SchemaValidatorArrays, TupleAdditionalUniqueContains) {
  const char* tuple = R"({"items": [{"type": "string"}, {"type": "integer"}], "additionalItems": false})";
  EXPECT_TRUE(valid(tuple, json::parse(R"(["Москва", 101000])")));
  EXPECT_FALSE(valid(tuple, json::parse(R"(["Москва", 101000, "лишнее"])")));
  EXPECT_FALSE(valid(R"({"uniqueItems": true})", json::parse(R"([1, 1.0])")));
  EXPECT_FALSE(valid(R"({"uniqueItems": true})", json::parse(R"([{"а": [1]}, {"а": [1.0]}])")));
  EXPECT_TRUE(valid(R"({"uniqueItems": true})", json::parse(R"([0, false, "0"])")));
  EXPECT_TRUE(valid(R"({"contains": {"const": "паспорт"}})", json::parse(R"(["снилс", "паспорт"])")));
  EXPECT_FALSE(valid(R"({"contains": {"const": "паспорт"}})", json::parse(R"(["снилс"])")));
}

TEST(SchemaValidatorObjects, PropertiesAndAdditional) {
  const char* schema = R"({
    "properties": {"фамилия": {"type": "string"}},
    "patternProperties": {"^телефон_\\d$": {"format": "phone"}},
    "additionalProperties": false,
    "required": ["фамилия", "имя"]
  })";
  const auto errors = errors_of(schema, json::parse(R"({"фамилия": 1, "телефон_1": "нет", "отчество": "Ильич"})"));
  // Keyword groups in a fixed order, members in the byte order of their names
  // (nlohmann::json keeps objects sorted); the UI orders errors by its layout.
  EXPECT_EQ(summary(errors), (std::vector<std::string>{"required@", "additionalProperties@", "format@/телефон_1",
                                                       "type@/фамилия"}));
  EXPECT_EQ(errors[0].params, json::parse(R"({"property": "имя"})"));
  EXPECT_EQ(errors[1].params, json::parse(R"({"property": "отчество"})"));
}

TEST(SchemaValidatorObjects, PointerPathsAreEscaped) {
  const auto errors = errors_of(R"({"properties": {"a/b~c": {"type": "string"}}})", json::parse(R"({"a/b~c": 1})"));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].instance_path, "/a~1b~0c");
}

TEST(SchemaValidatorObjects, CountsDependenciesNames) {
  EXPECT_FALSE(valid(R"({"maxProperties": 1})", json::parse(R"({"а": 1, "б": 2})")));
  EXPECT_FALSE(valid(R"({"minProperties": 1})", json::object()));
  const char* dependencies = R"({"dependencies": {"счёт": ["бик"], "адрес": {"required": ["индекс"]}}})";
  EXPECT_TRUE(valid(dependencies, json::parse(R"({"счёт": "1", "бик": "2"})")));
  const auto errors = errors_of(dependencies, json::parse(R"({"счёт": "1", "адрес": "Москва"})"));
  EXPECT_EQ(summary(errors), (std::vector<std::string>{"required@", "dependencies@"}));
  EXPECT_EQ(errors[1].params, json::parse(R"({"property": "счёт", "missing": "бик"})"));
  EXPECT_FALSE(valid(R"({"propertyNames": {"maxLength": 3}})", json::parse(R"({"длинное": 1})")));
}

TEST(SchemaValidatorCombinators, AllAnyOneNot) {
  EXPECT_TRUE(valid(R"({"allOf": [{"type": "string"}, {"minLength": 2}]})", "да"));
  EXPECT_FALSE(valid(R"({"anyOf": [{"format": "snils"}, {"format": "inn"}]})", "123"));
  EXPECT_TRUE(valid(R"({"anyOf": [{"format": "snils"}, {"format": "inn"}]})", "7707083893"));
  const auto errors = errors_of(R"({"oneOf": [{"type": "integer"}, {"minimum": 0}]})", 5);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].params, json::parse(R"({"passing": [0, 1]})"));
  EXPECT_FALSE(valid(R"({"not": {"const": "жалоба"}})", "жалоба"));
}

TEST(SchemaValidatorCombinators, IfThenElse) {
  const char* schema = R"({
    "if": {"properties": {"тип": {"const": "перевод"}}},
    "then": {"required": ["счёт"]},
    "else": {"required": ["адрес"]}
  })";
  EXPECT_TRUE(valid(schema, json::parse(R"({"тип": "перевод", "счёт": "1"})")));
  const auto errors = errors_of(schema, json::parse(R"({"тип": "перевод"})"));
  EXPECT_EQ(summary(errors), (std::vector<std::string>{"required@", "if@"}));
  EXPECT_EQ(errors[1].params, json::parse(R"({"failing": "then"})"));
  EXPECT_FALSE(valid(schema, json::parse(R"({"тип": "возврат"})")));
}
