#pragma once
// The UI context handed to every screen: the catalog, the semantics tree of
// this frame and the keyboard requests the platform could not give ImGui 1.86
// directly (Tab moves over every widget, not only text fields).
#include <optional>
#include <string>
#include <vector>

#include "app/kernel/state.hpp"
#include "i18n/catalog.hpp"
#include "ui/kit/semantics.hpp"
#include "ui/kit/theme.hpp"

struct ImGuiWindow;

namespace cabinet::ui {

struct Focusable {
  std::string id;
  unsigned imgui_id = 0;
  ImGuiWindow* window = nullptr;
  Rect rect;
  bool text_input = false;
};

struct Ui {
  i18n::Catalog catalog = i18n::Catalog::load("ru");
  SemanticsTree semantics;
  int tab_request = 0;           // +1 Tab, -1 Shift+Tab; set by the platform, used once
  bool escape_pressed = false;   // set by the platform for this frame
  bool focus_known = false;      // a click or Tab has placed the focus somewhere
  std::string focus_request;     // a widget id to focus (screen reader, DOM focus), used once
  bool blur_request = false;     // stop editing (the phone keyboard was closed), used once
  bool cancel_press = false;     // a touch became a drag: the pressed widget must not click
  bool context_request = false;  // a long press: the widget under the finger opens its context actions
  bool context_key = false;      // Shift+F10 or the Menu key: the focused widget opens its context actions
  float scroll_request = 0;      // CSS px a finger dragged the content down this frame
  // Text for a field from outside ImGui (the phone keyboard's hidden input):
  // replaces the field's whole value and puts the caret at `caret` (bytes).
  struct TextReplacement {
    std::string id, text;
    int caret = 0;
  };
  std::optional<TextReplacement> text_replacement;
  std::vector<Focusable> focusables;       // this frame, in Tab order
  std::vector<Focusable> last_focusables;  // the previous frame
  DisplaySettings display{0.0f};           // what fonts and theme were built for (none yet)

  // CSS pixels scaled with the text size, for fixed widths in layouts.
  float px(float css_pixels) const { return css_pixels * display.text_scale; }

  std::string tr(std::string_view key, const nlohmann::json& params = nlohmann::json::object()) const {
    return catalog.tr(key, params);
  }
};

// The display settings the app state asks for on a screen of `pixel_ratio`.
inline DisplaySettings wanted_display(const app::AppState& state, float pixel_ratio) {
  return {pixel_ratio, static_cast<float>(state.text_size_percent) / 100.0f, state.high_contrast};
}

// Scrolls the current window by a pending touch drag when the finger is over it.
void apply_touch_scroll(Ui& ui);

// Frame bracket: call after ImGui::NewFrame() and before ImGui::Render().
void begin_frame(Ui& ui);
void end_frame(Ui& ui);

}  // namespace cabinet::ui
