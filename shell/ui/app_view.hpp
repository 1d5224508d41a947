#pragma once
// draw_app: one frame of the whole application. Reads the Runtime's state,
// dispatches actions; keeps only view-local things (an open menu, text being
// typed) in ViewState.
#include <functional>
#include <string>

#include "app/runtime.hpp"
#include "ui.hpp"

namespace cabinet::ui {

inline constexpr float kWideLayoutMin = 760.0f;  // CSS px: sidebar from here, top menu below

struct ViewState {
  bool menu_open = false;
  std::string profile_draft;
  bool profile_draft_fresh = false;  // the draft mirrors the stored name
  app::Section drawn_section = app::Section::home;
};

struct PlatformHooks {
  std::function<void()> apply_update;  // reload into the new version (service worker)
};

void draw_app(Ui& ui, ViewState& view, app::Runtime& runtime, const PlatformHooks& hooks = {});

// Screens (screens_*.cpp).
void draw_home(Ui& ui, ViewState& view, app::Runtime& runtime);
void draw_profile(Ui& ui, ViewState& view, app::Runtime& runtime);
void draw_under_construction(Ui& ui, app::Section section);
void draw_display_settings(Ui& ui, app::Runtime& runtime);

std::string section_label(const Ui& ui, app::Section section);

}  // namespace cabinet::ui
