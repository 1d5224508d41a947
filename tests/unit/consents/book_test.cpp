#include <gtest/gtest.h>

#include "audit/audit_verify.hpp"
#include "consents/completeness.hpp"
#include "fixtures.hpp"

using namespace consent_test;
using consents::ConsentBook;
using consents::OpError;
using consents::Status;
using nlohmann::json;

namespace {

ConsentBook book_with_one(std::string& id) {
  ConsentBook book;
  auto result = book.give(draft(), true, test_key(), kNow, "citizen");
  id = result.consent_id;
  return book;
}

}  // namespace

TEST(ConsentBook, GiveNeedsConfirmationAndAllItems) {
  ConsentBook book;
  EXPECT_EQ(book.give(draft(), false, test_key(), kNow, "citizen").error, OpError::not_confirmed);
  auto incomplete = draft();
  incomplete.subject.document.issuer.clear();
  EXPECT_EQ(book.give(incomplete, true, test_key(), kNow, "citizen").error, OpError::incomplete);
  auto no_recipient = draft(Kind::direct, " ");
  EXPECT_EQ(book.give(no_recipient, true, test_key(), kNow, "citizen").error, OpError::incomplete);
  EXPECT_EQ(book.give(draft(Kind::direct, "ПФР", "registry_autofill", {"snils"}, consents::AccessLevel::limited, 0),
                      true, test_key(), kNow, "citizen")
                .error,
            OpError::bad_term);
  EXPECT_TRUE(book.records().empty());
  EXPECT_TRUE(book.history().empty());

  for (Kind kind : kAllKinds) {
    auto result = book.give(draft(kind), true, test_key(), kNow, "citizen");
    ASSERT_TRUE(result.ok());
    const auto* r = book.find(result.consent_id);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->status, Status::given);
    EXPECT_EQ(r->created_ms, kNow);
    EXPECT_TRUE(consents::missing_items(*r).empty());
  }
  EXPECT_EQ(book.records()[0].id, "C-000001");
  EXPECT_EQ(book.records()[3].id, "C-000004");
}

TEST(ConsentBook, OperationsReturnTheAuditEventTheLogTakes) {
  std::string id;
  ConsentBook book = book_with_one(id);
  auto result = book.change(id, {std::nullopt, std::nullopt, consents::AccessLevel::partial}, true, test_key(),
                            kNow + kDay, "citizen");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.event.action, "consent_change");
  EXPECT_EQ(result.event.object, "consent:" + id);
  EXPECT_EQ(result.event.actor, "citizen");
  EXPECT_EQ(result.event.details["operation"], "change");
  EXPECT_EQ(result.event.details["changed"], json::array({"level"}));
  audit::AuditLog log;
  const auto& entry = consents::append_to(log, result.event);
  EXPECT_EQ(entry.time, "2026-11-24T09:00:00Z");
  EXPECT_EQ(entry.action, "consent_change");
  EXPECT_EQ(entry.details["status"], "changed");
  EXPECT_TRUE(audit::verify(log.entries()).ok());
}

TEST(ConsentBook, WithdrawalTakesEffectAtOnceAndSetsTheDestructionDeadline) {
  std::string id;
  ConsentBook book = book_with_one(id);
  const int64_t at = kNow + 3 * kDay + 12345;
  auto result = book.withdraw(id, at, "citizen");
  ASSERT_TRUE(result.ok());
  const auto* r = book.find(id);
  EXPECT_EQ(r->status, Status::withdrawn);
  EXPECT_EQ(*r->withdrawn_ms, at);
  EXPECT_EQ(*r->destroy_by_ms, at + 30 * kDay);
  EXPECT_EQ(result.event.details["destroy_by"], "2026-12-26T09:00:12.345Z");
  EXPECT_FALSE(consents::is_active_at(*r, at));
  EXPECT_EQ(consents::verify_record(*r), submission::Verdict::valid);
}

