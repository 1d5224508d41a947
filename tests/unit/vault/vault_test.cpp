#include "vault/vault.hpp"

#include <gtest/gtest.h>

#include <memory>

using namespace cabinet::vault;

namespace {

const std::string kContent = R"({"profile":{"name":"Анна"},"applications":[1,2]})";

cabinet::auth::RandomSource counting_source() {
  auto next = std::make_shared<unsigned>(0);
  return [next](unsigned char* out, size_t size) {
    for (size_t i = 0; i < size; ++i) out[i] = static_cast<unsigned char>((*next)++);
  };
}

std::string sealed_small(const std::string& content = kContent) {
  SealResult sealed = seal(content, "Вечер#Луна7", minimal_kdf_params());
  EXPECT_TRUE(sealed.ok());
  return sealed.bytes;
}

}  // namespace

TEST(Vault, RoundTripAndTheHeaderRecordsTheParameters) {
  const std::string bytes = sealed_small();
  ASSERT_EQ(bytes.size(), kHeaderBytes + kContent.size() + kTagBytes);
  EXPECT_EQ(bytes.substr(0, 4), "CABV");
  EXPECT_EQ(bytes.find("Анна"), std::string::npos);  // nothing in clear

  const OpenResult opened = open(bytes, "Вечер#Луна7");
  ASSERT_TRUE(opened.ok()) << vault_error_id(opened.error);
  EXPECT_EQ(opened.plaintext, kContent);
  EXPECT_EQ(opened.header.version, kFormatVersion);
  EXPECT_EQ(opened.header.kdf.algorithm, kKdfArgon2id13);
  EXPECT_EQ(opened.header.kdf.opslimit, minimal_kdf_params().opslimit);
  EXPECT_EQ(opened.header.kdf.memlimit, minimal_kdf_params().memlimit);
  EXPECT_EQ(opened.header.ciphertext_size, kContent.size() + kTagBytes);

  EXPECT_TRUE(open(sealed_small(""), "Вечер#Луна7").ok());
  EXPECT_NE(sealed_small(), sealed_small());  // fresh salt and nonce
  EXPECT_EQ(seal(kContent, "p", minimal_kdf_params(), counting_source()).bytes,
            seal(kContent, "p", minimal_kdf_params(), counting_source()).bytes);
}

// The second of the two tests at real parameters.
TEST(Vault, DefaultParametersAreOwaspMinimum) {
  const SealResult sealed = seal(kContent, "Вечер#Луна7");
  ASSERT_TRUE(sealed.ok());
  const OpenResult opened = open(sealed.bytes, "Вечер#Луна7");
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(opened.header.kdf.opslimit, 2u);
  EXPECT_EQ(opened.header.kdf.memlimit, 19u * 1024 * 1024);
}

TEST(Vault, WrongPasswordIsRefused) {
  const std::string bytes = sealed_small();
  for (const char* wrong : {"вечер#Луна7", "", "Вечер#Луна7 ", "Вечер#Луна"}) {
    const OpenResult opened = open(bytes, wrong);
    EXPECT_EQ(opened.error, VaultError::wrong_password_or_tampered) << wrong;
    EXPECT_TRUE(opened.plaintext.empty());
  }
}

TEST(Vault, FlippingAnySingleByteIsRefused) {
  const std::string bytes = sealed_small(R"({"a":1})");
  for (size_t offset = 0; offset < bytes.size(); ++offset) {
    for (unsigned char mask : {0x01, 0x80, 0xFF}) {
      std::string tampered = bytes;
      tampered[offset] = static_cast<char>(tampered[offset] ^ mask);
      const OpenResult opened = open(tampered, "Вечер#Луна7");
      EXPECT_FALSE(opened.ok()) << "offset " << offset << " mask " << int{mask};
      EXPECT_TRUE(opened.plaintext.empty());
    }
  }
}

TEST(Vault, TruncatingAtAnyLengthIsRefusedAsTruncated) {
  const std::string bytes = sealed_small(R"({"a":1})");
  for (size_t length = 0; length < bytes.size(); ++length) {
    const OpenResult opened = open(bytes.substr(0, length), "Вечер#Луна7");
    EXPECT_EQ(opened.error, VaultError::truncated) << "length " << length;
  }
  EXPECT_EQ(open(bytes + "x", "Вечер#Луна7").error, VaultError::wrong_password_or_tampered);
}

TEST(Vault, HeaderProblemsHaveTheirOwnCodes) {
  const std::string bytes = sealed_small();
  EXPECT_EQ(open("PK\x03\x04 not a vault at all, a zip file", "x").error, VaultError::bad_magic);
  EXPECT_EQ(open("{\"profile\": {}}", "x").error, VaultError::bad_magic);
  EXPECT_EQ(open("CA", "x").error, VaultError::truncated);

  std::string newer = bytes;
  newer[4] = 2;
  const OpenResult future = open(newer, "Вечер#Луна7");
  EXPECT_EQ(future.error, VaultError::unsupported_version);
  EXPECT_EQ(future.header.version, 2);

  const auto with_byte = [&](size_t offset, char value) {
    std::string changed = bytes;
    changed[offset] = value;
    return open(changed, "Вечер#Луна7").error;
  };
  EXPECT_EQ(with_byte(6, 1), VaultError::bad_params);   // Argon2i: not allowed
  EXPECT_EQ(with_byte(7, 1), VaultError::bad_params);   // unknown flag
  EXPECT_EQ(with_byte(8, 0), VaultError::bad_params);   // opslimit 0
  EXPECT_EQ(with_byte(8, 99), VaultError::bad_params);  // opslimit 99: refused before any work
  EXPECT_EQ(with_byte(16, 1), VaultError::bad_params);  // memlimit 4 GiB: refused before any work
  EXPECT_EQ(with_byte(63, 1), VaultError::truncated);   // ciphertext "longer" than the file
}

TEST(Vault, SealRefusesParametersItWouldNotOpen) {
  EXPECT_EQ(seal(kContent, "p", KdfParams{kKdfArgon2id13, 0, 8192}).error, VaultError::bad_params);
  EXPECT_EQ(seal(kContent, "p", KdfParams{1, 1, 8192}).error, VaultError::bad_params);
  EXPECT_EQ(seal(kContent, "p", KdfParams{kKdfArgon2id13, 1, 1024u * 1024 * 1024}).error, VaultError::bad_params);
}

TEST(Vault, ChangePasswordReEncrypts) {
  const std::string bytes = sealed_small();
  const SealResult changed = change_password(bytes, "Вечер#Луна7", "Новый#Пароль8", minimal_kdf_params());
  ASSERT_TRUE(changed.ok());
  EXPECT_NE(changed.bytes.substr(20, 16), bytes.substr(20, 16));  // a new salt
  EXPECT_EQ(open(changed.bytes, "Новый#Пароль8").plaintext, kContent);
  EXPECT_EQ(open(changed.bytes, "Вечер#Луна7").error, VaultError::wrong_password_or_tampered);
  EXPECT_EQ(change_password(bytes, "wrong", "x", minimal_kdf_params()).error, VaultError::wrong_password_or_tampered);
  EXPECT_EQ(vault_error_key(VaultError::truncated), "auth.vault.truncated");
}
