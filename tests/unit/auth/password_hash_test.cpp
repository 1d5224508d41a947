#include "auth/password_hash.hpp"

#include <gtest/gtest.h>

using namespace cabinet::auth;

// The one test at the real parameters: OWASP's minimum for Argon2id.
TEST(PasswordHash, InteractiveBrowserParametersAreArgon2idAtOwaspMinimum) {
  const auto hash = hash_password("Вечер#Луна7");
  ASSERT_TRUE(hash);
  EXPECT_EQ(hash->rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0), 0u) << *hash;
  EXPECT_EQ(verify_password(*hash, "Вечер#Луна7"), VerifyStatus::ok);
}

TEST(PasswordHash, WrongPasswordAndSaltedHashes) {
  const HashParams fast = minimal_hash_params();
  const auto first = hash_password("Вечер#Луна7", fast);
  const auto second = hash_password("Вечер#Луна7", fast);
  ASSERT_TRUE(first && second);
  EXPECT_NE(*first, *second);  // a fresh salt each time
  EXPECT_EQ(verify_password(*first, "вечер#Луна7", fast), VerifyStatus::mismatch);
  EXPECT_EQ(verify_password(*first, "", fast), VerifyStatus::mismatch);
  EXPECT_EQ(verify_password(*second, "Вечер#Луна7", fast), VerifyStatus::ok);
}

TEST(PasswordHash, RehashWhenTheParametersChanged) {
  const auto weak = hash_password("Вечер#Луна7", minimal_hash_params());
  ASSERT_TRUE(weak);
  const HashParams raised{minimal_hash_params().opslimit + 1, minimal_hash_params().memlimit};
  EXPECT_EQ(verify_password(*weak, "Вечер#Луна7", raised), VerifyStatus::ok_needs_rehash);
  EXPECT_TRUE(verified(VerifyStatus::ok_needs_rehash));
  EXPECT_EQ(verify_password(*weak, "wrong", raised), VerifyStatus::mismatch);
}

TEST(PasswordHash, MalformedHashesAndParameters) {
  EXPECT_EQ(verify_password("", "x"), VerifyStatus::malformed);
  EXPECT_EQ(verify_password("plain-text-password", "plain-text-password"), VerifyStatus::malformed);
  EXPECT_EQ(verify_password("$argon2i$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaA", "x"), VerifyStatus::malformed);
  EXPECT_EQ(verify_password("$argon2id$garbage", "x"), VerifyStatus::malformed);
  EXPECT_EQ(verify_password(std::string(200, '$'), "x"), VerifyStatus::malformed);
  EXPECT_FALSE(hash_password("x", HashParams{0, 1024}));
  EXPECT_FALSE(verified(VerifyStatus::mismatch));
}
