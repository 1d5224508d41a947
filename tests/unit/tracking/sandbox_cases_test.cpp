// The sandbox agency's other outcomes: documents requested and uploaded,
// refusals with a reason, tampered envelopes, duplicates, determinism.
#include <gtest/gtest.h>

#include "tracking/sandbox_agency.hpp"
#include "tracking/sandbox_rules.hpp"
#include "tracking_support.hpp"

using namespace cabinet;
using namespace cabinet::tracking;
using namespace cabinet::tracking::test;
using nlohmann::json;

namespace {

struct Scenario {
  TestClock clock;
  SandboxAgency agency;
  std::vector<Tracked> apps;
  std::string cursor;
  explicit Scenario(int64_t balance = 100'000'000, uint64_t seed = 11) : agency(clock.fn(), {seed, balance}) {}

  Ack submit(const std::string& form, const json& data, const std::string& number) {
    apps.push_back(make_tracked(number, form, Status::sent, clock.now));
    return agency.submit(signed_envelope(form, data, number, clock.now));
  }
  void advance(int64_t ms) {
    clock.now += ms;
    pull(agency, cursor, apps);
  }
};

}  // namespace

TEST(SandboxCases, MissingRequiredFilesAreRequestedThenTheServiceIsDone) {
  Scenario run;
  json data = valid_fixture("maternity-capital");
  const json files = data["attachments"];
  data.erase("attachments");
  ASSERT_TRUE(run.submit("maternity-capital", data, "N-1").accepted);
  run.advance(3 * sandbox::kHour);
  Tracked& t = run.apps[0];
  ASSERT_EQ(t.status, Status::needs_correction);
  EXPECT_EQ(t.documents_requested, std::vector<std::string>{"attachments"});
  EXPECT_NE(t.history.back().comment.find("Требуется исправление"), std::string::npos);
  EXPECT_FALSE(run.agency.upload_documents("N-1", json::array()).accepted);
  EXPECT_EQ(run.agency.upload_documents("N-9", files).code, "unknown_application");
  const Ack uploaded = run.agency.upload_documents("N-1", files);
  ASSERT_TRUE(uploaded.accepted) << uploaded.code;
  EXPECT_EQ(run.agency.upload_documents("N-1", files).code, "not_expected");  // in progress again soon; not now
  run.advance(20 * sandbox::kDay);
  EXPECT_EQ(t.status, Status::done);
  EXPECT_TRUE(t.documents_requested.empty());
  EXPECT_EQ(statuses(t), (std::vector<Status>{Status::sent, Status::received, Status::in_progress,
                                              Status::needs_correction, Status::in_progress, Status::done}));
}

TEST(SandboxCases, ConditionalAndSeveralFilesAreRequestedByName) {
  Scenario run;
  json change = valid_fixture("personal-data-change");
  change.erase("document");
  json identity = valid_fixture("identity-confirmation");
  identity.erase("passport_scan");
  identity["snils_scan"] = json::array();
  ASSERT_TRUE(run.submit("personal-data-change", change, "N-1").accepted);
  ASSERT_TRUE(run.submit("identity-confirmation", identity, "N-2").accepted);
  run.advance(3 * sandbox::kHour);
  EXPECT_EQ(run.apps[0].status, Status::needs_correction);
  EXPECT_EQ(run.apps[0].documents_requested, std::vector<std::string>{"document"});
  EXPECT_EQ(run.apps[1].status, Status::needs_correction);
  EXPECT_EQ(run.apps[1].documents_requested, (std::vector<std::string>{"passport_scan", "snils_scan"}));
}

TEST(SandboxCases, MaternityCapitalAboveTheBalanceIsRefusedWithReasonAndWhatToDo) {
  Scenario run(40'000'000);
  json data = valid_fixture("maternity-capital");
  data["amount"] = 45'000'000;
  ASSERT_TRUE(run.submit("maternity-capital", data, "N-1").accepted);
  run.advance(3 * sandbox::kHour);
  const Tracked& t = run.apps[0];
  ASSERT_EQ(t.status, Status::refused);
  EXPECT_EQ(t.refusal_reason, "balance_exceeded");
  EXPECT_EQ(t.refusal_params, (json{{"amount", 45'000'000}, {"balance", 40'000'000}}));
  EXPECT_NE(t.history.back().comment.find("450 000,00 ₽"), std::string::npos) << t.history.back().comment;
  EXPECT_NE(t.result_document.find("Уведомление об отказе"), std::string::npos) << t.result_document;
  EXPECT_NE(t.result_document.find("Что делать: Уменьшите сумму"), std::string::npos) << t.result_document;
  EXPECT_TRUE(capabilities(t.status).result);
  run.advance(60 * sandbox::kDay);
  EXPECT_EQ(t.status, Status::refused);  // final
}

TEST(SandboxCases, DataTheAgencyCannotAcceptIsRefused) {
  Scenario run;
  json data = valid_fixture("social-benefit");
  data["snils"] = "112-233-445 96";  // a wrong check number
  ASSERT_TRUE(run.submit("social-benefit", data, "N-1").accepted);
  run.advance(3 * sandbox::kHour);
  EXPECT_EQ(run.apps[0].status, Status::refused);
  EXPECT_EQ(run.apps[0].refusal_reason, "data_invalid");
  EXPECT_EQ(run.apps[0].refusal_params["fields"], json::array({"snils"}));
}

