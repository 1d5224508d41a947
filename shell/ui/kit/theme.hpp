#pragma once
// The calm light theme and the fonts (DejaVu Sans from Debian, copied into the
// build; Cyrillic glyph ranges; rasterized at the screen's pixel ratio).
#include <string>

struct ImFont;

namespace cabinet::ui {

namespace color {
inline constexpr unsigned kError = 0xFF3224C8;    // ABGR: #C82432
inline constexpr unsigned kSuccess = 0xFF3A7D1E;  // #1E7D3A
}  // namespace color

// The colour of accents and muted text in the current theme.
unsigned primary_color();
unsigned muted_color();

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* title = nullptr;
};

Fonts& fonts();

inline constexpr float kBodySize = 18.0f;
inline constexpr float kTitleSize = 24.0f;
inline constexpr float kTouchTarget = 44.0f;

// What the screen and the citizen ask of the drawing: applied before a frame.
struct DisplaySettings {
  float pixel_ratio = 1.0f;  // device pixels per CSS pixel
  float text_scale = 1.0f;   // 1, 1.25, 1.5, 2: text and layout grow together
  bool high_contrast = false;
  bool operator==(const DisplaySettings&) const = default;
};

// The characters the fonts are rasterized for, as Dear ImGui's glyph ranges
// (pairs of first and last, ending in 0): the list the shipped fonts were
// subset to. Anything else shows as "?".
const unsigned short* glyph_ranges();
// Loads the fonts from `dir` (DejaVuSans.ttf, DejaVuSans-Bold.ttf) at
// `text_scale`, rasterized for `pixel_ratio`. Falls back to ImGui's built-in
// font (no Cyrillic) and returns false when they are missing.
bool load_fonts(const std::string& dir, float pixel_ratio, float text_scale = 1.0f);
// Colours, spacing and rounding for the settings (sizes scaled by text_scale).
void apply_theme(const DisplaySettings& settings = {});

// Brings fonts and theme to `wanted`; true when the fonts were rebuilt (the
// renderer must upload its font texture again).
bool apply_display_settings(DisplaySettings& applied, const DisplaySettings& wanted, const std::string& font_dir);
// The folder the UI's fonts came from (for documents that embed the font, such as PDF receipts).
const std::string& font_directory();
// The bytes of the body font file in font_directory(); empty when it cannot be read.
std::string body_font_bytes();

}  // namespace cabinet::ui
