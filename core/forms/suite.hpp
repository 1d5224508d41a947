#pragma once
// Runs files in the layout of the official JSON-Schema-Test-Suite (draft7):
// each file is an array of {description, schema, tests: [{description, data, valid}]}.
// Remote refs (http://localhost:1234/...) are answered from the suite's
// "remotes" folder when one is found next to the tests.
#include <cstddef>
#include <string>
#include <vector>

namespace cabinet::forms {

struct SuiteFailure {
  std::string file;   // relative to the folder run, e.g. "ref.json", "optional/format/date.json"
  std::string group;  // the group description
  std::string test;   // the test description; empty when the file itself is broken
  bool expected_valid = false;
};

struct SuiteReport {
  bool readable = false;  // false: the path is neither a readable folder nor a file
  size_t passed = 0;
  size_t failed = 0;
  std::vector<SuiteFailure> failures;
  std::vector<std::string> skipped;  // optional/format files of formats this validator does not check
};

// `path`: one file, or a folder: its *.json files plus, when present, the
// files of optional/format/ named after a format this validator checks
// (date, date-time, time, email, regex); the other format files are skipped
// (draft-07 makes them annotations) and listed in `skipped`.
SuiteReport run_suite(const std::string& path);

}  // namespace cabinet::forms
