#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "cli_runner.hpp"

using cabinet::cli::testing::CliResult;
using cabinet::cli::testing::run;
using cabinet::cli::testing::write_temp;

TEST(Cli, HelpAndVersion) {
  const CliResult help = run({"--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("scenario FILE.json"), std::string::npos);
  const CliResult version = run({"--version"});
  EXPECT_EQ(version.code, 0);
  EXPECT_NE(version.out.find(CABINET_VERSION), std::string::npos);
  EXPECT_EQ(run({}).code, 2);
  EXPECT_EQ(run({"no-such-command"}).code, 2);
}

TEST(Cli, ScenarioPrintsTheFinalState) {
  const std::string file = write_temp("ok.json", R"({"steps": [
      {"type": "navigate", "section": "profile"},
      {"type": "save_profile", "display_name": "Анна"},
      {"expect": {"display_name": "Анна"}}]})");
  const CliResult result = run({"scenario", file});
  EXPECT_EQ(result.code, 0) << result.err;
  const auto summary = nlohmann::json::parse(result.out);
  EXPECT_EQ(summary["section"], "profile");
  EXPECT_EQ(summary["display_name"], "Анна");
  std::filesystem::remove(file);
}

TEST(Cli, ScenarioExitCodesTellExpectationsFromMalformedFiles) {
  const std::string failing = write_temp("fail.json", R"({"steps": [{"expect": {"section": "help"}}]})");
  const CliResult expectation = run({"scenario", failing});
  EXPECT_EQ(expectation.code, 1);
  EXPECT_NE(expectation.err.find("expected section"), std::string::npos);

  const std::string broken = write_temp("broken.json", "{\"steps\": [");
  const CliResult malformed = run({"scenario", broken});
  EXPECT_EQ(malformed.code, 2);
  EXPECT_NE(malformed.err.find("не является корректным JSON"), std::string::npos);

  const std::string binary = write_temp("binary.json", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  EXPECT_EQ(run({"scenario", binary}).code, 2);

  const CliResult missing = run({"scenario", "/nonexistent/scenario.json"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("Не удалось открыть"), std::string::npos);
  for (const auto& f : {failing, broken, binary}) std::filesystem::remove(f);
}
