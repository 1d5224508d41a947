#include <gtest/gtest.h>

#include "consents/enforcement.hpp"
#include "fixtures.hpp"

using namespace consent_test;
using consents::AccessLevel;
using consents::Refusal;

TEST(ConsentEnforcement, AllowsOnlyWithAnActiveCoveringConsent) {
  consents::ConsentBook book;
  const auto key = test_key();
  EXPECT_EQ(consents::may_process(book, "ПФР ЕГИССО", "registry_autofill", {"snils"}, kNow).reason,
            Refusal::no_consent);
  auto given = book.give(draft(Kind::direct, "ПФР ЕГИССО", "registry_autofill", {"full_name", "snils", "passport"},
                               AccessLevel::partial, 30 * kDay),
                         true, key, kNow, "citizen");
  ASSERT_TRUE(given.ok());
  auto d = consents::may_process(book, "ПФР ЕГИССО", "registry_autofill", {"snils", "passport"}, kNow + kDay);
  EXPECT_TRUE(d.allowed);
  EXPECT_EQ(d.consent_id, given.consent_id);
  EXPECT_TRUE(consents::may_process(book, "ПФР ЕГИССО", "registry_autofill", {}, kNow).allowed);

  d = consents::may_process(book, "Банк", "registry_autofill", {"snils"}, kNow);
  EXPECT_EQ(d.reason, Refusal::no_consent);
  EXPECT_EQ(d.consent_id, "");
  d = consents::may_process(book, "ПФР ЕГИССО", "personal_suggestions", {"snils"}, kNow);
  EXPECT_EQ(d.reason, Refusal::purpose_not_covered);
  EXPECT_EQ(d.consent_id, given.consent_id);
  d = consents::may_process(book, "ПФР ЕГИССО", "registry_autofill", {"snils", "inn"}, kNow);
  EXPECT_EQ(d.reason, Refusal::category_not_covered);
  EXPECT_EQ(d.uncovered, std::vector<std::string>{"inn"});
  d = consents::may_process(book, "ПФР ЕГИССО", "registry_autofill", {"snils"}, kNow + 30 * kDay);
  EXPECT_EQ(d.reason, Refusal::expired);
  EXPECT_EQ(d.consent_id, given.consent_id);
  EXPECT_EQ(d.reason, Refusal::expired);
  EXPECT_EQ(consents::may_process(book, "ПФР ЕГИССО", "registry_autofill", {"snils"}, kNow - 1).reason,
            Refusal::no_consent);

  ASSERT_TRUE(book.withdraw(given.consent_id, kNow + 2 * kDay, "citizen").ok());
  d = consents::may_process(book, "ПФР ЕГИССО", "registry_autofill", {"snils"}, kNow + 2 * kDay);
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.reason, Refusal::withdrawn);
  EXPECT_EQ(consents::refusal_id(d.reason), "withdrawn");
}

TEST(ConsentEnforcement, AccessLevelBoundsTheCategories) {
  EXPECT_EQ(consents::required_level("snils"), AccessLevel::limited);
  EXPECT_EQ(consents::required_level("passport"), AccessLevel::partial);
  EXPECT_EQ(consents::required_level("bank_details"), AccessLevel::full);
  EXPECT_EQ(consents::required_level("anything else"), AccessLevel::full);
  consents::ConsentBook book;
  const auto key = test_key();
  auto given = book.give(draft(Kind::direct, "ПФР", "application_processing", {"snils", "passport", "bank_details"},
                               AccessLevel::limited),
                         true, key, kNow, "citizen");
  auto d = consents::may_process(book, "ПФР", "application_processing", {"snils", "passport", "bank_details"}, kNow);
  EXPECT_EQ(d.reason, Refusal::access_level);
  EXPECT_EQ(d.uncovered, (std::vector<std::string>{"passport", "bank_details"}));
  EXPECT_TRUE(consents::may_process(book, "ПФР", "application_processing", {"snils"}, kNow).allowed);
  ASSERT_TRUE(book.change(given.consent_id, {std::nullopt, std::nullopt, AccessLevel::full}, true, key, kNow + 1,
                          "citizen")
                  .ok());
  EXPECT_TRUE(consents::may_process(book, "ПФР", "application_processing", {"passport", "bank_details"}, kNow + 1)
                  .allowed);
}

TEST(ConsentEnforcement, ReportsTheClosestConsent) {
  consents::ConsentBook book;
  const auto key = test_key();
  auto other_purpose = book.give(draft(Kind::direct, "ПФР", "document_sharing"), true, key, kNow, "citizen");
  auto narrow = book.give(draft(Kind::direct, "ПФР", "registry_autofill", {"full_name"}), true, key, kNow, "citizen");
  auto withdrawn = book.give(draft(Kind::direct, "ПФР", "registry_autofill", {"snils"}), true, key, kNow, "citizen");
  ASSERT_TRUE(book.withdraw(withdrawn.consent_id, kNow + 1, "citizen").ok());
  // The narrow consent is active for the purpose: closer than the withdrawn one.
  auto d = consents::may_process(book, "ПФР", "registry_autofill", {"snils"}, kNow + 2);
  EXPECT_EQ(d.reason, Refusal::category_not_covered);
  EXPECT_EQ(d.consent_id, narrow.consent_id);
  ASSERT_TRUE(book.withdraw(narrow.consent_id, kNow + 3, "citizen").ok());
  d = consents::may_process(book, "ПФР", "registry_autofill", {"snils"}, kNow + 4);
  EXPECT_EQ(d.reason, Refusal::withdrawn);
  EXPECT_EQ(d.consent_id, narrow.consent_id);  // the most recently changed of equals
  auto refused = book.refuse(draft(Kind::direct, "Банк", "personal_suggestions"), kNow, "citizen");
  d = consents::may_process(book, "Банк", "personal_suggestions", {"snils"}, kNow + 4);
  EXPECT_EQ(d.reason, Refusal::no_consent);
  EXPECT_EQ(d.consent_id, refused.consent_id);
  EXPECT_FALSE(other_purpose.consent_id.empty());
}
