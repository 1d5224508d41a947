#include "auth/totp.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "auth/base32.hpp"
#include "auth/otpauth_uri.hpp"

using namespace cabinet::auth;

namespace {

const std::string kSeed20 = "12345678901234567890";
const std::string kSeed32 = "12345678901234567890123456789012";
const std::string kSeed64 = "1234567890123456789012345678901234567890123456789012345678901234";

// A deterministic "random" source: 0, 1, 2, ...
RandomSource counting_source() {
  auto next = std::make_shared<unsigned>(0);
  return [next](unsigned char* out, size_t size) {
    for (size_t i = 0; i < size; ++i) out[i] = static_cast<unsigned char>((*next)++);
  };
}

}  // namespace

TEST(Hotp, Rfc4226AppendixD) {
  const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                            "254676", "287922", "162583", "399871", "520489"};
  for (uint64_t counter = 0; counter < 10; ++counter)
    EXPECT_EQ(hotp(kSeed20, counter), expected[counter]) << "counter " << counter;
}

TEST(Totp, Rfc6238AppendixB) {
  struct Vector {
    int64_t seconds;
    const char *sha1, *sha256, *sha512;
  };
  const Vector vectors[] = {
      {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
      {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
      {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
  };
  for (const Vector& v : vectors) {
    const int64_t ms = v.seconds * 1000;
    EXPECT_EQ(totp(kSeed20, ms, {OtpAlgorithm::sha1, 8, 30}), v.sha1) << v.seconds;
    EXPECT_EQ(totp(kSeed32, ms, {OtpAlgorithm::sha256, 8, 30}), v.sha256) << v.seconds;
    EXPECT_EQ(totp(kSeed64, ms, {OtpAlgorithm::sha512, 8, 30}), v.sha512) << v.seconds;
  }
}

TEST(Totp, DigitsAndStepsAreChecked) {
  EXPECT_EQ(totp(kSeed20, 59'000, {OtpAlgorithm::sha1, 6, 30}), "287082");  // the 8-digit code's last 6
  EXPECT_EQ(totp(kSeed20, 59'000, {OtpAlgorithm::sha1, 7, 30}), "4287082");
  EXPECT_FALSE(totp(kSeed20, 59'000, {OtpAlgorithm::sha1, 5, 30}));
  EXPECT_FALSE(totp(kSeed20, 59'000, {OtpAlgorithm::sha1, 9, 30}));
  EXPECT_FALSE(totp(kSeed20, 59'000, {OtpAlgorithm::sha1, 6, 0}));
  EXPECT_FALSE(totp(kSeed20, -1, {}));
  EXPECT_EQ(totp_step(59'999), 1u);
  EXPECT_EQ(totp_step(60'000), 2u);
  EXPECT_EQ(otp_algorithm_from_name("SHA-256"), OtpAlgorithm::sha256);
  EXPECT_EQ(otp_algorithm_from_name("sha512"), OtpAlgorithm::sha512);
  EXPECT_FALSE(otp_algorithm_from_name("md5"));
}

TEST(Totp, VerifyAcceptsOneStepOfDriftAndEachCodeOnce) {
  const TotpParams params;  // SHA1, 6 digits, 30 s
  const int64_t now = 1'700'000'000'000;
  const uint64_t step = *totp_step(now);
  const std::string current = *hotp(kSeed20, step);
  const std::string previous = *hotp(kSeed20, step - 1);
  const std::string next = *hotp(kSeed20, step + 1);
  const std::string too_old = *hotp(kSeed20, step - 2);

  const TotpCheck ok = verify_totp(kSeed20, current, now, params, std::nullopt);
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.step, step);
  EXPECT_TRUE(verify_totp(kSeed20, previous, now, params, std::nullopt).ok());
  EXPECT_TRUE(verify_totp(kSeed20, next, now, params, std::nullopt).ok());
  EXPECT_EQ(verify_totp(kSeed20, too_old, now, params, std::nullopt).status, TotpStatus::invalid);
  EXPECT_EQ(verify_totp(kSeed20, "000000x", now, params, std::nullopt).status, TotpStatus::invalid);
  EXPECT_EQ(verify_totp(kSeed20, current.substr(1), now, params, std::nullopt).status, TotpStatus::invalid);

  // Replay: once a step is used, its code and older ones are refused; the next still works.
  EXPECT_EQ(verify_totp(kSeed20, current, now, params, step).status, TotpStatus::reused);
  EXPECT_EQ(verify_totp(kSeed20, previous, now, params, step).status, TotpStatus::reused);
  EXPECT_TRUE(verify_totp(kSeed20, next, now, params, step).ok());
  EXPECT_EQ(totp_status_key(TotpStatus::reused), "auth.totp.reused");
}

TEST(Totp, GeneratedSecretsHaveTheRfcSizes) {
  EXPECT_EQ(generate_totp_secret(OtpAlgorithm::sha1).size(), 20u);
  EXPECT_EQ(generate_totp_secret(OtpAlgorithm::sha256).size(), 32u);
  EXPECT_EQ(generate_totp_secret(OtpAlgorithm::sha512).size(), 64u);
  EXPECT_NE(generate_totp_secret(OtpAlgorithm::sha1), generate_totp_secret(OtpAlgorithm::sha1));
  EXPECT_EQ(generate_totp_secret(OtpAlgorithm::sha1, counting_source()),
            generate_totp_secret(OtpAlgorithm::sha1, counting_source()));
}

TEST(Base32, Rfc4648Vectors) {
  const std::pair<const char*, const char*> vectors[] = {{"", ""},
                                                         {"f", "MY======"},
                                                         {"fo", "MZXQ===="},
                                                         {"foo", "MZXW6==="},
                                                         {"foob", "MZXW6YQ="},
                                                         {"fooba", "MZXW6YTB"},
                                                         {"foobar", "MZXW6YTBOI======"}};
  for (const auto& [plain, encoded] : vectors) {
    EXPECT_EQ(base32_encode(plain), encoded);
    EXPECT_EQ(base32_decode(encoded), plain);
    std::string unpadded = encoded;
    unpadded.erase(unpadded.find_last_not_of('=') + 1);
    EXPECT_EQ(base32_encode(plain, false), unpadded);
    EXPECT_EQ(base32_decode(unpadded), plain);
  }
  EXPECT_EQ(base32_encode(kSeed20, false), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

TEST(Base32, DecodingIsForgivingAboutFormButNotContent) {
  EXPECT_EQ(base32_decode("mzxw 6ytb-oi"), "foobar");
  EXPECT_FALSE(base32_decode("MZXW1YTB"));    // 1 is not base32
  EXPECT_FALSE(base32_decode("MZXW6YTB="));   // padding where none fits
  EXPECT_FALSE(base32_decode("MY=====A"));    // data after padding
  EXPECT_FALSE(base32_decode("MZX"));         // 3 symbols cannot be whole bytes
  EXPECT_FALSE(base32_decode("MY========"));  // too much padding
  EXPECT_FALSE(base32_decode("ЖЖ"));
}

TEST(OtpauthUri, LabelIssuerAndParameters) {
  const std::string uri = totp_uri(kSeed20, "anna@example.ru");
  EXPECT_EQ(uri,
            "otpauth://totp/"
            "%D0%A1%D0%BE%D1%86%D0%B8%D0%B0%D0%BB%D1%8C%D0%BD%D1%8B%D0%B9%20%D1%84%D0%BE%D0%BD%D0%B4:anna%40example.ru"
            "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            "&issuer=%D0%A1%D0%BE%D1%86%D0%B8%D0%B0%D0%BB%D1%8C%D0%BD%D1%8B%D0%B9%20%D1%84%D0%BE%D0%BD%D0%B4"
            "&algorithm=SHA1&digits=6&period=30");
  const std::string sha256 = totp_uri(kSeed32, "+79165554433", {OtpAlgorithm::sha256, 8, 30}, "Test");
  EXPECT_EQ(sha256.rfind("otpauth://totp/Test:%2B79165554433?secret=", 0), 0u) << sha256;
  EXPECT_NE(sha256.find("&algorithm=SHA256&digits=8&period=30"), std::string::npos);
  EXPECT_EQ(percent_encode("a:b c/Ё~"), "a%3Ab%20c%2F%D0%81~");
}
