#pragma once
// Thin wrappers over Dear ImGui widgets. Each one draws, records itself in the
// semantics tree and takes part in Tab order. Screens use only these.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "ui/kit/ui.hpp"

namespace cabinet::ui {

enum class ButtonKind { primary, secondary, navigation, link };

struct ButtonOptions {
  ButtonKind kind = ButtonKind::primary;
  bool selected = false;  // the current navigation item
  bool disabled = false;
  float width = 0;              // 0: fit the label; -1: fill the row
  std::string accessible_name;  // when the visible label is an abbreviation ("RU")
  int expanded = -1;            // a disclosure (menu, filters): 1 open, 0 closed
};

// True when activated this frame (click, tap, Space or Enter).
bool button(Ui& ui, const char* id, const std::string& label, const ButtonOptions& options = {});

struct FieldOptions {
  std::string hint;               // shown under the label
  std::string error;              // non-empty: the field is invalid and shows it
  const char* input = "text";     // "text", "tel", "email", "numeric", "password"
  const char* autocomplete = "";  // HTML autocomplete token for the phone keyboard and password managers
  size_t max_bytes = 4096;
  bool multiline = false;  // a text area a few lines high
};

// A labelled single-line text field. Returns true when the value changed.
bool text_field(Ui& ui, const char* id, const std::string& label, std::string& value, const FieldOptions& options = {});

// A labelled check box; true when toggled this frame.
bool checkbox(Ui& ui, const char* id, const std::string& label, bool& value);

// Puts the next button on this row when a button labelled `next_label` fits, else on a new row.
void same_line_if_fits(const std::string& next_label);
// A row of toggle buttons (value, label) that wraps when the next one would not
// fit; ids are `prefix` + "." + value ("all" for ""). Calls on_choose with the value pressed.
void choice_buttons(Ui& ui, const std::string& prefix, const std::string& current,
                    const std::vector<std::pair<std::string, std::string>>& choices,
                    const std::function<void(const std::string&)>& on_choose);

// Context actions of the item drawn just before (a list entry): a long press
// (the platform sets ui.context_request), a right click, or Shift+F10 / the
// Menu key while it has focus opens them as a small menu of buttons, the first
// one focused when opened from the keyboard; Escape or a tap elsewhere closes
// it. Every action must also be reachable without it (a button on the entry).
// Button ids are `id` + "." + value; returns the value chosen this frame or "".
struct ContextAction {
  std::string value, label;
};
std::string context_menu(Ui& ui, const std::string& id, const std::vector<ContextAction>& actions);

// One choice of a group (role radio); true when chosen this frame.
bool radio(Ui& ui, const char* id, const std::string& label, bool selected);

// Text with some byte ranges highlighted (search matches), wrapped at word boundaries.
struct TextSpan {
  size_t begin = 0, end = 0;
  bool highlighted = false;
};
void highlighted_text(Ui& ui, const std::string& text, const std::vector<TextSpan>& spans, bool bold = false);

void heading(Ui& ui, const std::string& text, int level = 1);
void paragraph(Ui& ui, const std::string& text, bool muted = false);
// A status line (role status) or an alert (role alert) in a coloured box.
void banner(Ui& ui, const char* id, const std::string& text, bool alert);

// «Удалить …?» in an alert box with its two answers, the affirmative first
// (button ids "<answers>_yes" and "<answers>_no"). Returns the one pressed this frame.
enum class Answer { none, yes, no };
Answer confirm_question(Ui& ui, const std::string& banner_id, const std::string& question, const std::string& answers,
                        const std::string& yes_label, const std::string& no_label);

}  // namespace cabinet::ui
