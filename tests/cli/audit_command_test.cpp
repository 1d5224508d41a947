#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "audit/audit_verify.hpp"
#include "command.hpp"

namespace {

struct CliResult {
  int code;
  std::string out, err;
};

CliResult run(const cabinet::cli::Args& args) {
  std::istringstream in;
  std::ostringstream out, err;
  cabinet::cli::Io io{in, out, err};
  const int code = cabinet::cli::run(args, io);
  return {code, out.str(), err.str()};
}

std::string write_temp(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / ("cabinet-audit-cli-" + std::to_string(::getpid()) + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

std::string log_text(size_t entries) {
  cabinet::audit::AuditLog log;
  for (size_t i = 0; i < entries; ++i)
    log.append(1'795'420'800'000 + static_cast<int64_t>(i) * 60'000, "citizen", "sign_in", "session", {{"n", i}});
  return cabinet::audit::to_jsonl(log.entries());
}

}  // namespace

TEST(AuditCommand, VerifyCountsEntriesInRussian) {
  const std::pair<size_t, const char*> cases[] = {{0, "OK (0 записей)\n"},   {1, "OK (1 запись)\n"},
                                                  {3, "OK (3 записи)\n"},    {5, "OK (5 записей)\n"},
                                                  {11, "OK (11 записей)\n"}, {21, "OK (21 запись)\n"}};
  for (const auto& [count, expected] : cases) {
    const std::string file = write_temp("ok.jsonl", log_text(count));
    const CliResult result = run({"audit", "verify", file});
    EXPECT_EQ(result.code, 0) << result.out;
    EXPECT_EQ(result.out, expected);
    std::filesystem::remove(file);
  }
}

TEST(AuditCommand, ReportsTheFirstBrokenEntry) {
  std::string text = log_text(4);
  const size_t third = text.find("\"n\":2");
  text[third + 4] = '7';  // entry 3's details changed
  const std::string edited = write_temp("edited.jsonl", text);
  CliResult result = run({"audit", "verify", edited});
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.out.find("Запись №3 была изменена"), std::string::npos) << result.out;

  std::string lines = log_text(4);
  const size_t second = lines.find('\n') + 1;
  lines.insert(second, "not json\n");
  const std::string garbled = write_temp("garbled.jsonl", lines);
  result = run({"audit", "verify", garbled});
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.out.find("Строка 2 журнала повреждена"), std::string::npos) << result.out;

  result = run({"audit", "verify", "/nonexistent/audit.jsonl"});
  EXPECT_EQ(result.code, 2);
  EXPECT_NE(result.err.find("Не удалось открыть файл"), std::string::npos);
  EXPECT_EQ(run({"audit"}).code, 2);
  EXPECT_EQ(run({"audit", "check", edited}).code, 2);
  for (const auto& f : {edited, garbled}) std::filesystem::remove(f);
}
