#pragma once
// What the accessibility mirror (wasm/a11y.js) needs to hear after a frame:
// only the nodes that differ from the ones it was sent before, the keys when
// the set or order of widgets changed, and where focus is. A frame where one
// field's text changed costs one node's JSON, not the whole tree's.
#include <string>
#include <vector>

#include "ui/kit/semantics.hpp"

namespace cabinet::ui {

class MirrorFeed {
 public:
  // {"count":N,"keys":[...]?,"nodes":[[index,{node}],...],"focus":index|-1}
  // "keys" is present only when they changed (always on the first call).
  std::string delta(const std::vector<SemanticsNode>& nodes);

 private:
  std::vector<SemanticsNode> sent_;
  std::vector<std::string> sent_keys_;
  bool started_ = false;
};

}  // namespace cabinet::ui
