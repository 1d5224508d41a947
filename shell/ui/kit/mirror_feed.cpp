#include "ui/kit/mirror_feed.hpp"

namespace cabinet::ui {

std::string MirrorFeed::delta(const std::vector<SemanticsNode>& nodes) {
  auto keys = node_keys(nodes);
  const bool keys_changed = !started_ || keys != sent_keys_;
  started_ = true;
  std::string out = "{\"count\":" + std::to_string(nodes.size());
  if (keys_changed) {
    out += ",\"keys\":[";
    for (size_t i = 0; i < keys.size(); ++i) {
      if (i > 0) out += ',';
      append_json_string(out, keys[i]);
    }
    out += ']';
  }
  out += ",\"nodes\":[";
  const size_t previous = sent_.size();
  sent_.resize(nodes.size());
  bool first = true;
  int focus = -1;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (focus < 0 && nodes[i].focused) focus = static_cast<int>(i);
    // A node is sent again when it or its key changed (an id-less node's key
    // counts the nodes of its role before it, which can change on their own).
    if (i < previous && nodes[i] == sent_[i] && keys[i] == sent_keys_[i]) continue;
    sent_[i] = nodes[i];  // remembered as sent
    if (!first) out += ',';
    first = false;
    out += '[' + std::to_string(i) + ',';
    append_node_json(out, nodes[i], keys[i]);
    out += ']';
  }
  out += "],\"focus\":" + std::to_string(focus) + '}';
  sent_keys_ = std::move(keys);
  return out;
}

}  // namespace cabinet::ui
