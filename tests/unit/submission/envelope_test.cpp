#include "submission/envelope.hpp"

#include <gtest/gtest.h>

using namespace cabinet;
using nlohmann::json;

namespace {

auth::RandomSource counting_random() {
  return [](unsigned char* out, size_t size) {
    for (size_t i = 0; i < size; ++i) out[i] = static_cast<unsigned char>(i * 7 + 1);
  };
}

json sample_envelope() {
  const auto key = submission::generate_signing_key(counting_random());
  submission::EnvelopeInput input{"pension-amount-certificate", 1,
                                  {{"period_from", "2026-01-01"},
                                   {"attachments", json::array({{{"name", "паспорт.pdf"}, {"type", "pdf"}, {"size", 10},
                                                                 {"blake2b", std::string(64, 'a')}}})}},
                                  "idem-1", "20261123-000001", 1'795'424'400'000};
  return submission::make_envelope(input, key);
}

}  // namespace

TEST(Envelope, CanonicalJsonSortsKeysWithoutSpaces) {
  EXPECT_EQ(submission::canonical_json(json::parse(R"({"b": 1, "a": {"д": "ё", "c": [2, 1]}})")),
            R"({"a":{"c":[2,1],"д":"ё"},"b":1})");
}

TEST(Envelope, CarriesFormVersionHashesAndIdempotencyKeyAndVerifies) {
  const json envelope = sample_envelope();
  EXPECT_EQ(envelope["form"], "pension-amount-certificate");
  EXPECT_EQ(envelope["form_version"], 1);
  EXPECT_EQ(envelope["idempotency_key"], "idem-1");
  ASSERT_EQ(envelope["attachments"].size(), 1u);
  EXPECT_EQ(envelope["attachments"][0]["blake2b"], std::string(64, 'a'));
  EXPECT_EQ(envelope["signature"].get<std::string>().size(), 128u);
  EXPECT_EQ(submission::verify_envelope(envelope), submission::Verdict::valid);
}

TEST(Envelope, AnyChangedValueBreaksTheSignature) {
  json envelope = sample_envelope();
  envelope["data"]["period_from"] = "2026-01-02";
  EXPECT_EQ(submission::verify_envelope(envelope), submission::Verdict::bad_signature);
  envelope = sample_envelope();
  envelope["idempotency_key"] = "idem-2";
  EXPECT_EQ(submission::verify_envelope(envelope), submission::Verdict::bad_signature);
  envelope = sample_envelope();
  std::string signature = envelope["signature"];
  signature[0] = signature[0] == '0' ? '1' : '0';
  envelope["signature"] = signature;
  EXPECT_EQ(submission::verify_envelope(envelope), submission::Verdict::bad_signature);
}

TEST(Envelope, MalformedEnvelopesAreRecognised) {
  EXPECT_EQ(submission::verify_envelope(json::array()), submission::Verdict::malformed);
  json envelope = sample_envelope();
  envelope.erase("signature");
  EXPECT_EQ(submission::verify_envelope(envelope), submission::Verdict::malformed);
  envelope = sample_envelope();
  envelope["signer"]["public_key"] = "zz";
  EXPECT_EQ(submission::verify_envelope(envelope), submission::Verdict::malformed);
}

TEST(Envelope, SigningKeysRoundTripAndRejectMismatchedHalves) {
  const auto key = submission::generate_signing_key(counting_random());
  const auto back = submission::signing_key_from_json(submission::signing_key_to_json(key));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->public_key, key.public_key);
  json broken = submission::signing_key_to_json(key);
  broken["public_key"] = std::string(64, '0');
  EXPECT_FALSE(submission::signing_key_from_json(broken));
  EXPECT_FALSE(submission::signing_key_from_json(json("text")));
}
