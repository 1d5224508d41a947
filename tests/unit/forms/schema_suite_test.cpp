// The official JSON-Schema-Test-Suite (Debian's json-schema-test-suite) run
// through our validator: every draft-07 test, the remote refs served from the
// suite's remotes/ folder, and optional/format for the formats we check.
// Under Emscripten the files are read through NODERAWFS.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "forms/suite.hpp"

namespace {

std::string suite_dir() {
  if (const char* custom = std::getenv("CABINET_SCHEMA_SUITE_DIR")) return custom;
  return "/usr/share/json-schema-test-suite/tests/draft7";
}

std::string describe(const cabinet::forms::SuiteReport& report) {
  std::string out;
  for (const auto& failure : report.failures) {
    out += failure.file + " | " + failure.group + " | " + failure.test + "\n";
  }
  return out;
}

TEST(SchemaOfficialSuite, Draft7PassesCompletely) {
  const std::string dir = suite_dir();
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir << " is missing: install json-schema-test-suite (scripts/setup)";
  const cabinet::forms::SuiteReport report = cabinet::forms::run_suite(dir);
  ASSERT_TRUE(report.readable);
  EXPECT_EQ(report.failed, 0u) << describe(report);
  EXPECT_GE(report.passed, 400u);  // the draft7 folder of the 2.0.0 suite holds 423 required tests
}

TEST(SchemaOfficialSuite, RemoteRefsAndOptionalFormats) {
  const std::string dir = suite_dir();
  ASSERT_TRUE(std::filesystem::is_directory(dir));
  for (const char* file : {"refRemote.json", "optional/format/date.json", "optional/format/date-time.json",
                           "optional/format/time.json", "optional/format/email.json",
                           "optional/format/regex.json"}) {
    const cabinet::forms::SuiteReport report = cabinet::forms::run_suite(dir + "/" + file);
    ASSERT_TRUE(report.readable) << file;
    EXPECT_EQ(report.failed, 0u) << file << "\n" << describe(report);
    EXPECT_GT(report.passed, 0u) << file;
  }
}

TEST(SchemaOfficialSuite, MissingPathIsNotReadable) {
  EXPECT_FALSE(cabinet::forms::run_suite("/nonexistent/suite/folder").readable);
}

}  // namespace
