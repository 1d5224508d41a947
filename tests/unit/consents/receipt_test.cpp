#include <gtest/gtest.h>

#include "consents/receipt.hpp"
#include "fixtures.hpp"

using namespace consent_test;
using nlohmann::json;
using submission::Verdict;

namespace {

json sample_receipt(Kind kind = Kind::entrusted, std::vector<std::string> categories = {"full_name", "snils",
                                                                                        "health"}) {
  consents::ConsentBook book;
  auto result = book.give(draft(kind, "ПФР ЕГИССО", "registry_autofill", std::move(categories)), true, test_key(),
                          kNow, "citizen");
  return consents::export_receipt(*book.find(result.consent_id), test_key());
}

}  // namespace

TEST(ConsentReceipt, HasTheKantaraFieldsAndVerifies) {
  const json r = sample_receipt();
  EXPECT_EQ(r["version"], "KI-CR-v1.1.0");
  EXPECT_EQ(r["jurisdiction"], "RU");
  EXPECT_EQ(r["consentTimestamp"], kNow / 1000);
  EXPECT_EQ(r["language"], "ru");
  EXPECT_EQ(r["piiPrincipalId"], "Иванова Анна Петровна");
  EXPECT_EQ(r["consentReceiptID"].get<std::string>().size(), 36u);
  EXPECT_EQ(r["publicKey"].get<std::string>().size(), 64u);
  EXPECT_EQ(r["signature"].get<std::string>().size(), 128u);
  ASSERT_EQ(r["piiControllers"].size(), 1u);
  for (const char* key : {"piiController", "contact", "address", "email", "phone"})
    EXPECT_TRUE(r["piiControllers"][0].contains(key)) << key;
  EXPECT_EQ(r["piiControllers"][0]["piiController"], "Социальный фонд России");
  const json& purpose = r["services"][0]["purposes"][0];
  EXPECT_EQ(r["services"][0]["service"], "ПФР ЕГИССО");
  for (const char* key : {"purpose", "purposeCategory", "consentType", "piiCategory", "primaryPurpose", "termination",
                          "thirdPartyDisclosure"})
    EXPECT_TRUE(purpose.contains(key)) << key;
  EXPECT_EQ(purpose["purpose"], "registry_autofill");
  EXPECT_EQ(purpose["piiCategory"], json::array({"full_name", "snils", "health"}));
  EXPECT_EQ(purpose["thirdPartyDisclosure"], true);
  EXPECT_EQ(purpose["thirdPartyName"], "ООО «Обработка»");
  EXPECT_EQ(r["sensitive"], true);
  EXPECT_EQ(r["spiCat"], json::array({"health"}));
  EXPECT_EQ(consents::verify_receipt(r), Verdict::valid);
  EXPECT_EQ(sample_receipt(Kind::direct, {"snils"})["sensitive"], false);
}

TEST(ConsentReceipt, ReimportedTextVerifies) {
  const json r = sample_receipt();
  for (const std::string& text : {r.dump(), r.dump(2), submission::canonical_json(r)}) {
    const json back = json::parse(text, nullptr, false);
    ASSERT_FALSE(back.is_discarded());
    EXPECT_EQ(back, r);
    EXPECT_EQ(consents::verify_receipt(back), Verdict::valid);
    EXPECT_EQ(consents::verify_receipt_text(text), Verdict::valid);
  }
}

TEST(ConsentReceipt, FlippingAnySingleByteFailsVerification) {
  const std::string text = submission::canonical_json(sample_receipt());
  ASSERT_EQ(consents::verify_receipt_text(text), Verdict::valid);
  size_t checked = 0;
  for (unsigned char mask : {0x01, 0x20, 0x80}) {
    for (size_t i = 0; i < text.size(); ++i) {
      std::string flipped = text;
      flipped[i] = static_cast<char>(static_cast<unsigned char>(flipped[i]) ^ mask);
      ASSERT_NE(consents::verify_receipt_text(flipped), Verdict::valid) << "byte " << i << " mask " << int(mask);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 3 * text.size());
}

TEST(ConsentReceipt, TamperingAndBadInputAreReported) {
  json r = sample_receipt();
  r["services"][0]["purposes"][0]["piiCategory"].push_back("income");
  EXPECT_EQ(consents::verify_receipt(r), Verdict::bad_signature);
  r = sample_receipt();
  r["publicKey"] = consents::export_receipt(consents::ConsentRecord{}, test_key(2))["publicKey"];
  EXPECT_EQ(consents::verify_receipt(r), Verdict::bad_signature);
  r = sample_receipt();
  r["signature"] = std::string(128, 'A');  // upper-case hex is not the canonical form
  EXPECT_EQ(consents::verify_receipt(r), Verdict::malformed);
  for (const char* key : {"version", "services", "piiControllers", "consentTimestamp", "signature", "publicKey"}) {
    json missing = sample_receipt();
    missing.erase(key);
    EXPECT_EQ(consents::verify_receipt(missing), Verdict::malformed) << key;
  }
  for (const char* text : {"", "null", "[]", "{", "{\"version\":\"KI-CR-v1.1.0\"}", "\xff\xfe", "[[[[[[[[[[[[[["})
    EXPECT_EQ(consents::verify_receipt_text(text), Verdict::malformed) << text;
  EXPECT_EQ(consents::verify_receipt_text(std::string(100000, '[')), Verdict::malformed);
}
