#include <gtest/gtest.h>

#include "search/search.hpp"

using cabinet::search::fold;

TEST(SearchFold, CyrillicAndLatinLowerCase) {
  EXPECT_EQ(fold("ПЕНСИЯ по Старости"), "пенсия по старости");
  EXPECT_EQ(fold("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"), "абвгдежзийклмнопрстуфхцчшщъыьэюя");
  EXPECT_EQ(fold("SNILS Gosuslugi 2026"), "snils gosuslugi 2026");
}

TEST(SearchFold, YoIsYe) {
  EXPECT_EQ(fold("ёлка"), "елка");
  EXPECT_EQ(fold("ЁЛКА"), "елка");
  EXPECT_EQ(fold("ребёнок"), fold("ребенок"));
}

TEST(SearchFold, OtherTextUnchanged) {
  EXPECT_EQ(fold("«№ 5» — 100 ₽!"), "«№ 5» — 100 ₽!");
  EXPECT_EQ(fold(""), "");
}

TEST(SearchFold, InvalidBytesKept) {
  EXPECT_EQ(fold("\xFFПЕН\xD0"), "\xFFпен\xD0");
  EXPECT_EQ(fold(std::string("А\0Б", 4)), std::string("а\0б", 4));
}
