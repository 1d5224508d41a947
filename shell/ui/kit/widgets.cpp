#include "ui/kit/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "ui/kit/theme.hpp"

namespace cabinet::ui {

namespace {

Rect last_item_rect() {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  return {min.x, min.y, max.x - min.x, max.y - min.y};
}

// Records the last ImGui item (or `item`, drawn earlier in a group) in the
// semantics tree and the Tab order.
SemanticsNode& record(Ui& ui, const char* id, Role role, const std::string& label, bool focusable, bool text_input,
                      ImGuiID item = 0) {
  ImGuiContext& g = *GImGui;
  SemanticsNode node;
  node.id = id;
  node.role = role;
  node.label = label;
  node.rect = last_item_rect();
  node.imgui_id = item ? item : ImGui::GetItemID();
  // ImGui gives the first widget an invisible focus at start: focus counts once
  // the person clicked or tabbed somewhere, or while the item takes input.
  node.focused = (g.NavId == node.imgui_id && node.imgui_id != 0 && ui.focus_known) ||
                 (g.ActiveId == node.imgui_id && node.imgui_id != 0);
  if (focusable) ui.focusables.push_back({id, node.imgui_id, ImGui::GetCurrentWindow(), node.rect, text_input});
  return ui.semantics.add(std::move(node));
}

bool keyboard_highlight() {
  return !GImGui->NavDisableHighlight;
}

bool enter_pressed() {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
}

void focus_item(const Focusable& target) {
  ImGuiContext& g = *GImGui;
  ImGui::ClearActiveID();
  ImGui::SetFocusID(target.imgui_id, target.window);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  g.NavInputSource = ImGuiInputSource_Keyboard;
  if (target.text_input) ImGui::ActivateItem(target.imgui_id);
  ImGui::ScrollToBringRectIntoView(target.window, ImRect(target.rect.x, target.rect.y, target.rect.x + target.rect.w,
                                                         target.rect.y + target.rect.h));
}

// Focuses the widget a screen reader or the DOM mirror asked for.
void apply_focus_request(Ui& ui) {
  if (ui.blur_request) {
    ImGui::ClearActiveID();
    ui.blur_request = false;
  }
  if (ui.focus_request.empty()) return;
  for (const Focusable& item : ui.last_focusables) {
    if (item.id == ui.focus_request) {
      focus_item(item);
      ui.focus_known = true;
    }
  }
  ui.focus_request.clear();
}

// Moves focus for a pending Tab / Shift+Tab over the previous frame's widgets.
void apply_tab_request(Ui& ui) {
  // Characters typed just before the Tab belong to the field being left: let
  // it take them this frame and move on in the next one.
  if (ui.tab_request != 0 && !ImGui::GetIO().InputQueueCharacters.empty()) return;
  const int direction = ui.tab_request;
  ui.tab_request = 0;
  const auto& items = ui.last_focusables;
  if (direction == 0 || items.empty()) return;
  ImGuiContext& g = *GImGui;
  // Tab continues from the field being edited, else from the focused widget
  // (a click focuses too), else it starts at the first widget.
  const ImGuiID current = g.ActiveId ? g.ActiveId : (ui.focus_known ? g.NavId : 0);
  ui.focus_known = true;
  const int n = static_cast<int>(items.size());
  int index = -1;
  for (int i = 0; i < n; ++i) {
    if (items[i].imgui_id == current) index = i;
  }
  const int next = index < 0 ? (direction > 0 ? 0 : n - 1) : (index + direction + n) % n;
  focus_item(items[next]);
}

// ImGui keeps its own copy of a field while it is being edited: an outside
// replacement goes through the edit callback so the copy and caret follow.
int replace_text_callback(ImGuiInputTextCallbackData* data) {
  auto* replacement = static_cast<Ui::TextReplacement*>(data->UserData);
  data->DeleteChars(0, data->BufTextLen);
  data->InsertChars(0, replacement->text.c_str());
  data->CursorPos = data->SelectionStart = data->SelectionEnd = std::clamp(replacement->caret, 0, data->BufTextLen);
  return 0;
}

}  // namespace

void apply_touch_scroll(Ui& ui) {
  if (ui.scroll_request == 0) return;
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return;
  if (ImGui::GetScrollMaxY() <= 0) return;
  ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() - ui.scroll_request, 0.0f, ImGui::GetScrollMaxY()));
  ui.scroll_request = 0;
}

void begin_frame(Ui& ui) {
  ui.semantics.begin_frame();
  ui.last_focusables.swap(ui.focusables);
  ui.focusables.clear();
  if (ImGui::GetIO().MouseClicked[0]) ui.focus_known = true;
  if (ui.cancel_press) {
    ImGui::ClearActiveID();
    ui.cancel_press = false;
  }
  apply_tab_request(ui);
  apply_focus_request(ui);
}