TEST(ConsentBook, IllegalTransitionsAreRefusedAndChangeNothing) {
  std::string id;
  ConsentBook book = book_with_one(id);
  const auto key = test_key();
  const consents::ChangeRequest new_purpose{std::string("personal_suggestions"), std::nullopt, std::nullopt};
  EXPECT_EQ(book.change("C-999999", new_purpose, true, key, kNow, "citizen").error, OpError::unknown_consent);
  EXPECT_EQ(book.change(id, {}, true, key, kNow, "citizen").error, OpError::nothing_changed);
  EXPECT_EQ(book.change(id, new_purpose, false, key, kNow, "citizen").error, OpError::not_confirmed);
  EXPECT_EQ(book.change(id, {std::string(""), std::nullopt, std::nullopt}, true, key, kNow, "citizen").error,
            OpError::incomplete);
  EXPECT_EQ(book.change(id, {std::nullopt, kNow - 1, std::nullopt}, true, key, kNow, "citizen").error,
            OpError::bad_term);
  EXPECT_EQ(book.renew(id, kNow + 10 * kDay, true, key, kNow, "citizen").error, OpError::not_later);
  ASSERT_TRUE(book.renew(id, kNow + 400 * kDay, true, key, kNow, "citizen").ok());
  EXPECT_EQ(book.find(id)->status, Status::renewed);
  ASSERT_TRUE(book.withdraw(id, kNow + kDay, "citizen").ok());
  const json frozen = book.to_json();
  EXPECT_EQ(book.withdraw(id, kNow + 2 * kDay, "citizen").error, OpError::not_active);
  EXPECT_EQ(book.change(id, new_purpose, true, key, kNow + 2 * kDay, "citizen").error, OpError::not_active);
  EXPECT_EQ(book.renew(id, kNow + 900 * kDay, true, key, kNow + 2 * kDay, "citizen").error, OpError::not_active);
  EXPECT_TRUE(book.expire_due(kNow + 1000 * kDay).empty());
  EXPECT_EQ(book.to_json(), frozen);

  // Past its term a consent cannot be changed or withdrawn even before expire_due ran.
  auto second = book.give(draft(), true, key, kNow, "citizen");
  const int64_t late = kNow + 366 * kDay;
  EXPECT_EQ(book.withdraw(second.consent_id, late, "citizen").error, OpError::not_active);
  auto expired = book.expire_due(late);
  ASSERT_EQ(expired.size(), 1u);
  EXPECT_EQ(expired[0].actor, "system");
  EXPECT_EQ(expired[0].details["status"], "expired");
  EXPECT_EQ(book.find(second.consent_id)->status, Status::expired);
  EXPECT_EQ(book.renew(second.consent_id, late + kDay, true, key, late, "citizen").error, OpError::not_active);

  auto refused = book.refuse(draft(Kind::direct, "Банк"), kNow, "citizen");
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(book.find(refused.consent_id)->status, Status::refused);
  EXPECT_EQ(book.withdraw(refused.consent_id, kNow, "citizen").error, OpError::not_active);
  EXPECT_EQ(consents::error_id(OpError::not_active), "not_active");
}

TEST(ConsentBook, HistoryKeepsEveryChangeWithSnapshotsAndRoundTrips) {
  std::string id;
  ConsentBook book = book_with_one(id);
  const auto key = test_key();
  ASSERT_TRUE(book.change(id, {std::nullopt, kNow + 100 * kDay, std::nullopt}, true, key, kNow + kDay, "citizen").ok());
  ASSERT_TRUE(book.renew(id, kNow + 200 * kDay, true, key, kNow + 2 * kDay, "representative").ok());
  ASSERT_TRUE(book.withdraw(id, kNow + 3 * kDay, "citizen").ok());
  const auto history = book.history_of(id);
  ASSERT_EQ(history.size(), 4u);
  EXPECT_TRUE(history[0].before.is_null());
  EXPECT_EQ(history[0].after["status"], "given");
  EXPECT_EQ(history[1].operation, consents::Operation::change);
  EXPECT_EQ(history[1].before["valid_until"], "2027-11-23T09:00:00Z");
  EXPECT_EQ(history[1].after["valid_until"], "2027-03-03T09:00:00Z");
  EXPECT_EQ(history[2].actor, "representative");
  EXPECT_EQ(history[3].after["status"], "withdrawn");

  const json saved = book.to_json();
  auto restored = ConsentBook::from_json(json::parse(saved.dump()));
  ASSERT_TRUE(restored.has_value());
  EXPECT_EQ(restored->to_json(), saved);
  auto next = restored->give(draft(), true, key, kNow + 4 * kDay, "citizen");
  EXPECT_EQ(next.consent_id, "C-000002");
  for (const char* text : {"null", "{}", R"({"version":1,"next_number":-1,"records":[],"history":[]})",
                           R"({"version":1,"next_number":2,"records":[{}],"history":[]})",
                           R"({"version":1,"next_number":2,"records":[],"history":[{"operation":"give"}]})",
                           R"({"version":2,"next_number":2,"records":[],"history":[]})"})
    EXPECT_FALSE(ConsentBook::from_json(json::parse(text)).has_value()) << text;
  json lagging = saved;  // a counter behind the records never reuses an id
  lagging["next_number"] = 1;
  auto relaxed = ConsentBook::from_json(lagging);
  ASSERT_TRUE(relaxed.has_value());
  EXPECT_EQ(relaxed->refuse(draft(), kNow + 4 * kDay, "citizen").consent_id, "C-000002");
  EXPECT_EQ(relaxed->give(draft(), true, key, kNow + 4 * kDay, "citizen").consent_id, "C-000003");
  json duplicate = saved;
  duplicate["records"].push_back(duplicate["records"][0]);
  EXPECT_FALSE(ConsentBook::from_json(duplicate).has_value());
}
