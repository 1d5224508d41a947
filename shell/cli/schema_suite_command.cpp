// cabinet-cli schema-suite DIR|FILE: runs the official JSON-Schema-Test-Suite
// (draft7 layout) against cabinet::forms::SchemaValidator: DIR's *.json files
// and the optional/format/ files of the formats the validator checks. The last
// line is always "N passed, M failed"; exit 0 only when nothing failed.
#include <ostream>

#include "command.hpp"
#include "forms/suite.hpp"

namespace cabinet::cli {
namespace {

int run_schema_suite(const Args& args, Io& io) {
  if (args.size() != 1) {
    io.err << "usage: cabinet-cli schema-suite DIR|FILE\n";
    return kExitUsage;
  }
  const forms::SuiteReport report = forms::run_suite(args[0]);
  if (!report.readable) {
    io.err << "Не удалось прочитать папку или файл с тестами: " << args[0] << "\n";
    return kExitUsage;
  }
  for (const std::string& file : report.skipped) io.out << "SKIP " << file << " (формат не проверяется)\n";
  for (const forms::SuiteFailure& failure : report.failures) {
    io.out << "FAIL " << failure.file << " | " << failure.group << " | ";
    if (failure.test.empty()) {
      io.out << "(не удалось прочитать тест)\n";
    } else {
      io.out << failure.test << " (expected " << (failure.expected_valid ? "valid" : "invalid") << ")\n";
    }
  }
  io.out << report.passed << " passed, " << report.failed << " failed\n";
  return report.failed == 0 ? kExitOk : kExitInvalid;
}

CABINET_CLI_COMMAND("schema-suite", "schema-suite DIR|FILE",
                    "run JSON-Schema-Test-Suite draft7 files (DIR/*.json and DIR/optional/format of checked formats); print failures and 'N passed, M failed' (exit 0 all pass)",
                    run_schema_suite);

}  // namespace
}  // namespace cabinet::cli
