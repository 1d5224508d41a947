#include "ui/kit/semantics.hpp"

#include <cmath>

namespace cabinet::ui {

const char* role_name(Role role) {
  switch (role) {
    case Role::button:
      return "button";
    case Role::link:
      return "link";
    case Role::textbox:
      return "textbox";
    case Role::checkbox:
      return "checkbox";
    case Role::radio:
      return "radio";
    case Role::heading:
      return "heading";
    case Role::text:
      return "text";
    case Role::image:
      return "img";
    case Role::navigation_item:
      return "navitem";
    case Role::status:
      return "status";
    case Role::alert:
      return "alert";
  }
  return "text";
}

const SemanticsNode* SemanticsTree::find_by_label(const std::string& label) const {
  for (const auto& node : last_) {
    if (node.label == label) return &node;
  }
  return nullptr;
}

const SemanticsNode* SemanticsTree::find_by_id(const std::string& id) const {
  for (const auto& node : last_) {
    if (node.id == id) return &node;
  }
  return nullptr;
}

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out += c;
    }
  }
  out += '"';
}

namespace {

// A CSS pixel rounded to 0.1, printed without a needless ".0".
void append_pixels(std::string& out, float value) {
  const long tenths = std::lround(value * 10.0f);
  if (tenths < 0) out += '-';
  const long magnitude = tenths < 0 ? -tenths : tenths;
  out += std::to_string(magnitude / 10);
  if (magnitude % 10 != 0) {
    out += '.';
    out += static_cast<char>('0' + magnitude % 10);
  }
}

void append_field(std::string& out, const char* name, std::string_view text) {
  out += ",\"";
  out += name;
  out += "\":";
  append_json_string(out, text);
}

void append_flag(std::string& out, const char* name, bool on) {
  out += ",\"";
  out += name;
  out += on ? "\":true" : "\":false";
}

}  // namespace

void append_node_json(std::string& out, const SemanticsNode& node, std::string_view key) {
  out += "{\"key\":";
  append_json_string(out, key);
  append_field(out, "id", node.id);
  append_field(out, "role", role_name(node.role));
  append_field(out, "label", node.label);
  append_field(out, "value", node.value);
  out += ",\"rect\":[";
  append_pixels(out, node.rect.x);
  out += ',';
  append_pixels(out, node.rect.y);
  out += ',';
  append_pixels(out, node.rect.w);
  out += ',';
  append_pixels(out, node.rect.h);
  out += ']';
  append_flag(out, "focused", node.focused);
  append_flag(out, "invalid", node.invalid);
  append_flag(out, "disabled", node.disabled);
  append_flag(out, "selected", node.selected);
  append_flag(out, "editing", node.editing);
  if (!node.error.empty()) append_field(out, "error", node.error);
  if (!node.input_hint.empty()) append_field(out, "input", node.input_hint);
  if (!node.autocomplete.empty()) append_field(out, "autocomplete", node.autocomplete);
  if (node.expanded >= 0) append_flag(out, "expanded", node.expanded == 1);
  if (node.has_popup) append_flag(out, "haspopup", true);
  out += '}';
}

std::vector<std::string> node_keys(const std::vector<SemanticsNode>& nodes) {
  std::vector<std::string> keys;
  keys.reserve(nodes.size());
  int unnamed[static_cast<int>(Role::alert) + 1] = {};
  for (const auto& node : nodes) {
    if (!node.id.empty()) {
      keys.push_back(node.id);
    } else {
      const int n = ++unnamed[static_cast<int>(node.role)];
      keys.push_back(std::string(role_name(node.role)) + '#' + std::to_string(n));
    }
  }
  return keys;
}

std::string SemanticsTree::nodes_json() const {
  const auto keys = node_keys(last_);
  std::string out = "[";
  for (size_t i = 0; i < last_.size(); ++i) {
    if (i > 0) out += ',';
    append_node_json(out, last_[i], keys[i]);
  }
  out += ']';
  return out;
}

}  // namespace cabinet::ui
