#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli_runner.hpp"

using cabinet::cli::testing::CliResult;
using cabinet::cli::testing::run;

namespace {

namespace fs = std::filesystem;

// A small suite in the official layout: one passing group, one failing test,
// a remote ref and an optional/format folder.
std::string make_suite() {
  const fs::path root = fs::temp_directory_path() / ("cabinet-cli-suite-" + std::to_string(::getpid()));
  fs::create_directories(root / "tests" / "draft7" / "optional" / "format");
  fs::create_directories(root / "remotes");
  std::ofstream(root / "remotes" / "integer.json") << R"({"type": "integer"})";
  std::ofstream(root / "tests" / "draft7" / "minimum.json") << R"([
    {"description": "minimum", "schema": {"minimum": 1},
     "tests": [{"description": "above", "data": 2, "valid": true},
               {"description": "below", "data": 0, "valid": false},
               {"description": "a wrong expectation", "data": 0, "valid": true}]}])";
  std::ofstream(root / "tests" / "draft7" / "refRemote.json") << R"([
    {"description": "remote", "schema": {"$ref": "http://localhost:1234/integer.json"},
     "tests": [{"description": "int", "data": 1, "valid": true},
               {"description": "string", "data": "1", "valid": false}]}])";
  std::ofstream(root / "tests" / "draft7" / "optional" / "format" / "date.json") << R"([
    {"description": "date", "schema": {"format": "date"},
     "tests": [{"description": "bad", "data": "2023-02-29", "valid": false}]}])";
  std::ofstream(root / "tests" / "draft7" / "optional" / "format" / "ipv4.json") << R"([
    {"description": "ipv4", "schema": {"format": "ipv4"},
     "tests": [{"description": "bad", "data": "1.2.3", "valid": false}]}])";
  return (root / "tests" / "draft7").string();
}

}  // namespace

TEST(SchemaSuiteCli, ReportsFailuresAndCountsLast) {
  const std::string dir = make_suite();
  const CliResult result = run({"schema-suite", dir});
  EXPECT_EQ(result.code, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("FAIL minimum.json | minimum | a wrong expectation (expected valid)"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("SKIP optional/format/ipv4.json"), std::string::npos) << result.out;
  // 2 of minimum.json, 2 remote, 1 date; the last line is the count.
  const std::string last_line = "5 passed, 1 failed\n";
  ASSERT_GE(result.out.size(), last_line.size());
  EXPECT_EQ(result.out.substr(result.out.size() - last_line.size()), last_line);
}

TEST(SchemaSuiteCli, OneFileAndExitZero) {
  const std::string dir = make_suite();
  const CliResult result = run({"schema-suite", dir + "/refRemote.json"});
  EXPECT_EQ(result.code, 0) << result.out;
  EXPECT_EQ(result.out, "2 passed, 0 failed\n");
}

TEST(SchemaSuiteCli, TheOfficialDraft7Suite) {
  const std::string dir = "/usr/share/json-schema-test-suite/tests/draft7";
  ASSERT_TRUE(fs::is_directory(dir)) << "install json-schema-test-suite (scripts/setup)";
  const CliResult result = run({"schema-suite", dir});
  EXPECT_EQ(result.code, 0) << result.out;
  EXPECT_NE(result.out.find(" passed, 0 failed\n"), std::string::npos) << result.out;
}

TEST(SchemaSuiteCli, UsageAndUnreadablePaths) {
  EXPECT_EQ(run({"schema-suite"}).code, 2);
  const CliResult missing = run({"schema-suite", "/nonexistent/suite"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("Не удалось прочитать"), std::string::npos);
}
