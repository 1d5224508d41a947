#pragma once
// A small PDF 1.7 writer: A4 pages of text in one embedded TrueType font
// (Type0 / CIDFontType2, Identity-H, CIDs = glyph ids, the TTF bytes as
// FontFile2) with a ToUnicode CMap, so text copies and extracts as Unicode.
// Streams are not compressed. Coordinates are points from the bottom left.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/ttf_font.hpp"

namespace cabinet::pdf {

inline constexpr double kA4Width = 595.28;   // 210 mm
inline constexpr double kA4Height = 841.89;  // 297 mm
inline constexpr double kPointsPerMm = 72 / 25.4;

class Document {
 public:
  // `font` must outlive the document.
  explicit Document(const TrueTypeFont& font) : font_(font) {}

  const TrueTypeFont& font() const { return font_; }
  // Appends an A4 page; returns its index.
  int add_page();
  int page_count() const { return static_cast<int>(pages_.size()); }

  // `utf8` in one line with its baseline starting at (x, y); gray 0 is black, 1 white.
  void text(int page, double x, double y, double size, std::string_view utf8, double gray = 0);
  void line(int page, double x1, double y1, double x2, double y2, double width, double gray = 0);

  // Document information (/Title, /CreationDate) and the catalog's /Lang ("ru"), when set.
  void set_title(std::string_view utf8) { title_ = utf8; }
  void set_creation_time(int64_t unix_ms) { created_ms_ = unix_ms; }
  void set_language(std::string_view tag);

  // Characters the font has no glyph for (drawn as .notdef) so far.
  int missing_glyphs() const { return missing_; }

  // The whole file.
  std::string finish() const;

 private:
  const TrueTypeFont& font_;
  std::vector<std::string> pages_;     // content streams
  std::map<uint16_t, char32_t> used_;  // glyph -> the first character drawn with it
  std::string title_;
  std::string language_;
  std::optional<int64_t> created_ms_;
  int missing_ = 0;
};

// A number as PDF writes it: at most two decimals, no exponent ("12.5", "-3").
std::string number(double value);

}  // namespace cabinet::pdf
