#include "frontend.hpp"

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <cmath>

#include "ui/kit/theme.hpp"

#ifdef __EMSCRIPTEN__
#include <SDL_opengles2.h>
#else
#include <SDL_opengl.h>
#endif

namespace cabinet::shell {

Frontend::Frontend(app::Runtime& runtime, ui::PlatformHooks hooks) : runtime_(runtime), hooks_(std::move(hooks)) {}

Frontend::~Frontend() {
  if (ImGui::GetCurrentContext()) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
  }
  if (gl_) SDL_GL_DeleteContext(gl_);
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
}

bool Frontend::init(const FrontendConfig& config) {
  font_dir_ = config.font_dir;
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    error_ = std::string("SDL_Init: ") + SDL_GetError();
    return false;
  }
#ifdef __EMSCRIPTEN__
  const char* glsl = "#version 300 es";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
  const char* glsl = "#version 130";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  window_ = SDL_CreateWindow(config.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, config.width,
                             config.height, flags);
  if (!window_) {
    error_ = std::string("SDL_CreateWindow: ") + SDL_GetError();
    return false;
  }
  gl_ = SDL_GL_CreateContext(window_);
  if (!gl_) {
    error_ = std::string("SDL_GL_CreateContext: ") + SDL_GetError();
    return false;
  }
  SDL_GL_MakeCurrent(window_, gl_);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini: layout is the app's, not a file's
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would force 60 frames a second
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_);
  ImGui_ImplOpenGL3_Init(glsl);
  update_pixel_ratio();
  return true;
}

void Frontend::update_pixel_ratio() {
  int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
  SDL_GetWindowSize(window_, &window_w, &window_h);
  SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
  const float ratio = window_w > 0 ? static_cast<float>(drawable_w) / static_cast<float>(window_w) : 1.0f;
  if (ratio == pixel_ratio_) return;
  pixel_ratio_ = ratio;
  request_redraw();  // frame() rebuilds the fonts for the new ratio
}

bool Frontend::handle_event(const SDL_Event& event) {
  if (event.type == SDL_QUIT) return false;
  if (handle_touch(event)) return true;
  // Tab and Escape are the app's: ImGui 1.86 tabs only between text fields.
  if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_TAB) {
    ui_.tab_request = (event.key.keysym.mod & KMOD_SHIFT) ? -1 : 1;
    request_redraw(3);
    return true;
  }
  if (event.type == SDL_KEYUP && event.key.keysym.sym == SDLK_TAB) return true;
  if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_ESCAPE) ui_.escape_pressed = true;
  // The keyboard's way to context actions: Shift+F10 or the Menu key.
  if (event.type == SDL_KEYDOWN && (event.key.keysym.sym == SDLK_APPLICATION ||
                                    (event.key.keysym.sym == SDLK_F10 && (event.key.keysym.mod & KMOD_SHIFT)))) {
    ui_.context_key = true;
    request_redraw(3);
    return true;
  }
  if (event.type == SDL_KEYDOWN) pressed_since_frame_.insert(event.key.keysym.scancode);
  if (event.type == SDL_KEYUP && pressed_since_frame_.count(event.key.keysym.scancode)) {
    deferred_.push_back(event);
    request_redraw(3);
    return true;
  }
  if (event.type == SDL_WINDOWEVENT && (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                                        event.window.event == SDL_WINDOWEVENT_RESIZED ||
                                        event.window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED)) {
    update_pixel_ratio();
  }
  forward(event);
  return true;
}

