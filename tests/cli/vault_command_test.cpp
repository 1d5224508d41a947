#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "command.hpp"
#include "vault/vault.hpp"

namespace {

struct CliResult {
  int code;
  std::string out, err;
};

CliResult run(const cabinet::cli::Args& args, const std::string& stdin_text) {
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  cabinet::cli::Io io{in, out, err};
  const int code = cabinet::cli::run(args, io);
  return {code, out.str(), err.str()};
}

std::string write_temp(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / ("cabinet-vault-cli-" + std::to_string(::getpid()) + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

const std::string kContent =
    R"({"version":1,"profile":{"surname":"Смирнова","name":"Анна"},"applications":[{"id":1},{"id":2},{"id":3}],"note":"x"})";

std::string sealed() {
  return cabinet::vault::seal(kContent, "Вечер#Луна7", cabinet::vault::minimal_kdf_params()).bytes;
}

}  // namespace

TEST(VaultCommand, InspectPrintsASummary) {
  const std::string file = write_temp("ok.bin", sealed());
  const CliResult result = run({"vault", "inspect", file}, "Вечер#Луна7\n");
  ASSERT_EQ(result.code, 0) << result.err;
  const auto summary = nlohmann::json::parse(result.out);
  EXPECT_EQ(summary["format_version"], 1);
  EXPECT_EQ(summary["kdf"]["algorithm"], "argon2id13");
  EXPECT_EQ(summary["kdf"]["opslimit"], 1);
  EXPECT_EQ(summary["kdf"]["memlimit"], 8192);
  EXPECT_EQ(summary["file_size"], 68 + kContent.size() + 16);
  EXPECT_EQ(summary["content_size"], kContent.size());
  EXPECT_EQ(summary["content"]["keys"]["applications"], (nlohmann::json{{"type", "array"}, {"count", 3}}));
  EXPECT_EQ(summary["content"]["keys"]["profile"], (nlohmann::json{{"type", "object"}, {"count", 2}}));
  EXPECT_EQ(summary["content"]["keys"]["note"], (nlohmann::json{{"type", "string"}}));
  EXPECT_EQ(result.out.find("Смирнова"), std::string::npos);  // no content, only its shape
  // A Windows line ending after the password is fine.
  EXPECT_EQ(run({"vault", "inspect", file}, "Вечер#Луна7\r\n").code, 0);
  std::filesystem::remove(file);
}

TEST(VaultCommand, ErrorsInRussian) {
  const std::string good = sealed();
  const std::string file = write_temp("good.bin", good);
  CliResult result = run({"vault", "inspect", file}, "неверный\n");
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.err.find("неверный пароль или файл был изменён"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());

  const std::string truncated = write_temp("cut.bin", good.substr(0, good.size() - 5));
  result = run({"vault", "inspect", truncated}, "Вечер#Луна7\n");
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.err.find("неполный"), std::string::npos) << result.err;

  const std::string other = write_temp("other.json", "{\"not\": \"a vault\"}");
  result = run({"vault", "inspect", other}, "Вечер#Луна7\n");
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.err.find("Это не файл с данными личного кабинета"), std::string::npos) << result.err;

  EXPECT_EQ(run({"vault", "inspect", file}, "").code, 2);  // no password at all
  result = run({"vault", "inspect", "/nonexistent/vault.bin"}, "x\n");
  EXPECT_EQ(result.code, 2);
  EXPECT_NE(result.err.find("Не удалось открыть файл"), std::string::npos);
  EXPECT_EQ(run({"vault"}, "").code, 2);
  EXPECT_EQ(run({"vault", "open", file}, "").code, 2);
  for (const auto& f : {file, truncated, other}) std::filesystem::remove(f);
}
