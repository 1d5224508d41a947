#include "ids/messages.hpp"

#include <gtest/gtest.h>

#include <set>

#include "i18n/catalog.hpp"
#include "ids/ids.hpp"

using namespace cabinet::ids;
using cabinet::i18n::Catalog;

// Every code every check can return has its own text in Russian and in
// English (no fallback from English to Russian), with the placeholders filled.
TEST(IdsMessages, EveryDeclaredCodeHasRussianAndEnglishText) {
  for (const char* language : {"ru", "en"}) {
    const Catalog catalog = Catalog::load(language);
    for (const KindInfo& kind : kinds()) {
      for (const Code code : kind.codes) {
        Result result;
        result.kind = kind.key;
        result.code = code;
        const std::string key = message_key(catalog, result);
        EXPECT_TRUE(catalog.messages().count(key)) << language << ": " << result.message_key();
      }
    }
  }
}

TEST(IdsMessages, PlaceholdersAreFilledFromParams) {
  const Catalog ru = Catalog::load("ru");
  EXPECT_EQ(message(ru, check_snils("112-233-445 94")),
            "Контрольное число СНИЛС не совпадает. Проверьте номер по документу.");
  EXPECT_EQ(message(ru, check_snils("112-233")), "СНИЛС состоит из 11 цифр, а введено цифр: 6.");
  EXPECT_EQ(message(ru, check_inn("12\xFF")), ru.tr("ids.common.invalid_utf8"));
  const Catalog en = Catalog::load("en");
  EXPECT_EQ(message(en, check_person_name("Ёж", {.min_length = 3, .max_length = 40})),
            "The length must be from 3 to 40 characters.");
  EXPECT_EQ(message(en, check_date("16.03.2026", {.today = Date{2026, 3, 15}, .not_in_future = true})),
            "The date cannot be later than today (15.03.2026).");
  EXPECT_EQ(message(en, check_snils("112-233-445 95")), "");
}

// Placeholders are spelled as the checks fill them, and both languages use the same ones.
TEST(IdsMessages, PlaceholdersMatchTheParamsOfTheChecks) {
  const nlohmann::json all_params = {{"count", 1},   {"max", 2},     {"min", 3},     {"min_age", 4},
                                     {"max_age", 5}, {"today", "6"}, {"min_year", 7}};
  const Catalog ru = Catalog::load("ru"), en = Catalog::load("en");
  const auto placeholders = [](const std::string& text) {
    std::set<std::string> names;
    for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
      names.insert(text.substr(open, text.find('}', open) - open + 1));
    }
    return names;
  };
  for (const auto& [key, text] : ru.messages()) {
    if (key.rfind("ids.", 0) != 0) continue;
    EXPECT_EQ(ru.tr(key, all_params).find('{'), std::string::npos) << key;
    EXPECT_EQ(placeholders(text), placeholders(en.tr(key))) << key;
  }
}
