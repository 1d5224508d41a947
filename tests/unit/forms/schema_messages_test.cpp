// Validation errors become citizen-facing text only through the catalogs.
#include <gtest/gtest.h>

#include <string>

#include "forms/messages.hpp"
#include "schema_test_util.hpp"

using namespace cabinet::forms;
using namespace cabinet::forms::testing;
using cabinet::i18n::Catalog;
using nlohmann::json;

TEST(SchemaMessages, EveryKeywordHasRussianAndEnglishText) {
  const Catalog ru = Catalog::load("ru");
  const Catalog en = Catalog::load("en");
  for (const char* keyword :
       {"false", "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "format", "additionalItems", "maxItems", "minItems", "uniqueItems",
        "contains", "maxProperties", "minProperties", "required", "additionalProperties", "dependencies",
        "propertyNames", "if", "anyOf", "oneOf", "not", "ref"}) {
    const std::string key = std::string("forms.errors.") + keyword;
    EXPECT_TRUE(ru.messages().count(key)) << key;
    EXPECT_TRUE(en.messages().count(key)) << key;
  }
}

TEST(SchemaMessages, PlaceholdersAreFilled) {
  const Catalog ru = Catalog::load("ru");
  const auto required = errors_of(R"({"required": ["снилс"]})", json::object());
  ASSERT_EQ(required.size(), 1u);
  EXPECT_EQ(message(ru, required[0]), "Заполните поле «снилс».");
  const auto type = errors_of(R"({"type": ["string", "null"]})", 5);
  ASSERT_EQ(type.size(), 1u);
  EXPECT_EQ(message(ru, type[0]), "Неверный вид значения: нужно текст или пустое значение.");
  const auto length = errors_of(R"({"maxLength": 3})", "Анна");
  ASSERT_EQ(length.size(), 1u);
  EXPECT_EQ(message(ru, length[0]), "Не больше 3 символов, а введено 4.");
}

TEST(SchemaMessages, FormatsUseTheIdentifierAndFormatTexts) {
  const Catalog ru = Catalog::load("ru");
  const auto snils = errors_of(R"({"format": "snils"})", "112-233-445 96");
  ASSERT_EQ(snils.size(), 1u);
  EXPECT_EQ(message_key(ru, snils[0]), "ids.snils.checksum");
  const auto inn10 = errors_of(R"({"format": "inn10"})", "500100732259");
  ASSERT_EQ(inn10.size(), 1u);
  EXPECT_EQ(message(ru, inn10[0]), "ИНН организации состоит из 10 цифр, а введено цифр: 12.");
  const auto date = errors_of(R"({"format": "date"})", "15.03.2024");
  ASSERT_EQ(date.size(), 1u);
  EXPECT_EQ(message_key(ru, date[0]), "forms.errors.format_date");
  const auto ref = errors_of(R"({"$ref": "#/definitions/нет"})", 1);
  ASSERT_EQ(ref.size(), 1u);
  EXPECT_EQ(message_key(ru, ref[0]), "forms.errors.ref_unresolved");
}
