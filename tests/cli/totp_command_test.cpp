#include <gtest/gtest.h>

#include <sstream>

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

// "12345678901234567890" repeated to 20, 32 and 64 bytes, in hex.
std::string seed_hex(size_t bytes) {
  std::string hex;
  for (size_t i = 0; i < bytes; ++i) hex += "3" + std::to_string((i + 1) % 10);
  return hex;
}

}  // namespace

TEST(TotpCommand, Rfc6238AppendixB) {
  struct Vector {
    const char* time;
    const char *sha1, *sha256, *sha512;
  };
  const Vector vectors[] = {{"59", "94287082", "46119246", "90693936"},
                            {"1111111109", "07081804", "68084774", "25091201"},
                            {"1234567890", "89005924", "91819424", "93441116"},
                            {"20000000000", "65353130", "77737706", "47863826"}};
  for (const Vector& v : vectors) {
    for (const auto& [algo, bytes, expected] :
         {std::tuple{"sha1", 20, v.sha1}, std::tuple{"sha256", 32, v.sha256}, std::tuple{"sha512", 64, v.sha512}}) {
      const CliResult result =
          run({"totp", "--secret-hex", seed_hex(bytes), "--time", v.time, "--digits", "8", "--algo", algo});
      EXPECT_EQ(result.code, 0) << result.err;
      EXPECT_EQ(result.out, std::string(expected) + "\n") << algo << " at " << v.time;
    }
  }
}

TEST(TotpCommand, DefaultsAndBase32) {
  EXPECT_EQ(run({"totp", "--secret-hex", seed_hex(20), "--time", "59"}).out, "287082\n");
  EXPECT_EQ(run({"totp", "--secret-base32", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "--time", "59"}).out, "287082\n");
  const CliResult now = run({"totp", "--secret-hex", seed_hex(20)});
  EXPECT_EQ(now.code, 0);
  EXPECT_EQ(now.out.size(), 7u);
}

TEST(TotpCommand, BadArgumentsExplainInRussian) {
  const std::pair<cabinet::cli::Args, const char*> cases[] = {
      {{"totp"}, "укажите секрет"},
      {{"totp", "--secret-hex", "xyz", "--time", "59"}, "шестнадцатеричных"},
      {{"totp", "--secret-hex", "", "--time", "59"}, "секрет пуст"},
      {{"totp", "--secret-base32", "1111", "--time", "59"}, "записан с ошибкой"},
      {{"totp", "--secret-hex", "3132", "--secret-base32", "GEZA"}, "либо"},
      {{"totp", "--secret-hex", "3132", "--digits", "9"}, "от 6 до 8"},
      {{"totp", "--secret-hex", "3132", "--digits", "six"}, "от 6 до 8"},
      {{"totp", "--secret-hex", "3132", "--algo", "md5"}, "sha1, sha256 или sha512"},
      {{"totp", "--secret-hex", "3132", "--time", "-1"}, "неотрицательным"},
      {{"totp", "--secret-hex", "3132", "--time", "12abc"}, "неотрицательным"},
      {{"totp", "--secret-hex", "3132", "--period", "0"}, "период"},
      {{"totp", "--secret-hex", "3132", "--time"}, "нужно значение"},
      {{"totp", "--secret-hex", "3132", "--color", "red"}, "неизвестный параметр"},
      {{"totp", "--secret-hex", "3132", "--secret-hex", "3132"}, "дважды"},
  };
  for (const auto& [args, message] : cases) {
    const CliResult result = run(args);
    EXPECT_EQ(result.code, 2) << message;
    EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty());
  }
}
