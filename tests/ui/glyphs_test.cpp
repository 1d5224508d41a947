// No missing glyphs: every character the catalogs, forms, help articles and
// data files use, and every character in a string literal of the UI's own
// sources, is in both shipped fonts and in the glyph ranges Dear ImGui
// rasterizes. The list is collected here independently of the build's
// scripts/lib/font-glyphs.mjs, so a gap in either shows as a failure that
// names the character and the file.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "assets/embedded.hpp"
#include "pdf/ttf_font.hpp"
#include "support/test_paths.hpp"
#include "text/utf8.hpp"
#include "ui/kit/theme.hpp"

using namespace cabinet;

namespace {

using Uses = std::map<char32_t, std::string>;  // character -> first file using it

void note(Uses& uses, std::string_view text, const std::string& file) {
  for (char32_t c : text::decode_utf8(text)) {
    if (c >= 0x20 && c != 0x7f) uses.emplace(c, file);
  }
}

// The contents of string and character literals, comments skipped.
std::string literals(const std::string& source) {
  std::string out;
  for (size_t i = 0; i < source.size(); ++i) {
    if (source.compare(i, 2, "//") == 0) {
      i = source.find('\n', i);
      if (i == std::string::npos) break;
    } else if (source.compare(i, 2, "/*") == 0) {
      i = source.find("*/", i + 2);
      if (i == std::string::npos) break;
      ++i;
    } else if (source[i] == '\'' && i > 0 && i + 1 < source.size() &&
               std::isxdigit(static_cast<unsigned char>(source[i - 1])) &&
               std::isxdigit(static_cast<unsigned char>(source[i + 1]))) {
      // a digit separator (1'000), not a character literal
    } else if (source[i] == '"' || source[i] == '\'') {
      const char quote = source[i];
      size_t j = i + 1;
      while (j < source.size() && source[j] != quote && source[j] != '\n') j += source[j] == '\\' ? 2 : 1;
      out += source.substr(i + 1, j - i - 1);
      out += ' ';
      i = j;
    }
  }
  return out;
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Uses characters_shown() {
  Uses uses;
  for (const assets::Asset& asset : assets::all()) note(uses, asset.bytes, "assets/" + std::string(asset.path));
  const std::filesystem::path ui_sources = std::filesystem::path(cabinet::test::source_dir()) / "shell" / "ui";
  for (const auto& entry : std::filesystem::directory_iterator(ui_sources)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".cpp" && ext != ".hpp") continue;
    note(uses, literals(read(entry.path())), "shell/ui/" + entry.path().filename().string());
  }
  return uses;
}

bool in_ranges(char32_t c) {
  for (const unsigned short* r = ui::glyph_ranges(); r[0] != 0; r += 2) {
    if (c >= r[0] && c <= r[1]) return true;
  }
  return false;
}

std::string hex(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

}  // namespace

TEST(Glyphs, TheCollectionSeesTheCatalogsAndTheScreens) {
  const Uses uses = characters_shown();
  // The favourite star of the catalog (it showed as "?" before the list existed),
  // the ruble sign of the payments and Cyrillic letters.
  EXPECT_TRUE(uses.count(U'☆'));
  EXPECT_TRUE(uses.count(U'₽'));
  EXPECT_TRUE(uses.count(U'ё'));
  EXPECT_GT(uses.size(), 120u);
}

TEST(Glyphs, BothFontsAndTheGlyphRangesHaveEveryCharacterShown) {
  const Uses uses = characters_shown();
  for (const char* name : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
    auto load = pdf::TrueTypeFont::parse(read(cabinet::test::font_path(name)));
    ASSERT_TRUE(load.font.has_value()) << name;
    for (const auto& [c, file] : uses) {
      EXPECT_NE(load.font->glyph(c), 0) << name << " has no glyph for " << hex(c) << ", used in " << file;
    }
  }
  for (const auto& [c, file] : uses) {
    EXPECT_TRUE(in_ranges(c)) << hex(c) << " (used in " << file << ") is not in the UI's glyph ranges";
  }
}

TEST(Glyphs, WhatACitizenTypesIsInTheFonts) {
  // Russian letters including Ё, Latin with accents (names of foreign citizens),
  // digits and the signs of addresses and amounts.
  const std::u32string typed =
      U"АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
      U"ÀÉÖÜßàéöüçñ0123456789.,;:-–—«»\"'()/№₽@#%&+=?!";
  auto load = pdf::TrueTypeFont::parse(read(cabinet::test::font_path("DejaVuSans.ttf")));
  ASSERT_TRUE(load.font.has_value());
  for (char32_t c : typed) {
    EXPECT_NE(load.font->glyph(c), 0) << hex(c);
    EXPECT_TRUE(in_ranges(c)) << hex(c);
  }
}
