#include "semantics.hpp"

#include <cmath>

namespace cabinet::ui {

const char* role_name(Role role) {
  switch (role) {
    case Role::button: return "button";
    case Role::link: return "link";
    case Role::textbox: return "textbox";
    case Role::checkbox: return "checkbox";
    case Role::radio: return "radio";
    case Role::heading: return "heading";
    case Role::text: return "text";
    case Role::image: return "img";
    case Role::navigation_item: return "navitem";
    case Role::status: return "status";
    case Role::alert: return "alert";
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

nlohmann::json SemanticsTree::to_json() const {
  nlohmann::json nodes = nlohmann::json::array();
  const auto round = [](float v) { return std::round(v * 10.0f) / 10.0f; };
  for (const auto& n : last_) {
    nlohmann::json node = {{"id", n.id},
                           {"role", role_name(n.role)},
                           {"label", n.label},
                           {"value", n.value},
                           {"rect", {round(n.rect.x), round(n.rect.y), round(n.rect.w), round(n.rect.h)}},
                           {"focused", n.focused},
                           {"invalid", n.invalid},
                           {"disabled", n.disabled},
                           {"selected", n.selected},
                           {"editing", n.editing}};
    if (!n.error.empty()) node["error"] = n.error;
    if (!n.input_hint.empty()) node["input"] = n.input_hint;
    if (!n.autocomplete.empty()) node["autocomplete"] = n.autocomplete;
    if (n.expanded >= 0) node["expanded"] = n.expanded == 1;
    nodes.push_back(std::move(node));
  }
  return nodes;
}

}  // namespace cabinet::ui
