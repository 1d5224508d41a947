#include <gtest/gtest.h>

#include "forms/uri.hpp"
#include "schema_test_util.hpp"

using namespace cabinet::forms;
using namespace cabinet::forms::testing;
using nlohmann::json;

TEST(SchemaValidatorRefs, DefinitionsAndEscapedPointers) {
  const char* schema = R"({
    "definitions": {"снилс": {"format": "snils"}, "a%b": {"type": "integer"}, "c/d": {"type": "string"}},
    "properties": {
      "заявитель": {"$ref": "#/definitions/%D1%81%D0%BD%D0%B8%D0%BB%D1%81"},
      "p": {"$ref": "#/definitions/a%25b"},
      "s": {"$ref": "#/definitions/c~1d"}
    }
  })";
  EXPECT_TRUE(valid(schema, json::parse(R"({"заявитель": "112-233-445 95", "p": 1, "s": "x"})")));
  EXPECT_EQ(summary(errors_of(schema, json::parse(R"({"заявитель": "1", "p": "1", "s": 1})"))),
            (std::vector<std::string>{"type@/p", "type@/s", "format@/заявитель"}));
}

TEST(SchemaValidatorRefs, IdChangesTheBase) {
  const char* schema = R"({
    "$id": "http://cabinet.example/forms/pension.json",
    "properties": {"bank": {"$ref": "parts/bank.json"}},
    "definitions": {"bank": {"$id": "parts/bank.json", "required": ["bik"]}}
  })";
  EXPECT_TRUE(valid(schema, json::parse(R"({"bank": {"bik": "044525225"}})")));
  EXPECT_FALSE(valid(schema, json::parse(R"({"bank": {}})")));
}

TEST(SchemaValidatorRefs, RecursiveDataAndAddedResources) {
  SchemaValidator validator(json::parse(R"({"$ref": "http://localhost:1234/tree.json"})"));
  validator.add_resource("http://localhost:1234/tree.json", json::parse(R"({
    "properties": {"name": {"type": "string"}, "children": {"items": {"$ref": "#"}}}
  })"));
  EXPECT_TRUE(validator.is_valid(json::parse(R"({"name": "а", "children": [{"name": "б", "children": []}]})")));
  const auto errors = validator.validate(json::parse(R"({"children": [{"children": [{"name": 1}]}]})"));
  EXPECT_EQ(summary(errors), std::vector<std::string>{"type@/children/0/children/0/name"});
}

TEST(SchemaValidatorRefs, MetaSchemaIsBuiltIn) {
  const char* schema = R"({"$ref": "http://json-schema.org/draft-07/schema#"})";
  EXPECT_TRUE(valid(schema, json::parse(R"({"type": "string", "minLength": 1})")));
  EXPECT_FALSE(valid(schema, json::parse(R"({"minLength": -1})")));
}

TEST(SchemaValidatorRefs, LoopsAndMissingTargetsAreErrorsNotCrashes) {
  const auto loop = errors_of(R"({"definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"$ref": "#/definitions/a"}},
                                  "$ref": "#/definitions/a"})",
                              "любое");
  ASSERT_EQ(loop.size(), 1u);
  EXPECT_EQ(loop[0].keyword, "$ref");
  EXPECT_EQ(loop[0].params["reason"], "depth");
  EXPECT_FALSE(valid(R"({"$ref": "#"})", 1));
  const auto missing = errors_of(R"({"$ref": "#/definitions/нет"})", 1);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].params["reason"], "unresolved");
}

TEST(SchemaUri, ResolvesReferences) {
  EXPECT_EQ(resolve_uri("http://a/b/c/d;p?q", "../g"), "http://a/b/g");
  EXPECT_EQ(resolve_uri("http://a/b/c/d;p?q", "g/"), "http://a/b/c/g/");
  EXPECT_EQ(resolve_uri("http://a/b/c/d;p?q", "#s"), "http://a/b/c/d;p?q#s");
  EXPECT_EQ(resolve_uri("http://a/b/c/d;p?q", "//g"), "http://g");
  EXPECT_EQ(resolve_uri("", "#/definitions/a"), "#/definitions/a");
  EXPECT_EQ(resolve_uri("http://localhost:1234/", "folder/"), "http://localhost:1234/folder/");
  EXPECT_EQ(resolve_uri("urn:uuid:deadbeef", "#/a"), "urn:uuid:deadbeef#/a");
  EXPECT_EQ(append_pointer("/a", "b/c~"), "/a/b~1c~0");
  EXPECT_EQ(*parse_pointer("/a~1b/~0"), (std::vector<std::string>{"a/b", "~"}));
  EXPECT_FALSE(parse_pointer("a").has_value());
}
