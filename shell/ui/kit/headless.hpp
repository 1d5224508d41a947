#pragma once
// The app without a window: ImGui frames built in memory, input fed as ImGui
// IO, the semantics tree read back. Tests and benchmarks drive the real
// screens through it, the way window.cabinet drives them in the browser.
#include <string>

#include "app/kernel/runtime.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/ui.hpp"

struct ImGuiContext;

namespace cabinet::ui {

class HeadlessApp {
 public:
  HeadlessApp(app::Runtime& runtime, float width, float height, const std::string& font_dir = "");
  ~HeadlessApp();
  HeadlessApp(const HeadlessApp&) = delete;
  HeadlessApp& operator=(const HeadlessApp&) = delete;

  void frame();  // builds one frame
  void resize(float width, float height);
  const SemanticsTree& semantics() const { return ui_.semantics; }
  const SemanticsNode* find(const std::string& label_or_id) const;

  // Input through ImGui IO, each followed by the frames ImGui needs.
  bool click(const std::string& label_or_id);
  bool type(const std::string& label_or_id, const std::string& text);
  void press_tab(bool shift = false);
  void press_key(int imgui_key);  // ImGuiKey_Enter, ImGuiKey_Space, ImGuiKey_Escape, ...
  // Context actions: a finger held on the widget (as sdl/frontend.cpp reports
  // it after half a second), a right click, Shift+F10 on the focused widget.
  bool long_press(const std::string& label_or_id);
  bool right_click(const std::string& label_or_id);
  void press_context_key();
  // What the browser's accessibility mirror and phone keyboard do.
  void focus(const std::string& id);
  void replace_text(const std::string& id, const std::string& text, int caret);
  ViewState& view() { return view_; }
  // What the platform offers the screens (a download, a file picker); none by default.
  PlatformHooks& hooks() { return hooks_; }

 private:
  bool point_at(const std::string& label_or_id);
  bool press_mouse(const std::string& label_or_id, int button, bool held_long);

  app::Runtime& runtime_;
  Ui ui_;
  ViewState view_;
  PlatformHooks hooks_;
  ImGuiContext* context_ = nullptr;
  std::string font_dir_;
};

}  // namespace cabinet::ui
