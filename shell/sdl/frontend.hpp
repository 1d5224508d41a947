#pragma once
// The SDL2 + OpenGL frontend shared by the desktop app and the browser app:
// window, ImGui backends, fonts, and drawing on demand. A frame is drawn only
// when something changed: input, resize, focus, the app state, or a deadline
// the core asked for. Otherwise frame() returns at once.
#include <SDL.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "app/kernel/runtime.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/ui.hpp"

namespace cabinet::shell {

struct FrontendConfig {
  std::string title = "Личный кабинет";
  std::string font_dir;
  int width = 1100, height = 760;
};

class Frontend {
 public:
  Frontend(app::Runtime& runtime, ui::PlatformHooks hooks);
  ~Frontend();
  Frontend(const Frontend&) = delete;
  Frontend& operator=(const Frontend&) = delete;

  bool init(const FrontendConfig& config);  // false: the error is in last_error()
  const std::string& last_error() const { return error_; }

  // Feeds one SDL event; false when the app should quit.
  bool handle_event(const SDL_Event& event);
  // Draws a frame when needed; returns true when it drew one.
  bool frame();
  // Milliseconds until something needs drawing (-1: nothing scheduled).
  int wait_hint_ms() const;
  void request_redraw(int frames = 2) { pending_frames_ = std::max(pending_frames_, frames); }
  // prefers-reduced-motion: a flick stops where the finger lifts (no inertia).
  void set_reduced_motion(bool reduced) { reduced_motion_ = reduced; }

  uint64_t frame_count() const { return frame_count_; }
  const ui::Ui& ui() const { return ui_; }
  ui::Ui& ui() { return ui_; }

 private:
  void update_pixel_ratio();
  void forward(const SDL_Event& event);
  bool handle_touch(const SDL_Event& event);  // true: the event is consumed
  void step_inertia();
  void step_long_press();

  app::Runtime& runtime_;
  ui::PlatformHooks hooks_;
  ui::Ui ui_;
  ui::ViewState view_;
  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_ = nullptr;
  std::string font_dir_;
  std::string error_;
  float pixel_ratio_ = 0;
  int pending_frames_ = 2;
  uint64_t drawn_revision_ = ~0ull;
  uint64_t frame_count_ = 0;
  // ImGui 1.86 reads key state once per frame: a key pressed and released
  // between two frames (a quick tap, a test) keeps its release for the next one.
  std::set<SDL_Scancode> pressed_since_frame_;
  std::vector<SDL_Event> deferred_;
  // Touch: a finger that moves more than a few pixels scrolls instead of pressing.
  struct TouchDrag {
    bool down = false, dragging = false;
    float last_y = 0, travel = 0, velocity = 0;  // CSS px, px per ms
    uint32_t last_ms = 0;
    uint32_t down_ms = 0;       // SDL ticks when the finger came down
    bool long_pressed = false;  // held still long enough: context actions asked for
  } touch_;
  float inertia_ = 0;  // px per ms, decaying after a flick
  uint32_t inertia_ms_ = 0;
  bool reduced_motion_ = false;
};

}  // namespace cabinet::shell
