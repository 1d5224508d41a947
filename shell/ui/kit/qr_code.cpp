#include "ui/kit/qr_code.hpp"

#include <imgui.h>

#include <algorithm>
#include <qrcodegen.hpp>

namespace cabinet::ui {

int qr_code(Ui& ui, const char* id, const std::string& text, const std::string& label, float size) {
  // Application numbers are short ASCII; longer text would not fit a phone screen anyway.
  if (text.empty() || text.size() > 200) return 0;
  const qrcodegen::QrCode code = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
  const int modules = code.getSize();
  constexpr int kQuiet = 4;  // the quiet zone readers need, in modules
  const float cell = std::max(2.0f, ui.px(size) / static_cast<float>(modules + 2 * kQuiet));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float side = cell * static_cast<float>(modules + 2 * kQuiet);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), IM_COL32_WHITE);
  for (int y = 0; y < modules; ++y) {
    for (int x = 0; x < modules; ++x) {
      if (!code.getModule(x, y)) continue;
      const ImVec2 a(origin.x + (x + kQuiet) * cell, origin.y + (y + kQuiet) * cell);
      draw->AddRectFilled(a, ImVec2(a.x + cell, a.y + cell), IM_COL32_BLACK);
    }
  }
  ImGui::Dummy(ImVec2(side, side));
  SemanticsNode node;
  node.id = id;
  node.role = Role::image;
  node.label = label;
  node.value = text;
  const ImVec2 min = ImGui::GetItemRectMin();
  node.rect = {min.x, min.y, side, side};
  ui.semantics.add(std::move(node));
  return modules;
}

}  // namespace cabinet::ui
