#pragma once
// The semantics tree: every interactive widget records what it is, per frame.
// It serves end-to-end tests (click/type by label), the accessibility DOM
// mirror and the phone keyboard (where the focused text field is).
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::ui {

enum class Role { button, link, textbox, checkbox, radio, heading, text, image, navigation_item, status, alert };
const char* role_name(Role role);

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;  // CSS pixels from the top-left of the canvas
  bool operator==(const Rect&) const = default;
};

struct SemanticsNode {
  std::string id;  // stable, language-independent ("nav.home", "profile.display_name")
  Role role = Role::text;
  std::string label;  // the accessible name, in the current language
  std::string value;
  Rect rect;
  bool focused = false;
  bool invalid = false;
  bool disabled = false;
  bool selected = false;     // current navigation item, checked box
  bool editing = false;      // a text field taking keystrokes now
  int expanded = -1;         // a disclosure button: 1 open, 0 closed; -1 not one
  std::string error;         // error text of an invalid field
  std::string input_hint;    // "text", "tel", "email", "numeric", "password"
  std::string autocomplete;  // the HTML autocomplete token, e.g. "tel", "new-password"
  unsigned imgui_id = 0;     // for focus moves; not exported
  bool operator==(const SemanticsNode&) const = default;
};

class SemanticsTree {
 public:
  void begin_frame() { building_.clear(); }
  SemanticsNode& add(SemanticsNode node) { return building_.emplace_back(std::move(node)); }
  void end_frame() {
    if (building_ != last_) ++revision_;
    last_.swap(building_);
  }
  // Changes whenever a finished frame's tree differs from the one before.
  uint64_t revision() const { return revision_; }

  // The nodes of the last finished frame, in drawing (and Tab) order.
  const std::vector<SemanticsNode>& nodes() const { return last_; }
  const SemanticsNode* find_by_label(const std::string& label) const;
  const SemanticsNode* find_by_id(const std::string& id) const;
  nlohmann::json to_json() const;

 private:
  std::vector<SemanticsNode> building_;
  std::vector<SemanticsNode> last_;
  uint64_t revision_ = 0;
};

}  // namespace cabinet::ui
