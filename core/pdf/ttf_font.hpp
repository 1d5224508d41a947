#pragma once
// A TrueType font read for embedding in a PDF: the character to glyph map
// (cmap format 12 when present, else format 4), advance widths (hhea/hmtx),
// units per em and the metrics a font descriptor needs. The bytes are kept as
// given. Never throws: an unusable font is a FontError.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cabinet::pdf {

enum class FontError {
  none,
  not_truetype,     // not an sfnt with TrueType outlines (also: CFF fonts, collections)
  damaged,          // a table outside the file, too short or inconsistent
  no_unicode_cmap,  // no Unicode cmap subtable of format 4 or 12
};
std::string_view font_error_id(FontError error);

// In font units (see units_per_em).
struct FontMetrics {
  int units_per_em = 1000;
  int ascent = 0;
  int descent = 0;  // negative
  int cap_height = 0;
  int x_min = 0, y_min = 0, x_max = 0, y_max = 0;
  double italic_angle = 0;
  bool fixed_pitch = false;
};

struct FontLoad;

class TrueTypeFont {
 public:
  static FontLoad parse(std::string bytes);

  // 0 (.notdef) when the font has no glyph for the character.
  uint16_t glyph(char32_t code_point) const;
  // Advance width in font units.
  int advance(uint16_t glyph) const;
  // Width of `utf8` set in `size` points, in points (no kerning).
  double text_width(std::string_view utf8, double size) const;

  const FontMetrics& metrics() const { return metrics_; }
  uint16_t glyph_count() const { return glyph_count_; }
  // The PostScript name (name ID 6), letters, digits and '-' only; "Embedded" when absent.
  const std::string& postscript_name() const { return name_; }
  const std::string& bytes() const { return bytes_; }

 private:
  TrueTypeFont() = default;
  uint16_t glyph_format4(char32_t code_point) const;
  uint16_t glyph_format12(char32_t code_point) const;

  std::string bytes_;
  std::string name_ = "Embedded";
  FontMetrics metrics_;
  uint16_t glyph_count_ = 0;
  uint16_t long_metrics_ = 0;  // numberOfHMetrics
  size_t hmtx_ = 0;
  size_t cmap_ = 0;      // the chosen subtable's offset in bytes_
  size_t cmap_end_ = 0;  // the end of the cmap table
  int cmap_format_ = 0;
};

struct FontLoad {
  std::optional<TrueTypeFont> font;
  FontError error = FontError::none;
  bool ok() const { return font.has_value(); }
};

}  // namespace cabinet::pdf