void end_frame(Ui& ui) {
  ui.semantics.end_frame();
  ui.scroll_request = 0;  // no scrollable window under the finger
  ui.escape_pressed = false;
  ui.context_request = false;  // nothing with context actions was under the finger
  ui.context_key = false;
}

namespace {

// A link: its text wraps to the width available (a long «Открыть: …» on a
// phone), underlined on hover, a touch target at least kTouchTarget high.
bool link_item(Ui& ui, const std::string& label, bool disabled) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float avail = std::max(ImGui::GetContentRegionAvail().x, 60.0f);
  const float wrap = avail - 2 * style.FramePadding.x;
  const ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
  const ImVec2 size(std::min(avail, text.x + 2 * style.FramePadding.x),
                    std::max(ui.px(kTouchTarget), text.y + 2 * style.FramePadding.y));
  if (disabled) ImGui::BeginDisabled();
  bool pressed = ImGui::InvisibleButton("##link", size);
  if (!disabled && ImGui::IsItemFocused() && keyboard_highlight() && enter_pressed()) pressed = true;
  if (disabled) ImGui::EndDisabled();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 origin(min.x + style.FramePadding.x, min.y + (size.y - text.y) / 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 color = disabled ? muted_color() : primary_color();
  draw->AddText(nullptr, 0.0f, origin, color, label.c_str(), nullptr, wrap);
  if (ImGui::IsItemHovered() && !disabled)
    draw->AddLine(ImVec2(origin.x, origin.y + text.y), ImVec2(origin.x + text.x, origin.y + text.y), color);
  ImGui::RenderNavHighlight(ImRect(min, ImGui::GetItemRectMax()), ImGui::GetItemID());
  return pressed && !disabled;
}

}  // namespace

bool button(Ui& ui, const char* id, const std::string& label, const ButtonOptions& options) {
  if (options.kind == ButtonKind::link) {
    ImGui::PushID(id);
    const bool pressed = link_item(ui, label, options.disabled);
    SemanticsNode& node = record(ui, id, Role::link, options.accessible_name.empty() ? label : options.accessible_name,
                                 !options.disabled, false);
    node.disabled = options.disabled;
    node.selected = options.selected;
    ImGui::PopID();
    return pressed;
  }
  ImGui::PushID(id);
  int colors = 0;
  const ImVec4 accent = ImGui::ColorConvertU32ToFloat4(primary_color());  // before the pushes below change it
  if (options.kind != ButtonKind::primary) {
    const bool nav = options.kind == ButtonKind::navigation;
    const ImVec4 base = options.selected ? ImVec4(0.90f, 0.93f, 1.0f, 1.0f)
                        : nav            ? ImVec4(0, 0, 0, 0)
                                         : ImVec4(1, 1, 1, 1);
    ImGui::PushStyleColor(ImGuiCol_Button, base);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.92f, 0.95f, 1.0f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.85f, 0.90f, 1.0f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, accent);
    colors = 4;
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    colors = 1;
  }
  if (options.kind == ButtonKind::navigation) {
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  }
  if (options.kind == ButtonKind::navigation && options.selected) ImGui::PushFont(fonts().bold);
  if (options.disabled) ImGui::BeginDisabled();
  const float width = options.width < 0 ? ImGui::GetContentRegionAvail().x : ui.px(options.width);
  bool pressed = ImGui::Button(label.c_str(), ImVec2(width, ui.px(kTouchTarget)));
  if (!options.disabled && ImGui::IsItemFocused() && keyboard_highlight() && enter_pressed()) pressed = true;
  if (options.disabled) ImGui::EndDisabled();
  if (options.kind == ButtonKind::navigation && options.selected) ImGui::PopFont();
  if (options.kind == ButtonKind::navigation) ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(colors);
  const Role role = options.kind == ButtonKind::navigation ? Role::navigation_item
                    : options.kind == ButtonKind::link     ? Role::link
                                                           : Role::button;
  SemanticsNode& node =
      record(ui, id, role, options.accessible_name.empty() ? label : options.accessible_name, !options.disabled, false);
  node.disabled = options.disabled;
  node.selected = options.selected;
  node.expanded = options.expanded;
  ImGui::PopID();
  return pressed && !options.disabled;
}

