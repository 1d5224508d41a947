#include <gtest/gtest.h>

#include "ids/ids.hpp"

using namespace cabinet::ids;

TEST(PersonName, CyrillicWithHyphenSpaceApostropheAndYo) {
  for (const char* text : {"Анна", "Салтыков-Щедрин", "Д'Артаньян", "Анна Мария", "Ёлкин", "Пётр", "ёж"}) {
    const Result result = check_person_name(text);
    EXPECT_TRUE(result.ok()) << text;
    EXPECT_EQ(result.normalized, text);
  }
  EXPECT_EQ(check_person_name("  Анна   Мария ").normalized, "Анна Мария");
  EXPECT_EQ(check_person_name("Д\u2019Артаньян").normalized, "Д'Артаньян");                  // ’
  EXPECT_EQ(check_person_name("Салтыков\xE2\x80\x93Щедрин").normalized, "Салтыков-Щедрин");  // en dash
}

TEST(PersonName, LatinOnlyWhereTheFieldAllowsIt) {
  EXPECT_EQ(check_person_name("Anna").code, Code::kLatin);
  EXPECT_EQ(check_person_name("Иванoв").code, Code::kLatin);  // Latin o typed by mistake
  const NameRules latin{.allow_latin = true};
  EXPECT_TRUE(check_person_name("Anna-Maria O'Neil", latin).ok());
  EXPECT_EQ(check_person_name("Иванoв", latin).code, Code::kMixedScripts);
  EXPECT_EQ(check_person_name("Ivanov-Петров", latin).code, Code::kMixedScripts);
  EXPECT_TRUE(check_person_name("Анна Maria", latin).ok());  // separate words may differ
}

TEST(PersonName, RejectsOtherCharactersAndLayout) {
  for (const char* text : {"Анна1", "Анна!", "Анна_Мария", "Анна\tМария\n", "Ann\xC3\xA9", "Їжак"}) {
    EXPECT_EQ(check_person_name(text).code, Code::kChars) << text;
  }
  for (const char* text : {"-Анна", "Анна-", "Анна--Мария", "Анна -Мария", "'Анна", "Анна'"}) {
    EXPECT_EQ(check_person_name(text).code, Code::kFormat) << text;
  }
  EXPECT_EQ(check_person_name(std::string("Ан\0на", 9)).code, Code::kChars);
}

TEST(PersonName, LengthInCharactersNotBytes) {
  const NameRules rules{.min_length = 2, .max_length = 5};
  EXPECT_TRUE(check_person_name("Ёжика", rules).ok());  // 5 letters, 10 bytes
  const Result long_one = check_person_name("Ёжиков", rules);
  EXPECT_EQ(long_one.code, Code::kLength);
  EXPECT_EQ(long_one.params["max"], 5);
  EXPECT_EQ(check_person_name("Ё", rules).code, Code::kLength);
  EXPECT_EQ(check_person_name("", rules).code, Code::kEmpty);
}
