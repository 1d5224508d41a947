#include <gtest/gtest.h>

#include <algorithm>

#include "consents/completeness.hpp"
#include "fixtures.hpp"

using namespace consent_test;
using consents::ConsentRecord;
using nlohmann::json;

namespace {

// A signed record of `kind` as the book would keep it.
ConsentRecord signed_record(Kind kind) {
  ConsentRecord r = draft(kind);
  r.id = "C-000001";
  r.created_ms = r.changed_ms = kNow;
  consents::sign_record(r, test_key());
  return r;
}

bool contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

}  // namespace

TEST(ConsentCompleteness, EveryKindIsCompleteWhenSigned) {
  for (Kind kind : kAllKinds) EXPECT_TRUE(consents::missing_items(signed_record(kind)).empty());
}

TEST(ConsentCompleteness, NamesEveryArticle9Item) {
  ConsentRecord r;  // nothing filled, direct and not entrusted
  const std::vector<std::string> expected = {
      "subject.full_name", "subject.address", "subject.document.type", "subject.document.number",
      "subject.document.issued_on", "subject.document.issuer", "operator.name", "operator.address", "purpose",
      "categories", "actions", "method", "term", "withdrawal_method", "signature"};
  EXPECT_EQ(consents::missing_items(r), expected);
  r.representative = consents::Representative{};
  r.processor = consents::Party{};
  const auto all = consents::missing_items(r);
  for (const char* item : {"representative.full_name", "representative.address", "representative.document.type",
                           "representative.document.number", "representative.document.issued_on",
                           "representative.document.issuer", "representative.authority_document",
                           "processor.name", "processor.address"})
    EXPECT_TRUE(contains(all, item)) << item;
  EXPECT_EQ(all.size(), expected.size() + 9);
}

TEST(ConsentCompleteness, EachItemRemovedFromEachKindIsNamed) {
  using Edit = void (*)(ConsentRecord&);
  const std::vector<std::pair<std::string, Edit>> direct = {
      {"subject.full_name", [](ConsentRecord& r) { r.subject.full_name = "  "; }},
      {"subject.address", [](ConsentRecord& r) { r.subject.address.clear(); }},
      {"subject.document.number", [](ConsentRecord& r) { r.subject.document.number.clear(); }},
      {"subject.document.issued_on", [](ConsentRecord& r) { r.subject.document.issued_on.clear(); }},
      {"subject.document.issuer", [](ConsentRecord& r) { r.subject.document.issuer.clear(); }},
      {"operator.name", [](ConsentRecord& r) { r.operator_party.name.clear(); }},
      {"operator.address", [](ConsentRecord& r) { r.operator_party.address.clear(); }},
      {"purpose", [](ConsentRecord& r) { r.purpose.clear(); }},
      {"categories", [](ConsentRecord& r) { r.categories = {""}; }},
      {"actions", [](ConsentRecord& r) { r.actions.clear(); }},
      {"method", [](ConsentRecord& r) { r.method = consents::ProcessingMethod::unspecified; }},
      {"term", [](ConsentRecord& r) { r.valid_until_ms = r.created_ms; }},
      {"withdrawal_method", [](ConsentRecord& r) { r.withdrawal_method.clear(); }},
      {"signature", [](ConsentRecord& r) { r.signature.reset(); }}};
  for (Kind kind : kAllKinds) {
    for (const auto& [item, edit] : direct) {
      ConsentRecord r = signed_record(kind);
      edit(r);
      if (item != "signature") consents::sign_record(r, test_key());  // the item is absent, yet signed
      EXPECT_EQ(consents::missing_items(r), std::vector<std::string>{item}) << item;
    }
    ConsentRecord r = signed_record(kind);
    if (r.representative) {
      r.representative->authority_document.clear();
      r.representative->person.document.issuer.clear();
    }
    if (r.processor) r.processor->address.clear();
    consents::sign_record(r, test_key());
    EXPECT_EQ(contains(consents::missing_items(r), "representative.authority_document"), r.representative.has_value());
    EXPECT_EQ(contains(consents::missing_items(r), "representative.document.issuer"), r.representative.has_value());
    EXPECT_EQ(contains(consents::missing_items(r), "processor.address"), r.processor.has_value());
  }
}

TEST(ConsentCompleteness, AnAlteredTermBreaksTheSignature) {
  ConsentRecord r = signed_record(Kind::direct);
  EXPECT_EQ(consents::verify_record(r), submission::Verdict::valid);
  r.purpose = "personal_suggestions";
  EXPECT_EQ(consents::verify_record(r), submission::Verdict::bad_signature);
  EXPECT_EQ(consents::missing_items(r), std::vector<std::string>{"signature"});
  r = signed_record(Kind::direct);
  r.status = consents::Status::withdrawn;  // the status is not part of the signed terms
  r.withdrawn_ms = kNow + kDay;
  EXPECT_EQ(consents::verify_record(r), submission::Verdict::valid);
}

TEST(ConsentRecord, JsonRoundTripOfEveryKind) {
  for (Kind kind : kAllKinds) {
    ConsentRecord r = signed_record(kind);
    r.status = consents::Status::withdrawn;
    r.withdrawn_ms = kNow + kDay;
    r.destroy_by_ms = kNow + 31 * kDay;
    const json j = consents::to_json(r);
    auto back = consents::record_from_json(json::parse(j.dump()));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(consents::to_json(*back), j);
    EXPECT_EQ(back->representative.has_value(), r.representative.has_value());
    EXPECT_EQ(back->processor.has_value(), r.processor.has_value());
    EXPECT_EQ(consents::verify_record(*back), submission::Verdict::valid);
    EXPECT_EQ(j["status"], "withdrawn");
    EXPECT_EQ(j["level"], "limited");
    EXPECT_EQ(j["destroy_by"], "2026-12-24T09:00:00Z");
  }
}

TEST(ConsentRecord, BadJsonNeverThrows) {
  const json good = consents::to_json(signed_record(Kind::representative_entrusted));
  const char* texts[] = {"null", "[]", "1", "\"x\"", "{}", R"({"status":"given"})"};
  for (const char* text : texts) EXPECT_FALSE(consents::record_from_json(json::parse(text)).has_value()) << text;
  // Every member replaced by a value of each wrong type.
  const json wrong[] = {json(), json(1), json(true), json::array({1}), json::object(), json("2026-13-45")};
  for (const auto& [key, value] : good.items()) {
    for (const json& w : wrong) {
      if (w.type() == value.type() && !value.is_string()) continue;
      json bad = good;
      bad[key] = w;
      EXPECT_NO_THROW((void)consents::record_from_json(bad)) << key;
      if (!w.is_string()) {
        EXPECT_FALSE(consents::record_from_json(bad).has_value()) << key << " " << w.dump();
      }
    }
    json missing = good;
    missing.erase(key);
    EXPECT_NO_THROW((void)consents::record_from_json(missing));
  }
  for (const char* id : {"given", "renewed", "changed", "withdrawn", "expired", "refused"})
    EXPECT_EQ(consents::status_id(*consents::parse_status(id)), id);
  for (const char* id : {"full", "partial", "limited"}) EXPECT_EQ(consents::level_id(*consents::parse_level(id)), id);
  EXPECT_FALSE(consents::parse_status("дано").has_value());
}