bool text_field(Ui& ui, const char* id, const std::string& label, std::string& value, const FieldOptions& options) {
  ImGui::PushID(id);
  ImGui::PushFont(fonts().bold);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  if (!options.hint.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(muted_color()));
    ImGui::TextWrapped("%s", options.hint.c_str());
    ImGui::PopStyleColor();
  }
  const bool invalid = !options.error.empty();
  if (invalid) {
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(color::kError));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
  }
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ui.px(560.0f)));
  ImGuiInputTextFlags flags = 0;
  if (std::string_view(options.input) == "password") flags |= ImGuiInputTextFlags_Password;
  if (value.size() > options.max_bytes) value.resize(options.max_bytes);
  std::optional<Ui::TextReplacement> replacement;
  if (ui.text_replacement && ui.text_replacement->id == id) replacement.swap(ui.text_replacement);
  const ImGuiID field = ImGui::GetID("##field");
  bool changed = false;
  if (replacement && GImGui->ActiveId != field) {  // not being edited: plain assignment
    value = replacement->text;
    changed = true;
    replacement.reset();
  }
  if (replacement) flags |= ImGuiInputTextFlags_CallbackAlways;
  if (options.multiline) {
    changed |= ImGui::InputTextMultiline(
        "##field", &value, ImVec2(std::min(ImGui::GetContentRegionAvail().x, ui.px(560.0f)), ui.px(120)), flags,
        replacement ? replace_text_callback : nullptr, replacement ? &*replacement : nullptr);
  } else {
    changed |= ImGui::InputText("##field", &value, flags, replacement ? replace_text_callback : nullptr,
                                replacement ? &*replacement : nullptr);
  }
  if (value.size() > options.max_bytes) value.resize(options.max_bytes);
  if (invalid) {
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
  }
  // The field's own id: after a multiline field the last item is its scrolling child, not the input.
  SemanticsNode& node = record(ui, id, Role::textbox, label, true, true, field);
  node.value = std::string_view(options.input) == "password" ? std::string(value.size(), '*') : value;
  node.editing = ImGui::IsItemActive();
  node.invalid = invalid;
  node.error = options.error;
  node.input_hint = options.input;
  node.autocomplete = options.autocomplete;
  if (invalid) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::kError));
    ImGui::TextWrapped("%s", options.error.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopID();
  return changed;
}

namespace {

// The label beside a check box or a radio circle: on the control's text
// baseline (SameLine keeps the control's padding as the line's offset), wrapping
// (ImGui's own label never wraps), and the row at least 44 px high for a finger
// (the control alone is the font's height plus its padding, less than that).
void control_label(Ui& ui, const std::string& label, float row_top) {
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopTextWrapPos();
  // The row ends where the taller of the control and the label ends (the cursor is a spacing below).
  const float bottom = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
  const float short_by = row_top + ui.px(44) - bottom;
  if (short_by > 0) {
    ImGui::SetCursorPosY(bottom);
    ImGui::Dummy(ImVec2(0, short_by));
  }
}

}  // namespace

bool checkbox(Ui& ui, const char* id, const std::string& label, bool& value) {
  ImGui::PushID(id);
  // The box and its label are one row: the label toggles too.
  const float row_top = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.px(11), ui.px(11)));
  bool toggled = ImGui::Checkbox("##box", &value);
  ImGui::PopStyleVar();
  const ImGuiID box = ImGui::GetItemID();
  if (ImGui::IsItemFocused() && keyboard_highlight() && enter_pressed()) {
    value = !value;
    toggled = true;
  }
  control_label(ui, label, row_top);
  ImGui::EndGroup();
  // The whole row toggles: the label and the gap before it too (a press on the
  // box itself makes it active, which this check does not see).
  if (ImGui::IsItemClicked()) {
    value = !value;
    toggled = true;
  }
  SemanticsNode& node = record(ui, id, Role::checkbox, label, true, false, box);
  node.selected = value;
  node.value = value ? "true" : "false";
  ImGui::PopID();
  return toggled;
}

void same_line_if_fits(const std::string& next_label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(next_label.c_str()).x + style.FramePadding.x * 2;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right) ImGui::SameLine();
}

void choice_buttons(Ui& ui, const std::string& prefix, const std::string& current,
                    const std::vector<std::pair<std::string, std::string>>& choices,
                    const std::function<void(const std::string&)>& on_choose) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (size_t i = 0; i < choices.size(); ++i) {
    const auto& [value, label] = choices[i];
    if (i > 0) {
      const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    const std::string id = prefix + "." + (value.empty() ? "all" : value);
    if (button(ui, id.c_str(), label, {.kind = ButtonKind::secondary, .selected = current == value})) on_choose(value);
  }
}