TEST(SandboxCases, TamperedAndMalformedEnvelopesAreRefused) {
  Scenario run;
  json envelope = signed_envelope("appeal", valid_fixture("appeal"), "N-1", run.clock.now);
  json tampered = envelope;
  tampered["data"]["description"] = "Другой текст";
  const Ack ack = run.agency.submit(tampered);
  EXPECT_FALSE(ack.accepted);
  EXPECT_FALSE(ack.transient);
  EXPECT_EQ(ack.code, "bad_signature");
  for (const json& bad : {json(nullptr), json::array(), json::object(), json("{}")})
    EXPECT_EQ(run.agency.submit(bad).code, "malformed");
  EXPECT_EQ(run.agency.submit(signed_envelope("no-such-form", json::object(), "N-2", 0)).code, "unknown_form");
  EXPECT_EQ(run.agency.processed(), 0u);
  EXPECT_TRUE(run.agency.submit(envelope).accepted);
}

TEST(SandboxCases, ARepeatedSubmissionIsADuplicateNeverProcessedTwice) {
  Scenario run;
  const json envelope = signed_envelope("appeal", valid_fixture("appeal"), "N-1", run.clock.now);
  run.apps.push_back(make_tracked("N-1", "appeal", Status::sent, run.clock.now));
  const Ack first = run.agency.submit(envelope);
  const Ack second = run.agency.submit(envelope);
  ASSERT_TRUE(first.accepted);
  EXPECT_TRUE(second.accepted);
  EXPECT_TRUE(second.duplicate);
  EXPECT_EQ(second.agency_id, first.agency_id);
  EXPECT_EQ(run.agency.processed(), 1u);
  // Same key, other content: refused.
  submission::EnvelopeInput other{"appeal", 1, valid_fixture("appeal"), "key-N-1", "N-7", run.clock.now};
  EXPECT_EQ(run.agency.submit(submission::make_envelope(other, test_key())).code, "idempotency_conflict");
  run.advance(30 * sandbox::kDay);
  EXPECT_EQ(run.apps[0].status, Status::done);
  const auto received = statuses(run.apps[0]);
  EXPECT_EQ(std::count(received.begin(), received.end(), Status::received), 1);
}

TEST(SandboxCases, SameSeedAndClockGiveTheSameFeed) {
  auto feed_of = [](uint64_t seed) {
    Scenario run(100'000'000, seed);
    for (int i = 0; i < 4; ++i) {
      const std::string id = i % 2 ? "appeal" : "social-benefit";
      run.submit(id, valid_fixture(id), "N-" + std::to_string(i));
      run.clock.now += 17 * sandbox::kMinute;
    }
    run.clock.now += 20 * sandbox::kDay;
    return feed_page_to_json(run.agency.feed("")).dump();
  };
  EXPECT_EQ(feed_of(5), feed_of(5));
  EXPECT_NE(feed_of(5), feed_of(6));
}

TEST(SandboxCases, FeedCursorMessagesAndFaults) {
  Scenario run;
  ASSERT_TRUE(run.submit("appeal", valid_fixture("appeal"), "N-1").accepted);
  EXPECT_EQ(run.agency.feed("bogus").code, "bad_cursor");
  EXPECT_EQ(run.agency.feed("sandbox:99").code, "bad_cursor");
  run.advance(2 * sandbox::kHour);
  const FeedPage rest = run.agency.feed(run.cursor);
  EXPECT_TRUE(rest.ok);
  EXPECT_TRUE(rest.events.empty());
  EXPECT_EQ(rest.next_cursor, run.cursor);
  EXPECT_TRUE(run.agency.send_message("N-1", "Прошу ускорить рассмотрение").accepted);
  EXPECT_EQ(run.agency.send_message("N-1", "").code, "bad_message");
  EXPECT_EQ(run.agency.send_message("N-9", "?").code, "unknown_application");
  EXPECT_EQ(run.agency.messages("N-1"), std::vector<std::string>{"Прошу ускорить рассмотрение"});
  run.agency.set_online(false);
  const FeedPage offline = run.agency.feed(run.cursor);
  EXPECT_FALSE(offline.ok);
  EXPECT_EQ(offline.code, "unavailable");
  run.agency.set_online(true);
  run.agency.set_fault(Fault::drop_request, 1);
  EXPECT_TRUE(run.agency.send_message("N-1", "Ещё").transient);
  EXPECT_EQ(run.agency.messages("N-1").size(), 1u);
}

TEST(SandboxCases, FastForwardBringsPendingDecisionsSoonerInOrderAndNeverBeforeThePublishedOnes) {
  Scenario run;
  ASSERT_TRUE(run.submit("maternity-capital", valid_fixture("maternity-capital"), "N-1").accepted);
  run.advance(2 * sandbox::kMinute);  // received is published; the review is hours and days away
  Tracked& t = run.apps[0];
  ASSERT_EQ(t.status, Status::received);
  const int64_t received_at = t.history.back().time_ms;
  run.agency.fast_forward(0);
  run.agency.fast_forward(-5);
  run.advance(0);
  EXPECT_EQ(t.status, Status::received) << "nothing moves without a positive fast-forward";
  run.agency.fast_forward(30 * sandbox::kDay);
  run.advance(0);
  EXPECT_EQ(t.status, Status::done);
  EXPECT_EQ(statuses(t), (std::vector<Status>{Status::sent, Status::received, Status::in_progress, Status::done}));
  for (size_t i = 2; i < t.history.size(); ++i) {
    EXPECT_GE(t.history[i].time_ms, received_at) << "not before what was already published";
    EXPECT_GE(t.history[i].time_ms, t.history[i - 1].time_ms) << "in order";
  }
  // The same seed and the same fast-forward give the same feed.
  Scenario again;
  ASSERT_TRUE(again.submit("maternity-capital", valid_fixture("maternity-capital"), "N-1").accepted);
  again.advance(2 * sandbox::kMinute);
  again.agency.fast_forward(30 * sandbox::kDay);
  again.advance(0);
  EXPECT_EQ(again.agency.to_json(), run.agency.to_json());
}