bool Frontend::handle_touch(const SDL_Event& event) {
  constexpr float kDragThreshold = 10.0f;  // CSS px before a press becomes a scroll
  int width = 0, height = 0;
  SDL_GetWindowSize(window_, &width, &height);
  switch (event.type) {
    case SDL_FINGERDOWN:
      touch_ = {true, false, event.tfinger.y * static_cast<float>(height), 0, 0, event.tfinger.timestamp};
      touch_.down_ms = SDL_GetTicks();
      inertia_ = 0;
      return false;
    case SDL_FINGERMOTION: {
      if (!touch_.down) return false;
      const float y = event.tfinger.y * static_cast<float>(height);
      const float dy = y - touch_.last_y;
      const uint32_t dt = std::max<uint32_t>(1, event.tfinger.timestamp - touch_.last_ms);
      touch_.travel += std::abs(dy);
      touch_.last_y = y;
      touch_.last_ms = event.tfinger.timestamp;
      if (!touch_.dragging && touch_.travel > kDragThreshold) {
        touch_.dragging = true;
        ui_.cancel_press = true;
      }
      if (touch_.dragging) {
        ui_.scroll_request += dy;
        touch_.velocity = 0.7f * (dy / static_cast<float>(dt)) + 0.3f * touch_.velocity;
        request_redraw(2);
      }
      return true;
    }
    case SDL_FINGERUP:
      if (touch_.dragging && !reduced_motion_) {
        inertia_ = touch_.velocity;
        inertia_ms_ = SDL_GetTicks();
        request_redraw(2);
      }
      touch_.down = touch_.dragging = false;
      return false;
    case SDL_MOUSEMOTION:
      // The mouse SDL makes from a dragging finger would select or drag widgets.
      return event.motion.which == SDL_TOUCH_MOUSEID && touch_.dragging;
    default:
      return false;
  }
}

// A finger held still for half a second asks for the context actions of what
// is under it (ui::context_menu, which then cancels the press; a slow tap on
// anything else still clicks). Until then frames are drawn, since an idle app
// would not notice the time passing.
void Frontend::step_long_press() {
  constexpr uint32_t kLongPressMs = 500;
  if (!touch_.down || touch_.dragging || touch_.long_pressed) return;
  if (SDL_GetTicks() - touch_.down_ms < kLongPressMs) {
    request_redraw(1);
    return;
  }
  touch_.long_pressed = true;
  ui_.context_request = true;
  request_redraw(3);
}

// A flick keeps scrolling and slows down: a running animation, so frames are
// drawn until it stops.
void Frontend::step_inertia() {
  if (inertia_ == 0) return;
  const uint32_t now = SDL_GetTicks();
  const float dt = static_cast<float>(std::max<uint32_t>(1, now - inertia_ms_));
  inertia_ms_ = now;
  ui_.scroll_request += inertia_ * dt;
  inertia_ *= std::pow(0.995f, dt);  // about -8 % per 16 ms frame
  if (std::abs(inertia_) < 0.02f) inertia_ = 0;
  request_redraw(2);
}

void Frontend::forward(const SDL_Event& event) {
  ImGui_ImplSDL2_ProcessEvent(&event);
  // ImGui settles hover and activation one frame after the input.
  request_redraw(event.type == SDL_MOUSEMOTION ? 1 : 3);
}

int Frontend::wait_hint_ms() const {
  if (pending_frames_ > 0 || runtime_.state().revision != drawn_revision_) return 0;
  if (auto deadline = runtime_.next_deadline()) {
    const int64_t now = app::SystemClock().now_ms();
    return static_cast<int>(std::clamp<int64_t>(*deadline - now, 0, 60'000));
  }
  return -1;
}

bool Frontend::frame() {
  runtime_.tick();
  step_long_press();
  if (pending_frames_ <= 0 && runtime_.state().revision == drawn_revision_) return false;
  if (pending_frames_ > 0) --pending_frames_;
  drawn_revision_ = runtime_.state().revision;
  step_inertia();

  if (ui::apply_display_settings(ui_.display, ui::wanted_display(runtime_.state(), pixel_ratio_), font_dir_)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ui::begin_frame(ui_);
  ui::draw_app(ui_, view_, runtime_, hooks_);
  ui::end_frame(ui_);
  ImGui::Render();
  // An action dispatched while drawing changed the state, or a focus move waits
  // for the next frame: draw again.
  if (runtime_.state().revision != drawn_revision_ || ui_.tab_request != 0) request_redraw(2);

  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(window_);
  ++frame_count_;
  pressed_since_frame_.clear();
  std::vector<SDL_Event> releases;
  releases.swap(deferred_);
  for (const SDL_Event& release : releases) forward(release);
  return true;
}

}  // namespace cabinet::shell
