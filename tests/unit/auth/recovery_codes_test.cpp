#include "auth/recovery_codes.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <memory>

#include <set>

using namespace cabinet::auth;

namespace {

RandomSource counting_source() {
  auto next = std::make_shared<unsigned>(7);
  return [next](unsigned char* out, size_t size) {
    for (size_t i = 0; i < size; ++i) out[i] = static_cast<unsigned char>((*next += 37) & 0xFF);
  };
}

}  // namespace

TEST(RecoveryCodes, TenDistinctReadableCodes) {
  const NewRecoveryCodes made = generate_recovery_codes();
  ASSERT_EQ(made.codes.size(), kRecoveryCodeCount);
  ASSERT_EQ(made.stored.hashes_hex.size(), kRecoveryCodeCount);
  EXPECT_EQ(std::set<std::string>(made.codes.begin(), made.codes.end()).size(), kRecoveryCodeCount);
  for (const std::string& code : made.codes) {
    ASSERT_EQ(code.size(), 11u) << code;
    EXPECT_EQ(code[5], '-');
    EXPECT_EQ(code.find_first_of("01ILOU"), std::string::npos) << code;
  }
  // The codes themselves are nowhere in what is stored.
  const std::string stored = to_json(made.stored).dump();
  for (const std::string& code : made.codes) EXPECT_EQ(stored.find(code.substr(0, 5)), std::string::npos);
}

TEST(RecoveryCodes, EachCodeWorksOnceWhateverTheSpelling) {
  NewRecoveryCodes made = generate_recovery_codes(counting_source());
  RecoveryCodes& codes = made.stored;
  std::string lower = made.codes[3];
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  lower.replace(5, 1, " ");
  EXPECT_TRUE(consume_recovery_code(codes, lower));
  EXPECT_FALSE(consume_recovery_code(codes, made.codes[3]));
  EXPECT_EQ(codes.hashes_hex.size(), kRecoveryCodeCount - 1);
  EXPECT_FALSE(consume_recovery_code(codes, "AAAAA-AAAAA"));
  EXPECT_FALSE(consume_recovery_code(codes, ""));
  for (size_t i = 0; i < made.codes.size(); ++i) {
    if (i != 3) {
      EXPECT_TRUE(consume_recovery_code(codes, made.codes[i]));
    }
  }
  EXPECT_TRUE(codes.hashes_hex.empty());
}

TEST(RecoveryCodes, SurviveJson) {
  NewRecoveryCodes made = generate_recovery_codes(counting_source());
  auto restored = recovery_codes_from_json(nlohmann::json::parse(to_json(made.stored).dump()));
  ASSERT_TRUE(restored);
  EXPECT_TRUE(consume_recovery_code(*restored, made.codes[0]));
  EXPECT_FALSE(recovery_codes_from_json(nlohmann::json{{"key", "zz"}, {"hashes", nlohmann::json::array()}}));
  EXPECT_FALSE(recovery_codes_from_json(nlohmann::json::array()));
}
