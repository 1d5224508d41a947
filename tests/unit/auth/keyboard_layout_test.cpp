#include "auth/keyboard_layout.hpp"

#include <gtest/gtest.h>

#include "auth/code_points.hpp"

using namespace cabinet::auth;

namespace {

std::string latin(const char* text) {
  return encode_utf8(russian_to_latin_keys(decode_utf8(text)));
}
std::string russian(const char* text) {
  return encode_utf8(latin_to_russian_keys(decode_utf8(text)));
}
std::string roman(const char* text) {
  return encode_utf8(transliterate_russian(decode_utf8(text)));
}

}  // namespace

TEST(KeyboardLayout, SameKeysBothWays) {
  EXPECT_EQ(latin("пароль"), "gfhjkm");
  EXPECT_EQ(latin("йцукен"), "qwerty");
  EXPECT_EQ(latin("Жук-1"), ";er-1");
  EXPECT_EQ(russian("gfhjkm"), "пароль");
  EXPECT_EQ(russian("Ghbdtn!"), "Привет!");
  EXPECT_EQ(russian("`"), "ё");
}

TEST(KeyboardLayout, PassportRomanization) {
  EXPECT_EQ(roman("Щукин Пётр"), "Shchukin Petr");
  EXPECT_EQ(roman("Юлия Хабибуллина"), "Iuliia Khabibullina");
  EXPECT_EQ(roman("Подъячев"), "Podieiachev");
}

TEST(CodePoints, DecodeEncodeAndClasses) {
  EXPECT_EQ(decode_utf8("Ёж"), U"Ёж");
  EXPECT_EQ(decode_utf8("a\xFF"), std::u32string(U"a") + kReplacementChar);
  EXPECT_EQ(encode_utf8(U"Ёж€😀"), "Ёж€😀");
  EXPECT_TRUE(is_upper_letter(U'Ё'));
  EXPECT_TRUE(is_lower_letter(U'ё'));
  EXPECT_FALSE(is_upper_letter(U'ё'));
  EXPECT_TRUE(is_special(U'№'));
  EXPECT_TRUE(is_special(U'₽'));
  EXPECT_FALSE(is_special(U'é'));
  EXPECT_TRUE(is_space_or_control(U'\u00A0'));
  EXPECT_EQ(fold_for_match(U"ЁЛКА Ёж"), U"елка еж");
}
