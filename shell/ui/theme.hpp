#pragma once
// The calm light theme and the fonts (DejaVu Sans from Debian, copied into the
// build; Cyrillic glyph ranges; rasterized at the screen's pixel ratio).
#include <string>

struct ImFont;

namespace cabinet::ui {

namespace color {
inline constexpr unsigned kPrimary = 0xFFD34C0D;  // ABGR: #0D4CD3
inline constexpr unsigned kText = 0xFF331F0B;     // #0B1F33
inline constexpr unsigned kMuted = 0xFF7F7266;    // #66727F
inline constexpr unsigned kError = 0xFF3224C8;    // #C82432
inline constexpr unsigned kSuccess = 0xFF3A7D1E;  // #1E7D3A
}  // namespace color

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* title = nullptr;
};

Fonts& fonts();

inline constexpr float kBodySize = 18.0f;
inline constexpr float kTitleSize = 26.0f;
inline constexpr float kTouchTarget = 44.0f;

// Loads the fonts from `dir` (DejaVuSans.ttf, DejaVuSans-Bold.ttf). Falls back to
// ImGui's built-in font (no Cyrillic) and returns false when they are missing.
bool load_fonts(const std::string& dir, float pixel_ratio);
void apply_theme();

}  // namespace cabinet::ui
