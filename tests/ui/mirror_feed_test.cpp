// The accessibility mirror's feed: after the first frame only what changed is
// sent, keys follow the set and order of widgets, and every string survives
// JSON escaping.
#include "ui/kit/mirror_feed.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

using namespace cabinet::ui;
using nlohmann::json;

namespace {

SemanticsNode node(std::string id, Role role, std::string label) {
  SemanticsNode n;
  n.id = std::move(id);
  n.role = role;
  n.label = std::move(label);
  n.rect = {10, 20, 300, 44};
  return n;
}

std::vector<size_t> sent_indices(const json& delta) {
  std::vector<size_t> indices;
  for (const auto& entry : delta["nodes"]) indices.push_back(entry[0].get<size_t>());
  return indices;
}

}  // namespace

TEST(MirrorFeed, FirstDeltaCarriesEveryNodeAndTheKeys) {
  MirrorFeed feed;
  std::vector<SemanticsNode> nodes = {node("", Role::heading, "Профиль"),
                                      node("profile.phone", Role::textbox, "Телефон"), node("", Role::text, "а"),
                                      node("", Role::text, "б")};
  nodes[1].focused = true;
  const auto delta = json::parse(feed.delta(nodes));
  EXPECT_EQ(delta["count"], 4);
  EXPECT_EQ(delta["keys"], json({"heading#1", "profile.phone", "text#1", "text#2"}));
  EXPECT_EQ(sent_indices(delta), (std::vector<size_t>{0, 1, 2, 3}));
  EXPECT_EQ(delta["focus"], 1);
  EXPECT_EQ(delta["nodes"][1][1]["label"], "Телефон");
  EXPECT_EQ(delta["nodes"][1][1]["key"], "profile.phone");
}

TEST(MirrorFeed, AnUnchangedFrameSendsNothingAndAChangedFieldOnlyItself) {
  MirrorFeed feed;
  std::vector<SemanticsNode> nodes;
  for (int i = 0; i < 300; ++i) nodes.push_back(node("w." + std::to_string(i), Role::button, "Кнопка"));
  feed.delta(nodes);
  auto same = json::parse(feed.delta(nodes));
  EXPECT_FALSE(same.contains("keys"));
  EXPECT_TRUE(same["nodes"].empty());
  EXPECT_EQ(same["focus"], -1);

  nodes[42].value = "Анна";
  nodes[7].invalid = true;
  const auto changed = json::parse(feed.delta(nodes));
  EXPECT_FALSE(changed.contains("keys"));
  EXPECT_EQ(sent_indices(changed), (std::vector<size_t>{7, 42}));
  EXPECT_EQ(changed["nodes"][1][1]["value"], "Анна");
  EXPECT_EQ(changed["nodes"][0][1]["invalid"], true);
}

TEST(MirrorFeed, KeysAreResentWhenWidgetsComeAndGo) {
  MirrorFeed feed;
  std::vector<SemanticsNode> nodes = {node("a", Role::button, "А"), node("b", Role::button, "Б"),
                                      node("c", Role::button, "В")};
  feed.delta(nodes);
  nodes.pop_back();
  const auto shorter = json::parse(feed.delta(nodes));
  EXPECT_EQ(shorter["count"], 2);
  EXPECT_EQ(shorter["keys"], json({"a", "b"}));
  EXPECT_TRUE(shorter["nodes"].empty());
}

// Id-less nodes are keyed by their place among their role: when an earlier
// node changes role, an unchanged node after it gets a new key and is resent,
// so the mirror never keeps an element under a key that now means another node.
TEST(MirrorFeed, AnUnchangedNodeWhoseKeyShiftedIsResent) {
  MirrorFeed feed;
  std::vector<SemanticsNode> nodes = {node("", Role::text, "x"), node("", Role::text, "y")};
  feed.delta(nodes);
  nodes[0] = node("b", Role::button, "Кнопка");
  const auto delta = json::parse(feed.delta(nodes));
  EXPECT_EQ(delta["keys"], json({"b", "text#1"}));
  EXPECT_EQ(sent_indices(delta), (std::vector<size_t>{0, 1}));
  EXPECT_EQ(delta["nodes"][1][1]["key"], "text#1");
  EXPECT_EQ(delta["nodes"][1][1]["label"], "y");
}

TEST(SemanticsJson, StringsAreEscapedAndRectanglesRounded) {
  SemanticsNode n = node("form.comment", Role::textbox, "Комментарий \"важно\" \\ a\tb\nc\x01");
  n.rect = {10.04f, 20.06f, -3.25f, 44.0f};
  n.error = "Ошибка";
  n.input_hint = "numeric";
  n.expanded = 1;
  std::string out;
  append_node_json(out, n, n.id);
  const auto parsed = json::parse(out);
  EXPECT_EQ(parsed["label"], "Комментарий \"важно\" \\ a\tb\nc\x01");
  EXPECT_EQ(parsed["rect"], json({10, 20.1, -3.3, 44}));
  EXPECT_EQ(parsed["error"], "Ошибка");
  EXPECT_EQ(parsed["input"], "numeric");
  EXPECT_EQ(parsed["expanded"], true);
  EXPECT_FALSE(parsed.contains("autocomplete"));
}

// A label cut inside a UTF-8 sequence must not stop the mirror: the bytes go
// out as they are (the browser shows U+FFFD), where nlohmann's dump() aborts.
TEST(SemanticsJson, BrokenUtf8IsPassedThroughWithoutFailing) {
  const std::string cut = std::string("Пр") + "\xD0";
  std::string out;
  append_node_json(out, node("x", Role::text, cut), "x");
  EXPECT_NE(out.find("\"label\":\"Пр\xD0\""), std::string::npos);
}
