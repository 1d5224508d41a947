#include "ui/kit/headless.hpp"

#include <imgui.h>

#include "ui/kit/theme.hpp"

namespace cabinet::ui {

HeadlessApp::HeadlessApp(app::Runtime& runtime, float width, float height, const std::string& font_dir)
    : runtime_(runtime) {
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;  // keys are ImGuiKey values
  font_dir_ = font_dir;
  frame();
}

HeadlessApp::~HeadlessApp() {
  ImGui::DestroyContext(context_);
}

void HeadlessApp::resize(float width, float height) {
  ImGui::SetCurrentContext(context_);
  ImGui::GetIO().DisplaySize = ImVec2(width, height);
  frame();
}

void HeadlessApp::frame() {
  ImGui::SetCurrentContext(context_);
  runtime_.tick();
  if (apply_display_settings(ui_.display, wanted_display(runtime_.state(), 1.0f), font_dir_)) {
    ImGui::GetIO().Fonts->Build();
  }
  ImGui::NewFrame();
  begin_frame(ui_);
  draw_app(ui_, view_, runtime_, hooks_);
  end_frame(ui_);
  ImGui::Render();
}

const SemanticsNode* HeadlessApp::find(const std::string& label_or_id) const {
  if (const SemanticsNode* node = ui_.semantics.find_by_label(label_or_id)) return node;
  return ui_.semantics.find_by_id(label_or_id);
}

// Puts the mouse over the widget (brought into view first); false if absent.
bool HeadlessApp::point_at(const std::string& label_or_id) {
  frame();  // a page drawn for the first time settles its scroll in the next frame
  const SemanticsNode* node = find(label_or_id);
  if (!node) return false;
  const float height = ImGui::GetIO().DisplaySize.y;
  if (!node->id.empty() && (node->rect.y < 0 || node->rect.y + node->rect.h > height)) {
    // Below the fold: focusing scrolls it into view, as in the browser's cabinet.click.
    focus(node->id);
    frame();
    frame();
    node = find(label_or_id);
    if (!node) return false;
  }
  ImGui::GetIO().MousePos = ImVec2(node->rect.x + node->rect.w / 2, node->rect.y + node->rect.h / 2);
  frame();
  return true;
}

bool HeadlessApp::press_mouse(const std::string& label_or_id, int button, bool held_long) {
  if (!point_at(label_or_id)) return false;
  ImGuiIO& io = ImGui::GetIO();
  io.MouseDown[button] = true;
  frame();
  if (held_long) {
    ui_.context_request = true;  // what sdl/frontend.cpp does after half a second
    frame();
  }
  io.MouseDown[button] = false;
  frame();
  frame();
  return true;
}

bool HeadlessApp::click(const std::string& label_or_id) {
  return press_mouse(label_or_id, 0, false);
}
bool HeadlessApp::long_press(const std::string& label_or_id) {
  return press_mouse(label_or_id, 0, true);
}
bool HeadlessApp::right_click(const std::string& label_or_id) {
  return press_mouse(label_or_id, 1, false);
}

void HeadlessApp::press_context_key() {
  ui_.context_key = true;  // the platform's job (see sdl/frontend.cpp)
  frame();
  frame();
}

bool HeadlessApp::type(const std::string& label_or_id, const std::string& text) {
  const SemanticsNode* node = find(label_or_id);
  if (!node || node->role != Role::textbox) return false;
  if (!node->editing) click(label_or_id);
  ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
  frame();
  frame();
  return true;
}

void HeadlessApp::press_tab(bool shift) {
  ui_.tab_request = shift ? -1 : 1;  // the platform's job (see sdl/frontend.cpp)
  frame();
  frame();
}

void HeadlessApp::focus(const std::string& id) {
  ui_.focus_request = id;
  frame();
  frame();
}

void HeadlessApp::replace_text(const std::string& id, const std::string& text, int caret) {
  ui_.text_replacement = Ui::TextReplacement{id, text, caret};
  frame();
  frame();
}

void HeadlessApp::press_key(int imgui_key) {
  ImGuiIO& io = ImGui::GetIO();
  if (imgui_key == ImGuiKey_Escape) ui_.escape_pressed = true;
  io.KeysDown[imgui_key] = true;
  frame();
  io.KeysDown[imgui_key] = false;
  frame();
  frame();
}

}  // namespace cabinet::ui