std::string context_menu(Ui& ui, const std::string& id, const std::vector<ContextAction>& actions) {
  if (actions.empty()) return "";
  if (SemanticsNode* item = ui.semantics.last_added()) item->has_popup = true;
  // Asked while the item is the last one drawn: hover and focus are its own.
  const bool hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
  bool open = hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Right);
  if (hovered && ui.context_request) {
    open = true;
    ui.context_request = false;
    ImGui::ClearActiveID();  // the held press opened the menu: lifting the finger must not click
  }
  if (ui.context_key && ImGui::IsItemFocused()) {
    open = true;
    ui.context_key = false;
    ui.focus_request = id + "." + actions.front().value;  // resolved next frame, once the menu is drawn
  }
  const ImGuiID popup = ImGui::GetID((id + "##context").c_str());
  if (open) ImGui::OpenPopupEx(popup);
  std::string chosen;
  if (!ImGui::BeginPopupEx(
          popup, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings))
    return chosen;
  for (const ContextAction& action : actions) {
    if (button(ui, (id + "." + action.value).c_str(), action.label, {.kind = ButtonKind::secondary})) {
      chosen = action.value;
      ImGui::CloseCurrentPopup();
    }
  }
  if (ui.escape_pressed) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return chosen;
}

bool radio(Ui& ui, const char* id, const std::string& label, bool selected) {
  ImGui::PushID(id);
  const float row_top = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.px(11), ui.px(11)));
  bool chosen = ImGui::RadioButton("##radio", selected);
  ImGui::PopStyleVar();
  const ImGuiID item = ImGui::GetItemID();
  if (ImGui::IsItemFocused() && keyboard_highlight() && enter_pressed()) chosen = true;
  control_label(ui, label, row_top);
  ImGui::EndGroup();
  // The whole row chooses: a short label («ИНН») left the row's middle in the
  // gap between the circle and the text, where a tap did nothing.
  if (ImGui::IsItemClicked()) chosen = true;
  SemanticsNode& node = record(ui, id, Role::radio, label, true, false, item);
  node.selected = selected;
  node.value = selected ? "true" : "false";
  ImGui::PopID();
  return chosen;
}

void highlighted_text(Ui& ui, const std::string& text, const std::vector<TextSpan>& spans, bool bold) {
  if (bold) ImGui::PushFont(fonts().bold);
  const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
  const float space = ImGui::CalcTextSize(" ").x;
  bool first = true;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (const TextSpan& span : spans) {
    size_t at = span.begin;
    while (at < span.end) {
      // One word (with its trailing spaces) at a time, so lines wrap between words.
      size_t end = at;
      while (end < span.end && text[end] != ' ') ++end;
      while (end < span.end && text[end] == ' ') ++end;
      const char* begin_ptr = text.data() + at;
      const char* end_ptr = text.data() + end;
      const float width = ImGui::CalcTextSize(begin_ptr, end_ptr).x;
      if (!first) {
        ImGui::SameLine(0, 0);
        if (ImGui::GetCursorPosX() + width > right && ImGui::GetCursorPosX() > space) ImGui::NewLine();
      }
      if (span.highlighted) {
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + ImGui::GetTextLineHeight()),
                            IM_COL32(0xFF, 0xE0, 0x82, 0xFF));
      }
      ImGui::TextUnformatted(begin_ptr, end_ptr);
      first = false;
      at = end;
    }
  }
  if (bold) ImGui::PopFont();
  record(ui, "", Role::text, text, false, false);
}

void heading(Ui& ui, const std::string& text, int level) {
  ImGui::PushFont(level <= 1 ? fonts().title : fonts().bold);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  record(ui, "", Role::heading, text, false, false).value = std::to_string(level);
}

void paragraph(Ui& ui, const std::string& text, bool muted) {
  if (muted) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(muted_color()));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  if (muted) ImGui::PopStyleColor();
  record(ui, "", Role::text, text, false, false);
}

void banner(Ui& ui, const char* id, const std::string& text, bool alert) {
  const ImU32 fg = alert ? color::kError : color::kSuccess;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float pad = 12.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(fg));
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  const float bottom = ImGui::GetItemRectMax().y + pad;
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(start, ImVec2(start.x + width, bottom),
                      alert ? IM_COL32(0xFD, 0xEC, 0xEE, 0xFF) : IM_COL32(0xE8, 0xF5, 0xEC, 0xFF), 8.0f);
  draw->AddRectFilled(start, ImVec2(start.x + 4, bottom), fg, 2.0f);
  draw->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
  ImGui::Dummy(ImVec2(width, 4));
  SemanticsNode& node = record(ui, id, alert ? Role::alert : Role::status, text, false, false);
  node.rect = {start.x, start.y, width, bottom - start.y};
}

Answer confirm_question(Ui& ui, const std::string& banner_id, const std::string& question, const std::string& answers,
                        const std::string& yes_label, const std::string& no_label) {
  banner(ui, banner_id.c_str(), question, true);
  Answer answer = Answer::none;
  if (button(ui, (answers + "_yes").c_str(), yes_label)) answer = Answer::yes;
  same_line_if_fits(no_label);
  if (button(ui, (answers + "_no").c_str(), no_label, {.kind = ButtonKind::secondary})) answer = Answer::no;
  return answer;
}

}  // namespace cabinet::ui
