#include "ui/kit/theme.hpp"

#include <imgui.h>
#include <unistd.h>

#include <algorithm>

#include "storage/read_file.hpp"

namespace cabinet::ui {

unsigned primary_color() {
  return ImGui::GetColorU32(ImGuiCol_Button);
}
unsigned muted_color() {
  return ImGui::GetColorU32(ImGuiCol_TextDisabled);
}

Fonts& fonts() {
  static Fonts instance;
  return instance;
}

// The characters of scripts/lib/font-glyphs.mjs, the same list the fonts were
// subset to (shell/CMakeLists.txt).
const ImWchar* glyph_ranges() {
  static const ImWchar ranges[] = {
#include "glyph_ranges.inc"
      0};
  return ranges;
}

namespace {

bool file_exists(const std::string& path) {
  return ::access(path.c_str(), R_OK) == 0;
}

}  // namespace

std::string body_font_bytes() {
  return storage::read_file(font_directory() + "/DejaVuSans.ttf").value_or(std::string());
}

bool load_fonts(const std::string& dir, float pixel_ratio, float text_scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // Rasterize at the device pixel ratio (capped: phones at 3x would need a huge
  // atlas) times the text size, then draw at 1/ratio so text stays crisp.
  const float ratio = std::clamp(pixel_ratio, 1.0f, 2.0f);
  const float scale = ratio * text_scale;
  const std::string regular = dir + "/DejaVuSans.ttf", bold = dir + "/DejaVuSans-Bold.ttf";
  Fonts& f = fonts();
  if (!file_exists(regular) || !file_exists(bold)) {
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    f.body = f.bold = f.title = io.Fonts->AddFontDefault(&config);
    io.FontGlobalScale = 1.0f / ratio;
    return false;
  }
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  f.body = io.Fonts->AddFontFromFileTTF(regular.c_str(), kBodySize * scale, &config, glyph_ranges());
  f.bold = io.Fonts->AddFontFromFileTTF(bold.c_str(), kBodySize * scale, &config, glyph_ranges());
  f.title = io.Fonts->AddFontFromFileTTF(bold.c_str(), kTitleSize * scale, &config, glyph_ranges());
  io.FontDefault = f.body;
  io.FontGlobalScale = 1.0f / ratio;
  return f.body && f.bold && f.title;
}

void apply_theme(const DisplaySettings& settings) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(16, 16);
  style.FramePadding = ImVec2(14, 13);  // 18 px text + 2 x 13 = a 44 px touch target
  style.ItemSpacing = ImVec2(12, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.ScrollbarSize = 14;
  style.FrameRounding = 8;
  style.WindowRounding = 0;
  style.ChildRounding = 8;
  style.ScrollbarRounding = 8;
  style.GrabRounding = 8;
  style.FrameBorderSize = settings.high_contrast ? 2.0f : 1.0f;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = settings.high_contrast ? 2.0f : 0.0f;

  ImVec4* c = style.Colors;
  const auto rgb = [](int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.f, g / 255.f, b / 255.f, a); };
  if (settings.high_contrast) {
    // Black on white, dark blue actions, a thick amber focus ring (WCAG AAA contrast).
    c[ImGuiCol_Text] = rgb(0, 0, 0);
    c[ImGuiCol_TextDisabled] = rgb(0x33, 0x33, 0x33);
    c[ImGuiCol_WindowBg] = rgb(0xFF, 0xFF, 0xFF);
    c[ImGuiCol_ChildBg] = rgb(0xFF, 0xFF, 0xFF);
    c[ImGuiCol_Border] = rgb(0, 0, 0);
    c[ImGuiCol_FrameBg] = rgb(0xFF, 0xFF, 0xFF);
    c[ImGuiCol_FrameBgHovered] = rgb(0xFF, 0xF4, 0xC2);
    c[ImGuiCol_FrameBgActive] = rgb(0xFF, 0xEA, 0x8A);
    c[ImGuiCol_Button] = rgb(0x00, 0x23, 0x7A);
    c[ImGuiCol_ButtonHovered] = rgb(0x00, 0x17, 0x52);
    c[ImGuiCol_ButtonActive] = rgb(0, 0, 0);
    c[ImGuiCol_NavHighlight] = rgb(0xC2, 0x4E, 0x00);
    c[ImGuiCol_TextSelectedBg] = rgb(0x00, 0x23, 0x7A, 0.35f);
  } else {
    c[ImGuiCol_Text] = rgb(0x0B, 0x1F, 0x33);
    c[ImGuiCol_TextDisabled] = rgb(0x66, 0x72, 0x7F);
    c[ImGuiCol_WindowBg] = rgb(0xF2, 0xF5, 0xF9);
    c[ImGuiCol_ChildBg] = rgb(0xFF, 0xFF, 0xFF);
    c[ImGuiCol_Border] = rgb(0xB8, 0xC2, 0xCC);
    c[ImGuiCol_FrameBg] = rgb(0xFF, 0xFF, 0xFF);
    c[ImGuiCol_FrameBgHovered] = rgb(0xF0, 0xF4, 0xFF);
    c[ImGuiCol_FrameBgActive] = rgb(0xE6, 0xEE, 0xFF);
    c[ImGuiCol_Button] = rgb(0x0D, 0x4C, 0xD3);
    c[ImGuiCol_ButtonHovered] = rgb(0x0A, 0x3D, 0xAA);
    c[ImGuiCol_ButtonActive] = rgb(0x08, 0x30, 0x88);
    c[ImGuiCol_NavHighlight] = rgb(0xFF, 0x9E, 0x00);  // a strong focus ring
    c[ImGuiCol_TextSelectedBg] = rgb(0x0D, 0x4C, 0xD3, 0.25f);
  }
  c[ImGuiCol_Header] = rgb(0xE6, 0xEE, 0xFF);
  c[ImGuiCol_HeaderHovered] = rgb(0xDA, 0xE5, 0xFF);
  c[ImGuiCol_HeaderActive] = rgb(0xCC, 0xDB, 0xFF);
  c[ImGuiCol_CheckMark] = c[ImGuiCol_Button];
  c[ImGuiCol_PopupBg] = c[ImGuiCol_ChildBg];  // menus and questions: opaque, nothing shows through
  c[ImGuiCol_ScrollbarBg] = c[ImGuiCol_WindowBg];
  c[ImGuiCol_ScrollbarGrab] = settings.high_contrast ? rgb(0x33, 0x33, 0x33) : rgb(0xB8, 0xC2, 0xCC);
  style.ScaleAllSizes(settings.text_scale);
  // Margins grow less than text, or large text on a phone would have no room.
  const float margin = std::min(settings.text_scale, 1.25f);
  style.WindowPadding = ImVec2(16 * margin, 16 * margin);
  style.ScrollbarSize = 14 * margin;
}

namespace {
std::string g_font_dir;
}

const std::string& font_directory() {
  return g_font_dir;
}

bool apply_display_settings(DisplaySettings& applied, const DisplaySettings& wanted, const std::string& font_dir) {
  g_font_dir = font_dir;
  if (applied == wanted) return false;
  const bool fonts_change = applied.pixel_ratio != wanted.pixel_ratio || applied.text_scale != wanted.text_scale;
  if (fonts_change) load_fonts(font_dir, wanted.pixel_ratio, wanted.text_scale);
  apply_theme(wanted);
  applied = wanted;
  return fonts_change;
}

}  // namespace cabinet::ui
