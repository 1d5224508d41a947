#include "i18n/catalog.hpp"

#include <gtest/gtest.h>

using cabinet::i18n::Catalog;

TEST(Catalog, RussianIsComplete) {
  const Catalog ru = Catalog::load("ru");
  EXPECT_EQ(ru.tr("nav.home"), "Главная");
  EXPECT_EQ(ru.tr("app.under_construction"), "Раздел в разработке");
}

TEST(Catalog, EveryRussianKeyHasAnEnglishTranslation) {
  const Catalog ru = Catalog::load("ru");
  const Catalog en = Catalog::load("en");
  for (const auto& [key, text] : ru.messages()) {
    EXPECT_TRUE(en.messages().count(key)) << "missing in en: " << key;
  }
  for (const auto& [key, text] : en.messages()) {
    EXPECT_TRUE(ru.messages().count(key)) << "missing in ru: " << key;
  }
}

TEST(Catalog, FillsPlaceholdersAndFallsBack) {
  const Catalog en = Catalog::from_documents("en", {nlohmann::json{{"a", "Hello, {name}! {n} new"}}},
                                             {nlohmann::json{{"b", "Только по-русски"}}});
  EXPECT_EQ(en.tr("a", {{"name", "Анна"}, {"n", 3}}), "Hello, Анна! 3 new");
  EXPECT_EQ(en.tr("a"), "Hello, {name}! {n} new");
  EXPECT_EQ(en.tr("b"), "Только по-русски");
  EXPECT_EQ(en.tr("missing.key"), "missing.key");
}

TEST(Catalog, ListsLanguages) {
  const auto languages = cabinet::i18n::available_languages();
  EXPECT_NE(std::find(languages.begin(), languages.end(), "ru"), languages.end());
  EXPECT_NE(std::find(languages.begin(), languages.end(), "en"), languages.end());
}
