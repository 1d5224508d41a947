#pragma once
// The semantics tree: every interactive widget records what it is, per frame.
// It serves end-to-end tests (click/type by label), the accessibility DOM
// mirror and the phone keyboard (where the focused text field is).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
  bool has_popup = false;    // opens context actions (long press, right click, Shift+F10)
  unsigned imgui_id = 0;     // for focus moves; not exported
  bool operator==(const SemanticsNode&) const = default;
};

class SemanticsTree {
 public:
  void begin_frame() { building_.clear(); }
  SemanticsNode& add(SemanticsNode node) { return building_.emplace_back(std::move(node)); }
  // The node added last in this frame, if any.
  SemanticsNode* last_added() { return building_.empty() ? nullptr : &building_.back(); }
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
  // The whole tree as a JSON array (window.cabinet.semantics() in the browser).
  std::string nodes_json() const;

 private:
  std::vector<SemanticsNode> building_;
  std::vector<SemanticsNode> last_;
  uint64_t revision_ = 0;
};

// Appends a JSON string: quotes, backslashes and control characters escaped,
// other bytes as they are (JSON.parse of UTF8ToString shows a broken UTF-8
// sequence as U+FFFD rather than failing, unlike nlohmann's dump()).
void append_json_string(std::string& out, std::string_view text);

// Appends one node as a JSON object: the fields the mirror and the tests read,
// rectangles rounded to 0.1 px. `key` names the node for the mirror (its id,
// or "role#n" for the n-th node of that role without one).
void append_node_json(std::string& out, const SemanticsNode& node, std::string_view key);

// The mirror's key of each node, in order.
std::vector<std::string> node_keys(const std::vector<SemanticsNode>& nodes);

}  // namespace cabinet::ui
