#include "forms/suggestions.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "forms/form_registry.hpp"

using namespace cabinet::forms;
using nlohmann::json;

namespace {

constexpr int64_t kNow = 1'795'424'400'000;  // 2026-11-23

std::vector<std::string> forms_of(const std::vector<Suggestion>& suggestions) {
  std::vector<std::string> out;
  for (const auto& s : suggestions) out.push_back(s.form);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

TEST(Suggestions, EmbeddedRulesNameExistingForms) {
  const auto& rules = embedded_suggestion_rules();
  ASSERT_GE(rules.size(), 4u);
  for (const json& rule : rules) EXPECT_NE(FormRegistry::embedded().find(rule["form"].get<std::string>()), nullptr) << rule.dump();
}

TEST(Suggestions, PensionAgeDependsOnSexAndTheBirthdayPassed) {
  const auto& rules = embedded_suggestion_rules();
  json woman = {{"sex", "female"}, {"birth_date", "1967-11-23"}, {"receives_pension", false}};
  EXPECT_TRUE(has(forms_of(suggest(rules, woman, kNow)), "pension-assignment"));  // 59 today
  woman["birth_date"] = "1967-11-24";                                             // 59 tomorrow
  EXPECT_FALSE(has(forms_of(suggest(rules, woman, kNow)), "pension-assignment"));
  const json man = {{"sex", "male"}, {"birth_date", "1965-01-01"}, {"receives_pension", false}};  // 61
  EXPECT_FALSE(has(forms_of(suggest(rules, man, kNow)), "pension-assignment"));
  woman["birth_date"] = "1950-01-01";
  woman["receives_pension"] = true;
  const auto pensioner = forms_of(suggest(rules, woman, kNow));
  EXPECT_FALSE(has(pensioner, "pension-assignment"));
  EXPECT_TRUE(has(pensioner, "pension-amount-certificate"));
}

TEST(Suggestions, MissingOrBrokenProfileDataSuggestsNothingItCannotJustify) {
  const auto& rules = embedded_suggestion_rules();
  EXPECT_TRUE(suggest(rules, json::object(), kNow).empty());
  EXPECT_TRUE(suggest(rules, json("text"), kNow).empty());
  EXPECT_TRUE(suggest(rules, {{"sex", "female"}, {"birth_date", "1967-02-30"}}, kNow).empty());
  EXPECT_EQ(forms_of(suggest(rules, {{"has_children", true}}, kNow)), std::vector<std::string>{"maternity-capital"});
  EXPECT_TRUE(suggestion_rules("not json").empty());
  EXPECT_EQ(suggestion_rules(R"([{"id": "x", "form": "y", "when": {"unknown": 1}}])").size(), 1u);
  EXPECT_TRUE(suggest(suggestion_rules(R"([{"id": "x", "form": "y", "when": {"unknown": 1}}])"), {{"a", 1}}, kNow).empty());
}
