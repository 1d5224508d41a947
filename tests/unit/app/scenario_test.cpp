#include "app/kernel/scenario.hpp"

#include <gtest/gtest.h>

using cabinet::app::run_scenario;
using nlohmann::json;

TEST(Scenario, RunsActionsAdvancesTimeAndChecksExpectations) {
  const json scenario = json::parse(R"({
    "start": "2026-11-23T09:00:00Z",
    "steps": [
      {"type": "navigate", "section": "profile"},
      {"type": "save_profile", "display_name": "Анна"},
      {"expect": {"section": "profile", "display_name": "Анна", "save_state": "saved"}},
      {"advance": "2s"},
      {"expect": {"notices": [{"message": "app.saved"}]}},
      {"advance": 5},
      {"expect": {"notices": [{"message": "app.saved"}]}},
      {"type": "navigate", "section": "home"},
      {"expect": {"notices": []}}
    ]})");
  const auto result = run_scenario(scenario);
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_TRUE(result.failed.empty()) << result.failed.front();
  EXPECT_EQ(result.summary["now"], "2026-11-23T09:00:07Z");
  EXPECT_NE(result.summary["storage"]["settings.json"].get<std::string>().find("Анна"), std::string::npos);
}

TEST(Scenario, ReportsFailedExpectations) {
  const auto result = run_scenario(json::parse(R"({"steps": [{"expect": {"section": "help", "missing": 1}}]})"));
  ASSERT_TRUE(result.ok);
  ASSERT_EQ(result.failed.size(), 2u);
  EXPECT_NE(result.failed[0].find("step 1"), std::string::npos);
}

TEST(Scenario, StartsFromGivenStorage) {
  const auto result = run_scenario(json::parse(R"({
    "storage": {"settings.json": {"version": 1, "language": "en", "display_name": "Ann"}},
    "steps": []})"));
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.summary["language"], "en");
  EXPECT_EQ(result.summary["display_name"], "Ann");
}

TEST(Scenario, MalformedScenariosAreErrorsNotCrashes) {
  for (const char* text :
       {R"([])", R"({"start": "yesterday"})", R"({"steps": {}})", R"({"steps": [42]})", R"({"steps": [{"type": 7}]})",
        R"({"steps": [{"type": "fly"}]})", R"({"steps": [{"advance": "-1s"}]})", R"({"steps": [{"advance": true}]})",
        R"({"seed": -1, "steps": []})", R"({"seed": "7", "steps": []})"}) {
    const auto result = run_scenario(json::parse(text));
    EXPECT_FALSE(result.ok) << text;
    EXPECT_FALSE(result.error.empty()) << text;
  }
}

// The Random port is seeded: the same seed replays the same one-time codes, another gives others.
TEST(Scenario, TheSeedReplaysTheOneTimeCodes) {
  const auto codes = [](int seed) {
    json scenario = json::parse(R"({"steps": [{"type": "register_submit", "full_name": "Иванова Мария Петровна",
      "birth_date": "14.03.1985", "phone": "+7 912 345-67-89", "email": "maria.ivanova@example.ru",
      "snils": "112-233-445 95", "password": "Zv$7qLm!pR2x", "password_repeat": "Zv$7qLm!pR2x", "agree": true}]})");
    scenario["seed"] = seed;
    const auto result = run_scenario(scenario);
    EXPECT_TRUE(result.ok) << result.error;
    std::string out;
    for (const json& notice : result.summary["notices"]) {
      if (notice["message"] == "auth.sandbox.code") out += notice["params"]["code"].get<std::string>() + " ";
    }
    return out;
  };
  const std::string first = codes(5);
  EXPECT_EQ(first.size(), 14u) << "two six-digit codes: " << first;
  EXPECT_EQ(codes(5), first);
  EXPECT_NE(codes(6), first);
}
