#include "pdf/ttf_font.hpp"

#include <gtest/gtest.h>

#include "pdf_check.hpp"

using cabinet::pdf::FontError;
using cabinet::pdf::TrueTypeFont;

namespace {

uint32_t be32(const std::string& b, size_t at) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(b[at + i]);
  return v;
}

// The font with its cmap records of `format` moved to an unknown platform, so they are not read.
std::string hide_cmap_format(std::string font, int format) {
  const size_t tables = static_cast<unsigned char>(font[4]) << 8 | static_cast<unsigned char>(font[5]);
  for (size_t i = 0; i < tables; ++i) {
    if (font.compare(12 + 16 * i, 4, "cmap") != 0) continue;
    const size_t cmap = be32(font, 12 + 16 * i + 8);
    const size_t count = static_cast<unsigned char>(font[cmap + 2]) << 8 | static_cast<unsigned char>(font[cmap + 3]);
    for (size_t k = 0; k < count; ++k) {
      const size_t record = cmap + 4 + 8 * k, sub = cmap + be32(font, record + 4);
      if (static_cast<unsigned char>(font[sub + 1]) == format) font[record] = 0x7F;
    }
  }
  return font;
}

std::string rename_table(std::string font, const std::string& from, const std::string& to) {
  const size_t tables = static_cast<unsigned char>(font[4]) << 8 | static_cast<unsigned char>(font[5]);
  for (size_t i = 0; i < tables; ++i)
    if (font.compare(12 + 16 * i, 4, from) == 0) font.replace(12 + 16 * i, 4, to);
  return font;
}

}  // namespace

TEST(TtfFont, ReadsDejaVuSansMetricsAndGlyphs) {
  for (const std::string* bytes : {&pdf_test::full_font(), &pdf_test::subset_font()}) {
    auto load = TrueTypeFont::parse(*bytes);
    ASSERT_TRUE(load.ok()) << cabinet::pdf::font_error_id(load.error);
    const TrueTypeFont& font = *load.font;
    EXPECT_EQ(font.metrics().units_per_em, 2048);
    EXPECT_GT(font.metrics().ascent, 0);
    EXPECT_LT(font.metrics().descent, 0);
    EXPECT_EQ(font.postscript_name(), "DejaVuSans");
    EXPECT_EQ(font.bytes(), *bytes);
    // Advance widths of DejaVu Sans in font units.
    EXPECT_EQ(font.advance(font.glyph(U'A')), 1401);
    EXPECT_EQ(font.advance(font.glyph(U'Ж')), 2206);
    EXPECT_EQ(font.advance(font.glyph(U' ')), 651);
    EXPECT_EQ(font.advance(font.glyph(U'№')), 2130);
    for (char32_t c : std::u32string(U"АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя«»—"))
      EXPECT_NE(font.glyph(c), 0) << static_cast<uint32_t>(c);
    EXPECT_EQ(font.glyph(0x10FFFF), 0);
    EXPECT_EQ(font.glyph(0xFFFF), 0);
    EXPECT_DOUBLE_EQ(font.text_width("A Ж", 10), (1401 + 651 + 2206) * 10.0 / 2048);
  }
  EXPECT_EQ(TrueTypeFont::parse(pdf_test::full_font()).font->glyph(U'Ж'), 939);
}

TEST(TtfFont, Format4AndFormat12GiveTheSameGlyphs) {
  const auto both = TrueTypeFont::parse(pdf_test::full_font());
  const auto only4 = TrueTypeFont::parse(hide_cmap_format(pdf_test::full_font(), 12));
  ASSERT_TRUE(both.ok());
  ASSERT_TRUE(only4.ok());
  int mapped = 0;
  for (char32_t c = 0; c <= 0xFFFF; ++c) {
    ASSERT_EQ(both.font->glyph(c), only4.font->glyph(c)) << static_cast<uint32_t>(c);
    mapped += both.font->glyph(c) != 0;
  }
  EXPECT_GT(mapped, 5000);
  EXPECT_NE(both.font->glyph(0x1F643), 0);  // beyond the BMP only format 12 maps
  EXPECT_EQ(only4.font->glyph(0x1F643), 0);
}

TEST(TtfFont, AnUnusableFontIsAnErrorValue) {
  const std::string& font = pdf_test::full_font();
  EXPECT_EQ(TrueTypeFont::parse("").error, FontError::not_truetype);
  EXPECT_EQ(TrueTypeFont::parse("%PDF-1.7 not a font at all, just text").error, FontError::not_truetype);
  EXPECT_EQ(TrueTypeFont::parse(std::string("OTTO") + font.substr(4)).error, FontError::not_truetype);
  EXPECT_EQ(TrueTypeFont::parse(std::string("ttcf") + font.substr(4)).error, FontError::not_truetype);
  EXPECT_EQ(TrueTypeFont::parse(rename_table(font, "glyf", "CFF ")).error, FontError::not_truetype);
  EXPECT_EQ(TrueTypeFont::parse(font.substr(0, 2000)).error, FontError::damaged);
  EXPECT_EQ(TrueTypeFont::parse(rename_table(font, "hmtx", "xxxx")).error, FontError::damaged);
  EXPECT_EQ(TrueTypeFont::parse(rename_table(font, "cmap", "xxxx")).error, FontError::no_unicode_cmap);
  EXPECT_EQ(TrueTypeFont::parse(hide_cmap_format(hide_cmap_format(font, 12), 4)).error, FontError::no_unicode_cmap);
  EXPECT_FALSE(TrueTypeFont::parse(font.substr(0, 2000)).ok());
  EXPECT_EQ(cabinet::pdf::font_error_id(FontError::no_unicode_cmap), "no_unicode_cmap");
}

TEST(TtfFont, EveryPrefixAndCorruptionIsHandledWithoutCrashing) {
  const std::string& font = pdf_test::subset_font();
  ASSERT_TRUE(TrueTypeFont::parse(font).ok());
  for (size_t size = 0; size < 4096; size += 7) (void)TrueTypeFont::parse(font.substr(0, size));
  // Random bytes written over the table directory and the cmap: parse or fail, but never read outside.
  uint32_t seed = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string damaged = font;
    for (int k = 0; k < 8; ++k) {
      seed = seed * 1664525 + 1013904223;
      damaged[(seed >> 8) % 2048] = static_cast<char>(seed >> 24);
    }
    const auto load = TrueTypeFont::parse(damaged);
    if (!load.ok()) continue;
    for (char32_t c : std::u32string(U"AЖ №\uFFFF")) (void)load.font->advance(load.font->glyph(c));
  }
}
